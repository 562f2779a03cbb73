// Team mode: two Gatehouse services on one PostgreSQL database, each with its own
// connection, receiver and outbox worker. Each callback is delivered by exactly one of
// them (rows claimed with FOR UPDATE SKIP LOCKED and a lease); while the database cannot
// be reached webhooks get 503, and the service recovers by itself when it is back.
#include "core/engine.h"
#include "secrets/keychain.h"
#include "service/gatehouseservice.h"
#include "store/databaselocation.h"
#include "support/fakehttpserver.h"
#include "support/gatehouseprocess.h"
#include "support/testdatabase.h"
#include "support/testhttp.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSettings>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

class tst_TeamMode : public QObject
{
    Q_OBJECT
private slots:
    void eachCallbackDeliveredOnce();
    void webhooksGet503WhileDatabaseIsDown();
    void passwordFromKeychain();
    void killedInstancesCallbackTakenOver();

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

namespace {

// A callback target that never answers the first request (its sender stays busy
// delivering it) and answers 200 to the others. It records each request's
// Idempotency-Key in arrival order.
struct HoldingTarget
{
    QTcpServer server;
    QList<QByteArray> keys;

    static QByteArray header(const QByteArray &head, const QByteArray &name)
    {
        for (const QByteArray &line : head.split('\n')) {
            const int colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == name)
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }

    bool start()
    {
        if (!server.listen(QHostAddress::LocalHost, 0))
            return false;
        QObject::connect(&server, &QTcpServer::newConnection, &server, [this] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    *buffer += socket->readAll();
                    const int end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    const QByteArray head = buffer->left(end);
                    if (buffer->size() < end + 4 + header(head, "content-length").toInt())
                        return;
                    buffer->clear();
                    keys.append(header(head, "idempotency-key"));
                    if (keys.size() == 1)
                        return; // held: no answer, ever
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                  "Content-Length: 2\r\nConnection: close\r\n\r\n{}");
                    socket->disconnectFromHost();
                });
            }
        });
        return true;
    }
};

} // namespace

void tst_TeamMode::killedInstancesCallbackTakenOver()
{
    // A is killed (SIGKILL) while it delivers a callback; B, on the same database, sends
    // it when A's lease has run out, with the same Idempotency-Key.
    const QString binary = qEnvironmentVariable("GATEHOUSE_BINARY");
    if (binary.isEmpty())
        QSKIP("GATEHOUSE_BINARY is not set (ctest sets it)");
    TestDatabase db;
    GATEHOUSE_CREATE_TEST_DATABASE_ON(db, QStringLiteral("postgresql"));
    HoldingTarget target;
    QVERIFY(target.start());
    const QString config = db.tempDir() + QStringLiteral("/gatehouse.ini");
    {
        QSettings settings(config, QSettings::IniFormat);
        settings.setValue(QStringLiteral("delivery/leaseMs"), 1500);
        settings.setValue(QStringLiteral("delivery/requestTimeoutMs"), 60000);
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("GATEHOUSE_OPERATOR_TOKEN"), QStringLiteral("t"));
    environment.insert(QStringLiteral("GATEHOUSE_SECRET_GENERIC"), QStringLiteral("hook-secret"));
    const auto launch = [&](QProcess &gatehouse) -> quint16 {
        gatehouse.setProcessEnvironment(environment);
        gatehouse.start(binary,
                        {QStringLiteral("--headless"), QStringLiteral("--port"),
                         QStringLiteral("0"), QStringLiteral("--db"), db.location(),
                         QStringLiteral("--key-file"), db.tempDir() + QStringLiteral("/vault.key"),
                         QStringLiteral("--config"), config});
        return GatehouseProcess::waitForPort(gatehouse);
    };

    QProcess a;
    const quint16 portA = launch(a);
    QVERIFY(portA != 0);
    const TestReply created =
            webhook(portA, QStringLiteral("rel-k"),
                    QUrl(QStringLiteral("http://127.0.0.1:%1/cb").arg(target.server.serverPort())));
    QCOMPARE(created.status, 201);
    const qint64 id = created.json().value(QStringLiteral("id")).toInteger();
    QCOMPARE(approve(portA, id).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(target.keys.size(), 1, 20000); // A is delivering
    a.kill();
    QVERIFY(a.waitForFinished(20000));

    QProcess b;
    const quint16 portB = launch(b);
    QVERIFY(portB != 0);
    QTRY_COMPARE_WITH_TIMEOUT(target.keys.size(), 2, 20000);
    QVERIFY(!target.keys.first().isEmpty());
    QCOMPARE(target.keys.at(1), target.keys.first());
    QTRY_COMPARE_WITH_TIMEOUT(
            TestHttp::send(
                    QStringLiteral("GET"),
                    QUrl(QStringLiteral("http://127.0.0.1:%1/api/approvals/%2").arg(portB).arg(id)),
                    {}, {{"Authorization", "Bearer t"}})
                    .json()
                    .value(QStringLiteral("delivery"))
                    .toString(),
            QStringLiteral("delivered"), 20000);
    QCOMPARE(target.keys.size(), 2);
    b.terminate();
    QVERIFY(b.waitForFinished(20000));
}

QTEST_GUILESS_MAIN(tst_TeamMode)
#include "tst_teammode.moc"
