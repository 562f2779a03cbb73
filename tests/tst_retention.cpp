// RetentionJob: decided approvals older than the setting are archived (JSON Lines, on
// disk first) and then dropped with everything that hangs off them; pending ones, recent
// ones and ones whose callback is still on its way stay. Runs on SQLite and PostgreSQL.
#include "service/retentionjob.h"
#include "store/store.h"
#include "support/testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

class tst_Retention : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { TestDatabase::addEngines(); }
    void dropsOldDecidedAfterArchivingThem();
    void keepsEverythingByDefault();
    void keepsApprovalsWithCallbacksOnTheirWay();
    void dropsNothingWhenTheArchiveCannotBeWritten();
    void runsInSmallBatchesOnItsTimer();
    void sqliteFileGivesFreedPagesBack();

private:
    // "Now" for every job in these tests.
    static QDateTime now() { return QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC); }
    // An approval decided `daysAgo` days before now(), or pending with daysAgo < 0.
    static qint64 add(Store &store, const QString &title, int daysAgo);
    static QList<QJsonObject> archived(const QString &path);
    static RetentionSettings settings(const TestDatabase &db, int days);
};

qint64 tst_Retention::add(Store &store, const QString &title, int daysAgo)
{
    Approval a;
    a.connector = QStringLiteral("generic");
    a.kind = QStringLiteral("generic");
    a.externalId = title;
    a.title = title;
    a.createdAt = a.updatedAt = now().addDays(-qAbs(daysAgo) - 1);
    if (daysAgo >= 0) {
        a.state = ApprovalState::Approved;
        a.delivery = DeliveryState::Delivered;
        a.decidedBy = QStringLiteral("alice");
        a.decisionOrigin = QStringLiteral("window");
        a.decidedAt = now().addDays(-daysAgo);
    }
    const qint64 id = store.insertApproval(a);
    store.appendTimeline(id, QStringLiteral("received"), QStringLiteral("Received from generic"),
                         a.createdAt);
    if (daysAgo >= 0)
        store.appendTimeline(id, QStringLiteral("decided"), QStringLiteral("Approved by alice"),
                             a.decidedAt);
    return id;
}

QList<QJsonObject> tst_Retention::archived(const QString &path)
{
    QList<QJsonObject> lines;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return lines;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        if (!line.endsWith('\n'))
            return {}; // a line cut short: not an archive anyone can read back
        lines.append(QJsonDocument::fromJson(line).object());
    }
    return lines;
}

RetentionSettings tst_Retention::settings(const TestDatabase &db, int days)
{
    RetentionSettings s;
    s.days = days;
    s.archiveFile = db.tempDir() + QStringLiteral("/archive.jsonl");
    return s;
}

void tst_Retention::dropsOldDecidedAfterArchivingThem()
{
    TestDatabase db;
    GATEHOUSE_CREATE_TEST_DATABASE(db);
    Store store;
    QString error;
    QVERIFY2(store.open(db.location(), &error), qPrintable(error));
    const qint64 old = add(store, QStringLiteral("old decided"), 40);
    const qint64 recent = add(store, QStringLiteral("recent decided"), 10);
    const qint64 pending = add(store, QStringLiteral("old pending"), -100);
    QVERIFY(store.putSealedSecret(QStringLiteral("approval/%1/token").arg(old),
                                  QStringLiteral("s")));
    QVERIFY(store.putSealedSecret(QStringLiteral("approval/%1/token").arg(recent),
                                  QStringLiteral("s")));

    RetentionJob job(store, settings(db, 30), &tst_Retention::now);
    QCOMPARE(job.runBatch(), 1);
    QCOMPARE(job.runBatch(), 0); // nothing left past the cut-off

    QVERIFY(!store.approval(old));
    QVERIFY(store.timeline(old).isEmpty());
    QVERIFY(store.sealedSecret(QStringLiteral("approval/%1/token").arg(old)).isEmpty());
    QVERIFY(store.approval(recent));
    QCOMPARE(store.timeline(recent).size(), 2);
    QVERIFY(!store.sealedSecret(QStringLiteral("approval/%1/token").arg(recent)).isEmpty());
    QVERIFY(store.approval(pending));

    const QList<QJsonObject> lines = archived(settings(db, 30).archiveFile);
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines[0].value(QStringLiteral("id")).toInteger(), old);
    QCOMPARE(lines[0].value(QStringLiteral("title")).toString(), QStringLiteral("old decided"));
    QCOMPARE(lines[0].value(QStringLiteral("state")).toString(), QStringLiteral("approved"));
    QCOMPARE(lines[0].value(QStringLiteral("timeline")).toArray().size(), 2);
    QCOMPARE(lines[0].value(QStringLiteral("archivedAt")).toString(),
             now().toString(Qt::ISODateWithMs));
}

void tst_Retention::keepsEverythingByDefault()
{
    TestDatabase db;
    GATEHOUSE_CREATE_TEST_DATABASE(db);
    Store store;
    QString error;
    QVERIFY2(store.open(db.location(), &error), qPrintable(error));
    const qint64 ancient = add(store, QStringLiteral("ancient"), 3000);
    QCOMPARE(RetentionSettings().days, 0);

    RetentionSettings defaults = settings(db, 0);
    RetentionJob job(store, defaults, &tst_Retention::now);
    job.start();
    QCOMPARE(job.runBatch(), 0);
    QVERIFY(store.approval(ancient));
    QVERIFY(!QFile::exists(defaults.archiveFile));
}

void tst_Retention::keepsApprovalsWithCallbacksOnTheirWay()
{
    TestDatabase db;
    GATEHOUSE_CREATE_TEST_DATABASE(db);
    Store store;
    QString error;
    QVERIFY2(store.open(db.location(), &error), qPrintable(error));
    OutboundRequest callback;
    callback.url = QUrl(QStringLiteral("http://127.0.0.1:9/cb"));
    callback.label = QStringLiteral("callback");
    const qint64 queued = add(store, QStringLiteral("queued"), 40);
    QVERIFY(store.enqueue(queued, callback, now()) > 0);
    const qint64 failed = add(store, QStringLiteral("failed"), 40);
    const qint64 failedRow = store.enqueue(failed, callback, now());
    QVERIFY(store.markOutbox(failedRow, QStringLiteral("failed"), 5, now(), QStringLiteral("503"),
                             now()));
    const qint64 delivered = add(store, QStringLiteral("delivered"), 40);
    const qint64 deliveredRow = store.enqueue(delivered, callback, now());
    QVERIFY(store.markOutbox(deliveredRow, QStringLiteral("delivered"), 1, now(), QString(),
                             now()));

    RetentionJob job(store, settings(db, 30), &tst_Retention::now);
    QCOMPARE(job.runBatch(), 1);
    QVERIFY(store.approval(queued));
    QVERIFY(store.approval(failed));
    QVERIFY(!store.approval(delivered));
    QVERIFY(!store.outboxItem(deliveredRow));
}

void tst_Retention::dropsNothingWhenTheArchiveCannotBeWritten()
{
    TestDatabase db;
    GATEHOUSE_CREATE_TEST_DATABASE(db);
    Store store;
    QString error;
    QVERIFY2(store.open(db.location(), &error), qPrintable(error));
    const qint64 old = add(store, QStringLiteral("old"), 40);
    RetentionSettings s = settings(db, 30);
    s.archiveFile = db.tempDir() + QStringLiteral("/no-such-folder/archive.jsonl");

    RetentionJob job(store, s, &tst_Retention::now);
    QCOMPARE(job.runBatch(), -1);
    QVERIFY2(job.lastError().contains(QStringLiteral("no-such-folder")),
             qPrintable(job.lastError()));
    QVERIFY(store.approval(old));
    QCOMPARE(store.timeline(old).size(), 2);
}

void tst_Retention::runsInSmallBatchesOnItsTimer()
{
    TestDatabase db;
    GATEHOUSE_CREATE_TEST_DATABASE(db);
    Store store;
    QString error;
    QVERIFY2(store.open(db.location(), &error), qPrintable(error));
    for (int i = 0; i < 5; ++i)
        add(store, QStringLiteral("old %1").arg(i), 40 + i);
    const qint64 recent = add(store, QStringLiteral("recent"), 1);
    RetentionSettings s = settings(db, 30);
    s.batchSize = 2;

    RetentionJob job(store, s, &tst_Retention::now);
    QSignalSpy dropped(&job, &RetentionJob::dropped);
    job.start();
    QTRY_COMPARE(dropped.size(), 3);
    QCOMPARE(dropped.at(0).at(0).toInt(), 2);
    QCOMPARE(dropped.at(1).at(0).toInt(), 2);
    QCOMPARE(dropped.at(2).at(0).toInt(), 1);
    QCOMPARE(store.countApprovals(std::nullopt), 1);
    QVERIFY(store.approval(recent));
    // Oldest decision first, each exactly once.
    const QList<QJsonObject> lines = archived(s.archiveFile);
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines.first().value(QStringLiteral("title")).toString(), QStringLiteral("old 4"));
    QCOMPARE(lines.last().value(QStringLiteral("title")).toString(), QStringLiteral("old 0"));
}

void tst_Retention::sqliteFileGivesFreedPagesBack()
{
    if (TestDatabase::currentEngine() != QLatin1String("sqlite"))
        QSKIP("PostgreSQL reuses deleted space itself (autovacuum); no file to shrink");
    TestDatabase db;
    GATEHOUSE_CREATE_TEST_DATABASE(db);
    Store store;
    QString error;
    QVERIFY2(store.open(db.location(), &error), qPrintable(error));
    for (int i = 0; i < 300; ++i) {
        const qint64 id = add(store, QStringLiteral("old %1").arg(i), 40);
        store.appendTimeline(id, QStringLiteral("status"), QString(2000, QLatin1Char('x')), now());
    }
    auto pragma = [&](const char *name) {
        QSqlDatabase check = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                       QStringLiteral("retention-check"));
        check.setDatabaseName(db.location());
        int value = -1;
        if (check.open()) {
            QSqlQuery query(check);
            if (query.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name))) && query.next())
                value = query.value(0).toInt();
        }
        check = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("retention-check"));
        return value;
    };
    QCOMPARE(pragma("auto_vacuum"), 2); // incremental
    const int pagesBefore = pragma("page_count");

    RetentionSettings s = settings(db, 30);
    s.batchSize = 1000;
    RetentionJob job(store, s, &tst_Retention::now);
    QCOMPARE(job.runBatch(), 300);
    QCOMPARE(pragma("freelist_count"), 0);
    QVERIFY2(pragma("page_count") < pagesBefore / 2,
             qPrintable(QStringLiteral("%1 pages before, %2 after")
                                .arg(pagesBefore)
                                .arg(pragma("page_count"))));
}

QTEST_GUILESS_MAIN(tst_Retention)
#include "tst_retention.moc"
