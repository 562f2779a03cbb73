// End to end: the built executable, headless, as a separate process. A webhook in,
// an approval through the control API, the callback out; SIGTERM shuts it down
// cleanly, and a restart finds everything again.
#include "support/databasefiles.h"
#include "support/fakehttpserver.h"
#include "support/gatehouseprocess.h"
#include "support/testhttp.h"
#include "support/testrequire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
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
    void secretsNeverAtRest();

private:
    bool startGatehouse(QProcess &process, const QString &dataDir, quint16 *port);
    QString m_binary;
};

void tst_EndToEnd::initTestCase()
{
    m_binary = qEnvironmentVariable("GATEHOUSE_BINARY");
    if (m_binary.isEmpty())
        REQUIRE_OR_SKIP("binary", "GATEHOUSE_BINARY is not set (ctest sets it)");
    QVERIFY2(QFile::exists(m_binary), qPrintable(m_binary));
}

bool tst_EndToEnd::startGatehouse(QProcess &process, const QString &dataDir, quint16 *port)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GATEHOUSE_OPERATOR_TOKEN"), QStringLiteral("e2e-token"));
    env.insert(QStringLiteral("GATEHOUSE_SECRET_GENERIC"), QStringLiteral("e2e-hook-secret"));
    // The fake callback target is on loopback, refused unless allowed.
    env.insert(QStringLiteral("GATEHOUSE_DELIVERY_ALLOW"), QStringLiteral("127.0.0.0/8,::1"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dataDir + QStringLiteral("/config"));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(m_binary,
                  {QStringLiteral("--headless"), QStringLiteral("--port"), QStringLiteral("0"),
                   QStringLiteral("--db"), dataDir + QStringLiteral("/g.sqlite"),
                   QStringLiteral("--key-file"), dataDir + QStringLiteral("/vault.key")});
    if (!process.waitForStarted(5000))
        return false;
    *port = GatehouseProcess::waitForPort(process);
    return *port != 0;
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
    QCOMPARE(TestHttp::postJson(
                     url(QStringLiteral("/hooks/generic")),
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

// After a full flow with every kind of secret (an Azure job token, FlexDeploy
// credentials, the generated operator token and webhook secrets), none of them is in
// the SQLite file, its WAL, the settings file or anything the process printed.
void tst_EndToEnd::secretsNeverAtRest()
{
    QTemporaryDir dir;
    FakeHttpServer external; // plays Azure DevOps and FlexDeploy
    QVERIFY(external.start());
    const QString ini = dir.filePath(QStringLiteral("gatehouse.ini"));
    {
        QSettings settings(ini, QSettings::IniFormat);
        settings.setValue(QStringLiteral("flexdeploy/baseUrl"), external.url(QString()).toString());
        settings.setValue(QStringLiteral("delivery/baseDelayMs"), 50);
    }
    const QByteArray azureToken = "AZURE-JOB-TOKEN-e2e-7f3a9c";
    const QByteArray flexPassword = "FLEX-PASSWORD-e2e-51d2";
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("GATEHOUSE_OPERATOR_TOKEN"));
    env.insert(QStringLiteral("GATEHOUSE_FLEXDEPLOY_CREDENTIALS"),
               QStringLiteral("fd-user:") + QString::fromLatin1(flexPassword));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    const QStringList common{QStringLiteral("--headless"),
                             QStringLiteral("--config"),
                             ini,
                             QStringLiteral("--db"),
                             dir.filePath(QStringLiteral("g.sqlite")),
                             QStringLiteral("--key-file"),
                             dir.filePath(QStringLiteral("vault.key"))};

    // The generated secrets, as an administrator reads them.
    QProcess print;
    print.setProcessEnvironment(env);
    print.start(m_binary, common + QStringList{QStringLiteral("--print-secrets")});
    QVERIFY(print.waitForFinished(20000));
    QByteArray printed = print.readAllStandardOutput();
    QHash<QByteArray, QByteArray> secrets;
    // "operator token: <token>", then "<connector> (<scheme>): <secret>" lines.
    const QRegularExpression secretLine(QStringLiteral("^(\\w+)[^:]*: (\\S+)$"));
    for (const QByteArray &line : printed.split('\n')) {
        const auto match = secretLine.match(QString::fromUtf8(line));
        if (match.hasMatch())
            secrets.insert(match.captured(1).toUtf8(), match.captured(2).toUtf8());
    }
    const QByteArray operatorToken = secrets.value("operator");
    QVERIFY(operatorToken.size() >= 40);
    QVERIFY(secrets.value("azure").size() >= 40);

    QProcess gatehouse;
    gatehouse.setProcessEnvironment(env);
    // The service's logs as a log shipper reads them (--log-format json) are scanned too.
    gatehouse.start(m_binary,
                    common
                            + QStringList{QStringLiteral("--port"), QStringLiteral("0"),
                                          QStringLiteral("--log-format"), QStringLiteral("json")});
    QVERIFY(gatehouse.waitForStarted());
    QByteArray output; // scanned for secrets below
    const quint16 port = GatehouseProcess::waitForPort(gatehouse, 15000, &output);
    QVERIFY(port != 0);
    const auto url = [&](const QString &path) {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path));
    };
    const QList<QPair<QByteArray, QByteArray>> operatorAuth{
            {"Authorization", "Bearer " + operatorToken}};

    const TestReply check =
            TestHttp::send(QStringLiteral("POST"), url(QStringLiteral("/hooks/azure/check")), "{}",
                           {{"Content-Type", "application/json"},
                            {"X-Gatehouse-Secret", secrets.value("azure")},
                            {"PlanUrl", external.url(QStringLiteral("/org/")).toString().toUtf8()},
                            {"ProjectId", "p"},
                            {"HubName", "checks"},
                            {"PlanId", "plan"},
                            {"JobId", "job"},
                            {"TaskInstanceId", "task"},
                            {"AuthToken", azureToken}});
    QCOMPARE(check.status, 200);
    const TestReply task =
            TestHttp::send(QStringLiteral("POST"), url(QStringLiteral("/hooks/flexdeploy/tasks")),
                           R"({"taskid":"8900","description":"Deploy to PROD"})",
                           {{"Content-Type", "application/json"},
                            {"Authorization", "Bearer " + secrets.value("flexdeploy")}});
    QCOMPARE(task.status, 201);
    for (const TestReply &created : {check, task}) {
        const qint64 id = created.json().value(QStringLiteral("id")).toInteger();
        QCOMPARE(TestHttp::send(QStringLiteral("POST"),
                                url(QStringLiteral("/api/approvals/%1/approve").arg(id)), "{}",
                                operatorAuth)
                         .status,
                 200);
    }
    // Both systems got their credentials: they were kept, sealed, until delivery.
    const auto sawAuthorization = [&](const QByteArray &value) {
        return std::any_of(
                external.requests.cbegin(), external.requests.cend(),
                [&](const RecordedRequest &r) { return r.header("Authorization") == value; });
    };
    QTRY_VERIFY(sawAuthorization("Basic " + (":" + azureToken).toBase64()));
    QTRY_VERIFY(sawAuthorization("Basic " + ("fd-user:" + flexPassword).toBase64()));

    const auto readAll = [](const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    // Scan while running (the WAL is live), then after a clean stop.
    QByteArray atRest = DatabaseFiles::bytes(dir.filePath(QStringLiteral("g.sqlite")));
    ::kill(pid_t(gatehouse.processId()), SIGTERM);
    QVERIFY(gatehouse.waitForFinished(10000));
    atRest += DatabaseFiles::bytes(dir.filePath(QStringLiteral("g.sqlite")));
    atRest += readAll(ini);
    const QByteArray jsonLogs = gatehouse.readAllStandardError();
    int logLines = 0;
    for (const QByteArray &line : jsonLogs.split('\n')) {
        if (line.isEmpty() || !line.startsWith('{'))
            continue; // the start-up notices the program prints itself
        QVERIFY2(QJsonDocument::fromJson(line).isObject(), line.constData());
        ++logLines;
    }
    QVERIFY(logLines > 0); // the engine logged the decisions
    const QByteArray logs =
            output + gatehouse.readAllStandardOutput() + jsonLogs + print.readAllStandardError();
    QVERIFY(atRest.size() > 10000);
    QList<QByteArray> needles{azureToken, flexPassword, operatorToken,
                              (":" + azureToken).toBase64(),
                              ("fd-user:" + flexPassword).toBase64()};
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
        needles.append(it.value());
    for (const QByteArray &needle : needles) {
        QVERIFY2(!atRest.contains(needle), needle.constData());
        QVERIFY2(!logs.contains(needle), needle.constData());
    }
}

QTEST_GUILESS_MAIN(tst_EndToEnd)
#include "tst_endtoend.moc"
