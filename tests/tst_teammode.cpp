// Team mode: two Gatehouse services on one PostgreSQL database, each with its own
// connection, receiver and outbox worker. Each callback is delivered by exactly one of
// them (rows claimed with FOR UPDATE SKIP LOCKED and a lease); while the database cannot
// be reached webhooks get 503, and the service recovers by itself when it is back.
#include "core/engine.h"
#include "secrets/keychain.h"
#include "service/gatehouseservice.h"
#include "store/databaselocation.h"
#include "support/fakehttpserver.h"
#include "support/testdatabase.h"
#include "support/testhttp.h"

#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSet>
#include <QTest>

class tst_TeamMode : public QObject
{
    Q_OBJECT
private slots:
    void eachCallbackDeliveredOnce();
    void webhooksGet503WhileDatabaseIsDown();
    void passwordFromKeychain();

private:
    static bool start(ServiceThread &service, const TestDatabase &db, QString *error = nullptr);
    static TestReply webhook(quint16 port, const QString &externalId, const QUrl &callback);
    static TestReply approve(quint16 port, qint64 id);
    static int countApprovals(ServiceThread &service);
};

bool tst_TeamMode::start(ServiceThread &service, const TestDatabase &db, QString *error)
{
    ServiceConfig config;
    config.databasePath = db.location();
    config.port = 0;
    config.keyFile = db.tempDir() + QStringLiteral("/vault.key"); // one vault for the team
    config.operatorToken = "t";
    config.inbound.insert(
            QStringLiteral("generic"),
            {QStringLiteral("token"), "hook-secret", QStringLiteral("environment"), {}, {}});
    config.receiverThreads = 2;
    config.delivery.baseDelayMs = 50;
    QString why;
    const bool ok = service.start(config, &why);
    if (!ok && !error)
        qWarning() << why;
    if (error)
        *error = why;
    return ok;
}

TestReply tst_TeamMode::webhook(quint16 port, const QString &externalId, const QUrl &callback)
{
    return TestHttp::postJson(
            QUrl(QStringLiteral("http://127.0.0.1:%1/hooks/generic").arg(port)),
            {{QStringLiteral("title"), QStringLiteral("Release %1").arg(externalId)},
             {QStringLiteral("externalId"), externalId},
             {QStringLiteral("callbackUrl"), callback.toString()}},
            {{"Authorization", "Bearer hook-secret"}});
}

TestReply tst_TeamMode::approve(quint16 port, qint64 id)
{
    return TestHttp::send(
            QStringLiteral("POST"),
            QUrl(QStringLiteral("http://127.0.0.1:%1/api/approvals/%2/approve").arg(port).arg(id)),
            "{}", {{"Authorization", "Bearer t"}, {"Content-Type", "application/json"}});
}

int tst_TeamMode::countApprovals(ServiceThread &service)
{
    Engine *engine = service.service()->engine();
    int count = -1;
    QMetaObject::invokeMethod(
            engine, [&] { count = engine->countApprovals(std::nullopt); },
            Qt::BlockingQueuedConnection);
    return count;
}

void tst_TeamMode::eachCallbackDeliveredOnce()
{
    TestDatabase db;
    GATEHOUSE_CREATE_TEST_DATABASE_ON(db, QStringLiteral("postgresql"));
    FakeHttpServer target;
    QVERIFY(target.start());
    ServiceThread a, b;
    QVERIFY(start(a, db));
    QVERIFY(start(b, db));
    const quint16 ports[2] = {a.service()->port(), b.service()->port()};

    // Webhooks in through both receivers, decisions through both control APIs: both
    // outbox workers see every queued callback.
    constexpr int approvals = 20;
    QList<qint64> ids;
    for (int i = 0; i < approvals; ++i) {
        const TestReply created = webhook(ports[i % 2], QStringLiteral("rel-%1").arg(i),
                                          target.url(QStringLiteral("/cb/%1").arg(i)));
        QCOMPARE(created.status, 201);
        const qint64 id = created.json().value(QStringLiteral("id")).toInteger();
        QCOMPARE(approve(ports[(i + 1) % 2], id).status, 200);
        ids.append(id);
    }
    QTRY_COMPARE_WITH_TIMEOUT(target.requests.size(), approvals, 30000);
    // Every callback is recorded as delivered, in the shared database ...
    const auto undelivered = [&] {
        int count = 0;
        for (const qint64 id : ids) {
            const TestReply reply =
                    TestHttp::send(QStringLiteral("GET"),
                                   QUrl(QStringLiteral("http://127.0.0.1:%1/api/approvals/%2")
                                                .arg(ports[0])
                                                .arg(id)),
                                   {}, {{"Authorization", "Bearer t"}});
            count += reply.json().value(QStringLiteral("delivery")).toString()
                    != QLatin1String("delivered");
        }
        return count;
    };
    QTRY_COMPARE_WITH_TIMEOUT(undelivered(), 0, 30000);
    // ... after exactly one call each: a second sender would have claimed the row before
    // the first recorded it as delivered.
    QSet<QByteArray> keys;
    for (const RecordedRequest &request : std::as_const(target.requests))
        keys.insert(request.header("Idempotency-Key"));
    QCOMPARE(keys.size(), approvals);
    QCOMPARE(target.requests.size(), approvals);
}

void tst_TeamMode::webhooksGet503WhileDatabaseIsDown()
{
    TestDatabase db;
    GATEHOUSE_CREATE_TEST_DATABASE_ON(db, QStringLiteral("postgresql"));
    ServiceThread service;
    QVERIFY(start(service, db));
    const quint16 port = service.service()->port();
    const QUrl callback(QStringLiteral("http://127.0.0.1:9/cb"));
    QCOMPARE(webhook(port, QStringLiteral("before"), callback).status, 201);

    // The database goes away for this service: no new connections, the open one cut.
    QString why;
    QVERIFY2(TestDatabase::runOnServer(
                     QStringLiteral("ALTER DATABASE %1 WITH ALLOW_CONNECTIONS false")
                             .arg(db.postgresName()),
                     &why),
             qPrintable(why));
    QVERIFY2(TestDatabase::runOnServer(
                     QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                                    " WHERE datname = '%1'")
                             .arg(db.postgresName()),
                     &why),
             qPrintable(why));
    const TestReply refused = webhook(port, QStringLiteral("during"), callback);
    QCOMPARE(refused.status, 503);
    QCOMPARE(refused.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("not stored"));

    // Back: the next webhook is stored, without a restart.
    QVERIFY2(TestDatabase::runOnServer(
                     QStringLiteral("ALTER DATABASE %1 WITH ALLOW_CONNECTIONS true")
                             .arg(db.postgresName()),
                     &why),
             qPrintable(why));
    QCOMPARE(webhook(port, QStringLiteral("after"), callback).status, 201);
    QCOMPARE(webhook(port, QStringLiteral("during"), callback).status, 201); // the sender's retry
    QCOMPARE(countApprovals(service), 3);
}

void tst_TeamMode::passwordFromKeychain()
{
    // The executable, on PostgreSQL, with the password only in the keychain. A process of
    // its own: QtKeychain is used from one thread per process, as in Gatehouse.
    const QString binary = qEnvironmentVariable("GATEHOUSE_BINARY");
    if (binary.isEmpty())
        QSKIP("GATEHOUSE_BINARY is not set (ctest sets it)");
    TestDatabase db;
    GATEHOUSE_CREATE_TEST_DATABASE_ON(db, QStringLiteral("postgresql"));
    // `make test` runs a keyring and sets GATEHOUSE_REQUIRE_KEYCHAIN: there a missing
    // keychain is a failure, not a skip.
    if (!qEnvironmentVariableIsSet("GATEHOUSE_REQUIRE_KEYCHAIN")
        && qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("no D-Bus session: run through `make test`, which starts gnome-keyring");
    const QByteArray password = qgetenv("PGPASSWORD");
    QVERIFY2(!password.isEmpty(), "scripts/with-postgres.sh gives the server's password");
    QString error;
    const auto location = DatabaseLocation::parse(db.location(), &error);
    QVERIFY2(location, qPrintable(error));
    const QString entry = location->keychainKey();
    const auto removeEntry = qScopeGuard([&] {
        QString ignored;
        Keychain::remove(entry, &ignored);
    });

    // Without PGPASSWORD (and without ~/.pgpass) the keychain entry is what libpq gets.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("PGPASSWORD"));
    environment.insert(QStringLiteral("HOME"), db.tempDir());
    const auto run = [&](QProcess &gatehouse) {
        gatehouse.setProcessEnvironment(environment);
        gatehouse.start(binary,
                        {QStringLiteral("--headless"), QStringLiteral("--port"),
                         QStringLiteral("0"), QStringLiteral("--db"), db.location(),
                         QStringLiteral("--key-file"),
                         db.tempDir() + QStringLiteral("/vault.key")});
        return gatehouse.waitForStarted(5000);
    };
    QVERIFY2(Keychain::write(entry, "not-the-password", &error), qPrintable(error));
    QProcess refused;
    QVERIFY(run(refused));
    QVERIFY(refused.waitForFinished(20000));
    QCOMPARE(refused.exitCode(), 1);
    const QString refusal = QString::fromUtf8(refused.readAllStandardError());
    QVERIFY2(refusal.contains(QLatin1String("password authentication failed")),
             qPrintable(refusal));
    QVERIFY2(!refusal.contains(QLatin1String("not-the-password")), qPrintable(refusal));

    QVERIFY2(Keychain::write(entry, password, &error), qPrintable(error));
    QProcess gatehouse;
    QVERIFY(run(gatehouse));
    QByteArray output;
    QTRY_VERIFY_WITH_TIMEOUT((output += gatehouse.readAllStandardOutput()).contains("listening on"),
                             20000);
    QVERIFY2(output.contains("database postgresql://"), output.constData());
    gatehouse.terminate();
    QVERIFY(gatehouse.waitForFinished(20000));
    QCOMPARE(gatehouse.exitCode(), 0);
}

QTEST_GUILESS_MAIN(tst_TeamMode)
#include "tst_teammode.moc"
