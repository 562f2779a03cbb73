// Redelivery as the README promises it: every attempt of one callback carries the same
// Idempotency-Key; attempts are spaced by the documented backoff (base delay doubling
// each attempt, capped, with +-20 % jitter), measured on the replaceable clock; after
// the last attempt the item shows "delivery failed", and POST
// /api/approvals/{id}/retry-delivery over HTTP sends it again under the same key.
#include "support/fakehttpserver.h"
#include "support/testcore.h"
#include "support/testhttp.h"

#include <QTest>

#include <cmath>

class tst_Redelivery : public QObject
{
    Q_OBJECT
private slots:
    void attemptsKeepTheKeyAndFollowTheBackoff();
    void retryDeliveryOverHttp();

private:
    static DeliveryPolicy policy();
    static qint64 approveOne(TestCore &core, const QUrl &callback);
    static int failures(TestCore &core, qint64 id);
    // Runs every attempt the policy allows against a target that always fails.
    static void exhaustAttempts(TestCore &core, FakeHttpServer &target, qint64 id,
                                QVector<double> *jitters);
};

DeliveryPolicy tst_Redelivery::policy()
{
    DeliveryPolicy policy;
    policy.baseDelayMs = 1000;
    policy.maxDelayMs = 6000; // 1 s, 2 s, 4 s, then the cap
    policy.maxAttempts = 6;
    policy.requestTimeoutMs = 5000;
    return policy;
}

qint64 tst_Redelivery::approveOne(TestCore &core, const QUrl &callback)
{
    Approval a;
    a.connector = QStringLiteral("generic");
    a.kind = QStringLiteral("generic");
    a.externalId = QStringLiteral("e1");
    a.title = QStringLiteral("Deploy");
    a.metadata = {{QStringLiteral("callbackUrl"), callback.toString()}};
    const qint64 id = core.engine->ingest({a, {}}).approval.id;
    core.engine->decide(id, {Verdict::Approve, QStringLiteral("alice"), QStringLiteral("api"), {}});
    return id;
}

int tst_Redelivery::failures(TestCore &core, qint64 id)
{
    const auto timeline = core.engine->timeline(id);
    return int(std::count_if(timeline.cbegin(), timeline.cend(), [](const TimelineEntry &e) {
        return e.type == QLatin1String("delivery-failed");
    }));
}

void tst_Redelivery::exhaustAttempts(TestCore &core, FakeHttpServer &target, qint64 id,
                                     QVector<double> *jitters)
{
    const DeliveryPolicy p = policy();
    const QByteArray key = QByteArray::number(id) + "-decision";
    for (int attempt = 1; attempt <= p.maxAttempts; ++attempt) {
        QTRY_COMPARE(target.requests.size(), attempt);
        QCOMPARE(target.requests.last().header("Idempotency-Key"), key);
        QTRY_COMPARE(failures(core, id), attempt); // the answer is recorded
        if (attempt == p.maxAttempts)
            break;
        // The clock has not moved since the attempt: the next one is due exactly one
        // backoff from now.
        const QDateTime next = core.engine->nextDeliveryAt();
        QVERIFY(next.isValid());
        const qint64 delay = core.clock.now().msecsTo(next);
        const qint64 nominal = qMin<qint64>(qint64(p.baseDelayMs) << (attempt - 1), p.maxDelayMs);
        QVERIFY2(delay >= qint64(nominal * 0.8) && delay <= qint64(nominal * 1.2),
                 qPrintable(QStringLiteral("attempt %1: next after %2 ms, documented %3 ms +-20 %")
                                    .arg(attempt)
                                    .arg(delay)
                                    .arg(nominal)));
        jitters->append(double(delay) / double(nominal));
        // A moment before, nothing is due; at the moment, it is, and it goes out.
        core.clock.advance(delay - 1);
        QVERIFY(core.engine->dueDeliveries(10).isEmpty());
        core.clock.advance(1);
        QCOMPARE(core.engine->dueDeliveries(10).size(), 1);
        core.outbox->wake();
    }
}

void tst_Redelivery::attemptsKeepTheKeyAndFollowTheBackoff()
{
    FakeHttpServer target;
    QVERIFY(target.start());
    target.setScript({{500, "{\"oops\":1}"}});
    TestCore core(policy());
    core.clock.set(QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC));
    core.outbox->start();
    const qint64 id = approveOne(core, target.url(QStringLiteral("/cb")));
    QVector<double> jitters;
    exhaustAttempts(core, target, id, &jitters);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(jitters.size(), policy().maxAttempts - 1);
    // Jittered: items that failed together do not retry in lockstep.
    QVERIFY(std::any_of(jitters.cbegin(), jitters.cend(),
                        [](double j) { return std::abs(j - 1.0) > 0.001; }));

    // "delivery failed": nothing left to send, however far the clock moves.
    QCOMPARE(core.engine->approval(id)->delivery, DeliveryState::Failed);
    QVERIFY(!core.engine->nextDeliveryAt().isValid());
    core.clock.advance(24LL * 3600 * 1000);
    QVERIFY(core.engine->dueDeliveries(10).isEmpty());
    QVERIFY(core.engine->timeline(id).last().message.contains(QStringLiteral("giving up")));
    QCOMPARE(target.requests.size(), policy().maxAttempts);
}

void tst_Redelivery::retryDeliveryOverHttp()
{
    FakeHttpServer target;
    QVERIFY(target.start());
    target.setScript({{500, "{}"}});
    TestCore core(policy());
    QVERIFY(core.listen());
    core.clock.set(QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC));
    core.outbox->start();
    const qint64 id = approveOne(core, target.url(QStringLiteral("/cb")));
    const QUrl retry = core.url(QStringLiteral("/api/approvals/%1/retry-delivery").arg(id));

    // Nothing failed yet: nothing to retry.
    QTRY_COMPARE(failures(core, id), 1);
    QCOMPARE(TestHttp::send(QStringLiteral("POST"), retry, {}, core.operatorAuth()).status, 409);
    QVector<double> jitters;
    exhaustAttempts(core, target, id, &jitters);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(core.engine->approval(id)->delivery, DeliveryState::Failed);

    target.setScript({{200, "{}"}});
    QCOMPARE(TestHttp::send(QStringLiteral("POST"), retry).status, 401); // operator only
    const TestReply accepted =
            TestHttp::send(QStringLiteral("POST"), retry, {}, core.operatorAuth());
    QCOMPARE(accepted.status, 202);
    QCOMPARE(accepted.json().value(QStringLiteral("id")).toInteger(), id);
    QTRY_COMPARE(core.engine->approval(id)->delivery, DeliveryState::Delivered);
    QCOMPARE(target.requests.size(), policy().maxAttempts + 1);
    QCOMPARE(target.requests.last().header("Idempotency-Key"),
             QByteArray::number(id) + "-decision");
    QCOMPARE(target.requests.last().body, target.requests.first().body);
    // Delivered: nothing to retry any more.
    QCOMPARE(TestHttp::send(QStringLiteral("POST"), retry, {}, core.operatorAuth()).status, 409);
}

QTEST_GUILESS_MAIN(tst_Redelivery)
#include "tst_redelivery.moc"
