// Delivery against a local fake callback server: success, retry after 500, a target
// that is down then up, a hanging target, giving up and retrying by hand, and a
// restart with a pending delivery.
#include "support/fakehttpserver.h"
#include "support/testcore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTest>

class tst_Delivery : public QObject
{
    Q_OBJECT
private slots:
    void backoffGrowsAndIsCapped();
    void deliversDecision();
    void retriesAfterServerError();
    void targetDownThenUp();
    void hangingTargetTimesOut();
    void givesUpThenRetryByHand();
    void restartResumesPendingDelivery();
    void placeholdersAreFilledWithPlainIdsOnly();

private:
    static qint64 approveOne(TestCore &core, const QUrl &callback,
                             const QString &externalId = QStringLiteral("e1"));
};

qint64 tst_Delivery::approveOne(TestCore &core, const QUrl &callback, const QString &externalId)
{
    Approval a;
    a.connector = QStringLiteral("generic");
    a.kind = QStringLiteral("generic");
    a.externalId = externalId;
    a.title = QStringLiteral("Deploy");
    a.metadata = {{QStringLiteral("callbackUrl"), callback.toString()}};
    const qint64 id = core.engine->ingest({a, {}}).approval.id;
    core.engine->decide(id,
                        {Verdict::Approve, QStringLiteral("alice"), QStringLiteral("window"),
                         QStringLiteral("go")});
    return id;
}

void tst_Delivery::backoffGrowsAndIsCapped()
{
    DeliveryPolicy policy;
    policy.baseDelayMs = 1000;
    policy.maxDelayMs = 10000;
    QCOMPARE(policy.backoffMs(1, 1.0), 1000);
    QCOMPARE(policy.backoffMs(2, 1.0), 2000);
    QCOMPARE(policy.backoffMs(3, 1.0), 4000);
    QCOMPARE(policy.backoffMs(10, 1.0), 10000);
    QCOMPARE(policy.backoffMs(3, 0.8), 3200);
}

void tst_Delivery::deliversDecision()
{
    FakeHttpServer target;
    QVERIFY(target.start());
    TestCore core;
    core.outbox->start();
    const qint64 id = approveOne(core, target.url(QStringLiteral("/callback")));
    QTRY_COMPARE(core.engine->approval(id)->delivery, DeliveryState::Delivered);
    QCOMPARE(target.requests.size(), 1);
    const RecordedRequest &request = target.requests.first();
    QCOMPARE(request.method, QStringLiteral("POST"));
    QCOMPARE(request.path, QStringLiteral("/callback"));
    QCOMPARE(request.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(request.header("Idempotency-Key"), QByteArray::number(id) + "-decision");
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QCOMPARE(body.value(QStringLiteral("id")).toInteger(), id);
    QCOMPARE(body.value(QStringLiteral("externalId")).toString(), QStringLiteral("e1"));
    QCOMPARE(body.value(QStringLiteral("decision")).toString(), QStringLiteral("approved"));
    QCOMPARE(body.value(QStringLiteral("decidedBy")).toString(), QStringLiteral("alice"));
    QCOMPARE(body.value(QStringLiteral("comment")).toString(), QStringLiteral("go"));
    QCOMPARE(QDateTime::fromString(body.value(QStringLiteral("decidedAt")).toString(),
                                   Qt::ISODateWithMs),
             core.engine->approval(id)->decidedAt);
    const auto timeline = core.engine->timeline(id);
    QCOMPARE(timeline.last().type, QStringLiteral("delivered"));
    QVERIFY(timeline.last().message.contains(QStringLiteral("HTTP 200")));
}

void tst_Delivery::retriesAfterServerError()
{
    FakeHttpServer target;
    QVERIFY(target.start());
    target.setScript({{500, "{\"oops\":1}"}, {503, "{}"}, {200, "{}"}});
    TestCore core;
    core.outbox->start();
    const qint64 id = approveOne(core, target.url(QStringLiteral("/cb")));
    QTRY_COMPARE(core.engine->approval(id)->delivery, DeliveryState::Delivered);
    QCOMPARE(target.requests.size(), 3);
    QCOMPARE(target.requests.at(0).body, target.requests.at(2).body); // same identity every time
    const auto timeline = core.engine->timeline(id);
    const auto failures =
            std::count_if(timeline.cbegin(), timeline.cend(), [](const TimelineEntry &e) {
                return e.type == QLatin1String("delivery-failed");
            });
    QCOMPARE(failures, 2);
    QVERIFY(timeline.at(timeline.size() - 3).message.contains(QStringLiteral("HTTP 500")));
}

void tst_Delivery::targetDownThenUp()
{
    // Reserve a port, close it: connections are refused until the target comes up.
    QTcpServer reserve;
    QVERIFY(reserve.listen(QHostAddress::LocalHost));
    const quint16 port = reserve.serverPort();
    reserve.close();
    DeliveryPolicy policy = TestCore::fastPolicy();
    policy.maxAttempts = 50;
    TestCore core(policy);
    core.outbox->start();
    const qint64 id = approveOne(core, QUrl(QStringLiteral("http://127.0.0.1:%1/cb").arg(port)));
    QTRY_VERIFY(core.engine->timeline(id).size() >= 4); // a few refused attempts
    QCOMPARE(core.engine->approval(id)->state, ApprovalState::Approved);
    QVERIFY(core.engine->approval(id)->delivery != DeliveryState::Delivered);
    FakeHttpServer target;
    QCOMPARE(target.start(port), port);
    QTRY_COMPARE(core.engine->approval(id)->delivery, DeliveryState::Delivered);
    QCOMPARE(target.requests.size(), 1);
}

void tst_Delivery::hangingTargetTimesOut()
{
    // A target that accepts the connection and never answers.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    DeliveryPolicy policy = TestCore::fastPolicy();
    policy.requestTimeoutMs = 300;
    policy.maxAttempts = 2;
    TestCore core(policy);
    core.outbox->start();
    const qint64 id = approveOne(
            core, QUrl(QStringLiteral("http://127.0.0.1:%1/cb").arg(silent.serverPort())));
    QTRY_COMPARE_WITH_TIMEOUT(core.engine->approval(id)->delivery, DeliveryState::Failed, 10000);
    QVERIFY2(core.engine->approval(id)->lastDeliveryError.contains(QStringLiteral("timed out")),
             qPrintable(core.engine->approval(id)->lastDeliveryError));
}

void tst_Delivery::givesUpThenRetryByHand()
{
    FakeHttpServer target;
    QVERIFY(target.start());
    target.setScript(
            {{500, "{}"}, {500, "{}"}, {500, "{}"}, {500, "{}"}, {500, "{}"}, {200, "{}"}});
    TestCore core;
    core.outbox->start();
    const qint64 id = approveOne(core, target.url(QStringLiteral("/cb")));
    QTRY_COMPARE(core.engine->approval(id)->delivery, DeliveryState::Failed);
    QCOMPARE(target.requests.size(), TestCore::fastPolicy().maxAttempts);
    QVERIFY(core.engine->timeline(id).last().message.contains(QStringLiteral("giving up")));
    QVERIFY(core.engine->retryDelivery(id));
    QTRY_COMPARE(core.engine->approval(id)->delivery, DeliveryState::Delivered);
    QVERIFY(!core.engine->retryDelivery(id)); // nothing left to retry
}

void tst_Delivery::restartResumesPendingDelivery()
{
    FakeHttpServer target;
    QVERIFY(target.start());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("g.sqlite"));
    qint64 id = 0;
    {
        // Decided, but the process ends before the worker ever ran.
        TestCore first(TestCore::fastPolicy(), path);
        id = approveOne(first, target.url(QStringLiteral("/cb")));
        QCOMPARE(first.engine->approval(id)->delivery, DeliveryState::Queued);
        // And one marked "delivering", as databases written by earlier versions hold
        // rows that were in flight when the process died.
        approveOne(first, target.url(QStringLiteral("/cb2")), QStringLiteral("e2"));
        const OutboxItem inFlight = first.engine->dueDeliveries(10).last();
        QVERIFY(first.store.markOutbox(inFlight.id, QStringLiteral("delivering"), 1, {}, {},
                                       QDateTime::currentDateTimeUtc()));
        QCOMPARE(first.engine->dueDeliveries(10).size(), 1);
    }
    QVERIFY(target.requests.isEmpty());
    TestCore restarted(TestCore::fastPolicy(), path);
    restarted.outbox->start();
    QTRY_COMPARE(restarted.engine->approval(id)->delivery, DeliveryState::Delivered);
    QTRY_COMPARE(restarted.engine->approval(id + 1)->delivery, DeliveryState::Delivered);
    QCOMPARE(target.requests.size(), 2);
}

void tst_Delivery::placeholdersAreFilledWithPlainIdsOnly()
{
    OutboundRequest request;
    request.url = QUrl(QStringLiteral("https://dev.azure.com/org/_apis/logs/")
                       + QString::fromLatin1(QUrl::toPercentEncoding(
                               OutboundRequest::placeholder(QStringLiteral("logId"))))
                       + QStringLiteral("?api-version=4.1"));
    request.body = "{\"log\":{\"id\":{{logId}}}}";
    request.placeholders = {QStringLiteral("logId")};
    // It survives the outbox's JSON round trip.
    request = OutboundRequest::fromJson(request.toJson());
    QCOMPARE(request.placeholders, QStringList{QStringLiteral("logId")});

    OutboundRequest filled = request;
    QString missing;
    QVERIFY(filled.fillPlaceholders({{QStringLiteral("logId"), 42}}, &missing));
    QCOMPARE(filled.url.toString(),
             QStringLiteral("https://dev.azure.com/org/_apis/logs/42?api-version=4.1"));
    QCOMPARE(filled.body, QByteArray("{\"log\":{\"id\":42}}"));

    // Not there yet, or not a plain id: refused, nothing injected.
    for (const QJsonValue &bad : {QJsonValue(), QJsonValue(QStringLiteral("1}],\"x\":[{")),
                                  QJsonValue(QStringLiteral("../../events")), QJsonValue(true)}) {
        OutboundRequest copy = request;
        missing.clear();
        QVERIFY(!copy.fillPlaceholders({{QStringLiteral("logId"), bad}}, &missing));
        QCOMPARE(missing, QStringLiteral("logId"));
    }
}

QTEST_GUILESS_MAIN(tst_Delivery)
#include "tst_delivery.moc"
