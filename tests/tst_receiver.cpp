// Receiver over real HTTP on loopback: every route, every error case, dedup by
// externalId, the ack only after commit, and the limits enforced before the body.
#include "connectors/generic/genericconnector.h"
#include "receiver/parsedahead.h"
#include "service/serviceconfig.h"
#include "support/testcore.h"
#include "support/testhttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using Headers = QList<QPair<QByteArray, QByteArray>>;

class tst_Receiver : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void health();
    void genericCreatesThenUpdates();
    void ackOnlyAfterCommit();
    void badInput_data();
    void badInput();
    void unknownPathAndWrongMethod();
    void oversizedBodyRefusedBeforeReading();
    void headerFlood();
    void controlApiNeedsToken_data();
    void controlApiNeedsToken();
    void listAndPaging();
    void showWithTimeline();
    void decideThroughApi();
    void caseInsensitiveHeaders();
    void parsedAheadIsStoredWithoutParsingAgain();
    void parsedAheadOfAnotherConnectorIsParsedAgain();
    void parsedAheadKeepsEveryRefusal();

private:
    qint64 post(const QJsonObject &body);
    HttpRequest genericRequest(const QJsonObject &body) const;
    std::unique_ptr<TestCore> core;
};

HttpRequest tst_Receiver::genericRequest(const QJsonObject &body) const
{
    HttpRequest request;
    request.method = QStringLiteral("POST");
    request.path = QStringLiteral("/hooks/generic");
    request.headers = TestCore::webhookAuth();
    request.headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.remoteAddress = QHostAddress::LocalHost;
    return request;
}

void tst_Receiver::init()
{
    core = std::make_unique<TestCore>();
    QVERIFY(core->listen());
}

void tst_Receiver::cleanup()
{
    core.reset();
}

qint64 tst_Receiver::post(const QJsonObject &body)
{
    const TestReply reply = TestHttp::postJson(core->url(QStringLiteral("/hooks/generic")), body,
                                               TestCore::webhookAuth());
    return reply.json().value(QStringLiteral("id")).toInteger();
}

void tst_Receiver::health()
{
    const TestReply reply =
            TestHttp::send(QStringLiteral("GET"), core->url(QStringLiteral("/healthz")));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(reply.header("Content-Type"), QByteArray("application/json"));
}

void tst_Receiver::genericCreatesThenUpdates()
{
    const QJsonObject body{{QStringLiteral("title"), QStringLiteral("Deploy api 4.2")},
                           {QStringLiteral("callbackUrl"), QStringLiteral("http://127.0.0.1:9/cb")},
                           {QStringLiteral("externalId"), QStringLiteral("run-77")},
                           {QStringLiteral("pipeline"), QStringLiteral("api")},
                           {QStringLiteral("stage"), QStringLiteral("prod")},
                           {QStringLiteral("runId"), QStringLiteral("api-88")},
                           {QStringLiteral("environment"), QStringLiteral("production")},
                           {QStringLiteral("requestedBy"), QStringLiteral("carol")},
                           {QStringLiteral("description"), QStringLiteral("Ship it")},
                           {QStringLiteral("timeoutMinutes"), 30}};
    const TestReply created = TestHttp::postJson(core->url(QStringLiteral("/hooks/generic")), body,
                                                 TestCore::webhookAuth());
    QCOMPARE(created.status, 201);
    const qint64 id = created.json().value(QStringLiteral("id")).toInteger();
    QVERIFY(id > 0);
    QCOMPARE(created.json().value(QStringLiteral("state")).toString(), QStringLiteral("pending"));

    const TestReply again = TestHttp::postJson(core->url(QStringLiteral("/hooks/generic")), body,
                                               TestCore::webhookAuth());
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json().value(QStringLiteral("id")).toInteger(), id);
    QCOMPARE(core->engine->countApprovals(std::nullopt), 1);

    const Approval stored = *core->engine->approval(id);
    QCOMPARE(stored.pipeline, QStringLiteral("api"));
    QCOMPARE(stored.requestedBy, QStringLiteral("carol"));
    QVERIFY(stored.deadline.isValid());
    // Grouped by run: pipeline, stage and runId (see tst_rungroups for runs kept apart).
    QCOMPARE(stored.groupKey, QStringLiteral("generic:api/prod/api-88"));
}

void tst_Receiver::ackOnlyAfterCommit()
{
    // The 201 arrives, and by then a second connection to the same file sees the row.
    const qint64 id =
            post({{QStringLiteral("title"), QStringLiteral("t")},
                  {QStringLiteral("callbackUrl"), QStringLiteral("http://127.0.0.1:9/cb")}});
    QVERIFY(id > 0);
    Store other;
    QString error;
    QVERIFY(other.open(core->databasePath(), &error));
    QVERIFY(other.approval(id).has_value());
}

void tst_Receiver::badInput_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("detailContains");
    QTest::newRow("malformed JSON") << QByteArray("{\"title\": ") << QByteArray("application/json")
                                    << 400 << QStringLiteral("offset");
    QTest::newRow("empty body") << QByteArray() << QByteArray("application/json") << 400
                                << QStringLiteral("empty");
    QTest::newRow("array") << QByteArray("[1,2]") << QByteArray("application/json") << 400
                           << QStringLiteral("object");
    QTest::newRow("missing title")
            << QByteArray("{\"callbackUrl\":\"http://127.0.0.1/cb\"}")
            << QByteArray("application/json") << 400 << QStringLiteral("'title'");
    QTest::newRow("missing callbackUrl")
            << QByteArray("{\"title\":\"t\"}") << QByteArray("application/json") << 400
            << QStringLiteral("'callbackUrl'");
    QTest::newRow("title not a string")
            << QByteArray("{\"title\":5,\"callbackUrl\":\"http://127.0.0.1/cb\"}")
            << QByteArray("application/json") << 400 << QStringLiteral("'title' must be a string");
    QTest::newRow("relative callback")
            << QByteArray("{\"title\":\"t\",\"callbackUrl\":\"/cb\"}")
            << QByteArray("application/json") << 400 << QStringLiteral("absolute");
    QTest::newRow("ftp callback") << QByteArray("{\"title\":\"t\",\"callbackUrl\":\"ftp://x/cb\"}")
                                  << QByteArray("application/json") << 400
                                  << QStringLiteral("http");
    QTest::newRow("timeout wrong type")
            << QByteArray(
                       "{\"title\":\"t\",\"callbackUrl\":\"http://h/cb\",\"timeoutMinutes\":\"5\"}")
            << QByteArray("application/json") << 400 << QStringLiteral("'timeoutMinutes'");
    QTest::newRow("negative timeout")
            << QByteArray("{\"title\":\"t\",\"callbackUrl\":\"http://h/cb\",\"timeoutMinutes\":-1}")
            << QByteArray("application/json") << 400 << QStringLiteral("'timeoutMinutes'");
    QTest::newRow("deep nesting") << (QByteArray(100, '[') + QByteArray(100, ']'))
                                  << QByteArray("application/json") << 400
                                  << QStringLiteral("nested");
    QTest::newRow("wrong content type")
            << QByteArray("title=t") << QByteArray("application/x-www-form-urlencoded") << 415
            << QStringLiteral("application/json");
}

void tst_Receiver::badInput()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(QString, detailContains);
    const TestReply reply =
            TestHttp::send(QStringLiteral("POST"), core->url(QStringLiteral("/hooks/generic")),
                           body, {{"Content-Type", contentType}, TestCore::webhookAuth().first()});
    QCOMPARE(reply.status, status);
    QVERIFY(!reply.json().value(QStringLiteral("error")).toString().isEmpty());
    QVERIFY2(reply.json().value(QStringLiteral("detail")).toString().contains(detailContains),
             reply.body.constData());
    QCOMPARE(core->engine->countApprovals(std::nullopt), 0); // nothing half written
}

void tst_Receiver::unknownPathAndWrongMethod()
{
    const TestReply missing =
            TestHttp::send(QStringLiteral("GET"), core->url(QStringLiteral("/nope")));
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.json().value(QStringLiteral("error")).toString(), QStringLiteral("not found"));
    const TestReply wrong =
            TestHttp::send(QStringLiteral("GET"), core->url(QStringLiteral("/hooks/generic")));
    QCOMPARE(wrong.status, 405);
    QCOMPARE(wrong.header("Allow"), QByteArray("POST"));
    const TestReply put = TestHttp::send(
            QStringLiteral("PUT"), core->url(QStringLiteral("/api/approvals/1/approve")), "{}");
    QCOMPARE(put.status, 405);
}

void tst_Receiver::oversizedBodyRefusedBeforeReading()
{
    // The head announces 2 MiB; the answer comes before the body is sent at all.
    const QByteArray head =
            "POST /hooks/generic HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            "Content-Length: 2097152\r\n\r\n";
    const QByteArray answer = TestHttp::raw(core->port, head);
    QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
    QVERIFY(answer.contains("\"error\":\"payload too large\""));
    // A body just under the limit is read and answered normally (here: bad JSON).
    const QByteArray body(1024 * 1024 - 10, 'x');
    const TestReply reply =
            TestHttp::send(QStringLiteral("POST"), core->url(QStringLiteral("/hooks/generic")),
                           body, TestCore::webhookAuth());
    QCOMPARE(reply.status, 400);
    QCOMPARE(core->engine->countApprovals(std::nullopt), 0);
    // The server is still up.
    QCOMPARE(TestHttp::send(QStringLiteral("GET"), core->url(QStringLiteral("/healthz"))).status,
             200);
}

void tst_Receiver::headerFlood()
{
    QByteArray head = "GET /healthz HTTP/1.1\r\nHost: x\r\n";
    for (int i = 0; i < 2000; ++i)
        head += "X-Flood-" + QByteArray::number(i) + ": aaaaaaaaaaaaaaaaaaaa\r\n";
    head += "\r\n";
    const QByteArray answer = TestHttp::raw(core->port, head);
    QVERIFY2(answer.startsWith("HTTP/1.1 431"), answer.left(100).constData());
    QCOMPARE(TestHttp::send(QStringLiteral("GET"), core->url(QStringLiteral("/healthz"))).status,
             200);
}

void tst_Receiver::controlApiNeedsToken_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("authorization");
    const QList<QPair<QString, QString>> routes{
            {QStringLiteral("GET"), QStringLiteral("/api/approvals")},
            {QStringLiteral("GET"), QStringLiteral("/api/approvals/1")},
            {QStringLiteral("POST"), QStringLiteral("/api/approvals/1/approve")},
            {QStringLiteral("POST"), QStringLiteral("/api/approvals/1/reject")}};
    for (const auto &[method, path] : routes) {
        QTest::newRow(qPrintable(method + QLatin1Char(' ') + path + QStringLiteral(" none")))
                << method << path << QByteArray();
        QTest::newRow(qPrintable(method + QLatin1Char(' ') + path + QStringLiteral(" wrong")))
                << method << path << QByteArray("Bearer wrong-token");
        QTest::newRow(qPrintable(method + QLatin1Char(' ') + path + QStringLiteral(" basic")))
                << method << path << QByteArray("Basic dGVzdA==");
    }
}

void tst_Receiver::controlApiNeedsToken()
{
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, authorization);
    post({{QStringLiteral("title"), QStringLiteral("t")},
          {QStringLiteral("callbackUrl"), QStringLiteral("http://127.0.0.1:9/cb")}});
    Headers headers;
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    const TestReply reply = TestHttp::send(method, core->url(path),
                                           method == QLatin1String("POST") ? "{}" : "", headers);
    QCOMPARE(reply.status, 401);
    QVERIFY(reply.json()
                    .value(QStringLiteral("detail"))
                    .toString()
                    .contains(QStringLiteral("Bearer")));
    QCOMPARE(core->engine->approval(1)->state, ApprovalState::Pending);
}

void tst_Receiver::listAndPaging()
{
    for (int i = 0; i < 5; ++i) {
        core->clock.set(QDateTime::currentDateTimeUtc().addSecs(i));
        post({{QStringLiteral("title"), QStringLiteral("t%1").arg(i)},
              {QStringLiteral("callbackUrl"), QStringLiteral("http://127.0.0.1:9/cb")}});
    }
    core->engine->decide(1, {Verdict::Approve, QStringLiteral("a"), QStringLiteral("api"), {}});
    const TestReply pending =
            TestHttp::send(QStringLiteral("GET"),
                           core->url(QStringLiteral("/api/approvals?state=pending&limit=2")), {},
                           core->operatorAuth());
    QCOMPARE(pending.status, 200);
    QCOMPARE(pending.json().value(QStringLiteral("total")).toInt(), 4);
    const QJsonArray page = pending.json().value(QStringLiteral("approvals")).toArray();
    QCOMPARE(page.size(), 2);
    QCOMPARE(page.at(0).toObject().value(QStringLiteral("title")).toString(),
             QStringLiteral("t4")); // newest first
    for (const char *field : {"id", "externalId", "kind", "title", "state", "createdAt"})
        QVERIFY2(page.at(0).toObject().contains(QLatin1String(field)), field);
    const TestReply next = TestHttp::send(
            QStringLiteral("GET"),
            core->url(QStringLiteral("/api/approvals?state=pending&limit=2&offset=2")), {},
            core->operatorAuth());
    QCOMPARE(next.json()
                     .value(QStringLiteral("approvals"))
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(QStringLiteral("title"))
                     .toString(),
             QStringLiteral("t1"));
    const TestReply all =
            TestHttp::send(QStringLiteral("GET"), core->url(QStringLiteral("/api/approvals")), {},
                           core->operatorAuth());
    QCOMPARE(all.json().value(QStringLiteral("total")).toInt(), 5);
    for (const char *bad :
         {"/api/approvals?limit=0", "/api/approvals?limit=10001", "/api/approvals?offset=-1",
          "/api/approvals?state=maybe", "/api/approvals?limit=abc"}) {
        const TestReply reply = TestHttp::send(QStringLiteral("GET"), core->url(QLatin1String(bad)),
                                               {}, core->operatorAuth());
        QVERIFY2(reply.status == 400, bad);
    }
}

void tst_Receiver::showWithTimeline()
{
    const qint64 id =
            post({{QStringLiteral("title"), QStringLiteral("t")},
                  {QStringLiteral("callbackUrl"), QStringLiteral("http://127.0.0.1:9/cb")}});
    const TestReply reply = TestHttp::send(QStringLiteral("GET"),
                                           core->url(QStringLiteral("/api/approvals/%1").arg(id)),
                                           {}, core->operatorAuth());
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("id")).toInteger(), id);
    QCOMPARE(reply.json().value(QStringLiteral("timeline")).toArray().size(), 1);
    QCOMPARE(TestHttp::send(QStringLiteral("GET"), core->url(QStringLiteral("/api/approvals/999")),
                            {}, core->operatorAuth())
                     .status,
             404);
    QCOMPARE(TestHttp::send(QStringLiteral("GET"), core->url(QStringLiteral("/api/approvals/abc")),
                            {}, core->operatorAuth())
                     .status,
             404);
}

void tst_Receiver::decideThroughApi()
{
    const qint64 id =
            post({{QStringLiteral("title"), QStringLiteral("t")},
                  {QStringLiteral("callbackUrl"), QStringLiteral("http://127.0.0.1:9/cb")}});
    const QUrl approve = core->url(QStringLiteral("/api/approvals/%1/approve").arg(id));
    const TestReply decided = TestHttp::send(QStringLiteral("POST"), approve,
                                             "{\"comment\":\"ok by me\",\"decidedBy\":\"dave\"}",
                                             core->operatorAuth());
    QCOMPARE(decided.status, 200);
    QCOMPARE(decided.json().value(QStringLiteral("state")).toString(), QStringLiteral("approved"));
    QCOMPARE(decided.json().value(QStringLiteral("decidedBy")).toString(), QStringLiteral("dave"));
    QCOMPARE(decided.json().value(QStringLiteral("comment")).toString(),
             QStringLiteral("ok by me"));
    const TestReply again = TestHttp::send(
            QStringLiteral("POST"), core->url(QStringLiteral("/api/approvals/%1/reject").arg(id)),
            {}, core->operatorAuth());
    QCOMPARE(again.status, 409);
    QVERIFY(again.json()
                    .value(QStringLiteral("detail"))
                    .toString()
                    .contains(QStringLiteral("dave")));
    QCOMPARE(TestHttp::send(QStringLiteral("POST"),
                            core->url(QStringLiteral("/api/approvals/77/approve")), {},
                            core->operatorAuth())
                     .status,
             404);
    QCOMPARE(TestHttp::send(QStringLiteral("POST"),
                            core->url(QStringLiteral("/api/approvals/%1/approve").arg(id)),
                            "{\"comment\":3}", core->operatorAuth())
                     .status,
             400);
}

void tst_Receiver::caseInsensitiveHeaders()
{
    HttpRequest request;
    request.headers = {{"TaskinstanceId", "abc"},
                       {"content-type", "Application/JSON; charset=utf-8"}};
    QCOMPARE(request.header("TaskInstanceId"), QByteArray("abc"));
    QCOMPARE(request.mediaType(), QStringLiteral("application/json"));
}

// The receiver thread that takes a webhook parses it (WebhookReceiver::parseAhead); the
// engine thread then stores that outcome as it is. The proof: an outcome changed after
// the parse is what gets stored, not what the body says.
void tst_Receiver::parsedAheadIsStoredWithoutParsingAgain()
{
    HttpRequest request = genericRequest(
            {{QStringLiteral("title"), QStringLiteral("From the body")},
             {QStringLiteral("externalId"), QStringLiteral("ahead-1")},
             {QStringLiteral("callbackUrl"), QStringLiteral("http://127.0.0.1:9/cb")}});
    const std::shared_ptr<const ParsedAhead> ahead = core->receiver->parseAhead(request);
    QVERIFY(ahead);
    QVERIFY(!ahead->refusal);
    QVERIFY(ahead->outcome.parsed);
    QCOMPARE(ahead->outcome.parsed->approval.title, QStringLiteral("From the body"));

    auto changed = std::make_shared<ParsedAhead>(*ahead);
    changed->outcome.parsed->approval.title = QStringLiteral("As parsed ahead");
    request.parsedAhead = changed;
    const HttpResponse response = core->receiver->handle(request);
    QCOMPARE(response.status, 201);
    const qint64 id =
            QJsonDocument::fromJson(response.body).object().value(QStringLiteral("id")).toInteger();
    QCOMPARE(response.body,
             QByteArray("{\"id\":") + QByteArray::number(id) + ",\"state\":\"pending\"}");
    QCOMPARE(core->engine->approval(id)->title, QStringLiteral("As parsed ahead"));

    // Parsing ahead is no way around authentication: wrong credentials, nothing stored.
    HttpRequest forged = request;
    forged.headers = {{"Authorization", "Bearer wrong"}, {"Content-Type", "application/json"}};
    forged.parsedAhead = changed;
    QCOMPARE(core->receiver->handle(forged).status, 401);
    QCOMPARE(core->engine->countApprovals(std::nullopt), 1);

    // Only fixed webhook paths of parseAnywhere routes are parsed ahead.
    HttpRequest list;
    list.method = QStringLiteral("GET");
    list.path = QStringLiteral("/api/approvals");
    QVERIFY(!core->receiver->parseAhead(list));
}

// A connector replaced in the engine (reconfigured) after the parse: the engine thread
// parses again with the connector it holds, and the outcome of the old one is dropped.
void tst_Receiver::parsedAheadOfAnotherConnectorIsParsedAgain()
{
    HttpRequest request = genericRequest(
            {{QStringLiteral("title"), QStringLiteral("From the body")},
             {QStringLiteral("externalId"), QStringLiteral("ahead-2")},
             {QStringLiteral("callbackUrl"), QStringLiteral("http://127.0.0.1:9/cb")}});
    auto stale = std::make_shared<ParsedAhead>(*core->receiver->parseAhead(request));
    stale->connector = GenericConnector::create(ServiceConfig());
    stale->outcome.parsed->approval.title = QStringLiteral("Parsed by a connector now gone");
    request.parsedAhead = stale;
    const HttpResponse response = core->receiver->handle(request);
    QCOMPARE(response.status, 201);
    const qint64 id =
            QJsonDocument::fromJson(response.body).object().value(QStringLiteral("id")).toInteger();
    QCOMPARE(core->engine->approval(id)->title, QStringLiteral("From the body"));
}

// Whatever the engine thread would refuse, the parse ahead refuses the same way: the
// same status and body, nothing stored.
void tst_Receiver::parsedAheadKeepsEveryRefusal()
{
    const QJsonObject tooLong{
            {QStringLiteral("title"), QString(5000, QLatin1Char('x'))},
            {QStringLiteral("callbackUrl"), QStringLiteral("http://127.0.0.1:9/cb")}};
    HttpRequest wrongType = genericRequest({{QStringLiteral("title"), QStringLiteral("t")}});
    wrongType.headers.last().second = "text/plain";
    const QList<HttpRequest> refused{genericRequest(tooLong), wrongType,
                                     genericRequest({{QStringLiteral("title"), 5}})};
    for (HttpRequest request : refused) {
        const HttpResponse direct = core->receiver->handle(request);
        QVERIFY2(direct.status >= 400 && direct.status < 500, direct.body.constData());
        request.parsedAhead = core->receiver->parseAhead(request);
        QVERIFY(request.parsedAhead && request.parsedAhead->refusal);
        const HttpResponse ahead = core->receiver->handle(request);
        QCOMPARE(ahead.status, direct.status);
        QCOMPARE(ahead.body, direct.body);
    }
    QCOMPARE(core->engine->countApprovals(std::nullopt), 0);
}

QTEST_GUILESS_MAIN(tst_Receiver)
#include "tst_receiver.moc"
