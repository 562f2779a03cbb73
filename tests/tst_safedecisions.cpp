// The rules behind the console's safety nets, without widgets: PendingDecisions (the
// undo window before a decision is committed) on a stepped clock, and PolicyChanges
// (which policy edits take the person away or shorten a timeout, and must be confirmed).
#include "core/clock.h"
#include "service/pendingdecisions.h"
#include "service/policychanges.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

namespace {
class SteppedClock : public Clock
{
public:
    QDateTime now() const override { return m_now; }
    void advanceMs(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now = QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);
};

QJsonArray policies(const char *json)
{
    return QJsonDocument::fromJson(json).array();
}
} // namespace

class tst_SafeDecisions : public QObject
{
    Q_OBJECT
private slots:
    void heldUntilTheWindowPasses();
    void undoneDecisionIsNeverCommitted();
    void zeroWindowCommitsAtOnce();
    void heldIdsAreNotDecidedTwice();
    void commitAllAtQuit();
    void timerCommitsWithTheRealClock();
    void riskyPolicyChanges_data();
    void riskyPolicyChanges();
};

void tst_SafeDecisions::heldUntilTheWindowPasses()
{
    SteppedClock clock;
    PendingDecisions pending(&clock);
    pending.setUndoWindowMs(5000);
    QSignalSpy committed(&pending, &PendingDecisions::committed);
    const qint64 batch = pending.add({7, 8}, true, QStringLiteral("ok"), QStringLiteral("window"),
                                     QStringLiteral("2 approvals"));
    QVERIFY(batch > 0);
    QVERIFY(pending.isHeld(7));
    QVERIFY(pending.isHeld(8));
    QCOMPARE(pending.remainingMs(pending.held().constFirst()), 5000);
    clock.advanceMs(4999);
    pending.tick();
    QCOMPARE(committed.count(), 0);
    QCOMPARE(pending.remainingMs(pending.held().constFirst()), 1);
    clock.advanceMs(1);
    pending.tick();
    QCOMPARE(committed.count(), 1);
    const auto decision = committed.at(0).at(0).value<PendingDecision>();
    QCOMPARE(decision.ids, (QList<qint64>{7, 8}));
    QVERIFY(decision.approve);
    QCOMPARE(decision.comment, QStringLiteral("ok"));
    QCOMPARE(decision.origin, QStringLiteral("window"));
    QVERIFY(!pending.isHeld(7));
    QVERIFY(pending.held().isEmpty());
    pending.tick();
    QCOMPARE(committed.count(), 1); // once only
}

void tst_SafeDecisions::undoneDecisionIsNeverCommitted()
{
    SteppedClock clock;
    PendingDecisions pending(&clock);
    QSignalSpy committed(&pending, &PendingDecisions::committed);
    QSignalSpy undone(&pending, &PendingDecisions::undone);
    const qint64 first = pending.add({1}, true, {}, QStringLiteral("window"), QStringLiteral("a"));
    clock.advanceMs(1000);
    pending.add({2}, false, {}, QStringLiteral("tray"), QStringLiteral("b"));
    QVERIFY(pending.undoLatest()); // the newest: 2
    QCOMPARE(undone.count(), 1);
    QCOMPARE(undone.at(0).at(0).value<PendingDecision>().ids, QList<qint64>{2});
    QVERIFY(pending.undo(first));
    QVERIFY(!pending.undo(first));
    clock.advanceMs(60000);
    pending.tick();
    QCOMPARE(committed.count(), 0);
    QVERIFY(!pending.isHeld(1));
}

void tst_SafeDecisions::zeroWindowCommitsAtOnce()
{
    SteppedClock clock;
    PendingDecisions pending(&clock);
    pending.setUndoWindowMs(0);
    QSignalSpy committed(&pending, &PendingDecisions::committed);
    QVERIFY(pending.add({3}, false, QStringLiteral("no"), QStringLiteral("window"), {}) > 0);
    QCOMPARE(committed.count(), 1);
    QVERIFY(!committed.at(0).at(0).value<PendingDecision>().approve);
    QVERIFY(pending.held().isEmpty());
}

void tst_SafeDecisions::heldIdsAreNotDecidedTwice()
{
    SteppedClock clock;
    PendingDecisions pending(&clock);
    QSignalSpy committed(&pending, &PendingDecisions::committed);
    pending.add({1, 2}, true, {}, QStringLiteral("window"), {});
    QCOMPARE(pending.add({2}, false, {}, QStringLiteral("window"), {}), 0);
    pending.add({2, 3}, false, {}, QStringLiteral("window"), {});
    QCOMPARE(pending.held().constLast().ids, QList<qint64>{3});
    clock.advanceMs(5000);
    pending.tick();
    QCOMPARE(committed.count(), 2);
}

void tst_SafeDecisions::commitAllAtQuit()
{
    SteppedClock clock;
    PendingDecisions pending(&clock);
    QSignalSpy committed(&pending, &PendingDecisions::committed);
    pending.add({1}, true, {}, QStringLiteral("window"), {});
    pending.add({2}, true, {}, QStringLiteral("window"), {});
    pending.commitAll();
    QCOMPARE(committed.count(), 2);
    QVERIFY(pending.held().isEmpty());
}

void tst_SafeDecisions::timerCommitsWithTheRealClock()
{
    PendingDecisions pending;
    pending.setUndoWindowMs(300);
    QSignalSpy committed(&pending, &PendingDecisions::committed);
    QSignalSpy changed(&pending, &PendingDecisions::changed);
    pending.add({5}, true, {}, QStringLiteral("window"), {});
    QVERIFY(committed.wait(5000));
    QCOMPARE(committed.count(), 1);
    QVERIFY(changed.count() >= 2); // held, then committed
}

void tst_SafeDecisions::riskyPolicyChanges_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<QStringList>("expected");
    const QByteArray base = R"([{"name":"prod","timeoutSecs":3600,"gates":[]}])";
    QTest::newRow("unchanged") << base << base << QStringList();
    QTest::newRow("timeout shortened")
            << base << QByteArray(R"([{"name":"prod","timeoutSecs":3597,"gates":[]}])")
            << QStringList{QStringLiteral("“prod”: timeout shortened from 3600 s to 3597 s")};
    QTest::newRow("timeout longer")
            << base << QByteArray(R"([{"name":"prod","timeoutSecs":7200}])") << QStringList();
    QTest::newRow("default timeout shortened")
            << QByteArray(R"([{"name":"prod"}])")
            << QByteArray(R"([{"name":"prod","timeoutSecs":60}])")
            << QStringList{QStringLiteral("“prod”: timeout shortened from 3600 s to 60 s")};
    QTest::newRow("person removed")
            << base << QByteArray(R"([{"name":"prod","timeoutSecs":3600,"order":"gatesOnly"}])")
            << QStringList{QStringLiteral("“prod”: no person approves any more (gates only)")};
    QTest::newRow("already gates only")
            << QByteArray(R"([{"name":"prod","order":"gatesOnly"}])")
            << QByteArray(R"([{"name":"prod","order":"gatesOnly"}])") << QStringList();
    QTest::newRow("person added back")
            << QByteArray(R"([{"name":"prod","order":"gatesOnly"}])")
            << QByteArray(R"([{"name":"prod","order":"approvalThenGates"}])") << QStringList();
    QTest::newRow("new policy without a person")
            << base
            << QByteArray(R"([{"name":"prod","timeoutSecs":3600},)"
                          R"({"name":"qa","order":"gatesOnly"}])")
            << QStringList{QStringLiteral("“qa” (new): no person approves (gates only)")};
    QTest::newRow("both at once")
            << base << QByteArray(R"([{"name":"prod","timeoutSecs":10,"order":"gatesOnly"}])")
            << QStringList{QStringLiteral("“prod”: no person approves any more (gates only)"),
                           QStringLiteral("“prod”: timeout shortened from 3600 s to 10 s")};
}

void tst_SafeDecisions::riskyPolicyChanges()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(QStringList, expected);
    QCOMPARE(PolicyChanges::risky(policies(before), policies(after)), expected);
}

QTEST_GUILESS_MAIN(tst_SafeDecisions)
#include "tst_safedecisions.moc"
