// tst_azure: Azure Pipelines checks and gates end to end, over real loopback HTTP: the
// receiver, the engine, the store, the vault and the outbox, against a fake Azure DevOps
// that checks every call the way the REST reference describes it (PROTOCOLS.md 1).
#include "connectors/azure/azurechecksconnector.h"
#include "core/clock.h"
#include "core/engine.h"
#include "delivery/outboxworker.h"
#include "receiver/webhookreceiver.h"
#include "secrets/secretvault.h"
#include "store/store.h"
#include "support/databasefiles.h"
#include "support/fakehttpserver.h"
#include "support/outboxprobe.h"
#include "support/testhttp.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

namespace {

const QByteArray token = "job-token-Zq8rT3xY0uE6wP1";
const QString projectId = QStringLiteral("6a1e2b9c-1d4f-4c0e-9f77-0b8a3d1c2e55");
const QString planId = QStringLiteral("2f6a0d3e-4b5c-4a8d-8e9f-112233445566");
const QString jobId = QStringLiteral("9c3e8943-130d-4c78-ac63-8af81df62dfb");
const QString timelineId = QStringLiteral("aa11bb22-cc33-dd44-ee55-ff6677889900");
const QString taskId = QStringLiteral("537fdb7a-a601-4537-aa70-92645a2b5ce4");

// Real time plus an offset the test can move (token expiry is 48 hours away).
class TestClock : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc().addSecs(offsetSecs); }
    qint64 offsetSecs = 0;
};

// Fake Azure DevOps: answers from a script and records every deviation from the wire
// contract in `problems`, so one QVERIFY shows everything that was wrong.
const QByteArray checkSecret = "azure-check-secret";

// The headers a check configured as the README says sends, secret included.
QList<QPair<QByteArray, QByteArray>> withSecret(QList<QPair<QByteArray, QByteArray>> headers)
{
    headers.append({QByteArrayLiteral("X-Gatehouse-Secret"), checkSecret});
    return headers;
}

class FakeAzure : public FakeHttpServer
{
public:
    FakeAzure()
    {
        setHandler([this](const RecordedRequest &r) {
            inFlight.storeRelease(1);
            if (delayMs > 0)
                QThread::msleep(delayMs); // a slow Azure, in its own thread
            // A failed call is checked like any other but changes nothing.
            const bool targeted = failOnly.isEmpty() || callName(r) == failOnly;
            const int failure = failWith.isEmpty() || !targeted ? 0 : failWith.takeFirst();
            m_commit = failure == 0;
            FakeResponse answer = check(r);
            if (failure != 0)
                answer = {failure, "{\"message\":\"injected failure\"}", "application/json"};
            inFlight.storeRelease(0);
            return answer;
        });
    }
    QString planBase() const
    {
        return QStringLiteral("/org/%1/_apis/distributedtask/hubs/checks/plans/%2")
                .arg(projectId, planId);
    }
    QByteArray logText(int id) const { return logs.value(id); }

    QList<int> failWith; // statuses for the next calls, before Azure answers normally again
    QString failOnly; // when set, only calls of this name fail
    QStringList problems;
    // "createLog", "attachLog", "appendLog", "feed", "events", in arrival order
    QStringList calls;
    QMap<int, QByteArray> logs; // log id -> what was appended
    int attachedLogId = 0;
    unsigned long delayMs = 0;
    QAtomicInt inFlight;

private:
    void expect(bool condition, const QString &what)
    {
        if (!condition)
            problems.append(what);
    }
    void expectCall(const RecordedRequest &r, const char *method, const char *apiVersion,
                    const QByteArray &contentType)
    {
        expect(r.method == QLatin1String(method),
               QStringLiteral("method %1 %2").arg(r.method, r.path));
        expect(r.header("Authorization") == "Basic " + (":" + token).toBase64(),
               QStringLiteral("Authorization %1")
                       .arg(QString::fromLatin1(r.header("Authorization"))));
        expect(r.header("Content-Type") == contentType,
               QStringLiteral("Content-Type %1 on %2")
                       .arg(QString::fromLatin1(r.header("Content-Type")), r.path));
        expect(r.query.queryItems().size() == 1
                       && r.query.queryItemValue(QStringLiteral("api-version"))
                               == QLatin1String(apiVersion),
               QStringLiteral("query %1 on %2").arg(r.query.toString(), r.path));
    }
    QString callName(const RecordedRequest &r) const
    {
        if (r.path == planBase() + QStringLiteral("/events"))
            return QStringLiteral("events");
        if (r.path
            == planBase() + QStringLiteral("/timelines/%1/records/%2/feed").arg(timelineId, jobId))
            return QStringLiteral("feed");
        if (r.path == planBase() + QStringLiteral("/logs"))
            return QStringLiteral("createLog");
        if (r.path == planBase() + QStringLiteral("/timelines/%1/records").arg(timelineId))
            return QStringLiteral("attachLog");
        if (r.path.startsWith(planBase() + QStringLiteral("/logs/")))
            return QStringLiteral("appendLog");
        return QStringLiteral("unknown");
    }
    FakeResponse check(const RecordedRequest &r)
    {
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        const QByteArray logPath = "logs\\" + taskId.toUtf8();
        const QString logsPrefix = planBase() + QStringLiteral("/logs/");
        const QString name = callName(r);
        calls.append(name);
        if (name == QLatin1String("events")) {
            expectCall(r, "POST", "2.0-preview.1", "application/json");
            expect(body.keys()
                           == QStringList({QStringLiteral("jobId"), QStringLiteral("name"),
                                           QStringLiteral("result"), QStringLiteral("taskId")}),
                   QStringLiteral("events fields %1").arg(QString::fromUtf8(r.body)));
            expect(body.value(QStringLiteral("name")) == QLatin1String("TaskCompleted"),
                   QStringLiteral("name"));
            expect(body.value(QStringLiteral("taskId")) == taskId, QStringLiteral("taskId"));
            expect(body.value(QStringLiteral("jobId")) == jobId, QStringLiteral("jobId"));
            const QString result = body.value(QStringLiteral("result")).toString();
            expect(result == QLatin1String("succeeded") || result == QLatin1String("failed"),
                   QStringLiteral("result %1").arg(result));
            return {};
        }
        if (name == QLatin1String("feed")) {
            expectCall(r, "POST", "4.1", "application/json");
            const QJsonArray lines = body.value(QStringLiteral("value")).toArray();
            expect(body.keys() == QStringList({QStringLiteral("count"), QStringLiteral("value")}),
                   QStringLiteral("feed fields"));
            expect(!lines.isEmpty() && body.value(QStringLiteral("count")).toInt() == lines.size(),
                   QStringLiteral("feed count"));
            for (const QJsonValue &line : lines)
                expect(stamped().match(line.toString()).hasMatch(),
                       QStringLiteral("feed line %1").arg(line.toString()));
            return {};
        }
        if (name == QLatin1String("createLog")) {
            // Logs - Create: {"path": ...} -> TaskLog
            expectCall(r, "POST", "4.1", "application/json");
            expect(r.body == "{\"path\":\"logs\\\\" + taskId.toUtf8() + "\"}",
                   QStringLiteral("create log body %1").arg(QString::fromUtf8(r.body)));
            const int id = nextLogId;
            if (m_commit)
                logs.insert(nextLogId++, {});
            return {200,
                    QJsonDocument(QJsonObject{{QStringLiteral("id"), id},
                                              {QStringLiteral("path"), QString::fromUtf8(logPath)},
                                              {QStringLiteral("lineCount"), 0},
                                              {QStringLiteral("createdOn"),
                                               QStringLiteral("2026-11-25T14:00:00.000Z")}})
                            .toJson(QJsonDocument::Compact),
                    "application/json"};
        }
        if (name == QLatin1String("attachLog")) {
            // Records - Update: {"value": [TimelineRecord], "count": 1}
            expectCall(r, "PATCH", "4.1", "application/json");
            const QJsonObject record =
                    body.value(QStringLiteral("value")).toArray().at(0).toObject();
            const QJsonObject log = record.value(QStringLiteral("log")).toObject();
            const int logId = log.value(QStringLiteral("id")).toInt();
            if (m_commit)
                attachedLogId = logId;
            expect(body.value(QStringLiteral("count")).toInt() == 1
                           && body.value(QStringLiteral("value")).toArray().size() == 1,
                   QStringLiteral("records count"));
            expect(record.keys() == QStringList({QStringLiteral("id"), QStringLiteral("log")})
                           && record.value(QStringLiteral("id")) == taskId,
                   QStringLiteral("record %1").arg(QString::fromUtf8(r.body)));
            expect(logs.contains(logId)
                           && log.value(QStringLiteral("path")).toString()
                                   == QString::fromUtf8(logPath),
                   QStringLiteral("attached log %1").arg(QString::fromUtf8(r.body)));
            return {200,
                    "{\"count\":1,\"value\":["
                            + QJsonDocument(record).toJson(QJsonDocument::Compact) + "]}",
                    "application/json"};
        }
        if (name == QLatin1String("appendLog")) {
            // Logs - Append Log Content: a raw text stream
            expectCall(r, "POST", "4.1", "application/octet-stream");
            bool numeric = false;
            const int id = r.path.mid(logsPrefix.size()).toInt(&numeric);
            expect(numeric && logs.contains(id),
                   QStringLiteral("append to unknown log %1").arg(r.path));
            expect(r.body.endsWith('\n'), QStringLiteral("append without a final newline"));
            for (const QByteArray &line : r.body.split('\n')) {
                expect(line.isEmpty() || stamped().match(QString::fromUtf8(line)).hasMatch(),
                       QStringLiteral("log line %1").arg(QString::fromUtf8(line)));
            }
            if (m_commit)
                logs[id] += r.body;
            return {200, "{\"id\":" + QByteArray::number(id) + "}", "application/json"};
        }
        problems.append(QStringLiteral("unexpected path %1").arg(r.path));
        return {404, "{}", "application/json"};
    }
    static const QRegularExpression &stamped()
    {
        static const QRegularExpression pattern(
                QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ \\S"));
        return pattern;
    }
    int nextLogId = 7;
    bool m_commit = true;
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

} // namespace

class TestAzure : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void missingHeader_data();
    void missingHeader();
    void missingHeadersAreAllNamed();
    void headersAreCaseInsensitive();
    void malformedBodyIsRefused();
    void bodyFieldsAreUsed();
    void duplicateDeliveryMakesNoTwin();
    void approveCompletesTheTask();
    void taskLogRecoversFromErrors();
    void decisionIsNotHeldUpByTheLog();
    void ackIsNotDelayedBySlowAzure();
    void rejectFailsTheTask();
    void expiryFailsTheTask();
    void serverErrorsAreRetried_data();
    void serverErrorsAreRetried();
    void restartBeforeDelivery();
    void restartInTheMiddleOfTheLog();
    void planUrlJoinsWithOneSlash_data();
    void planUrlJoinsWithOneSlash();
    void tokenNeverStoredInClear();
    void expiredTokenIsShown();
    void gateEvaluationsBeforeAndAfterDecision();
    void gateKeyIsRequired();
    void gateScheduleSetsTheDeadlineOnce();
    void gateKeyFromTaskInstanceId();

private:
    void startStack();
    void stopStack();
    Headers checkHeaders(const QString &planUrlPath = QStringLiteral("/org/"),
                         bool withTimeline = true) const;
    TestReply postCheck(const Headers &headers, const QByteArray &body = {});
    QUrl hook(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
    }
    qint64 newCheck(bool withTimeline);
    bool timelineHas(qint64 id, const QString &text) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QByteArray m_key;
    TestClock m_clock;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<SecretVault> m_vault;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<WebhookReceiver> m_receiver;
    std::unique_ptr<OutboxWorker> m_outbox;
    std::unique_ptr<FakeAzure> m_azure;
    quint16 m_port = 0;
};

void TestAzure::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_key = SecretVault::generateKey();
    m_clock.offsetSecs = 0;
    m_azure = std::make_unique<FakeAzure>();
    QVERIFY(m_azure->start() != 0);
    startStack();
}

void TestAzure::cleanup()
{
    stopStack();
    m_azure.reset();
    m_dir.reset();
}

void TestAzure::startStack()
{
    m_store = std::make_unique<Store>();
    QString error;
    QVERIFY2(m_store->open(m_dir->filePath(QStringLiteral("gatehouse.sqlite")), &error),
             qPrintable(error));
    m_vault = std::make_unique<SecretVault>();
    QVERIFY(m_vault->setKey(m_key));
    m_engine = std::make_unique<Engine>(*m_store, *m_vault, m_clock);
    m_engine->addConnector(std::make_shared<AzureChecksConnector>());
    m_receiver =
            std::make_unique<WebhookReceiver>(*m_engine, QByteArray("operator"), ReceiverLimits{});
    // As the README tells users to configure the check: the secret in the headers JSON.
    m_receiver->setInboundRule(QStringLiteral("azure"),
                               {InboundRule::Scheme::Token, checkSecret, {}, {}});
    m_port = m_receiver->listen(QHostAddress::LocalHost, 0, &error);
    QVERIFY2(m_port != 0, qPrintable(error));
    DeliveryPolicy policy;
    policy.baseDelayMs = 20;
    policy.maxDelayMs = 200;
    policy.requestTimeoutMs = 3000;
    m_outbox = std::make_unique<OutboxWorker>(*m_engine, policy);
    m_outbox->start();
}

void TestAzure::stopStack()
{
    m_outbox.reset();
    m_receiver.reset();
    m_engine.reset();
    m_vault.reset();
    m_store.reset();
}

Headers TestAzure::checkHeaders(const QString &planUrlPath, bool withTimeline) const
{
    Headers headers{
            {"Content-Type", "application/json"},
            {"PlanUrl", m_azure->url(planUrlPath).toString().toUtf8()},
            {"ProjectId", projectId.toUtf8()},
            {"HubName", "checks"},
            {"PlanId", planId.toUtf8()},
            {"JobId", jobId.toUtf8()},
            {"TaskInstanceId", taskId.toUtf8()},
            {"AuthToken", token},
            {"BuildId", "4711"},
    };
    if (withTimeline)
        headers.append(qMakePair(QByteArray("TimelineId"), timelineId.toUtf8()));
    return headers;
}

TestReply TestAzure::postCheck(const Headers &headers, const QByteArray &body)
{
    return TestHttp::send(QStringLiteral("POST"), hook(QStringLiteral("/hooks/azure/check")), body,
                          withSecret(headers));
}

qint64 TestAzure::newCheck(bool withTimeline)
{
    const TestReply reply = postCheck(checkHeaders(QStringLiteral("/org/"), withTimeline));
    if (reply.status != 200)
        qWarning() << reply.status << reply.body;
    return reply.json().value(QStringLiteral("id")).toInteger();
}

bool TestAzure::timelineHas(qint64 id, const QString &text) const
{
    for (const TimelineEntry &entry : m_engine->timeline(id)) {
        if (entry.message.contains(text))
            return true;
    }
    return false;
}

void TestAzure::missingHeader_data()
{
    QTest::addColumn<QByteArray>("header");
    for (const char *name :
         {"PlanUrl", "ProjectId", "HubName", "PlanId", "JobId", "TaskInstanceId", "AuthToken"})
        QTest::newRow(name) << QByteArray(name);
}

void TestAzure::missingHeader()
{
    QFETCH(QByteArray, header);
    Headers headers = checkHeaders();
    headers.removeIf([&](const auto &pair) { return pair.first == header; });
    const TestReply reply = postCheck(headers);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("missing headers"));
    QVERIFY(reply.json()
                    .value(QStringLiteral("detail"))
                    .toString()
                    .contains(QString::fromLatin1(header)));
    QCOMPARE(m_engine->countApprovals(std::nullopt), 0);
}

void TestAzure::missingHeadersAreAllNamed()
{
    const TestReply reply = postCheck({{"Content-Type", "application/json"}});
    QCOMPARE(reply.status, 400);
    const QString detail = reply.json().value(QStringLiteral("detail")).toString();
    for (const char *name :
         {"PlanUrl", "ProjectId", "HubName", "PlanId", "JobId", "TaskInstanceId", "AuthToken"})
        QVERIFY2(detail.contains(QLatin1String(name)), name);
    QVERIFY(!detail.contains(QLatin1String("TimelineId")));
    QVERIFY(!detail.contains(QLatin1String("BuildId")));
}

void TestAzure::headersAreCaseInsensitive()
{
    Headers headers;
    for (const auto &[name, value] : checkHeaders())
        headers.append(
                {name == "TaskInstanceId" ? QByteArray("TaskinstanceId") : name.toLower(), value});
    const TestReply reply = postCheck(headers);
    QCOMPARE(reply.status, 200);
    const auto approval = m_engine->approval(reply.json().value(QStringLiteral("id")).toInteger());
    QVERIFY(approval);
    QCOMPARE(approval->externalId, taskId);
}

void TestAzure::malformedBodyIsRefused()
{
    QCOMPARE(postCheck(checkHeaders(), "{\"title\":").status, 400);
    QCOMPARE(postCheck(checkHeaders(), "[1,2]").status, 400);
    QCOMPARE(m_engine->countApprovals(std::nullopt), 0);
}

void TestAzure::bodyFieldsAreUsed()
{
    const QByteArray body =
            R"({"title":"Ship 1.2","instructions":"Check the canary","pipeline":"web",
        "stage":"prod","environment":"production","requestedBy":"ci","custom":[1,2]})";
    const TestReply reply = postCheck(checkHeaders(), body);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
    const auto a = m_engine->approval(reply.json().value(QStringLiteral("id")).toInteger());
    QVERIFY(a);
    QCOMPARE(a->kind, QStringLiteral("check"));
    QCOMPARE(a->title, QStringLiteral("Ship 1.2"));
    QCOMPARE(a->description, QStringLiteral("Check the canary"));
    QCOMPARE(a->pipeline, QStringLiteral("web"));
    QCOMPARE(a->stage, QStringLiteral("prod"));
    QCOMPARE(a->environment, QStringLiteral("production"));
    QCOMPARE(a->requestedBy, QStringLiteral("ci"));
    QCOMPARE(a->groupKey, QStringLiteral("azure:%1/prod").arg(planId));
    QCOMPARE(a->metadata.value(QStringLiteral("buildId")).toString(), QStringLiteral("4711"));
    QCOMPARE(a->metadata.value(QStringLiteral("timelineId")).toString(), timelineId);
    QVERIFY(a->metadata.value(QStringLiteral("body"))
                    .toString()
                    .contains(QLatin1String("\"custom\":[1,2]")));
    QVERIFY(!a->metadata.contains(QStringLiteral("authToken")));
}

void TestAzure::duplicateDeliveryMakesNoTwin()
{
    const TestReply first = postCheck(checkHeaders(), R"({"stage":"prod"})");
    const TestReply second = postCheck(checkHeaders(), R"({"stage":"prod"})");
    QCOMPARE(first.status, 200);
    QCOMPARE(second.status, 200);
    QCOMPARE(first.json().value(QStringLiteral("id")), second.json().value(QStringLiteral("id")));
    QCOMPARE(m_engine->countApprovals(std::nullopt), 1);
    // Only the first delivery creates the task log and writes the "received" line.
    const QStringList once{QStringLiteral("createLog"), QStringLiteral("attachLog"),
                           QStringLiteral("feed"), QStringLiteral("appendLog")};
    QTRY_COMPARE(m_azure->calls, once);
    // The second delivery queued no calls of its own: once the outbox has sent
    // everything, still the same four.
    QTRY_VERIFY(OutboxProbe::settled(m_dir->filePath(QStringLiteral("gatehouse.sqlite"))));
    QCOMPARE(m_azure->calls, once);
    QVERIFY2(m_azure->problems.isEmpty(), qPrintable(m_azure->problems.join(QLatin1Char('\n'))));
}

void TestAzure::approveCompletesTheTask()
{
    const qint64 id = newCheck(true);
    QVERIFY(id > 0);
    // The check's own task log: created, attached to its record, then written to.
    QTRY_COMPARE(m_azure->calls.size(), 4);
    QCOMPARE(m_azure->calls,
             QStringList({QStringLiteral("createLog"), QStringLiteral("attachLog"),
                          QStringLiteral("feed"), QStringLiteral("appendLog")}));
    QCOMPARE(m_azure->attachedLogId, 7);
    QCOMPARE(m_engine->approval(id)->metadata.value(QStringLiteral("azureLogId")).toInt(), 7);
    QVERIFY(m_azure->logText(7).contains("Gatehouse received the check; waiting for approval"));
    QVERIFY(QString::fromUtf8(m_azure->requests.at(2).body)
                    .contains(QLatin1String("Gatehouse received the check; waiting for approval")));

    const auto result = m_engine->decide(id,
                                         {Verdict::Approve, QStringLiteral("alice"),
                                          QStringLiteral("api"), QStringLiteral("looks good")});
    QCOMPARE(int(result.outcome), int(Engine::DecideOutcome::Decided));
    QTRY_COMPARE(m_azure->calls.size(), 7);
    QCOMPARE(m_azure->calls.mid(4),
             QStringList({QStringLiteral("feed"), QStringLiteral("appendLog"),
                          QStringLiteral("events")}));
    QVERIFY(QString::fromUtf8(m_azure->requests.at(4).body)
                    .contains(QLatin1String("Approved by alice: looks good")));
    const QList<QByteArray> logLines = m_azure->logText(7).split('\n');
    QCOMPARE(logLines.size(), 3); // two lines and the final newline
    QVERIFY(logLines.at(0).endsWith(" Gatehouse received the check; waiting for approval"));
    QVERIFY(logLines.at(1).endsWith(" Approved by alice: looks good"));
    const QByteArray expected = "{\"name\":\"TaskCompleted\",\"taskId\":\"" + taskId.toUtf8()
            + "\",\"jobId\":\"" + jobId.toUtf8() + "\",\"result\":\"succeeded\"}";
    QCOMPARE(m_azure->requests.at(6).body, expected);
    QVERIFY2(m_azure->problems.isEmpty(), qPrintable(m_azure->problems.join(QLatin1Char('\n'))));
    QTRY_COMPARE(int(m_engine->approval(id)->delivery), int(DeliveryState::Delivered));
    QVERIFY(m_engine->secret(Connector::secretName(id, QStringLiteral("authToken"))).isEmpty());
}

void TestAzure::taskLogRecoversFromErrors()
{
    // Azure refuses the log twice (500, then 401), then recovers: nothing is lost and
    // nothing is sent out of order.
    m_azure->failWith = {500, 401};
    const qint64 id = newCheck(true);
    QTRY_COMPARE(m_azure->calls.size(), 6);
    QCOMPARE(m_azure->calls,
             QStringList({QStringLiteral("createLog"), QStringLiteral("createLog"),
                          QStringLiteral("createLog"), QStringLiteral("attachLog"),
                          QStringLiteral("feed"), QStringLiteral("appendLog")}));
    QCOMPARE(m_azure->attachedLogId, 7);
    QVERIFY(m_azure->logText(7).contains("waiting for approval"));
    QVERIFY(timelineHas(id, QStringLiteral("task log to 127.0.0.1 failed: HTTP 500")));
    QVERIFY(timelineHas(id, QStringLiteral("task log to 127.0.0.1 failed: HTTP 401")));
    m_engine->decide(id,
                     {Verdict::Reject, QStringLiteral("bob"), QStringLiteral("api"),
                      QStringLiteral("canary red")});
    QTRY_COMPARE(int(m_engine->approval(id)->delivery), int(DeliveryState::Delivered));
    QCOMPARE(m_azure->calls.mid(6),
             QStringList({QStringLiteral("feed"), QStringLiteral("appendLog"),
                          QStringLiteral("events")}));
    QVERIFY(m_azure->logText(7).contains(" Rejected by bob: canary red\n"));
    QVERIFY2(m_azure->problems.isEmpty(), qPrintable(m_azure->problems.join(QLatin1Char('\n'))));
}

void TestAzure::decisionIsNotHeldUpByTheLog()
{
    // The log keeps failing; the decision still goes out at once.
    m_azure->failWith = QList<int>(8, 503);
    m_azure->failOnly = QStringLiteral("createLog");
    const qint64 id = newCheck(true);
    QTRY_VERIFY(timelineHas(id, QStringLiteral("task log to 127.0.0.1 failed: HTTP 503")));
    m_engine->decide(id, {Verdict::Approve, QStringLiteral("alice"), QStringLiteral("api"), {}});
    QTRY_VERIFY(m_azure->calls.contains(QStringLiteral("events")));
    QTRY_COMPARE(int(m_engine->approval(id)->delivery), int(DeliveryState::Delivered));
    QVERIFY(!m_engine->approval(id)->metadata.contains(QStringLiteral("azureLogId")));
    // Once Azure recovers the log is written in order, "received" before "approved".
    QTRY_VERIFY_WITH_TIMEOUT(m_azure->logText(7).contains("Approved by alice"), 10000);
    QVERIFY(m_azure->logText(7).indexOf("waiting for approval")
            < m_azure->logText(7).indexOf("Approved by alice"));
    QVERIFY2(m_azure->problems.isEmpty(), qPrintable(m_azure->problems.join(QLatin1Char('\n'))));
    // The job token is dropped only once the last line that needs it has gone.
    QTRY_VERIFY(m_engine->secret(Connector::secretName(id, QStringLiteral("authToken"))).isEmpty());
}

void TestAzure::ackIsNotDelayedBySlowAzure()
{
    // Azure in a thread of its own that takes 2 s to answer each call.
    stopStack();
    QThread azureThread;
    azureThread.start();
    auto *slow = new FakeAzure;
    slow->delayMs = 2000;
    slow->moveToThread(&azureThread);
    quint16 azurePort = 0;
    QMetaObject::invokeMethod(
            slow, [&] { azurePort = slow->start(); }, Qt::BlockingQueuedConnection);
    QVERIFY(azurePort != 0);
    startStack();

    Headers headers = checkHeaders(QStringLiteral("/org/"), true);
    for (auto &[name, value] : headers) {
        if (name == "PlanUrl")
            value = QStringLiteral("http://127.0.0.1:%1/org/").arg(azurePort).toUtf8();
    }
    QCOMPARE(postCheck(headers).status, 200);
    QTRY_VERIFY(slow->inFlight.loadAcquire() == 1); // Azure is busy with the first check

    for (auto &[name, value] : headers) {
        if (name == "TaskInstanceId")
            value = "11111111-2222-3333-4444-555555555555";
    }
    QElapsedTimer timer;
    timer.start();
    const TestReply reply = postCheck(headers);
    const qint64 ackMs = timer.elapsed();
    // The ack went out while Azure was still holding a call: it never waited for it.
    QVERIFY(slow->inFlight.loadAcquire() == 1);
    QCOMPARE(reply.status, 200);
    qInfo("ack in %lld ms while Azure took 2000 ms per call", ackMs);
    QCOMPARE(m_engine->countApprovals(std::nullopt), 2);

    stopStack();
    QMetaObject::invokeMethod(
            slow, [slow] { delete slow; }, Qt::BlockingQueuedConnection);
    azureThread.quit();
    azureThread.wait();
    startStack(); // for cleanup()
}

void TestAzure::rejectFailsTheTask()
{
    const qint64 id = newCheck(false);
    m_engine->decide(id, {Verdict::Reject, QStringLiteral("bob"), QStringLiteral("api"), {}});
    QTRY_COMPARE(m_azure->requests.size(), 1);
    QCOMPARE(m_azure->calls, QStringList{QStringLiteral("events")}); // no TimelineId: no feed
    QCOMPARE(QJsonDocument::fromJson(m_azure->requests.at(0).body)
                     .object()
                     .value(QStringLiteral("result")),
             QStringLiteral("failed"));
    QVERIFY2(m_azure->problems.isEmpty(), qPrintable(m_azure->problems.join(QLatin1Char('\n'))));
    QTRY_COMPARE(int(m_engine->approval(id)->delivery), int(DeliveryState::Delivered));
}

void TestAzure::expiryFailsTheTask()
{
    Headers headers = checkHeaders(QStringLiteral("/org/"), false);
    const TestReply reply = postCheck(headers, R"({"timeoutMinutes":0.002})");
    QCOMPARE(reply.status, 200);
    const qint64 id = reply.json().value(QStringLiteral("id")).toInteger();
    QTRY_COMPARE(int(m_engine->approval(id)->state), int(ApprovalState::Expired));
    QTRY_COMPARE(m_azure->requests.size(), 1);
    QCOMPARE(QJsonDocument::fromJson(m_azure->requests.at(0).body)
                     .object()
                     .value(QStringLiteral("result")),
             QStringLiteral("failed"));
    QVERIFY2(m_azure->problems.isEmpty(), qPrintable(m_azure->problems.join(QLatin1Char('\n'))));
}

void TestAzure::serverErrorsAreRetried_data()
{
    QTest::addColumn<int>("firstStatus");
    QTest::newRow("500") << 500;
    QTest::newRow("401") << 401;
}

void TestAzure::serverErrorsAreRetried()
{
    QFETCH(int, firstStatus);
    m_azure->failWith = {firstStatus};
    const qint64 id = newCheck(false);
    m_engine->decide(id, {Verdict::Approve, QStringLiteral("alice"), QStringLiteral("api"), {}});
    QTRY_COMPARE(int(m_engine->approval(id)->delivery), int(DeliveryState::Delivered));
    QCOMPARE(m_azure->requests.size(), 2);
    QCOMPARE(m_azure->requests.at(0).body, m_azure->requests.at(1).body);
    QVERIFY2(m_azure->problems.isEmpty(), qPrintable(m_azure->problems.join(QLatin1Char('\n'))));
    QVERIFY(timelineHas(id, QStringLiteral("HTTP %1").arg(firstStatus)));
}

void TestAzure::restartBeforeDelivery()
{
    const qint64 id = newCheck(false);
    const quint16 azurePort = m_azure->port();
    m_azure->stop(); // Azure is unreachable when the decision is made
    m_engine->decide(id, {Verdict::Approve, QStringLiteral("alice"), QStringLiteral("api"), {}});
    QTRY_VERIFY(timelineHas(id, QStringLiteral("TaskCompleted to 127.0.0.1 failed")));
    stopStack(); // Gatehouse restarts; the decision and the sealed token survive
    m_azure = std::make_unique<FakeAzure>();
    QCOMPARE(m_azure->start(azurePort), azurePort);
    startStack();
    QTRY_COMPARE(int(m_engine->approval(id)->delivery), int(DeliveryState::Delivered));
    QCOMPARE(m_azure->calls, QStringList{QStringLiteral("events")});
    QVERIFY2(m_azure->problems.isEmpty(), qPrintable(m_azure->problems.join(QLatin1Char('\n'))));
}

void TestAzure::restartInTheMiddleOfTheLog()
{
    const quint16 azurePort = m_azure->port();
    m_azure->stop(); // Azure is unreachable when the check arrives
    const qint64 id = newCheck(true);
    QTRY_VERIFY(timelineHas(id, QStringLiteral("task log to 127.0.0.1 failed")));
    stopStack(); // Gatehouse restarts with the whole log conversation still queued
    m_azure = std::make_unique<FakeAzure>();
    QCOMPARE(m_azure->start(azurePort), azurePort);
    startStack();
    QTRY_COMPARE(m_azure->calls.size(), 4);
    m_engine->decide(id, {Verdict::Approve, QStringLiteral("alice"), QStringLiteral("api"), {}});
    QTRY_COMPARE(int(m_engine->approval(id)->delivery), int(DeliveryState::Delivered));
    QCOMPARE(m_azure->calls,
             QStringList({QStringLiteral("createLog"), QStringLiteral("attachLog"),
                          QStringLiteral("feed"), QStringLiteral("appendLog"),
                          QStringLiteral("feed"), QStringLiteral("appendLog"),
                          QStringLiteral("events")}));
    QVERIFY(m_azure->logText(7).contains("Approved by alice"));
    QVERIFY2(m_azure->problems.isEmpty(), qPrintable(m_azure->problems.join(QLatin1Char('\n'))));
}

void TestAzure::planUrlJoinsWithOneSlash_data()
{
    QTest::addColumn<QString>("planUrlPath");
    QTest::newRow("trailing slash") << QStringLiteral("/org/");
    QTest::newRow("no trailing slash") << QStringLiteral("/org");
}

void TestAzure::planUrlJoinsWithOneSlash()
{
    QFETCH(QString, planUrlPath);
    const TestReply reply = postCheck(checkHeaders(planUrlPath, false));
    QCOMPARE(reply.status, 200);
    m_engine->decide(reply.json().value(QStringLiteral("id")).toInteger(),
                     {Verdict::Approve, QStringLiteral("alice"), QStringLiteral("api"), {}});
    QTRY_COMPARE(m_azure->requests.size(), 1);
    QCOMPARE(m_azure->requests.at(0).path, m_azure->planBase() + QStringLiteral("/events"));
    QVERIFY2(m_azure->problems.isEmpty(), qPrintable(m_azure->problems.join(QLatin1Char('\n'))));
}

void TestAzure::tokenNeverStoredInClear()
{
    // The V0 task's default body carried the token too.
    const QByteArray body = "{\"AuthToken\":\"" + token + "\",\"note\":\"token " + token + "\"}";
    const TestReply reply = postCheck(checkHeaders(), body);
    QCOMPARE(reply.status, 200);
    const qint64 id = reply.json().value(QStringLiteral("id")).toInteger();
    QTRY_COMPARE(m_azure->requests.size(), 4); // the token was usable from the vault
    m_engine->decide(id, {Verdict::Approve, QStringLiteral("alice"), QStringLiteral("api"), {}});
    QTRY_COMPARE(m_azure->requests.size(), 7);
    QVERIFY2(m_azure->problems.isEmpty(), qPrintable(m_azure->problems.join(QLatin1Char('\n'))));

    QVERIFY(!QJsonDocument(m_engine->approval(id)->metadata).toJson().contains(token));
    for (const TimelineEntry &entry : m_engine->timeline(id))
        QVERIFY(!entry.message.contains(QString::fromUtf8(token)));
    const QByteArray bytes =
            DatabaseFiles::bytes(m_dir->filePath(QStringLiteral("gatehouse.sqlite")));
    QVERIFY(!bytes.isEmpty());
    QVERIFY(!bytes.contains(token));
}

void TestAzure::expiredTokenIsShown()
{
    const qint64 id = newCheck(false);
    m_clock.offsetSecs = AzureChecksConnector::tokenLifetimeSecs + 3600;
    m_engine->decide(id, {Verdict::Approve, QStringLiteral("alice"), QStringLiteral("api"), {}});
    QVERIFY(timelineHas(id, QStringLiteral("TaskCompleted (job token expired) queued")));
    QTRY_COMPARE(m_azure->requests.size(), 1); // still sent: Azure's answer is the record
}

void TestAzure::gateEvaluationsBeforeAndAfterDecision()
{
    const QUrl byQuery = hook(QStringLiteral("/hooks/azure/gate?GatehouseKey=release-7-prod"));
    TestReply reply = TestHttp::send(QStringLiteral("GET"), byQuery, {}, withSecret({}));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QCOMPARE(reply.json().value(QStringLiteral("evaluations")).toInt(), 1);
    QVERIFY(reply.json().value(QStringLiteral("decidedBy")).isNull());
    const qint64 id = reply.json().value(QStringLiteral("approvalId")).toInteger();
    QVERIFY(id > 0);

    // The same key in a header, with the run identity of an ApiResponse check: same approval.
    Headers headers = checkHeaders();
    headers.append(qMakePair(QByteArray("GatehouseKey"), QByteArray("release-7-prod")));
    reply = TestHttp::send(QStringLiteral("POST"), hook(QStringLiteral("/hooks/azure/gate")),
                           R"({"title":"Prod gate"})", withSecret(headers));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QCOMPARE(reply.json().value(QStringLiteral("approvalId")).toInteger(), id);
    QCOMPARE(reply.json().value(QStringLiteral("evaluations")).toInt(), 2);
    QCOMPARE(m_engine->approval(id)->kind, QStringLiteral("gate"));

    m_engine->decide(id, {Verdict::Approve, QStringLiteral("alice"), QStringLiteral("api"), {}});
    reply = TestHttp::send(QStringLiteral("GET"), byQuery, {}, withSecret({}));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
    QCOMPARE(reply.json().value(QStringLiteral("decidedBy")).toString(), QStringLiteral("alice"));
    QCOMPARE(reply.json().value(QStringLiteral("evaluations")).toInt(), 3);
    QCOMPARE(reply.json().value(QStringLiteral("approvalId")).toInteger(), id);
    QVERIFY(timelineHas(id, QStringLiteral("Evaluation 3: answered approved")));

    // Gates never call back: the decision queued nothing to send.
    QCOMPARE(OutboxProbe::rows(m_dir->filePath(QStringLiteral("gatehouse.sqlite")), id), 0);
    QVERIFY(m_azure->requests.isEmpty());
    QCOMPARE(int(m_engine->approval(id)->delivery), int(DeliveryState::None));
    QCOMPARE(m_engine->countApprovals(std::nullopt), 1);
}

void TestAzure::gateKeyIsRequired()
{
    const TestReply reply = TestHttp::send(
            QStringLiteral("GET"), hook(QStringLiteral("/hooks/azure/gate")), {}, withSecret({}));
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.json()
                    .value(QStringLiteral("detail"))
                    .toString()
                    .contains(QLatin1String("GatehouseKey")));
    QCOMPARE(m_engine->countApprovals(std::nullopt), 0);
}

void TestAzure::gateScheduleSetsTheDeadlineOnce()
{
    const QUrl url = hook(QStringLiteral(
            "/hooks/azure/gate?GatehouseKey=rel-9&GatehouseInterval=5&GatehouseTimeout=45"));
    const QDateTime before = m_clock.now();
    TestReply reply = TestHttp::send(QStringLiteral("GET"), url, {}, withSecret({}));
    QCOMPARE(reply.status, 200);
    const qint64 id = reply.json().value(QStringLiteral("approvalId")).toInteger();
    const QDateTime deadline = m_engine->approval(id)->deadline;
    QVERIFY(deadline >= before.addSecs(45 * 60) && deadline <= m_clock.now().addSecs(45 * 60));
    QCOMPARE(m_engine->approval(id)
                     ->metadata.value(QStringLiteral("gateIntervalMinutes"))
                     .toDouble(),
             5.0);

    // The next evaluation, ten minutes later, does not move the deadline.
    m_clock.offsetSecs = 600;
    reply = TestHttp::send(QStringLiteral("GET"), url, {}, withSecret({}));
    QCOMPARE(reply.json().value(QStringLiteral("evaluations")).toInt(), 2);
    QCOMPARE(m_engine->approval(id)->deadline, deadline);

    // The same schedule in headers; nonsense is refused with the field named.
    const Headers bad{{"GatehouseKey", "rel-10"}, {"GatehouseTimeout", "soon"}};
    reply = TestHttp::send(QStringLiteral("POST"), hook(QStringLiteral("/hooks/azure/gate")), {},
                           withSecret(bad));
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.json()
                    .value(QStringLiteral("detail"))
                    .toString()
                    .contains(QLatin1String("GatehouseTimeout")));
    QCOMPARE(m_engine->countApprovals(std::nullopt), 1);
}

void TestAzure::gateKeyFromTaskInstanceId()
{
    const Headers headers{{"TaskInstanceId", taskId.toUtf8()}};
    const TestReply first =
            TestHttp::send(QStringLiteral("POST"), hook(QStringLiteral("/hooks/azure/gate")), {},
                           withSecret(headers));
    const TestReply second =
            TestHttp::send(QStringLiteral("POST"), hook(QStringLiteral("/hooks/azure/gate")), {},
                           withSecret(headers));
    QCOMPARE(first.status, 200);
    QCOMPARE(second.json().value(QStringLiteral("approvalId")),
             first.json().value(QStringLiteral("approvalId")));
    QCOMPARE(second.json().value(QStringLiteral("evaluations")).toInt(), 2);
    m_engine->decide(second.json().value(QStringLiteral("approvalId")).toInteger(),
                     {Verdict::Reject, QStringLiteral("bob"), QStringLiteral("api"), {}});
    const TestReply third =
            TestHttp::send(QStringLiteral("POST"), hook(QStringLiteral("/hooks/azure/gate")), {},
                           withSecret(headers));
    QCOMPARE(third.json().value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
}

QTEST_GUILESS_MAIN(TestAzure)
#include "tst_azure.moc"
