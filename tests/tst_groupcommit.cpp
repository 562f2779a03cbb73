// Group commit through the real service: receiver threads hand requests to the engine
// thread, which commits them in groups. Concurrent clients, concurrent duplicates
// (never a twin), every 2xx durable, and shutdown never leaves a client hanging. Every
// test runs on SQLite and on PostgreSQL (the global data rows of TestDatabase).
#include "core/engine.h"
#include "receiver/requestcommitter.h"
#include "service/gatehouseservice.h"
#include "store/store.h"
#include "support/testdatabase.h"
#include "support/testhttp.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

class tst_GroupCommit : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { TestDatabase::addEngines(); }
    void concurrentClientsAllDurable();
    void concurrentDuplicatesNeverTwin();
    void shutdownReleasesWaitingClients();

private:
    bool start(ServiceThread &service, const TestDatabase &db);
};

bool tst_GroupCommit::start(ServiceThread &service, const TestDatabase &db)
{
    ServiceConfig config;
    config.databasePath = db.location();
    config.port = 0;
    config.keyFile = db.tempDir() + QStringLiteral("/vault.key");
    config.operatorToken = "t";
    config.inbound.insert(
            QStringLiteral("generic"),
            {QStringLiteral("token"), "hook-secret", QStringLiteral("environment"), {}, {}});
    config.receiverThreads = 4;
    QString error;
    const bool ok = service.start(config, &error);
    if (!ok)
        qWarning() << error;
    return ok;
}

void tst_GroupCommit::concurrentClientsAllDurable()
{
    TestDatabase db;
    GATEHOUSE_CREATE_TEST_DATABASE(db);
    ServiceThread service;
    QVERIFY(start(service, db));
    const quint16 port = service.service()->port();
    constexpr int clients = 12, perClient = 25;
    QList<QFuture<QList<qint64>>> futures;
    for (int c = 0; c < clients; ++c) {
        futures.append(QtConcurrent::run([port, c] {
            QList<qint64> ids;
            for (int i = 0; i < perClient; ++i) {
                const TestReply reply = TestHttp::postJson(
                        QUrl(QStringLiteral("http://127.0.0.1:%1/hooks/generic").arg(port)),
                        {{QStringLiteral("title"), QStringLiteral("c%1 #%2").arg(c).arg(i)},
                         {QStringLiteral("externalId"), QStringLiteral("c%1-%2").arg(c).arg(i)},
                         {QStringLiteral("callbackUrl"), QStringLiteral("http://127.0.0.1:9/cb")}},
                        {{"Authorization", "Bearer hook-secret"}});
                if (reply.status == 201)
                    ids.append(reply.json().value(QStringLiteral("id")).toInteger());
            }
            return ids;
        }));
    }
    QSet<qint64> acked;
    for (auto &future : futures)
        for (qint64 id : future.result())
            acked.insert(id);
    QCOMPARE(acked.size(), clients * perClient);
    const RequestCommitter::Stats stats = service.service()->committer()->stats();
    QCOMPARE(stats.requests, quint64(clients * perClient));
    qInfo("groups: %llu for %llu requests, largest %d", stats.groups, stats.requests,
          stats.largestGroup);
    service.stop();
    // Everything acknowledged is in the file, read by a fresh connection.
    Store store;
    QString error;
    QVERIFY2(store.open(db.location(), &error), qPrintable(error));
    QCOMPARE(store.countApprovals(std::nullopt), clients * perClient);
    for (qint64 id : acked)
        QVERIFY(store.approval(id).has_value());
}

void tst_GroupCommit::concurrentDuplicatesNeverTwin()
{
    TestDatabase db;
    GATEHOUSE_CREATE_TEST_DATABASE(db);
    ServiceThread service;
    QVERIFY(start(service, db));
    const quint16 port = service.service()->port();
    QList<QFuture<QPair<int, qint64>>> futures;
    for (int c = 0; c < 16; ++c) {
        futures.append(QtConcurrent::run([port] {
            const TestReply reply = TestHttp::postJson(
                    QUrl(QStringLiteral("http://127.0.0.1:%1/hooks/generic").arg(port)),
                    {{QStringLiteral("title"), QStringLiteral("same")},
                     {QStringLiteral("externalId"), QStringLiteral("one-and-only")},
                     {QStringLiteral("callbackUrl"), QStringLiteral("http://127.0.0.1:9/cb")}},
                    {{"Authorization", "Bearer hook-secret"}});
            return qMakePair(reply.status, reply.json().value(QStringLiteral("id")).toInteger());
        }));
    }
    int created = 0;
    QSet<qint64> ids;
    for (auto &future : futures) {
        const auto [status, id] = future.result();
        QVERIFY(status == 201 || status == 200);
        created += status == 201;
        ids.insert(id);
    }
    QCOMPARE(created, 1);
    QCOMPARE(ids.size(), 1);
    Engine *engine = service.service()->engine();
    int count = 0;
    QMetaObject::invokeMethod(
            engine, [&] { count = engine->countApprovals(std::nullopt); },
            Qt::BlockingQueuedConnection);
    QCOMPARE(count, 1);
}

void tst_GroupCommit::shutdownReleasesWaitingClients()
{
    TestDatabase db;
    GATEHOUSE_CREATE_TEST_DATABASE(db);
    ServiceThread service;
    QVERIFY(start(service, db));
    const quint16 port = service.service()->port();
    auto client = QtConcurrent::run([port] {
        int answered = 0;
        for (int i = 0; i < 200; ++i) {
            const TestReply reply = TestHttp::postJson(
                    QUrl(QStringLiteral("http://127.0.0.1:%1/hooks/generic").arg(port)),
                    {{QStringLiteral("title"), QStringLiteral("t")},
                     {QStringLiteral("callbackUrl"), QStringLiteral("http://127.0.0.1:9/cb")}},
                    {{"Authorization", "Bearer hook-secret"}});
            if (reply.status == 0)
                break; // the server is gone
            ++answered;
        }
        return answered;
    });
    QTest::qWait(50);
    service.stop(); // must not hang on a receiver thread waiting for the engine
    QVERIFY(client.result() >= 0);
}

QTEST_GUILESS_MAIN(tst_GroupCommit)
#include "tst_groupcommit.moc"
