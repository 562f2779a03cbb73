// FlexDeploy human tasks (seed 001) against a fake FlexDeploy: the seed's own request,
// dedup by taskid, the approve and reject calls checked byte for byte (method, path,
// Basic auth, body), a 500 retried, and the chat message with both links.
#include "support/databasefiles.h"
#include "support/fakehttpserver.h"
#include "support/outboxprobe.h"
#include "support/testcore.h"
#include "support/testhttp.h"

#include "connectors/flexdeploy/flexdeployconnector.h"

#include <QJsonDocument>
#include <QTest>

class tst_FlexDeploy : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void seedRequestCreatesTask();
    void taskIdAsNumber();
    void badTaskRequests_data();
    void badTaskRequests();
    void approveThroughLink();
    void rejectFromWindow();
    void retriedAfterServerError();
    void chatMessageWithLinks();

private:
    void configure(const QUrl &chat = {});
    TestReply seedCurl(const QByteArray &taskId = "\"8900\"");
    std::unique_ptr<TestCore> core;
    std::unique_ptr<FakeHttpServer> flexDeploy;
};

void tst_FlexDeploy::init()
{
    flexDeploy = std::make_unique<FakeHttpServer>();
    QVERIFY(flexDeploy->start());
    core = std::make_unique<TestCore>();
    QVERIFY(core->listen());
    configure();
    core->outbox->start();
}

void tst_FlexDeploy::cleanup()
{
    core.reset();
    flexDeploy.reset();
}

void tst_FlexDeploy::configure(const QUrl &chat)
{
    core->engine->addConnector(
            std::make_shared<FlexDeployConnector>(FlexDeployConfig{flexDeploy->url({}), chat}));
    core->store.putSealedSecret(FlexDeployConnector::credentialsSecret(),
                                core->vault.seal("fdadmin:s3cr:et"));
}

TestReply tst_FlexDeploy::seedCurl(const QByteArray &taskId)
{
    // curl -X POST --data '{"taskid":"8900","description":"..."}' -H "Content-type:
    // application/json"
    return TestHttp::send(
            QStringLiteral("POST"), core->url(QStringLiteral("/hooks/flexdeploy/tasks")),
            "{\"taskid\":" + taskId
                    + ",\"description\":\"DiPocket v. is about to be deployed to PROD\"}",
            {{QByteArrayLiteral("Content-type"), QByteArrayLiteral("application/json")},
             TestCore::webhookAuth().first()});
}

void tst_FlexDeploy::seedRequestCreatesTask()
{
    const TestReply created = seedCurl();
    QCOMPARE(created.status, 201);
    const QJsonObject json = created.json();
    const qint64 id = json.value(QStringLiteral("id")).toInteger();
    QVERIFY(id > 0);
    const QString base = QStringLiteral("http://127.0.0.1:%1/act/").arg(core->port);
    const QString approveUrl = json.value(QStringLiteral("approveUrl")).toString();
    const QString rejectUrl = json.value(QStringLiteral("rejectUrl")).toString();
    QVERIFY2(approveUrl.startsWith(base), qPrintable(approveUrl));
    QVERIFY(approveUrl.endsWith(QStringLiteral("?decision=approve")));
    QVERIFY(rejectUrl.endsWith(QStringLiteral("?decision=reject")));
    QCOMPARE(QUrl(approveUrl).path(), QUrl(rejectUrl).path());
    const QDateTime expiresAt = QDateTime::fromString(
            json.value(QStringLiteral("expiresAt")).toString(), Qt::ISODateWithMs);
    QVERIFY(qAbs(core->clock.now().addSecs(24 * 3600).secsTo(expiresAt)) < 5);

    const Approval task = *core->engine->approval(id);
    QCOMPARE(task.kind, QStringLiteral("task"));
    QCOMPARE(task.connector, QStringLiteral("flexdeploy"));
    QCOMPARE(task.externalId, QStringLiteral("8900"));
    QCOMPARE(task.description, QStringLiteral("DiPocket v. is about to be deployed to PROD"));

    const TestReply again = seedCurl();
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json().value(QStringLiteral("id")).toInteger(), id);
    QVERIFY(again.json().value(QStringLiteral("approveUrl")).toString()
            != approveUrl); // fresh link
    QCOMPARE(core->engine->countApprovals(std::nullopt), 1);
    QCOMPARE(flexDeploy->requests.size(), 0); // nothing is sent before a decision
}

void tst_FlexDeploy::taskIdAsNumber()
{
    const TestReply created = seedCurl("8901");
    QCOMPARE(created.status, 201);
    QCOMPARE(core->engine->approval(created.json().value(QStringLiteral("id")).toInteger())
                     ->externalId,
             QStringLiteral("8901"));
    QCOMPARE(seedCurl("\"8901\"").status, 200); // the same task either way
}

void tst_FlexDeploy::badTaskRequests_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::newRow("no taskid") << QByteArray("{\"description\":\"x\"}") << 400;
    QTest::newRow("fractional taskid") << QByteArray("{\"taskid\":1.5}") << 400;
    QTest::newRow("object taskid") << QByteArray("{\"taskid\":{}}") << 400;
    QTest::newRow("description not text")
            << QByteArray("{\"taskid\":\"1\",\"description\":3}") << 400;
    QTest::newRow("not json") << QByteArray("taskid=1") << 400;
}

void tst_FlexDeploy::badTaskRequests()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    const TestReply reply = TestHttp::send(
            QStringLiteral("POST"), core->url(QStringLiteral("/hooks/flexdeploy/tasks")), body,
            {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
             TestCore::webhookAuth().first()});
    QCOMPARE(reply.status, status);
    QVERIFY(!reply.json().value(QStringLiteral("detail")).toString().isEmpty());
    QCOMPARE(core->engine->countApprovals(std::nullopt), 0);
}

void tst_FlexDeploy::approveThroughLink()
{
    const TestReply created = seedCurl();
    const qint64 id = created.json().value(QStringLiteral("id")).toInteger();
    const QUrl link(created.json().value(QStringLiteral("approveUrl")).toString());
    const TestReply result = TestHttp::send(
            QStringLiteral("POST"), core->url(link.path()), "decision=approve&comment=Go+ahead",
            {{QByteArrayLiteral("Content-Type"),
              QByteArrayLiteral("application/x-www-form-urlencoded")}});
    QCOMPARE(result.status, 200);
    QTRY_COMPARE(core->engine->approval(id)->delivery, DeliveryState::Delivered);
    QCOMPARE(flexDeploy->requests.size(), 1);
    const RecordedRequest &put = flexDeploy->requests.first();
    QCOMPARE(put.method, QStringLiteral("PUT"));
    QCOMPARE(put.path, QStringLiteral("/flexdeploy/rest/v1/tasks/approval/approve/8900"));
    QCOMPARE(put.header("Authorization"), "Basic " + QByteArray("fdadmin:s3cr:et").toBase64());
    QCOMPARE(put.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(put.body, QByteArray("{\"notes\":\"Go ahead\"}"));
}

void tst_FlexDeploy::rejectFromWindow()
{
    const qint64 id = seedCurl("\"8902\"").json().value(QStringLiteral("id")).toInteger();
    core->engine->decide(id,
                         {Verdict::Reject, QStringLiteral("alice"), QStringLiteral("window"),
                          QStringLiteral("No \"PROD\" today")});
    QTRY_COMPARE(core->engine->approval(id)->delivery, DeliveryState::Delivered);
    QCOMPARE(flexDeploy->requests.size(), 1);
    const RecordedRequest &put = flexDeploy->requests.first();
    QCOMPARE(put.method, QStringLiteral("PUT"));
    QCOMPARE(put.path, QStringLiteral("/flexdeploy/rest/v1/tasks/approval/reject/8902"));
    QCOMPARE(put.body, QByteArray("{\"notes\":\"No \\\"PROD\\\" today\"}"));
}

void tst_FlexDeploy::retriedAfterServerError()
{
    flexDeploy->setScript({{500, "{\"message\":\"task locked\"}"}, {200, "{}"}});
    const qint64 id = seedCurl().json().value(QStringLiteral("id")).toInteger();
    core->engine->decide(id,
                         {Verdict::Approve, QStringLiteral("alice"), QStringLiteral("window"), {}});
    QTRY_COMPARE(core->engine->approval(id)->delivery, DeliveryState::Delivered);
    QCOMPARE(flexDeploy->requests.size(), 2);
    QCOMPARE(flexDeploy->requests.at(0).body, flexDeploy->requests.at(1).body);
    QCOMPARE(flexDeploy->requests.at(1).header("Authorization"),
             flexDeploy->requests.at(0).header("Authorization"));
    bool sawFailure = false;
    for (const TimelineEntry &entry : core->engine->timeline(id))
        sawFailure |= entry.type == QLatin1String("delivery-failed")
                && entry.message.contains(QStringLiteral("task locked"));
    QVERIFY(sawFailure);
}

void tst_FlexDeploy::chatMessageWithLinks()
{
    FakeHttpServer chat;
    QVERIFY(chat.start());
    configure(chat.url(QStringLiteral("/services/T000/B000/XXXX")));
    const TestReply created = seedCurl();
    QCOMPARE(created.status, 201);
    QTRY_COMPARE(chat.requests.size(), 1);
    const RecordedRequest &post = chat.requests.first();
    QCOMPARE(post.method, QStringLiteral("POST"));
    QCOMPARE(post.path, QStringLiteral("/services/T000/B000/XXXX"));
    QCOMPARE(post.header("Content-Type"), QByteArray("application/json"));
    const QString text =
            QJsonDocument::fromJson(post.body).object().value(QStringLiteral("text")).toString();
    const QString approveUrl = created.json().value(QStringLiteral("approveUrl")).toString();
    const QString rejectUrl = created.json().value(QStringLiteral("rejectUrl")).toString();
    QCOMPARE(text,
             QStringLiteral("DiPocket v. is about to be deployed to PROD\nApprove: %1\nReject: %2")
                     .arg(approveUrl, rejectUrl));
    QCOMPARE(seedCurl().status, 200);
    // Announced once, not on repeats: the repeat queued nothing more to send.
    QTRY_VERIFY(OutboxProbe::settled(core->databasePath()));
    QCOMPARE(chat.requests.size(), 1);

    // The message travelled through the outbox sealed: no link in the database files.
    const QByteArray token = QUrl(approveUrl).path().mid(5).toLatin1();
    const QByteArray bytes = DatabaseFiles::bytes(core->databasePath());
    QCOMPARE(token.size(), 43);
    QVERIFY(!bytes.contains(token));
    QVERIFY(!bytes.contains(token.toBase64()));

    // Once decided and delivered, the sealed message (live links) is dropped too.
    const qint64 id = created.json().value(QStringLiteral("id")).toInteger();
    const QString sealed = Connector::secretName(id, FlexDeployConnector::chatMessageSecret());
    QVERIFY(!core->engine->secret(sealed).isEmpty());
    core->engine->decide(id,
                         {Verdict::Approve, QStringLiteral("alice"), QStringLiteral("api"), {}});
    QTRY_COMPARE(core->engine->approval(id)->delivery, DeliveryState::Delivered);
    QVERIFY(core->engine->secret(sealed).isEmpty());
}

QTEST_GUILESS_MAIN(tst_FlexDeploy)
#include "tst_flexdeploy.moc"
