// tst_gates: gates that Gatehouse evaluates (seed 003). The policy file's validation,
// time windows, the judgement of answers, HTTP probes against local fake services
// (good, failing, slow, malformed, with a secret), and the sampler driven by a
// ManualClock: delay, interval, all green in one sample, timeout, cap, each order.
#include "gates/gateevaluator.h"
#include "gates/gatesampler.h"
#include "gates/policyfile.h"
#include "support/fakehttpserver.h"
#include "support/outboxprobe.h"
#include "support/testcore.h"
#include "support/testhttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

class tst_Gates : public QObject
{
    Q_OBJECT
private slots:
    void policyFileRefusesBadFields_data();
    void policyFileRefusesBadFields();
    void policyFileLoadsCompleteExample();
    void policyMatches();
    void timeWindow_data();
    void timeWindow();
    void judgeAnswer_data();
    void judgeAnswer();
    void probeGood();
    void probeFailingStatus();
    void probeSlowTimesOut();
    void probeMalformedJson();
    void probeResolvesSecretHeader();
    void probeMissingSecretIsRed();

    void samplerWaitsForDelayThenSamplesEachInterval();
    void samplerGatesOnlyApprovesAndDeliversOnce();
    void samplerFlippingGatesNeverPass();
    void samplerTimeoutRejects();
    void samplerCapRejects();
    void samplerGatesThenApprovalWaitsForHuman();
    void samplerApprovalThenGatesHoldsTheHumanApproval();
    void samplerOperatorDecidesMidSample();
    void samplerIgnoresUnmatchedApprovals();
    void sampleLineGoesToTheSourceLog();

private:
    static Policy policy(const QString &name, Policy::Order order, const QVector<Gate> &gates);
    static Gate probe(const QString &name, const QUrl &url, const QString &condition = {});
    static qint64 addApproval(TestCore &core, const QUrl &callback,
                              const QString &environment = QStringLiteral("prod"));
    static QJsonObject gatesOf(TestCore &core, qint64 id);
    static void sample(GateSampler &sampler);
    static GateResult evaluateNow(GateEvaluator &evaluator, const Gate &gate);
};

namespace {
const QDateTime t0 = QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC); // a Wednesday
}

Policy tst_Gates::policy(const QString &name, Policy::Order order, const QVector<Gate> &gates)
{
    Policy p;
    p.name = name;
    p.environment = QStringLiteral("prod");
    p.delayBeforeEvaluationSecs = 60;
    p.samplingIntervalSecs = 30;
    p.timeoutSecs = 600;
    p.order = order;
    p.gates = gates;
    return p;
}

Gate tst_Gates::probe(const QString &name, const QUrl &url, const QString &condition)
{
    Gate gate;
    gate.kind = Gate::Kind::HttpProbe;
    gate.name = name;
    gate.url = url;
    gate.timeoutMs = 2000;
    QString error;
    if (!condition.isEmpty())
        gate.condition = JsonExpression::parse(condition, &error);
    return gate;
}

qint64 tst_Gates::addApproval(TestCore &core, const QUrl &callback, const QString &environment)
{
    Approval a;
    a.connector = QStringLiteral("generic");
    a.kind = QStringLiteral("generic");
    a.externalId = QStringLiteral("run-1-") + environment;
    a.title = QStringLiteral("Deploy web");
    a.pipeline = QStringLiteral("web");
    a.environment = environment;
    a.metadata = {{QStringLiteral("callbackUrl"), callback.toString()}};
    return core.engine->ingest({a, {}}).approval.id;
}

QJsonObject tst_Gates::gatesOf(TestCore &core, qint64 id)
{
    return core.engine->approval(id)->metadata.value(QStringLiteral("gates")).toObject();
}

// One tick, then wait (in real time, for the loopback probes) until the sample is in.
void tst_Gates::sample(GateSampler &sampler)
{
    sampler.tick();
    QTRY_COMPARE(sampler.samplesInFlight(), 0);
}

GateResult tst_Gates::evaluateNow(GateEvaluator &evaluator, const Gate &gate)
{
    std::optional<GateResult> result;
    evaluator.evaluate(gate, [&](const GateResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
        return {gate.name, false, QStringLiteral("test: no result")};
    return *result;
}

void tst_Gates::policyFileRefusesBadFields_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    const QByteArray gate = R"({"name":"g","type":"http","url":"http://127.0.0.1:1/h"})";
    const auto one = [&](const QByteArray &policyFields, const QByteArray &gateJson) {
        return QByteArray(R"({"policies":[{"name":"p",)") + policyFields + R"("gates":[)" + gateJson
                + "]}]}";
    };
    QTest::newRow("not json") << QByteArray("{") << "the policy file is not JSON";
    QTest::newRow("no policies") << QByteArray("{}") << "field policies: is required";
    QTest::newRow("no name") << QByteArray(R"({"policies":[{"gates":[]}]})")
                             << "field policies[0].name: is required";
    QTest::newRow("no gates") << QByteArray(R"({"policies":[{"name":"p","gates":[]}]})")
                              << "field policies[0].gates: must be a non-empty list";
    QTest::newRow("bad order") << one(R"("order":"whenever",)", gate)
                               << "field policies[0].order: must be gatesOnly";
    QTest::newRow("negative delay")
            << one(R"("delayBeforeEvaluationSecs":-1,)", gate)
            << "field policies[0].delayBeforeEvaluationSecs: must be a whole number";
    QTest::newRow("zero interval")
            << one(R"("samplingIntervalSecs":0,)", gate)
            << "field policies[0].samplingIntervalSecs: must be a whole number from 1";
    QTest::newRow("unknown match field") << one(R"("match":{"branch":"x"},)", gate)
                                         << "field policies[0].match.branch: is not a known field";
    QTest::newRow("unknown policy field")
            << one(R"("delay":5,)", gate) << "field policies[0].delay: is not a known field";
    QTest::newRow("gate type")
            << one("", R"({"name":"g","type":"ping"})")
            << "field policies[0].gates[0].type: must be http, count or timeWindow";
    QTest::newRow("gate url")
            << one("", R"({"name":"g","type":"http","url":"ftp://x/y"})")
            << "field policies[0].gates[0].url: must be an absolute http or https URL";
    QTest::newRow("gate no url") << one("", R"({"name":"g","type":"http"})")
                                 << "field policies[0].gates[0].url: is required";
    QTest::newRow("gate condition")
            << one("", R"({"name":"g","type":"http","url":"http://h/x","condition":"a = 1"})")
            << "field policies[0].gates[0].condition: offset 2: '=' is not an operator";
    QTest::newRow("count without bounds")
            << one("", R"x({"name":"g","type":"count","url":"http://h/x","value":"count(v)"})x")
            << "field policies[0].gates[0].max: a count gate needs min, max or both";
    QTest::newRow("count min over max")
            << one("",
                   R"({"name":"g","type":"count","url":"http://h/x","value":"n","min":5,"max":1})")
            << "field policies[0].gates[0].min: must not be greater than max";
    QTest::newRow("time zone")
            << one("", R"({"name":"g","type":"timeWindow","timeZone":"Mars/Olympus"})")
            << "field policies[0].gates[0].timeZone: 'Mars/Olympus' is not an IANA time zone";
    QTest::newRow("time format") << one("", R"({"name":"g","type":"timeWindow","from":"9am"})")
                                 << "field policies[0].gates[0].from: must be a time as HH:mm";
    QTest::newRow("day name") << one("",
                                     R"({"name":"g","type":"timeWindow","days":["mon","someday"]})")
                              << "field policies[0].gates[0].days: 'someday' is not a day";
    QTest::newRow("header not string")
            << one("", R"({"name":"g","type":"http","url":"http://h/x","headers":{"A":1}})")
            << "field policies[0].gates[0].headers.A: must be a string";
    QTest::newRow("duplicate gate")
            << one("", gate + "," + gate) << "field policies[0].gates[1].name: 'g' is used twice";
    QTest::newRow("duplicate policy") << QByteArray(R"({"policies":[{"name":"p","gates":[)" + gate
                                                    + R"(]},{"name":"p","gates":[)" + gate + "]}]}")
                                      << "field policies[1].name: 'p' is used twice";
}

void tst_Gates::policyFileRefusesBadFields()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QString message;
    QVERIFY(!PolicyFile::parse(json, &message));
    QVERIFY2(message.contains(error), qPrintable(message));
}

void tst_Gates::policyFileLoadsCompleteExample()
{
    // The example of docs/gates-and-fanin.md, word for word.
    QFile doc(QStringLiteral(GATEHOUSE_SOURCE_DIR "/docs/gates-and-fanin.md"));
    QVERIFY(doc.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(doc.readAll());
    const int start = text.indexOf(QStringLiteral("```json\n{\n  \"policies\""));
    QVERIFY(start >= 0);
    const int end = text.indexOf(QStringLiteral("```"), start + 7);
    QString error;
    const auto policies = PolicyFile::parse(text.mid(start + 7, end - start - 7).toUtf8(), &error);
    QVERIFY2(policies, qPrintable(error));
    QCOMPARE(policies->size(), 2);
    const Policy &first = policies->first();
    QCOMPARE(first.name, QStringLiteral("production health"));
    QCOMPARE(first.environment, QStringLiteral("production"));
    QCOMPARE(first.order, Policy::Order::GatesThenApproval);
    QCOMPARE(first.gates.size(), 3);
    QCOMPARE(first.gates.at(0).kind, Gate::Kind::HttpProbe);
    QCOMPARE(first.gates.at(1).kind, Gate::Kind::CountThreshold);
    QCOMPARE(first.gates.at(2).kind, Gate::Kind::TimeWindow);
    QCOMPARE(first.gates.at(2).timeZone.id(), QByteArray("Europe/Berlin"));
    QCOMPARE(policies->at(1).order, Policy::Order::GatesOnly);
}

void tst_Gates::policyMatches()
{
    Policy p;
    Approval a;
    a.connector = QStringLiteral("azure");
    a.pipeline = QStringLiteral("web");
    a.environment = QStringLiteral("prod");
    QVERIFY(p.matches(a));
    p.connector = QStringLiteral("azure");
    p.environment = QStringLiteral("prod");
    QVERIFY(p.matches(a));
    p.stage = QStringLiteral("deploy");
    QVERIFY(!p.matches(a));
}

void tst_Gates::timeWindow_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("days");
    QTest::addColumn<bool>("inverse");
    QTest::addColumn<bool>("green");
    const QString weekdays = QStringLiteral("mon,tue,wed,thu,fri");
    // 2026-11-25 is a Wednesday; Berlin is UTC+1 in November, New York UTC-5.
    QTest::newRow("inside business hours") << t0 << "Europe/Berlin"
                                           << "09:00"
                                           << "17:00" << weekdays << false << true;
    QTest::newRow("before opening in zone") << t0.addSecs(-3 * 3600) << "Europe/Berlin"
                                            << "09:00"
                                            << "17:00" << weekdays << false << false;
    QTest::newRow("utc would say inside, zone says no") << t0 << "America/New_York"
                                                        << "09:00"
                                                        << "17:00" << weekdays << false << false;
    QTest::newRow("end is exclusive")
            << QDateTime(QDate(2026, 11, 25), QTime(16, 0), Qt::UTC) << "Europe/Berlin"
            << "09:00"
            << "17:00" << weekdays << false << false;
    QTest::newRow("saturday") << t0.addDays(3) << "Europe/Berlin"
                              << "09:00"
                              << "17:00" << weekdays << false << false;
    QTest::newRow("freeze inside is red") << t0 << "Europe/Berlin"
                                          << "09:00"
                                          << "17:00" << weekdays << true << false;
    QTest::newRow("freeze outside is green") << t0.addDays(3) << "Europe/Berlin"
                                             << "09:00"
                                             << "17:00" << weekdays << true << true;
    QTest::newRow("over midnight late")
            << QDateTime(QDate(2026, 11, 27), QTime(22, 30), Qt::UTC) << "UTC"
            << "22:00"
            << "06:00"
            << "fri" << false << true;
    QTest::newRow("over midnight early belongs to day before")
            << QDateTime(QDate(2026, 11, 28), QTime(5, 0), Qt::UTC) << "UTC"
            << "22:00"
            << "06:00"
            << "fri" << false << true;
    QTest::newRow("over midnight not that day")
            << QDateTime(QDate(2026, 11, 27), QTime(5, 0), Qt::UTC) << "UTC"
            << "22:00"
            << "06:00"
            << "fri" << false << false;
    QTest::newRow("summer time shifts the window")
            << QDateTime(QDate(2026, 7, 1), QTime(7, 30), Qt::UTC) << "Europe/Berlin"
            << "09:00"
            << "17:00" << weekdays << false << true;
}

void tst_Gates::timeWindow()
{
    QFETCH(QDateTime, now);
    QFETCH(QString, zone);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, days);
    QFETCH(bool, inverse);
    QFETCH(bool, green);
    const QByteArray json =
            QStringLiteral(
                    R"({"policies":[{"name":"p","gates":[{"name":"w","type":"timeWindow",)"
                    R"("timeZone":"%1","from":"%2","to":"%3","days":["%4"],"inverse":%5}]}]})")
                    .arg(zone, from, to, days.split(QLatin1Char(',')).join(QStringLiteral("\",\"")),
                         inverse ? QStringLiteral("true") : QStringLiteral("false"))
                    .toUtf8();
    QString error;
    const auto policies = PolicyFile::parse(json, &error);
    QVERIFY2(policies, qPrintable(error));
    const GateResult result = GateEvaluator::judgeTimeWindow(policies->first().gates.first(), now);
    QVERIFY2(result.green == green, qPrintable(result.reason));
    QVERIFY(result.reason.contains(zone));
}

void tst_Gates::judgeAnswer_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expression");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("green");
    QTest::addColumn<QString>("reason");
    QTest::newRow("2xx without condition") << "http"
                                           << "" << 204 << QByteArray() << true << "HTTP 204";
    QTest::newRow("500") << "http"
                         << "" << 500 << QByteArray("{}") << false << "HTTP 500";
    QTest::newRow("redirect is not success") << "http"
                                             << "" << 302 << QByteArray() << false << "HTTP 302";
    QTest::newRow("condition holds")
            << "http"
            << "status == \"healthy\" and errors < 5" << 200
            << QByteArray(R"({"status":"healthy","errors":1})") << true << "holds";
    QTest::newRow("condition false")
            << "http"
            << "errors < 5" << 200 << QByteArray(R"({"errors":9})") << false << "is false";
    QTest::newRow("malformed json") << "http"
                                    << "errors < 5" << 200 << QByteArray("{\"errors\": ") << false
                                    << "evaluation error: the answer is not JSON";
    QTest::newRow("html answer") << "http"
                                 << "ok" << 200 << QByteArray("<html>") << false
                                 << "the answer is not JSON";
    QTest::newRow("missing field") << "http"
                                   << "errors < 5" << 200 << QByteArray("{}") << false
                                   << "evaluation error: path 'errors' not found";
    QTest::newRow("not a boolean")
            << "http"
            << "errors" << 200 << QByteArray(R"({"errors":2})") << false << "not true or false";
    QTest::newRow("count within") << "count"
                                  << "count(workItems)" << 200
                                  << QByteArray(R"({"workItems":[1,2]})") << true
                                  << "count(workItems) is 2, within the threshold";
    QTest::newRow("count above") << "count"
                                 << "count(workItems)" << 200
                                 << QByteArray(R"({"workItems":[1,2,3,4]})") << false
                                 << "above the maximum 3";
    QTest::newRow("count below") << "count"
                                 << "count(workItems)" << 200 << QByteArray(R"({"workItems":[]})")
                                 << false << "below the minimum 1";
    QTest::newRow("number value") << "count"
                                  << "value.activeAlerts" << 200
                                  << QByteArray(R"({"value":{"activeAlerts":3}})") << true
                                  << "is 3";
    QTest::newRow("count of string") << "count"
                                     << "name" << 200 << QByteArray(R"({"name":"x"})") << false
                                     << "neither a number nor a list";
    QTest::newRow("count answer array")
            << "count"
            << "count($)" << 200 << QByteArray("[1,2,3]") << true << "is 3";
}

void tst_Gates::judgeAnswer()
{
    QFETCH(QString, kind);
    QFETCH(QString, expression);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, green);
    QFETCH(QString, reason);
    Gate gate;
    gate.name = QStringLiteral("g");
    QString error;
    if (kind == QLatin1String("count")) {
        gate.kind = Gate::Kind::CountThreshold;
        gate.value = JsonExpression::parse(expression, &error);
        gate.min = 1;
        gate.max = 3;
    } else if (!expression.isEmpty()) {
        gate.condition = JsonExpression::parse(expression, &error);
    }
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const GateResult result = GateEvaluator::judgeAnswer(gate, status, body);
    QCOMPARE(result.name, QStringLiteral("g"));
    QVERIFY2(result.green == green, qPrintable(result.reason));
    QVERIFY2(result.reason.contains(reason), qPrintable(result.reason));
}

void tst_Gates::probeGood()
{
    FakeHttpServer service;
    QVERIFY(service.start());
    service.setScript({{200, R"({"status":"healthy","errors":0})"}});
    TestCore core;
    GateEvaluator evaluator(*core.engine);
    Gate gate = probe(QStringLiteral("health"), service.url(QStringLiteral("/health")),
                      QStringLiteral("status == \"healthy\""));
    gate.headers.append({QByteArrayLiteral("Accept"), QStringLiteral("application/json")});
    const GateResult result = evaluateNow(evaluator, gate);
    QVERIFY2(result.green, qPrintable(result.reason));
    QCOMPARE(service.requests.size(), 1);
    QCOMPARE(service.requests.first().method, QStringLiteral("GET"));
    QCOMPARE(service.requests.first().path, QStringLiteral("/health"));
    QCOMPARE(service.requests.first().header("Accept"), QByteArray("application/json"));
}

void tst_Gates::probeFailingStatus()
{
    FakeHttpServer service;
    QVERIFY(service.start());
    service.setScript({{503, R"({"status":"healthy"})"}});
    TestCore core;
    GateEvaluator evaluator(*core.engine);
    const GateResult result = evaluateNow(
            evaluator, probe(QStringLiteral("health"), service.url(QStringLiteral("/h"))));
    QVERIFY(!result.green);
    QCOMPARE(result.reason, QStringLiteral("HTTP 503"));
}

void tst_Gates::probeSlowTimesOut()
{
    // Accepts the connection and never answers.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    TestCore core;
    GateEvaluator evaluator(*core.engine);
    Gate gate = probe(QStringLiteral("slow"),
                      QUrl(QStringLiteral("http://127.0.0.1:%1/h").arg(silent.serverPort())));
    gate.timeoutMs = 300;
    QElapsedTimer timer;
    timer.start();
    const GateResult result = evaluateNow(evaluator, gate);
    QVERIFY(!result.green);
    QVERIFY2(result.reason.contains(QStringLiteral("no answer within 0.3 s")),
             qPrintable(result.reason));
    QVERIFY(timer.elapsed() < 5000);
}

void tst_Gates::probeMalformedJson()
{
    FakeHttpServer service;
    QVERIFY(service.start());
    service.setScript({{200, "{\"status\": \"heal"}});
    TestCore core;
    GateEvaluator evaluator(*core.engine);
    const GateResult result =
            evaluateNow(evaluator,
                        probe(QStringLiteral("health"), service.url(QStringLiteral("/h")),
                              QStringLiteral("status == \"healthy\"")));
    QVERIFY(!result.green);
    QVERIFY2(result.reason.startsWith(QStringLiteral("evaluation error: the answer is not JSON")),
             qPrintable(result.reason));
}

void tst_Gates::probeResolvesSecretHeader()
{
    FakeHttpServer service;
    QVERIFY(service.start());
    TestCore core;
    QVERIFY(core.engine->putSecret(QStringLiteral("statuspage"), "s3cr3t-token"));
    GateEvaluator evaluator(*core.engine);
    Gate gate = probe(QStringLiteral("health"), service.url(QStringLiteral("/h")));
    gate.method = QStringLiteral("POST");
    gate.body = R"({"q":1})";
    gate.headers.append(
            {QByteArrayLiteral("Authorization"), QStringLiteral("Bearer ${secret:statuspage}")});
    QVERIFY(evaluateNow(evaluator, gate).green);
    QCOMPARE(service.requests.size(), 1);
    QCOMPARE(service.requests.first().method, QStringLiteral("POST"));
    QCOMPARE(service.requests.first().header("Authorization"), QByteArray("Bearer s3cr3t-token"));
    QCOMPARE(service.requests.first().header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(service.requests.first().body, QByteArray(R"({"q":1})"));
}

void tst_Gates::probeMissingSecretIsRed()
{
    FakeHttpServer service;
    QVERIFY(service.start());
    TestCore core;
    GateEvaluator evaluator(*core.engine);
    Gate gate = probe(QStringLiteral("health"), service.url(QStringLiteral("/h")));
    gate.headers.append(
            {QByteArrayLiteral("Authorization"), QStringLiteral("Bearer ${secret:nope}")});
    const GateResult result = evaluateNow(evaluator, gate);
    QVERIFY(!result.green);
    QVERIFY2(result.reason.contains(QStringLiteral("'nope'")), qPrintable(result.reason));
    QCOMPARE(service.requests.size(), 0);
}

void tst_Gates::samplerWaitsForDelayThenSamplesEachInterval()
{
    FakeHttpServer service;
    QVERIFY(service.start());
    service.setScript({{500, "{}"}});
    TestCore core;
    core.clock.set(t0);
    const qint64 id = addApproval(core, service.url(QStringLiteral("/callback")));
    GateSampler sampler(*core.engine,
                        {policy(QStringLiteral("p"), Policy::Order::GatesOnly,
                                {probe(QStringLiteral("a"), service.url(QStringLiteral("/a")))})});
    sampler.start();

    sample(sampler);
    core.clock.advance(59 * 1000);
    sample(sampler);
    QCOMPARE(service.requests.size(), 0); // still in the delay
    core.clock.advance(1000);
    sample(sampler);
    QCOMPARE(service.requests.size(), 1);
    QCOMPARE(gatesOf(core, id).value(QStringLiteral("evaluations")).toInt(), 1);
    core.clock.advance(29 * 1000);
    sample(sampler);
    QCOMPARE(service.requests.size(), 1); // the interval has not passed
    core.clock.advance(1000);
    sample(sampler);
    QCOMPARE(service.requests.size(), 2);

    const QJsonObject gates = gatesOf(core, id);
    QCOMPARE(gates.value(QStringLiteral("evaluations")).toInt(), 2);
    QCOMPARE(gates.value(QStringLiteral("green")).toInt(), 0);
    QCOMPARE(gates.value(QStringLiteral("total")).toInt(), 1);
    QCOMPARE(gates.value(QStringLiteral("evaluateFrom")).toString(),
             t0.addSecs(60).toString(Qt::ISODateWithMs));
    QCOMPARE(gates.value(QStringLiteral("timeoutAt")).toString(),
             t0.addSecs(600).toString(Qt::ISODateWithMs));
    const QJsonArray samples = gates.value(QStringLiteral("samples")).toArray();
    QCOMPARE(samples.size(), 2);
    QCOMPARE(samples.at(0).toObject().value(QStringLiteral("at")).toString(),
             t0.addSecs(60).toString(Qt::ISODateWithMs));
    const QJsonObject first =
            samples.at(0).toObject().value(QStringLiteral("results")).toArray().at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("name")).toString(), QStringLiteral("a"));
    QCOMPARE(first.value(QStringLiteral("green")).toBool(), false);
    QCOMPARE(first.value(QStringLiteral("reason")).toString(), QStringLiteral("HTTP 500"));

    // One timeline entry per sample, naming each gate with its result and reason.
    int entries = 0;
    for (const TimelineEntry &entry : core.engine->timeline(id)) {
        if (entry.type == QLatin1String("gates")) {
            ++entries;
            QVERIFY2(entry.message.contains(QStringLiteral("0 of 1 green: a red (HTTP 500)")),
                     qPrintable(entry.message));
        }
    }
    QCOMPARE(entries, 2);
    QVERIFY(core.engine->approval(id)->isPending());
}

void tst_Gates::samplerGatesOnlyApprovesAndDeliversOnce()
{
    FakeHttpServer service;
    QVERIFY(service.start());
    int healthCalls = 0;
    service.setHandler([&](const RecordedRequest &r) {
        if (r.path == QLatin1String("/health"))
            return FakeResponse{200,
                                ++healthCalls >= 2 ? R"({"status":"healthy"})"
                                                   : R"({"status":"degraded"})"};
        return FakeResponse{200, R"({"workItems":[]})"};
    });
    FakeHttpServer callback;
    QVERIFY(callback.start());
    TestCore core;
    core.outbox->start();
    core.clock.set(t0);
    const qint64 id = addApproval(core, callback.url(QStringLiteral("/done")));
    Gate bugs = probe(QStringLiteral("bugs"), service.url(QStringLiteral("/bugs")));
    bugs.kind = Gate::Kind::CountThreshold;
    QString error;
    bugs.value = JsonExpression::parse(QStringLiteral("count(workItems)"), &error);
    bugs.max = 0;
    GateSampler sampler(
            *core.engine,
            {policy(QStringLiteral("health"), Policy::Order::GatesOnly,
                    {probe(QStringLiteral("health"), service.url(QStringLiteral("/health")),
                           QStringLiteral("status == \"healthy\"")),
                     bugs})});
    sampler.start();
    core.clock.advance(60 * 1000);
    sample(sampler);
    QVERIFY(core.engine->approval(id)->isPending());
    QCOMPARE(gatesOf(core, id).value(QStringLiteral("green")).toInt(), 1);
    core.clock.advance(30 * 1000);
    sample(sampler);
    const Approval approved = *core.engine->approval(id);
    QCOMPARE(approved.state, ApprovalState::Approved);
    QCOMPARE(approved.decisionOrigin, QStringLiteral("policy"));
    QCOMPARE(approved.decidedBy, QStringLiteral("gatehouse"));
    QVERIFY2(approved.comment.contains(QStringLiteral("All 2 gates green in evaluation 2")),
             qPrintable(approved.comment));
    QTRY_COMPARE(core.engine->approval(id)->delivery, DeliveryState::Delivered);
    // Later ticks change nothing: the decision went out once.
    core.clock.advance(3600 * 1000);
    sample(sampler);
    QCOMPARE(OutboxProbe::rows(core.databasePath(), id), 1); // no second call queued
    QCOMPARE(callback.requests.size(), 1);
    QCOMPARE(QJsonDocument::fromJson(callback.requests.first().body)
                     .object()
                     .value(QStringLiteral("decision"))
                     .toString(),
             QStringLiteral("approved"));
}

void tst_Gates::samplerFlippingGatesNeverPass()
{
    // Gate a is green on odd samples, gate b on even ones: each is green half the time,
    // never both in the same sample.
    FakeHttpServer service;
    QVERIFY(service.start());
    int aCalls = 0, bCalls = 0;
    service.setHandler([&](const RecordedRequest &r) {
        const bool green =
                r.path == QLatin1String("/a") ? (++aCalls % 2 == 1) : (++bCalls % 2 == 0);
        return FakeResponse{green ? 200 : 503, "{}"};
    });
    TestCore core;
    core.clock.set(t0);
    const qint64 id = addApproval(core, QUrl(QStringLiteral("http://127.0.0.1:1/callback")));
    Policy p = policy(QStringLiteral("flip"), Policy::Order::GatesOnly,
                      {probe(QStringLiteral("a"), service.url(QStringLiteral("/a"))),
                       probe(QStringLiteral("b"), service.url(QStringLiteral("/b")))});
    p.maxEvaluations = 6;
    GateSampler sampler(*core.engine, {p});
    core.clock.advance(60 * 1000);
    for (int i = 0; i < 6; ++i) {
        if (i > 0)
            core.clock.advance(30 * 1000);
        sample(sampler);
        QCOMPARE(gatesOf(core, id).value(QStringLiteral("green")).toInt(), 1);
        QCOMPARE(core.engine->approval(id)->isPending(), i < 5); // the cap ends it at once
    }
    const Approval rejected = *core.engine->approval(id);
    QCOMPARE(rejected.state, ApprovalState::Rejected);
    QCOMPARE(rejected.decisionOrigin, QStringLiteral("policy"));
    QVERIFY2(rejected.comment.contains(QStringLiteral("in 6 evaluations, the policy's cap")),
             qPrintable(rejected.comment));
    for (const QJsonValue &s : gatesOf(core, id).value(QStringLiteral("samples")).toArray())
        QCOMPARE(s.toObject().value(QStringLiteral("green")).toBool(), false);
    QCOMPARE(aCalls, 6);
    QCOMPARE(bCalls, 6);
}

void tst_Gates::samplerTimeoutRejects()
{
    FakeHttpServer service;
    QVERIFY(service.start());
    service.setScript({{200, R"({"errors":7})"}});
    FakeHttpServer callback;
    QVERIFY(callback.start());
    TestCore core;
    core.outbox->start();
    core.clock.set(t0);
    const qint64 id = addApproval(core, callback.url(QStringLiteral("/done")));
    Policy p = policy(QStringLiteral("errors"), Policy::Order::GatesOnly,
                      {probe(QStringLiteral("errors"), service.url(QStringLiteral("/e")),
                             QStringLiteral("errors < 5"))});
    p.timeoutSecs = 120;
    GateSampler sampler(*core.engine, {p});
    core.clock.advance(60 * 1000);
    sample(sampler);
    core.clock.advance(30 * 1000);
    sample(sampler);
    core.clock.advance(29 * 1000);
    sample(sampler);
    QVERIFY(core.engine->approval(id)->isPending());
    core.clock.advance(1000);
    sample(sampler);
    const Approval rejected = *core.engine->approval(id);
    QCOMPARE(rejected.state, ApprovalState::Rejected);
    QCOMPARE(rejected.decidedBy, QStringLiteral("gatehouse"));
    QVERIFY2(rejected.comment.contains(
                     QStringLiteral("within the timeout of 2 min (2 evaluations; last: errors "
                                    "red (HTTP 200; errors < 5 is false))")),
             qPrintable(rejected.comment));
    QTRY_COMPARE(callback.requests.size(), 1);
    QCOMPARE(QJsonDocument::fromJson(callback.requests.first().body)
                     .object()
                     .value(QStringLiteral("decision"))
                     .toString(),
             QStringLiteral("rejected"));
}

void tst_Gates::samplerCapRejects()
{
    FakeHttpServer service;
    QVERIFY(service.start());
    service.setScript({{404, "{}"}});
    TestCore core;
    core.clock.set(t0);
    const qint64 id = addApproval(core, QUrl(QStringLiteral("http://127.0.0.1:1/callback")));
    Policy p = policy(QStringLiteral("cap"), Policy::Order::GatesThenApproval,
                      {probe(QStringLiteral("a"), service.url(QStringLiteral("/a")))});
    p.delayBeforeEvaluationSecs = 0;
    p.maxEvaluations = 2;
    GateSampler sampler(*core.engine, {p});
    sample(sampler);
    core.clock.advance(30 * 1000);
    sample(sampler);
    QCOMPARE(service.requests.size(), 2);
    core.clock.advance(30 * 1000);
    sample(sampler);
    QCOMPARE(service.requests.size(), 2);
    QCOMPARE(core.engine->approval(id)->state, ApprovalState::Rejected);
    QVERIFY(core.engine->approval(id)->comment.contains(QStringLiteral("last: a red (HTTP 404)")));
}

void tst_Gates::samplerGatesThenApprovalWaitsForHuman()
{
    FakeHttpServer service;
    QVERIFY(service.start());
    TestCore core;
    core.clock.set(t0);
    const qint64 id = addApproval(core, service.url(QStringLiteral("/callback")));
    Gate window;
    window.kind = Gate::Kind::TimeWindow;
    window.name = QStringLiteral("business hours");
    window.days = {1, 2, 3, 4, 5};
    window.fromMinute = 9 * 60;
    window.toMinute = 17 * 60;
    window.timeZone = QTimeZone("Europe/Berlin");
    GateSampler sampler(
            *core.engine,
            {policy(QStringLiteral("p"), Policy::Order::GatesThenApproval,
                    {probe(QStringLiteral("a"), service.url(QStringLiteral("/a"))), window})});
    core.clock.advance(60 * 1000);
    sample(sampler);
    QJsonObject gates = gatesOf(core, id);
    QCOMPARE(gates.value(QStringLiteral("green")).toInt(), 2);
    QCOMPARE(gates.value(QStringLiteral("ready")).toBool(), true);
    QVERIFY(core.engine->approval(id)->isPending());
    const QString last = core.engine->timeline(id).last().message;
    QVERIFY2(last.contains(QStringLiteral("All gates green: waiting for a human approval")),
             qPrintable(last));

    // Green once is enough: no more samples, no timeout rejection while the human looks.
    core.clock.advance(3600 * 1000);
    sample(sampler);
    QCOMPARE(service.requests.size(), 1);
    QVERIFY(core.engine->approval(id)->isPending());
    core.engine->decide(id,
                        {Verdict::Approve, QStringLiteral("alice"), QStringLiteral("window"), {}});
    QCOMPARE(core.engine->approval(id)->decidedBy, QStringLiteral("alice"));
}

void tst_Gates::samplerApprovalThenGatesHoldsTheHumanApproval()
{
    FakeHttpServer service;
    QVERIFY(service.start());
    int calls = 0;
    service.setHandler([&](const RecordedRequest &) {
        return FakeResponse{++calls >= 2 ? 200 : 503, "{}"};
    });
    FakeHttpServer callback;
    QVERIFY(callback.start());
    TestCore core;
    QVERIFY(core.listen());
    core.outbox->start();
    core.clock.set(t0);
    const qint64 id = addApproval(core, callback.url(QStringLiteral("/done")));
    const qint64 other =
            addApproval(core, callback.url(QStringLiteral("/other")), QStringLiteral("prod2"));
    Policy p = policy(QStringLiteral("p"), Policy::Order::ApprovalThenGates,
                      {probe(QStringLiteral("a"), service.url(QStringLiteral("/a")))});
    p.environment.clear();
    GateSampler sampler(*core.engine, {p});
    sampler.start();

    // No gates before a person approves, and no timeout either.
    core.clock.advance(3600 * 1000);
    sample(sampler);
    QCOMPARE(calls, 0);
    QVERIFY(core.engine->approval(id)->isPending());

    // The API answers 202: recorded, not final.
    const TestReply held =
            TestHttp::postJson(core.url(QStringLiteral("/api/approvals/%1/approve").arg(id)),
                               {{QStringLiteral("decidedBy"), QStringLiteral("alice")},
                                {QStringLiteral("comment"), QStringLiteral("ship it")}},
                               core.operatorAuth());
    QCOMPARE(held.status, 202);
    QCOMPARE(held.json().value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
    QCOMPARE(core.engine->timeline(id).last().type, QStringLiteral("held"));
    const Engine::DecideResult again = core.engine->decide(
            id, {Verdict::Approve, QStringLiteral("bob"), QStringLiteral("window"), {}});
    QCOMPARE(again.outcome, Engine::DecideOutcome::Held);
    QVERIFY(again.message.contains(QStringLiteral("alice")));

    // The delay counts from the approval; the first sample is red, the second green.
    sample(sampler);
    QCOMPARE(calls, 0);
    core.clock.advance(60 * 1000);
    sample(sampler);
    QCOMPARE(calls, 1);
    QVERIFY(core.engine->approval(id)->isPending());
    QCOMPARE(gatesOf(core, id).value(QStringLiteral("evaluateFrom")).toString(),
             t0.addSecs(3600 + 60).toString(Qt::ISODateWithMs));
    core.clock.advance(30 * 1000);
    sample(sampler);
    const Approval approved = *core.engine->approval(id);
    QCOMPARE(approved.state, ApprovalState::Approved);
    QCOMPARE(approved.decidedBy, QStringLiteral("alice"));
    QCOMPARE(approved.decisionOrigin, QStringLiteral("policy"));
    QVERIFY2(approved.comment.contains(QStringLiteral(
                     "Approved by alice, then all 1 gates green in evaluation 2: \"ship it\"")),
             qPrintable(approved.comment));
    QTRY_COMPARE(callback.requests.size(), 1);

    // A rejection is never held.
    QCOMPARE(
            core.engine
                    ->decide(other,
                             {Verdict::Reject, QStringLiteral("bob"), QStringLiteral("window"), {}})
                    .outcome,
            Engine::DecideOutcome::Decided);
    QCOMPARE(core.engine->approval(other)->state, ApprovalState::Rejected);
}

void tst_Gates::samplerOperatorDecidesMidSample()
{
    QTcpServer silent; // keeps the sample in flight
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    TestCore core;
    core.clock.set(t0);
    const qint64 id = addApproval(core, QUrl(QStringLiteral("http://127.0.0.1:1/cb")));
    Gate slow = probe(QStringLiteral("slow"),
                      QUrl(QStringLiteral("http://127.0.0.1:%1/h").arg(silent.serverPort())));
    slow.timeoutMs = 300;
    GateSampler sampler(*core.engine,
                        {policy(QStringLiteral("p"), Policy::Order::GatesOnly, {slow})});
    core.clock.advance(60 * 1000);
    sampler.tick();
    QCOMPARE(sampler.samplesInFlight(), 1);
    QCOMPARE(core.engine
                     ->decide(id,
                              {Verdict::Reject, QStringLiteral("bob"), QStringLiteral("window"),
                               QStringLiteral("no")})
                     .outcome,
             Engine::DecideOutcome::Decided);
    QTRY_COMPARE(sampler.samplesInFlight(), 0);
    const Approval decided = *core.engine->approval(id);
    QCOMPARE(decided.decidedBy, QStringLiteral("bob"));
    QVERIFY(!decided.metadata.contains(QStringLiteral("gates")));
}

void tst_Gates::samplerIgnoresUnmatchedApprovals()
{
    FakeHttpServer service;
    QVERIFY(service.start());
    TestCore core;
    core.clock.set(t0);
    const qint64 id =
            addApproval(core, service.url(QStringLiteral("/callback")), QStringLiteral("staging"));
    GateSampler sampler(*core.engine,
                        {policy(QStringLiteral("p"), Policy::Order::GatesOnly,
                                {probe(QStringLiteral("a"), service.url(QStringLiteral("/a")))})});
    core.clock.advance(3600 * 1000);
    sample(sampler);
    QCOMPARE(service.requests.size(), 0);
    QVERIFY(core.engine->approval(id)->isPending());
}

// A source with a log of its own, as Azure checks have: status lines become requests.
class LogConnector final : public Connector
{
public:
    explicit LogConnector(const QUrl &log) : m_log(log) { }
    QString name() const override { return QStringLiteral("logged"); }
    QList<OutboundRequest> decisionRequests(const Approval &) const override { return {}; }
    QList<OutboundRequest> statusRequests(const Approval &, const QString &line) const override
    {
        OutboundRequest request;
        request.url = m_log;
        request.body = line.toUtf8();
        request.purpose = OutboundRequest::Purpose::Status;
        request.label = QStringLiteral("log");
        return {request};
    }

private:
    QUrl m_log;
};

void tst_Gates::sampleLineGoesToTheSourceLog()
{
    FakeHttpServer service;
    QVERIFY(service.start());
    TestCore core;
    core.outbox->start();
    core.engine->addConnector(std::make_shared<LogConnector>(service.url(QStringLiteral("/log"))));
    core.clock.set(t0);
    Approval a;
    a.connector = QStringLiteral("logged");
    a.kind = QStringLiteral("check");
    a.title = QStringLiteral("Check");
    a.environment = QStringLiteral("prod");
    const qint64 id = core.engine->ingest({a, {}}).approval.id;
    GateSampler sampler(*core.engine,
                        {policy(QStringLiteral("p"), Policy::Order::GatesThenApproval,
                                {probe(QStringLiteral("a"), service.url(QStringLiteral("/a")))})});
    core.clock.advance(60 * 1000);
    sample(sampler);
    QTRY_COMPARE(service.requests.size(), 2);
    QCOMPARE(service.requests.at(1).path, QStringLiteral("/log"));
    QString gatesLine;
    for (const TimelineEntry &entry : core.engine->timeline(id)) {
        if (entry.type == QLatin1String("gates"))
            gatesLine = entry.message;
    }
    QCOMPARE(QString::fromUtf8(service.requests.at(1).body), gatesLine);
    QVERIFY(service.requests.at(1).body.startsWith("Gates evaluation 1: 1 of 1 green"));
    // One timeline entry per sample: the log request is not a second one.
    int gateEntries = 0, statusEntries = 0;
    for (const TimelineEntry &entry : core.engine->timeline(id)) {
        gateEntries += entry.type == QLatin1String("gates") ? 1 : 0;
        statusEntries += entry.type == QLatin1String("status") ? 1 : 0;
    }
    QCOMPARE(gateEntries, 1);
    QCOMPARE(statusEntries, 0);
}

QTEST_GUILESS_MAIN(tst_Gates)
#include "tst_gates.moc"
