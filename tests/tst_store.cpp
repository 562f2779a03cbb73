// Store: migrations from empty, durable commits, round trips, reopen keeps everything.
// Every test runs on SQLite and on PostgreSQL (the global data rows of TestDatabase).
#include "store/migrations.h"
#include "store/store.h"
#include "support/testdatabase.h"

#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

class tst_Store : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { TestDatabase::addEngines(); }
    void migratesFromEmpty();
    void commitsAreDurable();
    void concurrentStartsMigrateOnce();
    void approvalRoundTrip();
    void externalIdIsUnique();
    void insertUnlessKnownSaysKnown();
    void decisionOnlyOnce();
    void reopenKeepsEverything();
    void outboxLifecycle();
    void sealedSecrets();
    void groupUnitsRollBackAlone();
    void claimedRowsWaitForTheLease();
    void groupWaitsForAnotherWriter();

private:
    static Approval sample(const QString &externalId = QStringLiteral("ext-1"));
};

Approval tst_Store::sample(const QString &externalId)
{
    Approval a;
    a.connector = QStringLiteral("generic");
    a.kind = QStringLiteral("generic");
    a.externalId = externalId;
    a.title = QStringLiteral("Deploy web to prod");
    a.pipeline = QStringLiteral("web");
    a.createdAt = a.updatedAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'123, Qt::UTC);
    a.deadline = a.createdAt.addSecs(3600);
    a.metadata = {{QStringLiteral("callbackUrl"), QStringLiteral("http://127.0.0.1:9/cb")}};
    return a;
}

void tst_Store::migratesFromEmpty()
{
    TestDatabase db;
    GATEHOUSE_CREATE_TEST_DATABASE(db);
    Store store;
    QString error;
    QVERIFY2(store.open(db.location(), &error), qPrintable(error));
    QCOMPARE(store.isPostgres(), db.isPostgres());
    QCOMPARE(store.schemaVersion(), schemaMigrations().last().version);
    // Opening again applies nothing twice.
    store.close();
    QVERIFY2(store.open(db.location(), &error), qPrintable(error));
    QCOMPARE(store.schemaVersion(), schemaMigrations().last().version);
}

void tst_Store::commitsAreDurable()
{
    TestDatabase db;
    GATEHOUSE_CREATE_TEST_DATABASE(db);
    if (db.isPostgres()) {
        // Even a database configured to acknowledge before the flush is overruled: a
        // 2xx promises that the webhook is on disk.
        QString why;
        QVERIFY2(TestDatabase::runOnServer(
                         QStringLiteral("ALTER DATABASE %1 SET synchronous_commit = off")
                                 .arg(db.postgresName()),
                         &why),
                 qPrintable(why));
        Store store;
        QString error;
        QVERIFY2(store.open(db.location(), &error), qPrintable(error));
        QCOMPARE(store.setting(QStringLiteral("synchronous_commit")), QStringLiteral("on"));
        QCOMPARE(store.setting(QStringLiteral("fsync")), QStringLiteral("on"));
        return;
    }
    const QString path = db.location();
    Store store;
    QString error;
    QVERIFY(store.open(path, &error));
    QCOMPARE(store.setting(QStringLiteral("synchronous")), QStringLiteral("2")); // FULL
    store.close();
    {
        QSqlDatabase probe =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        probe.setDatabaseName(path);
        QVERIFY(probe.open());
        QSqlQuery query(probe);
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal")); // WAL is persistent
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
}

void tst_Store::concurrentStartsMigrateOnce()
{
    TestDatabase db;
    GATEHOUSE_CREATE_TEST_DATABASE(db);
    if (!db.isPostgres())
        QSKIP("on SQLite the single-seat lock file keeps a second instance away (tst_singleseat)");
    // Four instances start at once on an empty database: the advisory lock lets one
    // migrate while the others wait, then find nothing left to do.
    const QString location = db.location();
    QList<QFuture<QString>> starts;
    for (int i = 0; i < 4; ++i) {
        starts.append(QtConcurrent::run([location] {
            Store store;
            QString error;
            if (!store.open(location, &error))
                return error;
            return store.schemaVersion() == schemaMigrations().last().version
                    ? QString()
                    : QStringLiteral("schema version %1").arg(store.schemaVersion());
        }));
    }
    for (QFuture<QString> &start : starts)
        QCOMPARE(start.result(), QString());
    Store store;
    QString error;
    QVERIFY2(store.open(location, &error), qPrintable(error));
    QCOMPARE(store.schemaVersion(), schemaMigrations().last().version);
}

void tst_Store::approvalRoundTrip()
{
    TestDatabase db;
    GATEHOUSE_CREATE_TEST_DATABASE(db);
    Store store;
    QString error;
    QVERIFY2(store.open(db.location(), &error), qPrintable(error));
    const Approval in = sample();
    const qint64 id = store.insertApproval(in);
    QVERIFY(id > 0);
    const auto out = store.approval(id);
    QVERIFY(out);
    QCOMPARE(out->title, in.title);
    QCOMPARE(out->externalId, in.externalId);
    QCOMPARE(out->createdAt, in.createdAt);
    QCOMPARE(out->deadline, in.deadline);
    QCOMPARE(out->decidedAt.isValid(), false);
    QCOMPARE(out->state, ApprovalState::Pending);
    QCOMPARE(out->metadata, in.metadata);
    QCOMPARE(store.approvalByExternalId(QStringLiteral("generic"), QStringLiteral("ext-1"))->id,
             id);
    QCOMPARE(store.countApprovals(ApprovalState::Pending), 1);
    QCOMPARE(store.countApprovals(ApprovalState::Approved), 0);
}

void tst_Store::externalIdIsUnique()
{
    TestDatabase db;
    GATEHOUSE_CREATE_TEST_DATABASE(db);
    Store store;
    QString error;
    QVERIFY2(store.open(db.location(), &error), qPrintable(error));
    QVERIFY(store.insertApproval(sample()) > 0);
    QCOMPARE(store.insertApproval(sample()), 0); // the index refuses a twin
    // Approvals without an external id never collide.
    QVERIFY(store.insertApproval(sample(QString())) > 0);
    QVERIFY(store.insertApproval(sample(QString())) > 0);
}

void tst_Store::insertUnlessKnownSaysKnown()
{
    // The ingest path inserts first and looks up only on a conflict: a twin must come
    // back as "known" (not as an error), and leave the first row as it was.
    TestDatabase db;
    GATEHOUSE_CREATE_TEST_DATABASE(db);
    Store store;
    QString error;
    QVERIFY2(store.open(db.location(), &error), qPrintable(error));
    bool known = true;
    const qint64 id = store.insertApprovalUnlessKnown(sample(), &known);
    QVERIFY(id > 0);
    QVERIFY(!known);
    Approval twin = sample();
    twin.title = QStringLiteral("a twin");
    QVERIFY(store.begin()); // a known row must not break the transaction it is in
    QCOMPARE(store.insertApprovalUnlessKnown(twin, &known), 0);
    QVERIFY(known);
    QCOMPARE(store.approvalByExternalId(twin.connector, twin.externalId)->id, id);
    QVERIFY2(store.commit(), qPrintable(store.lastError()));
    QCOMPARE(store.approval(id)->title, sample().title);
    QCOMPARE(store.countApprovals(std::nullopt), 1);
}

void tst_Store::decisionOnlyOnce()
{
    TestDatabase db;
    GATEHOUSE_CREATE_TEST_DATABASE(db);
    Store store;
    QString error;
    QVERIFY2(store.open(db.location(), &error), qPrintable(error));
    Approval a = sample();
    a.id = store.insertApproval(a);
    Approval approved = a;
    approved.state = ApprovalState::Approved;
    approved.decidedBy = QStringLiteral("alice");
    approved.decidedAt = QDateTime::currentDateTimeUtc();
    Approval rejected = approved;
    rejected.state = ApprovalState::Rejected;
    rejected.decidedBy = QStringLiteral("bob");
    QVERIFY(store.recordDecisionIfPending(approved));
    QVERIFY(!store.recordDecisionIfPending(rejected));
    QCOMPARE(store.approval(a.id)->decidedBy, QStringLiteral("alice"));
    QCOMPARE(store.approval(a.id)->state, ApprovalState::Approved);
}

void tst_Store::reopenKeepsEverything()
{
    TestDatabase db;
    GATEHOUSE_CREATE_TEST_DATABASE(db);
    const QString path = db.location();
    qint64 id = 0;
    {
        Store store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QVERIFY(store.begin());
        id = store.insertApproval(sample());
        store.appendTimeline(id, QStringLiteral("received"), QStringLiteral("Received"),
                             QDateTime::currentDateTimeUtc());
        OutboundRequest request;
        request.url = QUrl(QStringLiteral("http://127.0.0.1:9/cb"));
        request.body = "{}";
        QVERIFY(store.enqueue(id, request, QDateTime::currentDateTimeUtc()) > 0);
        QVERIFY(store.commit());
    }
    Store store;
    QString error;
    QVERIFY(store.open(path, &error));
    QCOMPARE(store.approval(id)->title, sample().title);
    QCOMPARE(store.timeline(id).size(), 1);
    QCOMPARE(store.timeline(id).first().message, QStringLiteral("Received"));
    QCOMPARE(store.dueOutbox(QDateTime::currentDateTimeUtc().addSecs(1), 10).size(), 1);
}

void tst_Store::outboxLifecycle()
{
    TestDatabase db;
    GATEHOUSE_CREATE_TEST_DATABASE(db);
    Store store;
    QString error;
    QVERIFY2(store.open(db.location(), &error), qPrintable(error));
    const qint64 id = store.insertApproval(sample());
    OutboundRequest request;
    request.url = QUrl(QStringLiteral("http://127.0.0.1:9/cb"));
    request.headers = {{"Content-Type", "application/json"}};
    request.body = "{\"a\":1}";
    request.auth = OutboundRequest::Auth::BasicToken;
    request.secretName = QStringLiteral("approval/1/authToken");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 item = store.enqueue(id, request, now);
    const auto loaded = store.outboxItem(item);
    QVERIFY(loaded);
    QCOMPARE(loaded->request.body, request.body);
    QCOMPARE(loaded->request.headers, request.headers);
    QCOMPARE(loaded->request.auth, OutboundRequest::Auth::BasicToken);
    QCOMPARE(loaded->request.secretName, request.secretName);
    QVERIFY(store.hasUndeliveredDecision(id));

    QVERIFY(store.markOutbox(item, QStringLiteral("delivering"), 1, {}, {}, now));
    QVERIFY(store.dueOutbox(now.addSecs(10), 10).isEmpty());
    QCOMPARE(store.requeueInFlight(), 1); // as after a crash
    QCOMPARE(store.dueOutbox(now.addSecs(10), 10).size(), 1);
    QVERIFY(store.markOutbox(item, QStringLiteral("failed"), 5, {}, QStringLiteral("HTTP 500"),
                             now));
    QCOMPARE(store.requeueFailed(id, now), 1);
    QCOMPARE(store.outboxItem(item)->attempts, 0);
    QVERIFY(store.markOutbox(item, QStringLiteral("delivered"), 1, {}, {}, now));
    QVERIFY(!store.hasUndeliveredDecision(id));
}

void tst_Store::sealedSecrets()
{
    TestDatabase db;
    GATEHOUSE_CREATE_TEST_DATABASE(db);
    Store store;
    QString error;
    QVERIFY2(store.open(db.location(), &error), qPrintable(error));
    QVERIFY(store.putSealedSecret(QStringLiteral("a"), QStringLiteral("one")));
    QVERIFY(store.putSealedSecret(QStringLiteral("a"), QStringLiteral("two")));
    QCOMPARE(store.sealedSecret(QStringLiteral("a")), QStringLiteral("two"));
    QVERIFY(store.dropSealedSecret(QStringLiteral("a")));
    QCOMPARE(store.sealedSecret(QStringLiteral("a")), QString());
}

void tst_Store::groupUnitsRollBackAlone()
{
    // The group commit's savepoints: a unit that fails (here a twin external id, which
    // on PostgreSQL aborts the transaction) is undone alone; the others still commit.
    TestDatabase db;
    GATEHOUSE_CREATE_TEST_DATABASE(db);
    Store store;
    QString error;
    QVERIFY2(store.open(db.location(), &error), qPrintable(error));
    QVERIFY(store.beginGroup());
    QVERIFY(store.begin());
    QVERIFY(store.insertApproval(sample(QStringLiteral("a"))) > 0);
    QVERIFY(store.commit());
    QVERIFY(store.begin());
    QCOMPARE(store.insertApproval(sample(QStringLiteral("a"))), 0);
    store.rollback();
    QVERIFY(store.begin());
    QVERIFY(store.insertApproval(sample(QStringLiteral("b"))) > 0);
    QVERIFY(store.commit());
    QVERIFY(store.commitGroup());
    QCOMPARE(store.countApprovals(std::nullopt), 2);
}

void tst_Store::claimedRowsWaitForTheLease()
{
    TestDatabase db;
    GATEHOUSE_CREATE_TEST_DATABASE(db);
    if (!db.isPostgres())
        QSKIP("one seat per SQLite file: nobody else claims rows (tst_singleseat)");
    // Two instances' stores on one database. A claims the due row; B skips it while A's
    // lease runs (on the database's clock), and takes it over when the lease has run
    // out, as after A died while sending.
    Store a, b;
    QString error;
    QVERIFY2(a.open(db.location(), &error), qPrintable(error));
    QVERIFY2(b.open(db.location(), &error), qPrintable(error));
    QVERIFY(a.instanceId() != b.instanceId());
    const qint64 id = a.insertApproval(sample());
    OutboundRequest request;
    request.url = QUrl(QStringLiteral("http://127.0.0.1:9/cb"));
    request.body = "{}";
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 item = a.enqueue(id, request, now);
    QCOMPARE(a.claimDueOutbox(now, 10, 60000).size(), 1);
    QVERIFY(b.claimDueOutbox(now, 10, 60000).isEmpty());
    // The holder may take its own row again (a call waiting behind another).
    QCOMPARE(a.claimDueOutbox(now, 10, 60000).size(), 1);
    // Until the lease ends, the other instance is told when to look again.
    QVERIFY(b.earliestQueuedAttempt() > now.addSecs(30));
    QCOMPARE(a.claimDueOutbox(now, 10, 300).first().id, item); // a short lease now
    QVERIFY(b.claimDueOutbox(now, 10, 60000).isEmpty());
    QTRY_COMPARE(b.claimDueOutbox(now, 10, 60000).size(), 1);
    QVERIFY(a.claimDueOutbox(now, 10, 60000).isEmpty());
    // Delivered: the lease goes with the row's end.
    QVERIFY(b.markOutbox(item, QStringLiteral("delivered"), 1, {}, {}, now));
    QVERIFY(a.claimDueOutbox(now, 10, 60000).isEmpty());
    QVERIFY(!a.earliestQueuedAttempt().isValid());
}

void tst_Store::groupWaitsForAnotherWriter()
{
    // Another connection writes while a group has already read (on SQLite: a console
    // without receiver deciding on the receiving instance's file). The group must wait
    // for it and then commit, never fail its webhooks with "database is locked".
    TestDatabase db;
    GATEHOUSE_CREATE_TEST_DATABASE(db);
    const QString location = db.location();
    Store store;
    QString error;
    QVERIFY2(store.open(location, &error), qPrintable(error));
    QSemaphore opened, go, done;
    std::atomic<bool> otherStored{false};
    QThread *other = QThread::create([&] {
        Store console; // its own connection, in its own thread
        QString openError;
        const bool ok = console.open(location, &openError);
        opened.release();
        go.acquire();
        if (ok && console.begin()) {
            otherStored = console.insertApproval(sample(QStringLiteral("console"))) > 0
                    && console.commit();
        }
        done.release();
    });
    other->start();
    opened.acquire();
    QVERIFY(store.beginGroup());
    QVERIFY(store.begin());
    QCOMPARE(store.countApprovals(std::nullopt), 0); // the group has read
    go.release();
    // The other writer either waits for the group (SQLite) or commits beside it.
    done.tryAcquire(1, 300);
    QVERIFY2(store.insertApproval(sample(QStringLiteral("webhook"))) > 0,
             qPrintable(store.lastError()));
    QVERIFY(store.commit());
    QVERIFY2(store.commitGroup(), qPrintable(store.lastError()));
    QVERIFY(other->wait(10000));
    delete other;
    QVERIFY(otherStored.load());
    QCOMPARE(store.countApprovals(std::nullopt), 2);
}

QTEST_GUILESS_MAIN(tst_Store)
#include "tst_store.moc"
