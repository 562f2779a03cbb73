// Engine: the state machine, finality, concurrent decisions, expiry, timeline. Every
// test runs on SQLite and on PostgreSQL (the global data rows of TestDatabase).
#include "support/testcore.h"
#include "support/testdatabase.h"

#include <QJsonObject>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

class tst_Engine : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { TestDatabase::addEngines(); }
    void init();
    void cleanup() { m_database.reset(); }
    void ingestCreatesPendingWithTimeline();
    void repeatedExternalIdUpdates();
    void decide_data();
    void decide();
    void decisionIsFinal();
    void unknownApproval();
    void concurrentDecisionsOneWins();
    void deadlineExpires();
    void decisionQueuesCallbackInSameTransaction();
    void secretsAreSealed();
    void overridingGatesNeedsAComment();

private:
    static ParsedWebhook webhook(const QString &externalId = QStringLiteral("e1"));
    QString database() const { return m_database->location(); }

    std::unique_ptr<TestDatabase> m_database; // a fresh one for each test
};

void tst_Engine::init()
{
    m_database = std::make_unique<TestDatabase>();
    GATEHOUSE_CREATE_TEST_DATABASE(*m_database);
}

ParsedWebhook tst_Engine::webhook(const QString &externalId)
{
    Approval a;
    a.connector = QStringLiteral("generic");
    a.kind = QStringLiteral("generic");
    a.externalId = externalId;
    a.title = QStringLiteral("Release 1.2 to production");
    a.metadata = {{QStringLiteral("callbackUrl"), QStringLiteral("http://127.0.0.1:9/cb")}};
    return {a, {}};
}

void tst_Engine::ingestCreatesPendingWithTimeline()
{
    TestCore core(TestCore::fastPolicy(), database());
    QSignalSpy upserted(core.engine.get(), &Engine::approvalUpserted);
    QSignalSpy appended(core.engine.get(), &Engine::timelineAppended);
    const auto result = core.engine->ingest(webhook());
    QVERIFY(result.ok);
    QVERIFY(result.created);
    QCOMPARE(result.approval.state, ApprovalState::Pending);
    QCOMPARE(upserted.count(), 1);
    QCOMPARE(appended.count(), 1);
    const auto timeline = core.engine->timeline(result.approval.id);
    QCOMPARE(timeline.size(), 1);
    QCOMPARE(timeline.first().type, QStringLiteral("received"));
}

void tst_Engine::repeatedExternalIdUpdates()
{
    TestCore core(TestCore::fastPolicy(), database());
    const auto first = core.engine->ingest(webhook());
    ParsedWebhook again = webhook();
    again.approval.title = QStringLiteral("Release 1.2.1 to production");
    const auto second = core.engine->ingest(again);
    QVERIFY(second.ok);
    QVERIFY(!second.created);
    QCOMPARE(second.approval.id, first.approval.id);
    QCOMPARE(core.engine->approval(first.approval.id)->title, again.approval.title);
    QCOMPARE(core.engine->countApprovals(std::nullopt), 1);
    QCOMPARE(core.engine->timeline(first.approval.id).last().type, QStringLiteral("updated"));
}

void tst_Engine::decide_data()
{
    QTest::addColumn<bool>("approve");
    QTest::addColumn<ApprovalState>("expected");
    QTest::newRow("approve") << true << ApprovalState::Approved;
    QTest::newRow("reject") << false << ApprovalState::Rejected;
}

void tst_Engine::decide()
{
    QFETCH(bool, approve);
    QFETCH(ApprovalState, expected);
    TestCore core(TestCore::fastPolicy(), database());
    const qint64 id = core.engine->ingest(webhook()).approval.id;
    const auto result = core.engine->decide(id,
                                            {approve ? Verdict::Approve : Verdict::Reject,
                                             QStringLiteral("alice"), QStringLiteral("window"),
                                             QStringLiteral("looks good")});
    QCOMPARE(result.outcome, Engine::DecideOutcome::Decided);
    const Approval stored = *core.engine->approval(id);
    QCOMPARE(stored.state, expected);
    QCOMPARE(stored.decidedBy, QStringLiteral("alice"));
    QCOMPARE(stored.decisionOrigin, QStringLiteral("window"));
    QCOMPARE(stored.comment, QStringLiteral("looks good"));
    QCOMPARE(stored.delivery, DeliveryState::Queued);
    QVERIFY(stored.decidedAt.isValid());
    const auto timeline = core.engine->timeline(id);
    QCOMPARE(timeline.at(1).type, QStringLiteral("decided"));
    QVERIFY(timeline.at(1).message.contains(QStringLiteral("alice")));
}

void tst_Engine::decisionIsFinal()
{
    TestCore core(TestCore::fastPolicy(), database());
    const qint64 id = core.engine->ingest(webhook()).approval.id;
    QCOMPARE(
            core.engine
                    ->decide(id,
                             {Verdict::Approve, QStringLiteral("alice"), QStringLiteral("api"), {}})
                    .outcome,
            Engine::DecideOutcome::Decided);
    const auto second = core.engine->decide(
            id, {Verdict::Reject, QStringLiteral("bob"), QStringLiteral("api"), {}});
    QCOMPARE(second.outcome, Engine::DecideOutcome::AlreadyDecided);
    QVERIFY(second.message.contains(QStringLiteral("alice")));
    QCOMPARE(core.engine->approval(id)->state, ApprovalState::Approved);
    // A repeated webhook after the decision changes nothing that was decided.
    QVERIFY(core.engine->ingest(webhook()).ok);
    QCOMPARE(core.engine->approval(id)->state, ApprovalState::Approved);
}

void tst_Engine::unknownApproval()
{
    TestCore core(TestCore::fastPolicy(), database());
    QCOMPARE(core.engine
                     ->decide(4242,
                              {Verdict::Approve, QStringLiteral("a"), QStringLiteral("api"), {}})
                     .outcome,
             Engine::DecideOutcome::NotFound);
}

void tst_Engine::concurrentDecisionsOneWins()
{
    // Several consoles on one database decide at the same moment, each in its own
    // thread with its own connection: the store's conditional update lets exactly one
    // through, and every other one hears "already decided" naming that winner (not a
    // database error, not a stale pending row).
    TestCore first(TestCore::fastPolicy(), database());
    constexpr int deciders = 4;
    const QStringList names{QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol"),
                            QStringLiteral("dave")};
    for (int round = 0; round < 10; ++round) {
        const qint64 target = first.engine->ingest(webhook(QString::number(round))).approval.id;
        QSemaphore ready, gate;
        QVector<Engine::DecideResult> results(deciders);
        QVector<QThread *> threads;
        for (int i = 0; i < deciders; ++i) {
            threads.append(QThread::create([&, i] {
                Store store;
                QString error;
                const bool opened = store.open(first.databasePath(), &error);
                SecretVault vault;
                vault.setKey(QByteArray(SecretVault::keyBytes(), 'k'));
                Clock clock;
                Engine engine(store, vault, clock);
                ready.release();
                gate.acquire();
                if (opened)
                    results[i] = engine.decide(target,
                                               {i % 2 ? Verdict::Reject : Verdict::Approve,
                                                names.at(i),
                                                QStringLiteral("api"),
                                                {}});
            }));
            threads.last()->start();
        }
        ready.acquire(deciders);
        gate.release(deciders);
        for (QThread *thread : threads) {
            QVERIFY(thread->wait(30000));
            delete thread;
        }
        QString winner;
        for (int i = 0; i < deciders; ++i) {
            if (results[i].outcome == Engine::DecideOutcome::Decided) {
                QVERIFY2(winner.isEmpty(), "two decisions won");
                winner = names.at(i);
            }
        }
        QVERIFY2(!winner.isEmpty(), "no decision won");
        for (int i = 0; i < deciders; ++i) {
            const Engine::DecideResult &result = results[i];
            if (names.at(i) == winner)
                continue;
            QVERIFY2(result.outcome == Engine::DecideOutcome::AlreadyDecided,
                     qPrintable(QStringLiteral("%1: outcome %2, %3")
                                        .arg(names.at(i))
                                        .arg(int(result.outcome))
                                        .arg(result.message)));
            QCOMPARE(result.approval.id, target);
            QVERIFY(result.approval.isFinal());
            QCOMPARE(result.approval.decidedBy, winner);
            QVERIFY2(result.message.contains(winner), qPrintable(result.message));
        }
        const auto timeline = first.engine->timeline(target);
        QCOMPARE(std::count_if(
                         timeline.cbegin(), timeline.cend(),
                         [](const TimelineEntry &e) { return e.type == QLatin1String("decided"); }),
                 1);
        QCOMPARE(first.engine->approval(target)->decidedBy, winner);
    }
}

void tst_Engine::deadlineExpires()
{
    TestCore core(TestCore::fastPolicy(), database());
    const QDateTime start = QDateTime::currentDateTimeUtc();
    core.clock.set(start);
    ParsedWebhook hook = webhook();
    hook.approval.deadline = start.addSecs(60);
    const qint64 id = core.engine->ingest(hook).approval.id;
    QCOMPARE(core.engine->expireDue(), 0);
    core.clock.advance(61 * 1000);
    QCOMPARE(core.engine->expireDue(), 1);
    const Approval expired = *core.engine->approval(id);
    QCOMPARE(expired.state, ApprovalState::Expired);
    QCOMPARE(expired.decisionOrigin, QStringLiteral("timeout"));
    QCOMPARE(core.engine->timeline(id).at(1).type, QStringLiteral("expired"));
    // The waiting system hears about it too.
    QCOMPARE(core.engine->dueDeliveries(10).size(), 1);
    QVERIFY(core.engine->dueDeliveries(10).first().request.body.contains(
            "\"decision\":\"expired\""));
}

void tst_Engine::decisionQueuesCallbackInSameTransaction()
{
    TestCore core(TestCore::fastPolicy(), database());
    const qint64 id = core.engine->ingest(webhook()).approval.id;
    QVERIFY(core.engine->dueDeliveries(10).isEmpty());
    core.engine->decide(id, {Verdict::Approve, QStringLiteral("alice"), QStringLiteral("api"), {}});
    const auto due = core.engine->dueDeliveries(10);
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.first().approvalId, id);
    QCOMPARE(due.first().request.url, QUrl(QStringLiteral("http://127.0.0.1:9/cb")));
}

void tst_Engine::secretsAreSealed()
{
    TestCore core(TestCore::fastPolicy(), database());
    ParsedWebhook hook = webhook();
    hook.secrets.insert(QStringLiteral("authToken"), "super-secret-job-token");
    const qint64 id = core.engine->ingest(hook).approval.id;
    const QString name = Connector::secretName(id, QStringLiteral("authToken"));
    QCOMPARE(core.engine->secret(name), QByteArray("super-secret-job-token"));
    QVERIFY(!core.store.sealedSecret(name).contains(QStringLiteral("super-secret")));
}

void tst_Engine::overridingGatesNeedsAComment()
{
    TestCore core(TestCore::fastPolicy(), database());
    ParsedWebhook hook = webhook();
    hook.approval.metadata.insert(
            QStringLiteral("gates"),
            QJsonObject{{QStringLiteral("green"), 2}, {QStringLiteral("total"), 3}});
    const qint64 id = core.engine->ingest(hook).approval.id;
    const auto refused = core.engine->decide(
            id, {Verdict::Approve, QStringLiteral("alice"), QStringLiteral("window"), {}});
    QCOMPARE(refused.outcome, Engine::DecideOutcome::CommentRequired);
    QVERIFY(refused.message.contains(QStringLiteral("2 of 3")));
    QCOMPARE(core.engine->approval(id)->state, ApprovalState::Pending);
    const auto overridden = core.engine->decide(
            id,
            {Verdict::Approve, QStringLiteral("alice"), QStringLiteral("window"),
             QStringLiteral("monitor is down, checked by hand")});
    QCOMPARE(overridden.outcome, Engine::DecideOutcome::Decided);
    // Rejecting never needs a reason.
    const qint64 other = core.engine->ingest(webhook(QStringLiteral("e2"))).approval.id;
    QCOMPARE(
            core.engine
                    ->decide(other,
                             {Verdict::Reject, QStringLiteral("bob"), QStringLiteral("window"), {}})
                    .outcome,
            Engine::DecideOutcome::Decided);
}

QTEST_GUILESS_MAIN(tst_Engine)
#include "tst_engine.moc"
