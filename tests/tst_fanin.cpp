// tst_fanin: the fan-in of webhooks (seed 004) over real loopback HTTP: ACR-style
// notifications from every region in any order, duplicates, unknown regions and groups,
// the timeout with its callback, a human-approved group, the onward callback delivered
// exactly once, and many simultaneous notifications for one event.
#include "connectors/fanin/faningroupfile.h"
#include "connectors/fanin/faninhandler.h"
#include "support/fakehttpserver.h"
#include "support/outboxprobe.h"
#include "support/testcore.h"
#include "support/testhttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTest>

class tst_FanIn : public QObject
{
    Q_OBJECT
private slots:
    void groupFileRefusesBadFields_data();
    void groupFileRefusesBadFields();
    void groupFileLoadsDocumentedExample();
    void allRegionsArrive_data();
    void allRegionsArrive();
    void duplicateIsIgnored();
    void refusesBadRequests_data();
    void refusesBadRequests();
    void timeoutExpiresAndCallsBack();
    void approvalModeWaitsForHuman();
    void bodyTemplateAndBearerSecret();
    void sharedSecretHeader();
    void concurrentNotificationsLoseNothing();

private:
    struct Rig
    {
        explicit Rig(const QByteArray &groupsJson);
        TestCore core;
        std::unique_ptr<FanInHandler> handler;
        TestReply post(const QString &query, const QJsonObject &payload,
                       const QList<QPair<QByteArray, QByteArray>> &headers = {});
    };
    static QByteArray groups(const QUrl &callback, const QString &extra = {});
};

namespace {

QJsonObject acrPush(const QString &id = QStringLiteral("cb8c3971-9adc-488b-a7f7-1ab1e3d6c9d2"))
{
    return QJsonDocument::fromJson(
                   QStringLiteral(
                           R"({"id":"%1","timestamp":"2023-11-17T16:52:01.343145347Z","action":"push",
            "target":{"mediaType":"application/vnd.docker.distribution.manifest.v2+json","size":524,
            "digest":"sha256:80f0d5c8786bb9e621a45ece0db56d11cdc624ad20da9fe62e9d25490f331d7d","length":524,
            "repository":"hello-world","tag":"v1"},
            "request":{"id":"3cbb6949-7549-4fa1-86cd-a6d5451dffc7","host":"myregistry.azurecr.io","method":"PUT",
            "useragent":"docker/17.09.0-ce"}})")
                           .arg(id)
                           .toUtf8())
            .object();
}

const QStringList regions{QStringLiteral("eastus"), QStringLiteral("westeurope"),
                          QStringLiteral("japaneast")};

} // namespace

QByteArray tst_FanIn::groups(const QUrl &callback, const QString &extra)
{
    return QStringLiteral(
                   R"({"groups":[{"name":"acr-push","expectedSources":["eastus","westeurope","japaneast"],
        "timeoutMinutes":10,"callback":{"url":"%1"},"timeoutCallback":{"url":"%2"}%3}]})")
            .arg(callback.toString(), callback.toString() + QStringLiteral("-timeout"), extra)
            .toUtf8();
}

tst_FanIn::Rig::Rig(const QByteArray &groupsJson)
{
    QString error;
    const auto loaded = FanInGroupFile::parse(groupsJson, &error);
    if (!loaded)
        qFatal("groups: %s", qPrintable(error));
    handler =
            std::make_unique<FanInHandler>(*core.engine, std::make_shared<FanInConnector>(*loaded));
    handler->install(*core.receiver);
    if (!core.listen())
        qFatal("cannot listen");
    core.outbox->start();
}

TestReply tst_FanIn::Rig::post(const QString &query, const QJsonObject &payload,
                               const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return TestHttp::postJson(core.url(QStringLiteral("/hooks/fanin/acr-push?") + query), payload,
                              TestCore::webhookAuth() + headers);
}

void tst_FanIn::groupFileRefusesBadFields_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    const auto group = [](const QByteArray &fields) {
        return QByteArray(
                       R"({"groups":[{"name":"g","expectedSources":["a","b"],"onComplete":"approval")")
                + fields + "}]}";
    };
    QTest::newRow("not json") << QByteArray("[") << "not JSON";
    QTest::newRow("no groups") << QByteArray("{}") << "field groups: is required";
    QTest::newRow("bad name") << QByteArray(
            R"({"groups":[{"name":"a/b","expectedSources":["a"],"onComplete":"approval"}]})")
                              << "field groups[0].name: is required: 1 to 64 letters";
    QTest::newRow("no sources") << QByteArray(R"({"groups":[{"name":"g","expectedSources":[]}]})")
                                << "field groups[0].expectedSources: must be a non-empty list";
    QTest::newRow("twice") << QByteArray(R"({"groups":[{"name":"g","expectedSources":["a","a"]}]})")
                           << "field groups[0].expectedSources: 'a' is listed twice";
    QTest::newRow("timeout") << group(R"(,"timeoutMinutes":0)")
                             << "field groups[0].timeoutMinutes: must be a number";
    QTest::newRow("onComplete") << group(R"(,"onComplete":"later")")
                                << "field groups[0].onComplete: must be callback or approval";
    QTest::newRow("callback required")
            << QByteArray(R"({"groups":[{"name":"g","expectedSources":["a"]}]})")
            << "field groups[0].callback: is required when onComplete is callback";
    QTest::newRow("callback url") << group(R"(,"callback":{"url":"not a url"})")
                                  << "field groups[0].callback.url: must be an absolute";
    QTest::newRow("callback field") << group(R"(,"callback":{"url":"http://h/x","verb":"POST"})")
                                    << "field groups[0].callback.verb: is not a known field";
    QTest::newRow("idPath") << group(R"(,"idPath":"request..id")")
                            << "field groups[0].idPath: offset 8: expected a name after '.'";
    QTest::newRow("unknown field")
            << group(R"(,"regions":["a"])") << "field groups[0].regions: is not a known field";
    QTest::newRow("auth") << group(R"(,"auth":{"header":"X-Token"})")
                          << "field groups[0].auth: must name a header and a secret";
    QTest::newRow("duplicate group") << QByteArray(
            R"({"groups":[{"name":"g","expectedSources":["a"],"onComplete":"approval"},{"name":"g","expectedSources":["a"],"onComplete":"approval"}]})")
                                     << "field groups[1].name: 'g' is used twice";
}

void tst_FanIn::groupFileRefusesBadFields()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QString message;
    QVERIFY(!FanInGroupFile::parse(json, &message));
    QVERIFY2(message.contains(error), qPrintable(message));
}

void tst_FanIn::groupFileLoadsDocumentedExample()
{
    QFile doc(QStringLiteral(GATEHOUSE_SOURCE_DIR "/docs/gates-and-fanin.md"));
    QVERIFY(doc.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(doc.readAll());
    const int start = text.indexOf(QStringLiteral("```json\n{\n  \"groups\""));
    QVERIFY(start >= 0);
    const int end = text.indexOf(QStringLiteral("```"), start + 7);
    QString error;
    const auto loaded =
            FanInGroupFile::parse(text.mid(start + 7, end - start - 7).toUtf8(), &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->size(), 2);
    QCOMPARE(loaded->first().expectedSources.size(), 3);
    QCOMPARE(loaded->first().onComplete, FanInGroup::OnComplete::Callback);
    QVERIFY(loaded->first().timeoutCallback.has_value());
    QCOMPARE(loaded->at(1).onComplete, FanInGroup::OnComplete::Approval);
}

void tst_FanIn::allRegionsArrive_data()
{
    QTest::addColumn<QStringList>("order");
    QTest::newRow("in order") << regions;
    QTest::newRow("reversed") << QStringList{regions.at(2), regions.at(1), regions.at(0)};
    QTest::newRow("middle first") << QStringList{regions.at(1), regions.at(2), regions.at(0)};
}

void tst_FanIn::allRegionsArrive()
{
    QFETCH(QStringList, order);
    FakeHttpServer target;
    QVERIFY(target.start());
    Rig rig(groups(target.url(QStringLiteral("/replicated"))));

    TestReply first = rig.post(QStringLiteral("region=") + order.at(0), acrPush());
    QCOMPARE(first.status, 201);
    const qint64 id = first.json().value(QStringLiteral("id")).toInteger();
    QCOMPARE(first.json().value(QStringLiteral("missing")).toArray().size(), 2);
    TestReply second = rig.post(QStringLiteral("source=") + order.at(1), acrPush());
    QCOMPARE(second.status, 200);
    QCOMPARE(second.json().value(QStringLiteral("id")).toInteger(), id);
    QCOMPARE(second.json().value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
    QCOMPARE(second.json().value(QStringLiteral("missing")).toArray(), QJsonArray{order.at(2)});
    QCOMPARE(target.requests.size(), 0);
    TestReply third = rig.post(QStringLiteral("region=") + order.at(2), acrPush());
    QCOMPARE(third.status, 200);
    QCOMPARE(third.json().value(QStringLiteral("state")).toString(), QStringLiteral("approved"));

    const Approval a = *rig.core.engine->approval(id);
    QCOMPARE(a.kind, QStringLiteral("fanin"));
    QCOMPARE(a.externalId, QStringLiteral("acr-push:cb8c3971-9adc-488b-a7f7-1ab1e3d6c9d2"));
    QCOMPARE(a.title, QStringLiteral("Fan-in acr-push: push hello-world:v1"));
    QCOMPARE(a.decisionOrigin, QStringLiteral("policy"));
    QCOMPARE(a.decidedBy, QStringLiteral("gatehouse"));
    QCOMPARE(FanInConnector::arrived(a), order);
    QTRY_COMPARE(rig.core.engine->approval(id)->delivery, DeliveryState::Delivered);
    QCOMPARE(OutboxProbe::rows(rig.core.databasePath(), id), 1); // one call, and it went out
    QCOMPARE(target.requests.size(), 1);
    const RecordedRequest &callback = target.requests.first();
    QCOMPARE(callback.path, QStringLiteral("/replicated"));
    QCOMPARE(callback.header("Idempotency-Key"), QByteArray::number(id) + "-fanin");
    const QJsonObject body = QJsonDocument::fromJson(callback.body).object();
    QCOMPARE(body.value(QStringLiteral("group")).toString(), QStringLiteral("acr-push"));
    QCOMPARE(body.value(QStringLiteral("id")).toString(),
             QStringLiteral("cb8c3971-9adc-488b-a7f7-1ab1e3d6c9d2"));
    QCOMPARE(body.value(QStringLiteral("state")).toString(), QStringLiteral("approved"));
    QCOMPARE(body.value(QStringLiteral("sources")).toArray().size(), 3);
    QCOMPARE(body.value(QStringLiteral("missing")).toArray().size(), 0);
    QCOMPARE(body.value(QStringLiteral("payload")).toObject(), acrPush());

    QStringList lines;
    for (const TimelineEntry &entry : rig.core.engine->timeline(id)) {
        if (entry.type == QLatin1String("status"))
            lines.append(entry.message);
    }
    QCOMPARE(lines.size(), 3);
    QStringList others = regions;
    others.removeAll(order.at(0));
    QCOMPARE(lines.at(0),
             QStringLiteral("%1 arrived (1 of 3); missing: %2")
                     .arg(order.at(0), others.join(QStringLiteral(", "))));
    QCOMPARE(lines.at(2),
             QStringLiteral("%1 arrived (3 of 3): all sources have reported").arg(order.at(2)));
}

void tst_FanIn::duplicateIsIgnored()
{
    FakeHttpServer target;
    QVERIFY(target.start());
    Rig rig(groups(target.url(QStringLiteral("/replicated"))));
    const qint64 id = rig.post(QStringLiteral("region=eastus"), acrPush())
                              .json()
                              .value(QStringLiteral("id"))
                              .toInteger();
    const TestReply again = rig.post(QStringLiteral("region=eastus"), acrPush());
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json().value(QStringLiteral("ignored")).toString(), QStringLiteral("duplicate"));
    QCOMPARE(FanInConnector::arrived(*rig.core.engine->approval(id)),
             QStringList{QStringLiteral("eastus")});
    QCOMPARE(rig.core.engine->timeline(id).last().message,
             QStringLiteral("eastus reported again; ignored"));
    rig.post(QStringLiteral("region=westeurope"), acrPush());
    rig.post(QStringLiteral("region=japaneast"), acrPush());
    QCOMPARE(rig.core.engine->approval(id)->state, ApprovalState::Approved);
    // After the end: late and repeated notifications change nothing and send nothing.
    const TestReply late = rig.post(QStringLiteral("region=japaneast"), acrPush());
    QCOMPARE(late.json().value(QStringLiteral("ignored")).toString(), QStringLiteral("late"));
    QTRY_COMPARE(rig.core.engine->approval(id)->delivery, DeliveryState::Delivered);
    QCOMPARE(OutboxProbe::rows(rig.core.databasePath(), id), 1);
    QCOMPARE(target.requests.size(), 1);
    // Another push is another event.
    QCOMPARE(rig.post(QStringLiteral("region=eastus"), acrPush(QStringLiteral("other-id"))).status,
             201);
}

void tst_FanIn::refusesBadRequests_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("detail");
    const QByteArray push = QJsonDocument(acrPush()).toJson(QJsonDocument::Compact);
    QTest::newRow("unknown region") << "/hooks/fanin/acr-push?region=mars" << push << 400
                                    << "'mars' is not a source of group 'acr-push'; expected one "
                                       "of: eastus, westeurope, japaneast";
    QTest::newRow("no region") << "/hooks/fanin/acr-push" << push << 400
                               << "add ?source=NAME or ?region=NAME";
    QTest::newRow("unknown group") << "/hooks/fanin/nope?region=eastus" << push << 404
                                   << "no fan-in group 'nope'; configured: acr-push";
    QTest::newRow("malformed json")
            << "/hooks/fanin/acr-push?region=eastus" << QByteArray("{\"id\":") << 400 << "offset";
    QTest::newRow("no id") << "/hooks/fanin/acr-push?region=eastus"
                           << QByteArray(R"({"action":"push"})") << 400
                           << "the event id at 'id' must be a non-empty string";
    QTest::newRow("id not a string")
            << "/hooks/fanin/acr-push?region=eastus" << QByteArray(R"({"id":{"a":1}})") << 400
            << "the event id at 'id'";
}

void tst_FanIn::refusesBadRequests()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, detail);
    Rig rig(groups(QUrl(QStringLiteral("http://127.0.0.1:1/cb"))));
    const TestReply reply = TestHttp::send(
            QStringLiteral("POST"), rig.core.url(path), body,
            QList<QPair<QByteArray, QByteArray>>{{"Content-Type", "application/json"}}
                    + TestCore::webhookAuth());
    QCOMPARE(reply.status, status);
    QVERIFY2(reply.json().value(QStringLiteral("detail")).toString().contains(detail),
             reply.body.constData());
    QCOMPARE(rig.core.engine->countApprovals(std::nullopt), 0);
}

void tst_FanIn::timeoutExpiresAndCallsBack()
{
    FakeHttpServer target;
    QVERIFY(target.start());
    Rig rig(groups(target.url(QStringLiteral("/replicated"))));
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    rig.core.clock.set(t0);
    const qint64 id = rig.post(QStringLiteral("region=eastus"), acrPush())
                              .json()
                              .value(QStringLiteral("id"))
                              .toInteger();
    rig.core.clock.advance(9 * 60 * 1000);
    rig.post(QStringLiteral("region=japaneast"), acrPush());
    // The timeout runs from the first notification, not the latest.
    QCOMPARE(rig.core.engine->approval(id)->deadline, t0.addSecs(600));
    QCOMPARE(rig.core.engine->expireDue(), 0);
    rig.core.clock.advance(60 * 1000 + 1);
    QCOMPARE(rig.core.engine->expireDue(), 1);
    QCOMPARE(rig.core.engine->approval(id)->state, ApprovalState::Expired);
    QTRY_COMPARE(rig.core.engine->approval(id)->delivery, DeliveryState::Delivered);
    QCOMPARE(target.requests.size(), 1);
    QCOMPARE(target.requests.first().path, QStringLiteral("/replicated-timeout"));
    const QJsonObject body = QJsonDocument::fromJson(target.requests.first().body).object();
    QCOMPARE(body.value(QStringLiteral("state")).toString(), QStringLiteral("expired"));
    QCOMPARE(body.value(QStringLiteral("missing")).toArray(),
             QJsonArray{QStringLiteral("westeurope")});
    QCOMPARE(body.value(QStringLiteral("sources")).toArray(),
             (QJsonArray{QStringLiteral("eastus"), QStringLiteral("japaneast")}));
    // The region that was late all along changes nothing now.
    const TestReply late = rig.post(QStringLiteral("region=westeurope"), acrPush());
    QCOMPARE(late.json().value(QStringLiteral("ignored")).toString(), QStringLiteral("late"));
    QCOMPARE(rig.core.engine->approval(id)->state, ApprovalState::Expired);
}

void tst_FanIn::approvalModeWaitsForHuman()
{
    FakeHttpServer target;
    QVERIFY(target.start());
    Rig rig(groups(target.url(QStringLiteral("/replicated")),
                   QStringLiteral(R"(,"onComplete":"approval")")));
    qint64 id = 0;
    for (const QString &region : regions)
        id = rig.post(QStringLiteral("region=") + region, acrPush())
                     .json()
                     .value(QStringLiteral("id"))
                     .toInteger();
    QVERIFY(rig.core.engine->approval(id)->isPending());
    QCOMPARE(rig.core.engine->timeline(id).last().message,
             QStringLiteral("All sources reported: waiting for a human approval"));
    QCOMPARE(OutboxProbe::rows(rig.core.databasePath(), id), 0); // nothing to send yet
    QCOMPARE(target.requests.size(), 0);
    rig.core.engine->decide(
            id, {Verdict::Approve, QStringLiteral("alice"), QStringLiteral("window"), {}});
    QTRY_COMPARE(target.requests.size(), 1);
    QCOMPARE(target.requests.first().path, QStringLiteral("/replicated"));
}

void tst_FanIn::bodyTemplateAndBearerSecret()
{
    FakeHttpServer target;
    QVERIFY(target.start());
    const QString callback =
            QStringLiteral(
                    R"({"groups":[{"name":"acr-push","expectedSources":["eastus"],"callback":{"method":"PUT","url":"%1",)"
                    R"("headers":{"X-Origin":"gatehouse"},"bearerSecret":"deploy-hook",)"
                    R"("body":{"text":"{{id}} is in all regions of {{group}}","image":"{{payload}}","n":[1,"{{sources}}"]}}}]})")
                    .arg(target.url(QStringLiteral("/deploy")).toString());
    Rig rig(callback.toUtf8());
    QVERIFY(rig.core.engine->putSecret(QStringLiteral("deploy-hook"), "hook-token-123"));
    QJsonObject payload = acrPush();
    payload.insert(QStringLiteral("id"), QStringLiteral("quote\"id"));
    rig.post(QStringLiteral("source=eastus"), payload);
    QTRY_COMPARE(target.requests.size(), 1);
    const RecordedRequest &request = target.requests.first();
    QCOMPARE(request.method, QStringLiteral("PUT"));
    QCOMPARE(request.header("Authorization"), QByteArray("Bearer hook-token-123"));
    QCOMPARE(request.header("X-Origin"), QByteArray("gatehouse"));
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QCOMPARE(body.value(QStringLiteral("text")).toString(),
             QStringLiteral("quote\"id is in all regions of acr-push"));
    QCOMPARE(body.value(QStringLiteral("image")).toObject(), payload);
    QCOMPARE(body.value(QStringLiteral("n")).toArray(),
             (QJsonArray{1, QJsonArray{QStringLiteral("eastus")}}));
}

void tst_FanIn::sharedSecretHeader()
{
    Rig rig(groups(QUrl(QStringLiteral("http://127.0.0.1:1/cb")),
                   QStringLiteral(R"(,"auth":{"header":"X-Hook-Token","secret":"acr-hook"})")));
    QVERIFY(rig.core.engine->putSecret(QStringLiteral("acr-hook"), "acr-shared-secret"));
    QCOMPARE(rig.post(QStringLiteral("region=eastus"), acrPush()).status, 401);
    QCOMPARE(rig.post(QStringLiteral("region=eastus"), acrPush(), {{"X-Hook-Token", "wrong"}})
                     .status,
             401);
    QCOMPARE(rig.post(QStringLiteral("region=eastus"), acrPush(),
                      {{"X-Hook-Token", "acr-shared-secret"}})
                     .status,
             201);
}

void tst_FanIn::concurrentNotificationsLoseNothing()
{
    // Twelve regions, each delivering twice, all at the same time on separate connections.
    FakeHttpServer target;
    QVERIFY(target.start());
    QStringList many;
    for (int i = 0; i < 12; ++i)
        many.append(QStringLiteral("region%1").arg(i));
    Rig rig(QStringLiteral(
                    R"({"groups":[{"name":"acr-push","expectedSources":["%1"],"callback":{"url":"%2"}}]})")
                    .arg(many.join(QStringLiteral("\",\"")),
                         target.url(QStringLiteral("/all")).toString())
                    .toUtf8());
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    const QByteArray body = QJsonDocument(acrPush()).toJson(QJsonDocument::Compact);
    QVector<QNetworkReply *> replies;
    for (int round = 0; round < 2; ++round) {
        for (const QString &region : many) {
            QNetworkRequest request(
                    rig.core.url(QStringLiteral("/hooks/fanin/acr-push?region=") + region));
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/json"));
            request.setRawHeader("Authorization", TestCore::webhookAuth().first().second);
            replies.append(network.post(request, body));
        }
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.cbegin(), replies.cend(),
                                         [](QNetworkReply *r) { return r->isFinished(); }),
                             20000);
    int created = 0;
    for (QNetworkReply *reply : replies) {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QVERIFY2(status == 200 || status == 201, reply->readAll().constData());
        created += status == 201 ? 1 : 0;
    }
    QCOMPARE(created, 1);
    QCOMPARE(rig.core.engine->countApprovals(std::nullopt), 1);
    const Approval a = rig.core.engine->approvals({}).first();
    QStringList arrived = FanInConnector::arrived(a);
    arrived.sort();
    QStringList expected = many;
    expected.sort();
    QCOMPARE(arrived, expected);
    QCOMPARE(a.state, ApprovalState::Approved);
    QTRY_COMPARE(rig.core.engine->approval(a.id)->delivery, DeliveryState::Delivered);
    QCOMPARE(OutboxProbe::rows(rig.core.databasePath(), a.id), 1);
    QCOMPARE(target.requests.size(), 1);
    qDeleteAll(replies);
}

QTEST_GUILESS_MAIN(tst_FanIn)
#include "tst_fanin.moc"
