// Store: migrations from empty, WAL mode, round trips, reopen keeps everything.
#include "store/migrations.h"
#include "store/store.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class tst_Store : public QObject
{
    Q_OBJECT
private slots:
    void migratesFromEmpty();
    void usesWalAndFullSync();
    void commitsWithFullSync();
    void approvalRoundTrip();
    void externalIdIsUnique();
    void decisionOnlyOnce();
    void reopenKeepsEverything();
    void outboxLifecycle();
    void sealedSecrets();

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
    QTemporaryDir dir;
    Store store;
    QString error;
    QVERIFY2(store.open(dir.filePath(QStringLiteral("s.sqlite")), &error), qPrintable(error));
    QCOMPARE(store.schemaVersion(), schemaMigrations().last().version);
    // Opening again applies nothing twice.
    store.close();
    QVERIFY2(store.open(dir.filePath(QStringLiteral("s.sqlite")), &error), qPrintable(error));
    QCOMPARE(store.schemaVersion(), schemaMigrations().last().version);
}

void tst_Store::usesWalAndFullSync()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.sqlite"));
    Store store;
    QString error;
    QVERIFY(store.open(path, &error));
    store.close();
    {
        QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal")); // WAL is persistent
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
}

void tst_Store::commitsWithFullSync()
{
    // synchronous is a setting of each connection, not of the file: ask the store's own
    // connection. SIGKILL cannot tell FULL from NORMAL (the OS still writes the WAL);
    // a power loss can, and a 2xx promises that the approval survives it.
    const QStringList before = QSqlDatabase::connectionNames();
    QTemporaryDir dir;
    Store store;
    QString error;
    QVERIFY(store.open(dir.filePath(QStringLiteral("s.sqlite")), &error));
    QStringList added = QSqlDatabase::connectionNames();
    for (const QString &name : before)
        added.removeAll(name);
    QCOMPARE(added.size(), 1);
    QSqlQuery query(QSqlDatabase::database(added.first(), false));
    QVERIFY(query.exec(QStringLiteral("PRAGMA synchronous")) && query.next());
    QCOMPARE(query.value(0).toInt(), 2); // 0 OFF, 1 NORMAL, 2 FULL, 3 EXTRA
}

void tst_Store::approvalRoundTrip()
{
    QTemporaryDir dir;
    Store store;
    QString error;
    QVERIFY(store.open(dir.filePath(QStringLiteral("s.sqlite")), &error));
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
    QTemporaryDir dir;
    Store store;
    QString error;
    QVERIFY(store.open(dir.filePath(QStringLiteral("s.sqlite")), &error));
    QVERIFY(store.insertApproval(sample()) > 0);
    QCOMPARE(store.insertApproval(sample()), 0); // the index refuses a twin
    // Approvals without an external id never collide.
    QVERIFY(store.insertApproval(sample(QString())) > 0);
    QVERIFY(store.insertApproval(sample(QString())) > 0);
}

void tst_Store::decisionOnlyOnce()
{
    QTemporaryDir dir;
    Store store;
    QString error;
    QVERIFY(store.open(dir.filePath(QStringLiteral("s.sqlite")), &error));
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
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.sqlite"));
    qint64 id = 0;
    {
        Store store;
        QString error;
        QVERIFY(store.open(path, &error));
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
    QTemporaryDir dir;
    Store store;
    QString error;
    QVERIFY(store.open(dir.filePath(QStringLiteral("s.sqlite")), &error));
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
    QTemporaryDir dir;
    Store store;
    QString error;
    QVERIFY(store.open(dir.filePath(QStringLiteral("s.sqlite")), &error));
    QVERIFY(store.putSealedSecret(QStringLiteral("a"), QStringLiteral("one")));
    QVERIFY(store.putSealedSecret(QStringLiteral("a"), QStringLiteral("two")));
    QCOMPARE(store.sealedSecret(QStringLiteral("a")), QStringLiteral("two"));
    QVERIFY(store.dropSealedSecret(QStringLiteral("a")));
    QCOMPARE(store.sealedSecret(QStringLiteral("a")), QString());
}

QTEST_GUILESS_MAIN(tst_Store)
#include "tst_store.moc"
