// Action tokens: length and alphabet, hash-only storage (the raw token is in neither
// the SQLite file nor its WAL), expiry on the manual clock, single use, purposes,
// a decision made elsewhere first, and the bad-token rate limiter.
#include "support/databasefiles.h"
#include "support/testcore.h"

#include "receiver/badtokenlimiter.h"

#include <QSet>
#include <QTest>

class tst_ActionTokens : public QObject
{
    Q_OBJECT
private slots:
    void lengthAndAlphabet_data();
    void lengthAndAlphabet();
    void tokensDiffer();
    void constantTimeEquals();
    void storedOnlyAsHash();
    void expiry();
    void singleUse();
    void decidedElsewhereFirst();
    void wrongPurposeIsUnknown();
    void malformedIsUnknown();
    void noTokenForDecidedApproval();
    void rateLimiter();

private:
    static qint64 pendingTask(TestCore &core, const QString &externalId = QStringLiteral("t1"));
};

qint64 tst_ActionTokens::pendingTask(TestCore &core, const QString &externalId)
{
    Approval a;
    a.connector = QStringLiteral("flexdeploy");
    a.kind = QStringLiteral("task");
    a.externalId = externalId;
    a.title = QStringLiteral("Deploy to PROD");
    a.metadata = {{QStringLiteral("taskId"), externalId}};
    return core.engine->ingest({a, {}}).approval.id;
}

void tst_ActionTokens::lengthAndAlphabet_data()
{
    QTest::addColumn<int>("bytes");
    QTest::addColumn<int>("chars");
    QTest::newRow("default") << ActionTokens::defaultBytes << 43;
    QTest::newRow("restart") << ActionTokens::restartBytes << 86;
    QTest::newRow("too short asks for the minimum") << 8 << 43;
}

void tst_ActionTokens::lengthAndAlphabet()
{
    QFETCH(int, bytes);
    QFETCH(int, chars);
    const QByteArray token = ActionTokens::generate(bytes);
    QCOMPARE(token.size(), chars);
    QVERIFY(ActionTokens::looksValid(token));
    const QByteArray raw = QByteArray::fromBase64(token, QByteArray::Base64UrlEncoding);
    QCOMPARE(raw.size(), qMax(bytes, ActionTokens::defaultBytes));
}

void tst_ActionTokens::tokensDiffer()
{
    // 1000 tokens: no repeats, and the bits look uniform (each of 256 bits set in
    // 35%..65% of tokens; a broken generator that repeats or zeroes words fails).
    QSet<QByteArray> seen;
    QVector<int> ones(256, 0);
    for (int i = 0; i < 1000; ++i) {
        const QByteArray token = ActionTokens::generate();
        QVERIFY(!seen.contains(token));
        seen.insert(token);
        const QByteArray raw = QByteArray::fromBase64(token, QByteArray::Base64UrlEncoding);
        for (int bit = 0; bit < 256; ++bit)
            ones[bit] += (raw.at(bit / 8) >> (bit % 8)) & 1;
    }
    for (int bit = 0; bit < 256; ++bit)
        QVERIFY2(ones.at(bit) > 350 && ones.at(bit) < 650, qPrintable(QString::number(bit)));
}

void tst_ActionTokens::constantTimeEquals()
{
    QVERIFY(ActionTokens::constantTimeEquals("abc", "abc"));
    QVERIFY(!ActionTokens::constantTimeEquals("abc", "abd"));
    QVERIFY(!ActionTokens::constantTimeEquals("abc", "ab"));
    QCOMPARE(ActionTokens::hash("x").size(), 64);
}

void tst_ActionTokens::storedOnlyAsHash()
{
    TestCore core;
    const qint64 id = pendingTask(core);
    const auto issued = core.engine->issueActionToken(id, ActionTokens::decidePurpose,
                                                      ActionTokens::defaultLifetimeMs);
    QVERIFY(issued);
    const auto restart = core.engine->issueActionToken(id, ActionTokens::restartPurpose, 60000,
                                                       ActionTokens::restartBytes);
    QVERIFY(restart);
    QCOMPARE(core.store.actionTokensFor(id).size(), 2);

    const QByteArray bytes = DatabaseFiles::bytes(core.databasePath());
    QVERIFY(bytes.size() > 0);
    QVERIFY(bytes.contains(ActionTokens::hash(issued->token))); // the hash is there...
    QVERIFY(!bytes.contains(issued->token)); // ...the token is not
    QVERIFY(!bytes.contains(restart->token));
    QVERIFY(!bytes.contains(QByteArray::fromBase64(issued->token, QByteArray::Base64UrlEncoding)));
}

void tst_ActionTokens::expiry()
{
    TestCore core;
    core.clock.set(QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC));
    const qint64 id = pendingTask(core);
    const auto issued = core.engine->issueActionToken(id, ActionTokens::decidePurpose, 3600 * 1000);
    QVERIFY(issued);
    QCOMPARE(issued->expiresAt, core.clock.now().addSecs(3600));
    core.clock.advance(3599 * 1000);
    QCOMPARE(
            core.engine->resolveActionToken(issued->token, ActionTokens::decidePurpose, {}).outcome,
            Engine::TokenOutcome::Ok);
    core.clock.advance(1000);
    const Engine::TokenResult late = core.engine->decideWithToken(
            issued->token, ActionTokens::decidePurpose,
            {Verdict::Approve, QStringLiteral("x"), QStringLiteral("link"), {}},
            QStringLiteral("127.0.0.1"));
    QCOMPARE(late.outcome, Engine::TokenOutcome::Expired);
    QVERIFY(core.engine->approval(id)->isPending());
    QCOMPARE(core.engine->timeline(id).last().type, QStringLiteral("link-refused"));
    QVERIFY(core.engine->timeline(id).last().message.contains(QStringLiteral("127.0.0.1")));
}

void tst_ActionTokens::singleUse()
{
    TestCore core;
    core.clock.set(QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC));
    const qint64 id = pendingTask(core);
    const auto issued = core.engine->issueActionToken(id, ActionTokens::decidePurpose, 60000);
    const Decision decision{Verdict::Reject, QStringLiteral("link from 127.0.0.1"),
                            QStringLiteral("link"), QStringLiteral("not now")};
    const Engine::TokenResult first = core.engine->decideWithToken(
            issued->token, ActionTokens::decidePurpose, decision, QStringLiteral("127.0.0.1"));
    QCOMPARE(first.outcome, Engine::TokenOutcome::Ok);
    QCOMPARE(first.approval.state, ApprovalState::Rejected);
    const Approval stored = *core.engine->approval(id);
    QCOMPARE(stored.decisionOrigin, QStringLiteral("link"));
    QCOMPARE(stored.comment, QStringLiteral("not now"));
    const ActionTokenRecord record = core.store.actionTokensFor(id).first();
    QVERIFY(record.usedAt.isValid());
    QCOMPARE(record.usedAt, stored.decidedAt); // one transaction, one instant

    const Engine::TokenResult second = core.engine->decideWithToken(
            issued->token, ActionTokens::decidePurpose, decision, QStringLiteral("127.0.0.1"));
    QCOMPARE(second.outcome, Engine::TokenOutcome::Used);
}

void tst_ActionTokens::decidedElsewhereFirst()
{
    TestCore core;
    const qint64 id = pendingTask(core);
    const auto issued = core.engine->issueActionToken(id, ActionTokens::decidePurpose, 60000);
    core.engine->decide(id,
                        {Verdict::Approve, QStringLiteral("alice"), QStringLiteral("window"), {}});
    const Engine::TokenResult result = core.engine->decideWithToken(
            issued->token, ActionTokens::decidePurpose,
            {Verdict::Reject, QStringLiteral("bob"), QStringLiteral("link"), {}},
            QStringLiteral("127.0.0.1"));
    QCOMPARE(result.outcome, Engine::TokenOutcome::AlreadyDecided);
    QVERIFY(result.message.contains(QStringLiteral("alice")));
    QCOMPARE(core.engine->approval(id)->state, ApprovalState::Approved);
    QVERIFY(!core.store.actionTokensFor(id).first().usedAt.isValid());
}

void tst_ActionTokens::wrongPurposeIsUnknown()
{
    TestCore core;
    const qint64 id = pendingTask(core);
    const auto issued = core.engine->issueActionToken(id, ActionTokens::decidePurpose, 60000);
    QCOMPARE(core.engine->resolveActionToken(issued->token, ActionTokens::restartPurpose, {})
                     .outcome,
             Engine::TokenOutcome::Unknown);
}

void tst_ActionTokens::malformedIsUnknown()
{
    TestCore core;
    for (const QByteArray &bad : {QByteArray(), QByteArray("short"), QByteArray(43, '*'),
                                  QByteArray(300, 'a'), ActionTokens::generate()}) {
        QCOMPARE(core.engine->resolveActionToken(bad, ActionTokens::decidePurpose, {}).outcome,
                 Engine::TokenOutcome::Unknown);
    }
}

void tst_ActionTokens::noTokenForDecidedApproval()
{
    TestCore core;
    const qint64 id = pendingTask(core);
    core.engine->decide(id,
                        {Verdict::Approve, QStringLiteral("alice"), QStringLiteral("window"), {}});
    QVERIFY(!core.engine->issueActionToken(id, ActionTokens::decidePurpose, 60000));
    QVERIFY(!core.engine->issueActionToken(999, ActionTokens::decidePurpose, 60000));
}

void tst_ActionTokens::rateLimiter()
{
    BadTokenLimiter limiter(3, 60000);
    const QHostAddress a(QStringLiteral("10.0.0.1")), b(QStringLiteral("10.0.0.2"));
    const QDateTime t0(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(limiter.blockedFor(a, t0.addSecs(i)), 0);
        limiter.recordFailure(a, t0.addSecs(i));
    }
    QCOMPARE(limiter.blockedFor(a, t0.addSecs(3)), 57); // until the first refusal is a minute old
    QCOMPARE(limiter.blockedFor(b, t0.addSecs(3)), 0); // per address
    QCOMPARE(limiter.blockedFor(a, t0.addSecs(60)), 0);
}

QTEST_GUILESS_MAIN(tst_ActionTokens)
#include "tst_actiontokens.moc"
