// The single seat on SQLite, with real processes: a second receiving instance on the
// same file is refused at start and named the first one (two would deliver each
// callback twice); a lock left by a killed instance does not block a restart; a console
// without receiver (--no-receiver) runs beside the seat, and a decision written by
// another process is delivered once, by the seat.
#include "connectors/generic/genericconnector.h"
#include "core/clock.h"
#include "core/engine.h"
#include "secrets/secretvault.h"
#include "secrets/vaultkeyloader.h"
#include "service/seatlock.h"
#include "store/store.h"
#include "support/fakehttpserver.h"
#include "support/gatehouseprocess.h"
#include "support/testhttp.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

class tst_SingleSeat : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void secondInstanceIsRefused();
    void killedInstanceLeavesNoSeat();
    void consoleWithoutReceiverRunsBeside();

private:
    void start(QProcess &process, const QStringList &extra, bool headless = true);
    // Reads stdout until `pattern` matches; returns the first capture (or the match).
    QString waitForOutput(QProcess &process, const QString &pattern);
    QStringList dbArguments() const;

    QString m_binary;
    QTemporaryDir m_dir;
};

void tst_SingleSeat::initTestCase()
{
    m_binary = qEnvironmentVariable("GATEHOUSE_BINARY");
    if (m_binary.isEmpty())
        QSKIP("GATEHOUSE_BINARY is not set (ctest sets it)");
}

QStringList tst_SingleSeat::dbArguments() const
{
    return {QStringLiteral("--db"),       m_dir.filePath(QStringLiteral("g.sqlite")),
            QStringLiteral("--key-file"), m_dir.filePath(QStringLiteral("vault.key")),
            QStringLiteral("--config"),   m_dir.filePath(QStringLiteral("gatehouse.ini"))};
}

void tst_SingleSeat::start(QProcess &process, const QStringList &extra, bool headless)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GATEHOUSE_OPERATOR_TOKEN"), QStringLiteral("seat-token"));
    env.insert(QStringLiteral("GATEHOUSE_SECRET_GENERIC"), QStringLiteral("seat-hook-secret"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    QStringList arguments = dbArguments() + extra;
    if (headless)
        arguments << QStringLiteral("--headless");
    process.start(m_binary, arguments);
    QVERIFY(process.waitForStarted(5000));
}

QString tst_SingleSeat::waitForOutput(QProcess &process, const QString &pattern)
{
    return GatehouseProcess::waitForOutput(process, pattern);
}

void tst_SingleSeat::secondInstanceIsRefused()
{
    QProcess first;
    start(first, {QStringLiteral("--port"), QStringLiteral("0")});
    QVERIFY(!waitForOutput(first, QStringLiteral("listening on http://127.0.0.1:(\\d+)"))
                     .isEmpty());
    QVERIFY(QFile::exists(SeatLock::lockFilePath(m_dir.filePath(QStringLiteral("g.sqlite")))));

    QProcess second;
    start(second, {QStringLiteral("--port"), QStringLiteral("0")});
    QVERIFY(second.waitForFinished(20000));
    QCOMPARE(second.exitCode(), 1);
    const QString refusal = QString::fromUtf8(second.readAllStandardError());
    QVERIFY2(refusal.contains(QStringLiteral("in use by another Gatehouse (pid %1 on host %2)")
                                      .arg(first.processId())
                                      .arg(QSysInfo::machineHostName())),
             qPrintable(refusal));
    QVERIFY2(refusal.contains(QLatin1String("--no-receiver")), qPrintable(refusal));
    QVERIFY(!second.readAllStandardOutput().contains("listening on"));

    // A clean stop frees the seat.
    first.terminate();
    QVERIFY(first.waitForFinished(20000));
    QProcess third;
    start(third, {QStringLiteral("--port"), QStringLiteral("0")});
    QVERIFY(!waitForOutput(third, QStringLiteral("listening on http://127.0.0.1:(\\d+)"))
                     .isEmpty());
    third.terminate();
    QVERIFY(third.waitForFinished(20000));
}

void tst_SingleSeat::killedInstanceLeavesNoSeat()
{
    QProcess crashed;
    start(crashed, {QStringLiteral("--port"), QStringLiteral("0")});
    QVERIFY(!waitForOutput(crashed, QStringLiteral("listening on http://127.0.0.1:(\\d+)"))
                     .isEmpty());
    crashed.kill(); // SIGKILL: the lock file stays behind, naming a dead process
    QVERIFY(crashed.waitForFinished(20000));
    QVERIFY(QFile::exists(SeatLock::lockFilePath(m_dir.filePath(QStringLiteral("g.sqlite")))));
    QProcess restarted;
    start(restarted, {QStringLiteral("--port"), QStringLiteral("0")});
    QVERIFY(!waitForOutput(restarted, QStringLiteral("listening on http://127.0.0.1:(\\d+)"))
                     .isEmpty());
    restarted.terminate();
    QVERIFY(restarted.waitForFinished(20000));
}

void tst_SingleSeat::consoleWithoutReceiverRunsBeside()
{
    FakeHttpServer target;
    QVERIFY(target.start());
    QProcess seat;
    start(seat, {QStringLiteral("--port"), QStringLiteral("0")});
    const quint16 port =
            waitForOutput(seat, QStringLiteral("listening on http://127.0.0.1:(\\d+)")).toUShort();
    QVERIFY(port != 0);
    const TestReply created = TestHttp::postJson(
            QUrl(QStringLiteral("http://127.0.0.1:%1/hooks/generic").arg(port)),
            {{QStringLiteral("title"), QStringLiteral("Release 7")},
             {QStringLiteral("externalId"), QStringLiteral("rel-7")},
             {QStringLiteral("callbackUrl"), target.url(QStringLiteral("/done")).toString()}},
            {{"X-Gatehouse-Secret", "seat-hook-secret"}});
    QCOMPARE(created.status, 201);
    const qint64 id = created.json().value(QStringLiteral("id")).toInteger();

    // The window of a second release manager on the same machine: no receiver, no seat.
    QProcess console;
    start(console, {QStringLiteral("--no-receiver")}, false);
    QVERIFY(!waitForOutput(console, QStringLiteral("receiver off")).isEmpty());
    QCOMPARE(console.state(), QProcess::Running);

    // A decision written by another process (what that console's Approve button runs)
    // is found and delivered by the seat, once.
    {
        Store store;
        QString error;
        QVERIFY2(store.open(m_dir.filePath(QStringLiteral("g.sqlite")), &error), qPrintable(error));
        SecretVault vault;
        vault.setKey(
                VaultKeyLoader::loadFromFile(m_dir.filePath(QStringLiteral("vault.key")), false)
                        .key);
        Clock clock;
        Engine engine(store, vault, clock);
        engine.addConnector(std::make_shared<GenericConnector>());
        QCOMPARE(engine.decide(id,
                               {Verdict::Approve,
                                QStringLiteral("bea"),
                                QStringLiteral("window"),
                                {}})
                         .outcome,
                 Engine::DecideOutcome::Decided);
    }
    QTRY_COMPARE_WITH_TIMEOUT(target.requests.size(), 1, 15000);
    const auto approval = [&] {
        return TestHttp::send(QStringLiteral("GET"),
                              QUrl(QStringLiteral("http://127.0.0.1:%1/api/approvals/%2")
                                           .arg(port)
                                           .arg(id)),
                              {}, {{"Authorization", "Bearer seat-token"}})
                .json();
    };
    QTRY_COMPARE_WITH_TIMEOUT(approval().value(QStringLiteral("delivery")).toString(),
                              QStringLiteral("delivered"), 15000);
    QCOMPARE(target.requests.size(), 1);
    QCOMPARE(console.state(), QProcess::Running);

    console.terminate();
    seat.terminate();
    QVERIFY(console.waitForFinished(20000));
    QVERIFY(seat.waitForFinished(20000));
    QCOMPARE(seat.exitCode(), 0);
}

QTEST_GUILESS_MAIN(tst_SingleSeat)
#include "tst_singleseat.moc"
