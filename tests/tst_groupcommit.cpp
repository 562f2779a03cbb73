// Group commit through the real service: receiver threads hand requests to the engine
// thread, which commits them in groups. Requests arriving while the engine thread is
// busy share the next commit; a commit that fails takes back every acknowledgement (503,
// nothing stored); concurrent duplicates never make a twin; every 2xx is durable; and
// shutdown answers the clients that wait instead of leaving them hanging.
#include "core/engine.h"
#include "receiver/requestcommitter.h"
#include "service/gatehouseservice.h"
#include "store/store.h"
#include "support/concurrentclients.h"
#include "support/sideconnection.h"
#include "support/testhttp.h"
#include "support/testservice.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

class tst_GroupCommit : public QObject
{
    Q_OBJECT
private slots:
    void failedCommitAnswers503AndStoresNothing();
    void requestsArrivingTogetherShareACommit();
    void concurrentClientsAllDurable();
    void concurrentDuplicatesNeverTwin();
    void shutdownAnswersWaitingClients();

private:
    static bool start(ServiceThread &service, const QTemporaryDir &dir, int receiverThreads = 4);
    static QUrl hookUrl(ServiceThread &service);
    static QByteArray hook(const QString &externalId);
    static QList<QPair<QByteArray, QByteArray>> auth();
    // Waits (without blocking the service) until the committer holds `count` requests.
    static bool waitForWaiting(RequestCommitter *committer, int count, int timeoutMs);
};

bool tst_GroupCommit::start(ServiceThread &service, const QTemporaryDir &dir, int receiverThreads)
{
    ServiceConfig config = TestService::config(dir.path(), "t");
    TestService::acceptToken(config, {QStringLiteral("generic")});
    config.receiverThreads = receiverThreads;
    return TestService::start(service, config);
}

QUrl tst_GroupCommit::hookUrl(ServiceThread &service)
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/hooks/generic").arg(service.service()->port()));
}

QByteArray tst_GroupCommit::hook(const QString &externalId)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("title"), externalId},
                                     {QStringLiteral("externalId"), externalId},
                                     {QStringLiteral("callbackUrl"),
                                      QStringLiteral("http://127.0.0.1:9/cb")}})
            .toJson(QJsonDocument::Compact);
}

QList<QPair<QByteArray, QByteArray>> tst_GroupCommit::auth()
{
    return {{"Authorization", QByteArray("Bearer ") + TestService::hookSecret}};
}

bool tst_GroupCommit::waitForWaiting(RequestCommitter *committer, int count, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (committer->waiting() < count) {
        if (deadline.hasExpired())
            return false;
        QThread::msleep(5);
    }
    return true;
}

void tst_GroupCommit::failedCommitAnswers503AndStoresNothing()
{
    QTemporaryDir dir;
    ServiceThread service;
    QVERIFY(start(service, dir));
    // A deferred foreign key that every new approval violates: each statement of the
    // group succeeds, and SQLite refuses the COMMIT itself, as it would on a full disk.
    SideConnection side(dir.filePath(QStringLiteral("g.sqlite")));
    QVERIFY(side.exec(QStringLiteral("CREATE TABLE commit_gate (id INTEGER PRIMARY KEY)")));
    QVERIFY(side.exec(QStringLiteral("CREATE TABLE commit_blocker (ref INTEGER REFERENCES "
                                     "commit_gate(id) DEFERRABLE INITIALLY DEFERRED)")));
    QVERIFY(side.exec(QStringLiteral("CREATE TRIGGER block_commit AFTER INSERT ON approvals "
                                     "BEGIN INSERT INTO commit_blocker VALUES (1); END")));

    // From this (non-service) thread, the request goes through a receiver thread and
    // the RequestCommitter, exactly as production wires them.
    const TestReply refused = TestHttp::send(QStringLiteral("POST"), hookUrl(service),
                                             hook(QStringLiteral("lost")), auth());
    QCOMPARE(refused.status, 503);
    QCOMPARE(refused.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("unavailable"));
    QCOMPARE(side.value(QStringLiteral("SELECT COUNT(*) FROM approvals")).toInt(), 0);
    QCOMPARE(side.value(QStringLiteral("SELECT COUNT(*) FROM timeline")).toInt(), 0);
    QCOMPARE(side.value(QStringLiteral("SELECT COUNT(*) FROM outbox")).toInt(), 0);

    // The same request is stored once commits work again: the 503 was the commit's.
    QVERIFY(side.exec(QStringLiteral("DROP TRIGGER block_commit")));
    const TestReply stored = TestHttp::send(QStringLiteral("POST"), hookUrl(service),
                                            hook(QStringLiteral("lost")), auth());
    QCOMPARE(stored.status, 201);
    QCOMPARE(side.value(QStringLiteral("SELECT COUNT(*) FROM approvals")).toInt(), 1);
}

void tst_GroupCommit::requestsArrivingTogetherShareACommit()
{
    QTemporaryDir dir;
    ServiceThread service;
    constexpr int receiverThreads = 8, clients = 8;
    QVERIFY(start(service, dir, receiverThreads));
    GatehouseService *gatehouse = service.service();
    RequestCommitter *committer = gatehouse->committer();

    // The engine thread is busy, as it is while it commits the group before: requests
    // handed over meanwhile wait. (Another connection holding SQLite's write lock does
    // not do: in WAL mode a group that has read refuses at once with "database is
    // locked" instead of waiting.)
    std::atomic<bool> held{false}, release{false};
    QMetaObject::invokeMethod(gatehouse, [&] {
        held = true;
        QDeadlineTimer deadline(10000);
        while (!release && !deadline.hasExpired())
            QThread::msleep(2);
    });
    QTRY_VERIFY(held.load());
    ConcurrentClients together;
    for (int i = 0; i < clients; ++i)
        together.add(QStringLiteral("POST"), hookUrl(service),
                     hook(QStringLiteral("together-%1").arg(i)), auth());
    together.start();
    // The kernel spreads the connections over the receiver threads; each thread hands
    // over one request at a time, so several (not necessarily all) wait together.
    const bool gathered = waitForWaiting(committer, 3, 5000);
    const int waitingTogether = committer->waiting();
    release = true;
    QVERIFY2(gathered, qPrintable(QStringLiteral("only %1 requests waiting").arg(waitingTogether)));
    QCOMPARE(committer->stats().requests, quint64(0)); // nothing taken while held

    QVERIFY(together.wait());
    QCOMPARE(together.statuses(), QList<int>(clients, 201));
    const RequestCommitter::Stats stats = committer->stats();
    QCOMPARE(stats.requests, quint64(clients));
    // Everything that waited together went into one group: one commit, one fsync.
    QVERIFY2(stats.largestGroup >= waitingTogether,
             qPrintable(QStringLiteral("largest group %1, %2 waited together")
                                .arg(stats.largestGroup)
                                .arg(waitingTogether)));
    QVERIFY(stats.groups < stats.requests);
    SideConnection side(dir.filePath(QStringLiteral("g.sqlite")));
    QCOMPARE(side.value(QStringLiteral("SELECT COUNT(*) FROM approvals")).toInt(), clients);
}

void tst_GroupCommit::concurrentClientsAllDurable()
{
    QTemporaryDir dir;
    ServiceThread service;
    QVERIFY(start(service, dir));
    constexpr int clients = 12, perClient = 10;
    // Each client its own thread; its requests one after the other.
    QVector<QThread *> threads;
    QVector<QList<qint64>> acked(clients);
    const QUrl url = hookUrl(service);
    for (int c = 0; c < clients; ++c) {
        threads.append(QThread::create([c, url, &acked] {
            for (int i = 0; i < perClient; ++i) {
                const TestReply reply =
                        TestHttp::send(QStringLiteral("POST"), url,
                                       hook(QStringLiteral("c%1-%2").arg(c).arg(i)), auth());
                if (reply.status == 201)
                    acked[c].append(reply.json().value(QStringLiteral("id")).toInteger());
            }
        }));
        threads.last()->start();
    }
    QSet<qint64> ids;
    for (int c = 0; c < clients; ++c) {
        QVERIFY(threads[c]->wait(60000));
        delete threads[c];
        for (qint64 id : acked[c])
            ids.insert(id);
    }
    QCOMPARE(ids.size(), clients * perClient);
    QCOMPARE(service.service()->committer()->stats().requests, quint64(clients * perClient));
    service.stop();
    // Everything acknowledged is in the file, read by a fresh connection.
    Store store;
    QString error;
    QVERIFY(store.open(dir.filePath(QStringLiteral("g.sqlite")), &error));
    QCOMPARE(store.countApprovals(std::nullopt), clients * perClient);
    for (qint64 id : std::as_const(ids))
        QVERIFY(store.approval(id).has_value());
}

void tst_GroupCommit::concurrentDuplicatesNeverTwin()
{
    QTemporaryDir dir;
    ServiceThread service;
    QVERIFY(start(service, dir));
    ConcurrentClients clients;
    for (int c = 0; c < 16; ++c)
        clients.add(QStringLiteral("POST"), hookUrl(service), hook(QStringLiteral("one-and-only")),
                    auth());
    clients.start();
    QVERIFY(clients.wait());
    int created = 0;
    QSet<qint64> ids;
    for (const TestReply &reply : clients.replies()) {
        QVERIFY2(reply.status == 201 || reply.status == 200, reply.body.constData());
        created += reply.status == 201;
        ids.insert(reply.json().value(QStringLiteral("id")).toInteger());
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

void tst_GroupCommit::shutdownAnswersWaitingClients()
{
    QTemporaryDir dir;
    ServiceThread service;
    constexpr int clients = 8;
    QVERIFY(start(service, dir, clients));
    GatehouseService *gatehouse = service.service();
    RequestCommitter *committer = gatehouse->committer();

    // The service's thread is busy (as it is while it commits) when stop() comes: the
    // requests handed over meanwhile wait in the committer.
    std::atomic<bool> held{false};
    std::atomic<int> waitedAtStop{-1};
    QMetaObject::invokeMethod(gatehouse, [&] {
        held = true;
        waitForWaiting(committer, 2, 5000);
        waitedAtStop = committer->waiting();
        gatehouse->stop(); // what deleting the service does first, in its own thread
    });
    QTRY_VERIFY(held.load());
    ConcurrentClients waiting;
    for (int i = 0; i < clients; ++i)
        waiting.add(QStringLiteral("POST"), hookUrl(service), hook(QStringLiteral("w%1").arg(i)),
                    auth());
    waiting.start();
    // A client still hanging means receiver threads that never return: no clean-up is
    // possible, so end here.
    if (!waiting.wait(15000))
        qFatal("clients still hang after stop(): shutdown left them waiting");
    QVERIFY2(waitedAtStop.load() >= 2, "fewer than two requests waited when stop() came");
    // Nobody hangs and nothing was acknowledged: whoever waited is answered 503 (retry
    // later), and the answer leaves before its socket is closed; connections not yet
    // read are closed.
    int answered = 0;
    for (const TestReply &reply : waiting.replies()) {
        QVERIFY2(reply.status == 503 || reply.status == 0, reply.body.constData());
        answered += reply.status == 503 ? 1 : 0;
    }
    QVERIFY2(answered >= waitedAtStop.load(), "a client that waited at stop() got no answer");
    qInfo("%d waited at stop(); answers %s", waitedAtStop.load(),
          qPrintable(QDebug::toString(waiting.statuses())));
    service.stop();
    SideConnection side(dir.filePath(QStringLiteral("g.sqlite")));
    QCOMPARE(side.value(QStringLiteral("SELECT COUNT(*) FROM approvals")).toInt(), 0);
}

QTEST_GUILESS_MAIN(tst_GroupCommit)
#include "tst_groupcommit.moc"
