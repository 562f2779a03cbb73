// End to end: the built executable, headless, as a separate process. A webhook in,
// an approval through the control API, the callback out; SIGTERM shuts it down
// cleanly, and a restart finds everything again.
#include "support/fakehttpserver.h"
#include "support/testhttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class tst_EndToEnd : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void webhookApproveCallback();
    void refusesBadPort();

private:
    bool startGatehouse(QProcess &process, const QString &dataDir, quint16 *port);
    QString m_binary;
};

void tst_EndToEnd::initTestCase()
{
    m_binary = qEnvironmentVariable("GATEHOUSE_BINARY");
    if (m_binary.isEmpty())
        QSKIP("GATEHOUSE_BINARY is not set (ctest sets it)");
    QVERIFY2(QFile::exists(m_binary), qPrintable(m_binary));
}

bool tst_EndToEnd::startGatehouse(QProcess &process, const QString &dataDir, quint16 *port)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GATEHOUSE_OPERATOR_TOKEN"), QStringLiteral("e2e-token"));
    env.insert(QStringLiteral("GATEHOUSE_SECRET_GENERIC"), QStringLiteral("e2e-hook-secret"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dataDir + QStringLiteral("/config"));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(m_binary,
                  {QStringLiteral("--headless"), QStringLiteral("--port"), QStringLiteral("0"),
                   QStringLiteral("--db"), dataDir + QStringLiteral("/g.sqlite"),
                   QStringLiteral("--key-file"), dataDir + QStringLiteral("/vault.key")});
    if (!process.waitForStarted(5000))
        return false;
    const QRegularExpression listening(
            QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)"));
    QByteArray output;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 15000) {
        process.waitForReadyRead(200);
        output += process.readAllStandardOutput();
        const auto match = listening.match(QString::fromUtf8(output));
        if (match.hasMatch()) {
            *port = quint16(match.captured(1).toUInt());
            return true;
        }
        if (process.state() == QProcess::NotRunning)
            break;
    }
    qWarning() << output << process.readAllStandardError();
    return false;
}

void tst_EndToEnd::webhookApproveCallback()
{
    QTemporaryDir dir;
    FakeHttpServer target;
    QVERIFY(target.start());
    QProcess gatehouse;
    quint16 port = 0;
    QVERIFY(startGatehouse(gatehouse, dir.path(), &port));
    const auto url = [&](const QString &path) {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path));
    };
    const QList<QPair<QByteArray, QByteArray>> auth{{"Authorization", "Bearer e2e-token"}};

    const TestReply created = TestHttp::postJson(
            url(QStringLiteral("/hooks/generic")),
            {{QStringLiteral("title"), QStringLiteral("Release 9")},
             {QStringLiteral("externalId"), QStringLiteral("rel-9")},
             {QStringLiteral("callbackUrl"), target.url(QStringLiteral("/done")).toString()}},
            {{"X-Gatehouse-Secret", "e2e-hook-secret"}});
    QCOMPARE(created.status, 201);
    // Without the secret: refused, nothing stored.
    QCOMPARE(TestHttp::postJson(url(QStringLiteral("/hooks/generic")),
                                {{QStringLiteral("title"), QStringLiteral("Intruder")},
                                 {QStringLiteral("callbackUrl"), target.url(QStringLiteral("/x")).toString()}})
                     .status,
             401);
    const qint64 id = created.json().value(QStringLiteral("id")).toInteger();
    const TestReply approved = TestHttp::send(
            QStringLiteral("POST"), url(QStringLiteral("/api/approvals/%1/approve").arg(id)),
            "{\"comment\":\"go\"}", auth);
    QCOMPARE(approved.status, 200);
    QTRY_COMPARE(target.requests.size(), 1);
    const QJsonObject callback = QJsonDocument::fromJson(target.requests.first().body).object();
    QCOMPARE(callback.value(QStringLiteral("decision")).toString(), QStringLiteral("approved"));
    QCOMPARE(callback.value(QStringLiteral("externalId")).toString(), QStringLiteral("rel-9"));

    // The timeline records every step, the delivery included.
    QTRY_VERIFY(TestHttp::send(QStringLiteral("GET"),
                               url(QStringLiteral("/api/approvals/%1").arg(id)), {}, auth)
                        .json()
                        .value(QStringLiteral("delivery"))
                        .toString()
                == QLatin1String("delivered"));
    const QJsonArray timeline =
            TestHttp::send(QStringLiteral("GET"), url(QStringLiteral("/api/approvals/%1").arg(id)),
                           {}, auth)
                    .json()
                    .value(QStringLiteral("timeline"))
                    .toArray();
    QStringList types;
    for (const auto &entry : timeline)
        types.append(entry.toObject().value(QStringLiteral("type")).toString());
    QCOMPARE(types,
             (QStringList{QStringLiteral("received"), QStringLiteral("decided"),
                          QStringLiteral("queued"), QStringLiteral("delivered")}));

    ::kill(pid_t(gatehouse.processId()), SIGTERM);
    QVERIFY(gatehouse.waitForFinished(10000));
    QCOMPARE(gatehouse.exitStatus(), QProcess::NormalExit);
    QCOMPARE(gatehouse.exitCode(), 0);
    QVERIFY(gatehouse.readAllStandardOutput().contains("stopped"));

    // A restart on the same files finds the decided approval again.
    QProcess again;
    QVERIFY(startGatehouse(again, dir.path(), &port));
    const TestReply list = TestHttp::send(
            QStringLiteral("GET"), url(QStringLiteral("/api/approvals?state=approved")), {}, auth);
    QCOMPARE(list.json().value(QStringLiteral("total")).toInt(), 1);
    ::kill(pid_t(again.processId()), SIGTERM);
    QVERIFY(again.waitForFinished(10000));
    QCOMPARE(target.requests.size(), 1); // delivered once, not again after the restart
}

void tst_EndToEnd::refusesBadPort()
{
    QProcess gatehouse;
    gatehouse.start(
            m_binary,
            {QStringLiteral("--headless"), QStringLiteral("--port"), QStringLiteral("99999")});
    QVERIFY(gatehouse.waitForFinished(10000));
    QCOMPARE(gatehouse.exitCode(), 2);
    QVERIFY(gatehouse.readAllStandardError().contains("--port"));
}

QTEST_GUILESS_MAIN(tst_EndToEnd)
#include "tst_endtoend.moc"
