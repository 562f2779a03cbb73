// GitLab deployment approvals against a fake GitLab (a local HTTP server that answers
// as GitLab's REST API does and records every request byte for byte), through the real
// receiver over real HTTP: X-Gitlab-Token and Standard Webhooks signatures, a blocked
// deployment confirmed (or dropped as a manual job) by re-reading it, the approval call
// (with represented_as) and the job played after it, a 5xx retried, and decisions
// taken in GitLab itself.
#include "support/fakehttpserver.h"
#include "support/testcore.h"
#include "support/testhttp.h"
#include "support/testservice.h"

#include "connectors/gitlab/gitlabconnector.h"
#include "connectors/gitlab/gitlabhook.h"
#include "connectors/gitlab/gitlabmetadata.h"
#include "connectors/gitlab/gitlabwebhookauth.h"
#include "service/connectorsettingvalues.h"
#include "service/tasksettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray apiToken = "glpat-test-0123456789abcdef";
const QString deploymentPath = QStringLiteral("/api/v4/projects/85038800/deployments/1503204389");
const QString externalId = QStringLiteral("85038800/1503204389");

// The shortened real gitlab.com capture of CONNECTORS.md, with a status of choice.
QByteArray deploymentEvent(const QString &status, const QJsonObject &extra = {})
{
    QJsonObject event{
            {QStringLiteral("object_kind"), QStringLiteral("deployment")},
            {QStringLiteral("status"), status},
            {QStringLiteral("status_changed_at"), QStringLiteral("2026-08-02T07:59:54.000+00:00")},
            {QStringLiteral("deployment_id"), 1503204389},
            {QStringLiteral("deployable_id"), 15663409982.0},
            {QStringLiteral("deployable_url"),
             QStringLiteral("https://gitlab.com/grp/app/-/jobs/15663409982")},
            {QStringLiteral("environment"), QStringLiteral("production")},
            {QStringLiteral("environment_tier"), QStringLiteral("production")},
            {QStringLiteral("environment_slug"), QStringLiteral("production")},
            {QStringLiteral("project"),
             QJsonObject{
                     {QStringLiteral("id"), 85038800},
                     {QStringLiteral("path_with_namespace"), QStringLiteral("grp/app")},
                     {QStringLiteral("web_url"), QStringLiteral("https://gitlab.com/grp/app")}}},
            {QStringLiteral("short_sha"), QStringLiteral("2166d75e")},
            {QStringLiteral("commit_title"), QStringLiteral("Edit .gitlab-ci.yml")},
            {QStringLiteral("user"),
             QJsonObject{{QStringLiteral("id"), 32548944},
                         {QStringLiteral("username"), QStringLiteral("dev1")},
                         {QStringLiteral("email"), QStringLiteral("[REDACTED]")}}},
            {QStringLiteral("ref"), QStringLiteral("main")}};
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        event.insert(it.key(), it.value());
    return QJsonDocument(event).toJson(QJsonDocument::Compact);
}

QJsonObject approvalEntry(const QString &user, const QString &status, const QString &comment)
{
    return {{QStringLiteral("user"), QJsonObject{{QStringLiteral("username"), user}}},
            {QStringLiteral("status"), status},
            {QStringLiteral("created_at"), QStringLiteral("2026-08-02T08:01:00.000Z")},
            {QStringLiteral("comment"), comment}};
}

} // namespace

// The part of GitLab's REST API that Gatehouse calls. It answers like GitLab: 401
// without the right PRIVATE-TOKEN, 404 for any other path, the deployment as set.
class FakeGitLab
{
public:
    FakeGitLab()
    {
        server.setHandler([this](const RecordedRequest &r) { return answer(r); });
    }
    FakeResponse answer(const RecordedRequest &r)
    {
        if (r.header("PRIVATE-TOKEN") != apiToken)
            return {401, "{\"message\":\"401 Unauthorized\"}"};
        if (r.method == QLatin1String("GET") && r.path == deploymentPath)
            return {200, QJsonDocument(deployment).toJson(QJsonDocument::Compact)};
        if (r.method == QLatin1String("POST")
            && r.path == deploymentPath + QStringLiteral("/approval")) {
            if (!approvalAnswers.isEmpty())
                return approvalAnswers.takeFirst();
            const QJsonObject body = QJsonDocument::fromJson(r.body).object();
            return {201,
                    QJsonDocument(QJsonObject{{QStringLiteral("user"),
                                               QJsonObject{{QStringLiteral("username"),
                                                            QStringLiteral("gatehouse-bot")}}},
                                              {QStringLiteral("status"),
                                               body.value(QStringLiteral("status"))},
                                              {QStringLiteral("comment"),
                                               body.value(QStringLiteral("comment"))}})
                            .toJson(QJsonDocument::Compact)};
        }
        if (r.method == QLatin1String("POST")
            && r.path == QLatin1String("/api/v4/projects/85038800/jobs/15663409982/play"))
            return {200, "{\"id\":15663409982,\"status\":\"pending\"}"};
        return {404, "{\"message\":\"404 Not Found\"}"};
    }
    // Blocked with approvals pending (pending > 0) or as a manual job (pending 0, none given).
    void setBlocked(int pending, const QJsonArray &approvals = {})
    {
        deployment = {{QStringLiteral("id"), 1503204389},
                      {QStringLiteral("status"), QStringLiteral("blocked")},
                      {QStringLiteral("pending_approval_count"), pending},
                      {QStringLiteral("approvals"), approvals}};
    }

    FakeHttpServer server;
    QJsonObject deployment;
    QList<FakeResponse> approvalAnswers; // answered first, one each, before the default
};

class tst_GitLab : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void blockedWithPendingApprovalsBecomesApproval();
    void blockedManualJobIsDropped();
    void repeatedDeliveryKeepsWhatTheReReadFound();
    void wrongTokenIs401();
    void standardWebhooksSignature_data();
    void standardWebhooksSignature();
    void otherEventsAreAnsweredWith2xx_data();
    void otherEventsAreAnsweredWith2xx();
    void approvalPostsAndPlaysTheJob();
    void rejectionPlaysNothing();
    void serverErrorThenRecovery();
    void approvedInGitLab();
    void rejectedInGitLab();
    void ownDecisionEchoedByGitLab();
    void serviceWiresRouteSecretAndToken();
    void settingsRoundTrip();

private:
    void configure(const GitLabSettings &settings);
    TestReply deliver(const QByteArray &body,
                      QList<QPair<QByteArray, QByteArray>> auth = {
                              {"X-Gitlab-Token", TestCore::webhookSecret}});
    qint64 confirmedApproval();
    QStringList timeline(qint64 id) const;

    std::unique_ptr<TestCore> core;
    std::unique_ptr<FakeGitLab> gitlab;
    bool configured = false;
};

void tst_GitLab::init()
{
    gitlab = std::make_unique<FakeGitLab>();
    QVERIFY(gitlab->server.start());
    gitlab->setBlocked(1);
    core = std::make_unique<TestCore>();
    core->store.putSealedSecret(GitLabSettings::tokenSecret(), core->vault.seal(apiToken));
    QVERIFY(core->listen());
    core->outbox->start();
}

void tst_GitLab::cleanup()
{
    core.reset();
    configured = false;
    gitlab.reset();
}

void tst_GitLab::configure(const GitLabSettings &settings)
{
    // The receiver runs the route of the connector the Engine holds under "gitlab" now.
    core->engine->addConnector(std::make_shared<GitLabConnector>(settings));
    configured = true;
}

TestReply tst_GitLab::deliver(const QByteArray &body, QList<QPair<QByteArray, QByteArray>> auth)
{
    if (!configured) {
        GitLabSettings settings;
        settings.url = gitlab->server.url({});
        configure(settings);
    }
    auth += {{"X-Gitlab-Event", "Deployment Hook"},
             {"Content-Type", "application/json"},
             {"X-Gitlab-Event-UUID", "1697b63f-d1eb-4c59-b2c1-e65b12e635c0"}};
    return TestHttp::send(QStringLiteral("POST"), core->url(GitLabHook::path()), body, auth);
}

QStringList tst_GitLab::timeline(qint64 id) const
{
    QStringList lines;
    for (const TimelineEntry &entry : core->engine->timeline(id))
        lines.append(entry.message);
    return lines;
}

qint64 tst_GitLab::confirmedApproval()
{
    const TestReply reply = deliver(deploymentEvent(QStringLiteral("blocked")));
    if (reply.status != 201)
        return 0;
    const qint64 id = reply.json().value(QStringLiteral("id")).toInteger();
    const bool confirmed = QTest::qWaitFor([&] {
        return core->engine->approval(id)->metadata.value(GitLabMetadata::confirmation()).toString()
                == GitLabMetadata::confirmedApproval();
    });
    return confirmed ? id : 0;
}

void tst_GitLab::blockedWithPendingApprovalsBecomesApproval()
{
    gitlab->setBlocked(2);
    const TestReply reply = deliver(deploymentEvent(QStringLiteral("blocked")));
    QCOMPARE(reply.status, 201);
    const qint64 id = reply.json().value(QStringLiteral("id")).toInteger();
    // Stored at once as confirming, before GitLab was asked anything.
    const Approval stored = *core->engine->approval(id);
    QCOMPARE(stored.kind, QStringLiteral("gitlab"));
    QCOMPARE(stored.externalId, externalId);
    QCOMPARE(stored.title, QStringLiteral("Deploy grp/app main to production"));
    QCOMPARE(stored.pipeline, QStringLiteral("grp/app"));
    QCOMPARE(stored.environment, QStringLiteral("production"));
    QCOMPARE(stored.requestedBy, QStringLiteral("dev1"));
    QCOMPARE(stored.metadata.value(GitLabMetadata::ref()).toString(), QStringLiteral("main"));
    QCOMPARE(stored.metadata.value(GitLabMetadata::link()).toString(),
             QStringLiteral("https://gitlab.com/grp/app/-/jobs/15663409982"));

    QTRY_VERIFY2(
            core->engine->approval(id)->metadata.value(GitLabMetadata::confirmation()).toString()
                    == GitLabMetadata::confirmedApproval(),
            qPrintable(timeline(id).join(QLatin1Char('\n'))));
    const Approval confirmed = *core->engine->approval(id);
    QVERIFY(confirmed.isPending());
    QCOMPARE(confirmed.metadata.value(GitLabMetadata::pendingApprovals()).toInt(), 2);
    QVERIFY(timeline(id).contains(
            QStringLiteral("GitLab confirms: 2 approvals pending in GitLab")));
    QCOMPARE(gitlab->server.requests.size(), 1);
    const RecordedRequest &get = gitlab->server.requests.first();
    QCOMPARE(get.method, QStringLiteral("GET"));
    QCOMPARE(get.path, deploymentPath);
    QVERIFY(get.query.isEmpty());
    QCOMPARE(get.header("PRIVATE-TOKEN"), apiToken);
    QCOMPARE(get.header("Authorization"), QByteArray());
    QCOMPARE(get.body, QByteArray());
}

void tst_GitLab::blockedManualJobIsDropped()
{
    gitlab->setBlocked(0);
    const TestReply reply = deliver(deploymentEvent(QStringLiteral("blocked")));
    QCOMPARE(reply.status, 201);
    const qint64 id = reply.json().value(QStringLiteral("id")).toInteger();
    QTRY_COMPARE(core->engine->approval(id)->state, ApprovalState::Cancelled);
    const Approval dropped = *core->engine->approval(id);
    QCOMPARE(dropped.comment, QStringLiteral("manual job, not an approval"));
    QCOMPARE(dropped.decisionOrigin, QStringLiteral("gitlab"));
    QCOMPARE(dropped.delivery, DeliveryState::None);
    QCOMPARE(dropped.metadata.value(GitLabMetadata::confirmation()).toString(),
             GitLabMetadata::manualJob());
    // GitLab without approval rules (Free) says nothing about approvals: a manual job too.
    gitlab->deployment.remove(QStringLiteral("pending_approval_count"));
    const TestReply other = deliver(
            deploymentEvent(QStringLiteral("blocked"), {{QStringLiteral("deployment_id"), 77}}));
    QCOMPARE(other.status, 201);
    // Its re-read goes to .../deployments/77, which this GitLab does not know: 404, given up.
    QTRY_VERIFY(core->engine->dueDeliveries(10).isEmpty()
                && core->store.dueOutbox(core->clock.now().addSecs(3600), 10).isEmpty());
    QCOMPARE(gitlab->server.requests.last().path,
             QStringLiteral("/api/v4/projects/85038800/deployments/77"));
    QVERIFY(core->engine->approval(other.json().value(QStringLiteral("id")).toInteger())
                    ->isPending());
}

void tst_GitLab::repeatedDeliveryKeepsWhatTheReReadFound()
{
    const qint64 id = confirmedApproval();
    QVERIFY(id > 0);
    const TestReply again = deliver(deploymentEvent(QStringLiteral("blocked")));
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json().value(QStringLiteral("id")).toInteger(), id);
    QCOMPARE(core->engine->countApprovals(std::nullopt), 1);
    QCOMPARE(core->engine->approval(id)->metadata.value(GitLabMetadata::confirmation()).toString(),
             GitLabMetadata::confirmedApproval());
    QCOMPARE(gitlab->server.requests.size(), 1); // no second re-read for a repeat
}

void tst_GitLab::wrongTokenIs401()
{
    QSignalSpy refused(core->receiver.get(), &WebhookReceiver::securityEvent);
    for (const auto &auth : QList<QList<QPair<QByteArray, QByteArray>>>{
                 {{"X-Gitlab-Token", "not-the-secret"}},
                 {},
                 {{"Authorization", QByteArray("Bearer ") + TestCore::webhookSecret}}}) {
        const TestReply reply = deliver(deploymentEvent(QStringLiteral("blocked")), auth);
        QCOMPARE(reply.status, 401);
        QVERIFY(!reply.json().value(QStringLiteral("detail")).toString().isEmpty());
    }
    QCOMPARE(core->engine->countApprovals(std::nullopt), 0);
    QVERIFY(gitlab->server.requests.isEmpty());
    QCOMPARE(refused.size(), 3); // each in the security log
}

void tst_GitLab::standardWebhooksSignature_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("key"); // what the sender signs with
    QTest::addColumn<qint64>("age"); // seconds between signing and arrival
    QTest::addColumn<bool>("tamper");
    QTest::addColumn<int>("status");
    const QByteArray whsec = "whsec_" + QByteArray("0123456789abcdef0123456789abcdef").toBase64();
    const QByteArray decoded = "0123456789abcdef0123456789abcdef";
    QTest::newRow("good, Standard Webhooks key") << whsec << decoded << qint64(10) << false << 201;
    QTest::newRow("good, the token itself as key") << whsec << whsec << qint64(0) << false << 201;
    QTest::newRow("good, plain secret")
            << QByteArray(TestCore::webhookSecret) << QByteArray(TestCore::webhookSecret)
            << qint64(-60) << false << 201;
    QTest::newRow("bad signature")
            << whsec << QByteArray("another key 0123456789") << qint64(0) << false << 401;
    QTest::newRow("body changed") << whsec << decoded << qint64(0) << true << 401;
    QTest::newRow("stale") << whsec << decoded << qint64(301) << false << 401;
    QTest::newRow("from the future") << whsec << decoded << qint64(-301) << false << 401;
}

void tst_GitLab::standardWebhooksSignature()
{
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, key);
    QFETCH(qint64, age);
    QFETCH(bool, tamper);
    QFETCH(int, status);
    core->receiver->setInboundRule(QStringLiteral("gitlab"),
                                   {InboundRule::Scheme::Token, secret, {}, {}});
    const QByteArray body = deploymentEvent(QStringLiteral("blocked"));
    const QByteArray id = "7bafea1a-a1bf-4948-9a37-3f912777dedc";
    const QByteArray timestamp = QByteArray::number(core->clock.now().toSecsSinceEpoch() - age);
    const QByteArray signature = GitLabWebhookAuth::signature(key, id, timestamp, body);
    QByteArray sent = body;
    if (tamper)
        sent.replace("production", "prodution!");
    // No X-Gitlab-Token: with a signature, the signature decides.
    const TestReply reply = deliver(sent,
                                    {{"webhook-id", id},
                                     {"Idempotency-Key", id},
                                     {"webhook-timestamp", timestamp},
                                     {"webhook-signature", "v1," + signature}});
    QCOMPARE(reply.status, status);
    QCOMPARE(core->engine->countApprovals(std::nullopt), status == 201 ? 1 : 0);
}

void tst_GitLab::otherEventsAreAnsweredWith2xx_data()
{
    QTest::addColumn<QByteArray>("event");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::newRow("push hook (the settings page's Test)")
            << QByteArray("Push Hook") << QByteArray("{\"object_kind\":\"push\"}") << 200;
    QTest::newRow("a job event") << QByteArray("Deployment Hook")
                                 << QByteArray("{\"object_kind\":\"build\"}") << 200;
    QTest::newRow("a deployment Gatehouse never saw")
            << QByteArray("Deployment Hook") << deploymentEvent(QStringLiteral("success")) << 200;
    QTest::newRow("no deployment id") << QByteArray("Deployment Hook")
                                      << QByteArray("{\"object_kind\":\"deployment\","
                                                    "\"status\":\"blocked\"}")
                                      << 200;
    QTest::newRow("not JSON at all")
            << QByteArray("Deployment Hook") << QByteArray("{\"object") << 400;
}

void tst_GitLab::otherEventsAreAnsweredWith2xx()
{
    QFETCH(QByteArray, event);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    GitLabSettings settings;
    settings.url = gitlab->server.url({});
    configure(settings);
    const TestReply reply =
            TestHttp::send(QStringLiteral("POST"), core->url(GitLabHook::path()), body,
                           {{"X-Gitlab-Event", event},
                            {"X-Gitlab-Token", TestCore::webhookSecret},
                            {"Content-Type", "application/json"}});
    QCOMPARE(reply.status, status);
    if (status == 200)
        QVERIFY(!reply.json().value(QStringLiteral("ignored")).toString().isEmpty());
    else
        QVERIFY(!reply.json().value(QStringLiteral("detail")).toString().isEmpty());
    QCOMPARE(core->engine->countApprovals(std::nullopt), 0);
    QVERIFY(gitlab->server.requests.isEmpty());
}

void tst_GitLab::approvalPostsAndPlaysTheJob()
{
    GitLabSettings settings;
    settings.url = gitlab->server.url(QStringLiteral("/")); // a trailing slash changes nothing
    settings.representedAs = QStringLiteral("security");
    settings.playJob = true;
    configure(settings);
    const qint64 id = confirmedApproval();
    QVERIFY(id > 0);
    const Engine::DecideResult result =
            core->engine->decide(id,
                                 {Verdict::Approve, QStringLiteral("alice"),
                                  QStringLiteral("window"), QStringLiteral("CHG-1234")});
    QCOMPARE(result.outcome, Engine::DecideOutcome::Decided);
    QTRY_COMPARE(core->engine->approval(id)->delivery, DeliveryState::Delivered);
    QCOMPARE(gitlab->server.requests.size(), 3);
    const RecordedRequest &approve = gitlab->server.requests.at(1);
    QCOMPARE(approve.method, QStringLiteral("POST"));
    QCOMPARE(approve.path, deploymentPath + QStringLiteral("/approval"));
    QVERIFY(approve.query.isEmpty());
    QCOMPARE(approve.header("PRIVATE-TOKEN"), apiToken);
    QCOMPARE(approve.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(approve.body,
             QByteArray("{\"comment\":\"Approved in Gatehouse by alice: CHG-1234\","
                        "\"represented_as\":\"security\",\"status\":\"approved\"}"));
    const RecordedRequest &play = gitlab->server.requests.at(2);
    QCOMPARE(play.method, QStringLiteral("POST"));
    QCOMPARE(play.path, QStringLiteral("/api/v4/projects/85038800/jobs/15663409982/play"));
    QVERIFY(play.query.isEmpty());
    QCOMPARE(play.header("PRIVATE-TOKEN"), apiToken);
    QCOMPARE(play.body, QByteArray());
}

void tst_GitLab::rejectionPlaysNothing()
{
    GitLabSettings settings;
    settings.url = gitlab->server.url({});
    settings.playJob = true;
    configure(settings);
    const qint64 id = confirmedApproval();
    QVERIFY(id > 0);
    core->engine->decide(id, {Verdict::Reject, QStringLiteral("bob"), QStringLiteral("api"), {}});
    QTRY_COMPARE(core->engine->approval(id)->delivery, DeliveryState::Delivered);
    QCOMPARE(gitlab->server.requests.size(), 2);
    QCOMPARE(gitlab->server.requests.at(1).body,
             QByteArray("{\"comment\":\"Rejected in Gatehouse by bob\",\"status\":\"rejected\"}"));
}

void tst_GitLab::serverErrorThenRecovery()
{
    gitlab->approvalAnswers = {{502, "<html>Bad gateway</html>", "text/html"},
                               {500, "{\"message\":\"500 Internal Server Error\"}"}};
    const qint64 id = confirmedApproval();
    QVERIFY(id > 0);
    core->engine->decide(id,
                         {Verdict::Approve, QStringLiteral("alice"), QStringLiteral("tray"), {}});
    QTRY_COMPARE(core->engine->approval(id)->delivery, DeliveryState::Delivered);
    QCOMPARE(gitlab->server.requests.size(), 4); // the re-read, then three tries
    for (int i = 2; i < 4; ++i) {
        QCOMPARE(gitlab->server.requests.at(i).body, gitlab->server.requests.at(1).body);
        QCOMPARE(gitlab->server.requests.at(i).header("PRIVATE-TOKEN"), apiToken);
    }
    const QStringList lines = timeline(id);
    QVERIFY(lines.filter(QStringLiteral("GitLab approval to 127.0.0.1 failed: HTTP 502")).size()
            == 1);
    QVERIFY(lines.filter(QStringLiteral("GitLab approval to 127.0.0.1 failed: HTTP 500")).size()
            == 1);
    QVERIFY(!lines.join(QLatin1Char('\n')).contains(QString::fromLatin1(apiToken)));
}

void tst_GitLab::approvedInGitLab()
{
    gitlab->setBlocked(2);
    const qint64 id = confirmedApproval();
    QVERIFY(id > 0);
    // One of two approvers: GitLab's event is a hint, the re-read says one is still missing.
    gitlab->setBlocked(1, {approvalEntry(QStringLiteral("carol"), QStringLiteral("approved"), {})});
    const QJsonObject carol{{QStringLiteral("approver"),
                             QJsonObject{{QStringLiteral("username"), QStringLiteral("carol")}}},
                            {QStringLiteral("approval"),
                             QJsonObject{{QStringLiteral("status"), QStringLiteral("approved")},
                                         {QStringLiteral("comment"), QString()}}}};
    QCOMPARE(deliver(deploymentEvent(QStringLiteral("approved"), carol)).status, 200);
    QTRY_VERIFY(timeline(id).contains(QStringLiteral("GitLab: 1 approvals pending in GitLab")));
    QVERIFY(core->engine->approval(id)->isPending());

    gitlab->setBlocked(0,
                       {approvalEntry(QStringLiteral("carol"), QStringLiteral("approved"), {}),
                        approvalEntry(QStringLiteral("bob"), QStringLiteral("approved"),
                                      QStringLiteral("LGTM"))});
    const QJsonObject bob{{QStringLiteral("approver"),
                           QJsonObject{{QStringLiteral("username"), QStringLiteral("bob")}}},
                          {QStringLiteral("approval"),
                           QJsonObject{{QStringLiteral("status"), QStringLiteral("approved")},
                                       {QStringLiteral("comment"), QStringLiteral("LGTM")}}}};
    const TestReply reply = deliver(deploymentEvent(QStringLiteral("approved"), bob));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("id")).toInteger(), id);
    QTRY_COMPARE(core->engine->approval(id)->state, ApprovalState::Approved);
    const Approval decided = *core->engine->approval(id);
    QCOMPARE(decided.decidedBy, QStringLiteral("bob"));
    QCOMPARE(decided.decisionOrigin, QStringLiteral("gitlab"));
    QCOMPARE(decided.comment, QStringLiteral("LGTM"));
    QCOMPARE(decided.delivery, DeliveryState::None);
    const QStringList lines = timeline(id);
    QVERIFY(lines.contains(QStringLiteral("GitLab: approved by bob: \"LGTM\"")));
    QVERIFY(lines.contains(QStringLiteral("Approved by bob from gitlab: \"LGTM\"")));
    // Nothing was sent back to GitLab: only re-reads.
    for (const RecordedRequest &request : std::as_const(gitlab->server.requests))
        QCOMPARE(request.method, QStringLiteral("GET"));
    QCOMPARE(gitlab->server.requests.size(), 3);
}

void tst_GitLab::rejectedInGitLab()
{
    const qint64 id = confirmedApproval();
    QVERIFY(id > 0);
    gitlab->deployment = {
            {QStringLiteral("id"), 1503204389},
            {QStringLiteral("status"), QStringLiteral("failed")},
            {QStringLiteral("pending_approval_count"), 0},
            {QStringLiteral("approvals"),
             QJsonArray{approvalEntry(QStringLiteral("dave"), QStringLiteral("rejected"),
                                      QStringLiteral("not on a Friday"))}}};
    const QJsonObject dave{
            {QStringLiteral("approver"),
             QJsonObject{{QStringLiteral("username"), QStringLiteral("dave")}}},
            {QStringLiteral("approval"),
             QJsonObject{{QStringLiteral("status"), QStringLiteral("rejected")},
                         {QStringLiteral("comment"), QStringLiteral("not on a Friday")}}}};
    QCOMPARE(deliver(deploymentEvent(QStringLiteral("rejected"), dave)).status, 200);
    QTRY_COMPARE(core->engine->approval(id)->state, ApprovalState::Rejected);
    QCOMPARE(core->engine->approval(id)->decidedBy, QStringLiteral("dave"));
    QCOMPARE(core->engine->approval(id)->decisionOrigin, QStringLiteral("gitlab"));
    // The legacy "failed" that follows a rejection only adds a line.
    QCOMPARE(deliver(deploymentEvent(QStringLiteral("failed"))).status, 200);
    QVERIFY(timeline(id).contains(QStringLiteral("GitLab: the deployment is now failed")));
    QCOMPARE(core->engine->approval(id)->state, ApprovalState::Rejected);
}

void tst_GitLab::ownDecisionEchoedByGitLab()
{
    const qint64 id = confirmedApproval();
    QVERIFY(id > 0);
    core->engine->decide(id,
                         {Verdict::Approve, QStringLiteral("alice"), QStringLiteral("window"), {}});
    QTRY_COMPARE(core->engine->approval(id)->delivery, DeliveryState::Delivered);
    const QJsonObject bot{
            {QStringLiteral("approver"),
             QJsonObject{{QStringLiteral("username"), QStringLiteral("gatehouse-bot")}}},
            {QStringLiteral("approval"),
             QJsonObject{{QStringLiteral("status"), QStringLiteral("approved")},
                         {QStringLiteral("comment"),
                          QStringLiteral("Approved in Gatehouse by alice")}}}};
    QCOMPARE(deliver(deploymentEvent(QStringLiteral("approved"), bot)).status, 200);
    QVERIFY(timeline(id).contains(QStringLiteral(
            "GitLab: approved by gatehouse-bot: \"Approved in Gatehouse by alice\"")));
    const Approval after = *core->engine->approval(id);
    QCOMPARE(after.decidedBy, QStringLiteral("alice"));
    QCOMPARE(gitlab->server.requests.size(), 2); // no re-read for a decided item
}

void tst_GitLab::serviceWiresRouteSecretAndToken()
{
    // The composition the desktop runs: GATEHOUSE_SECRET_GITLAB and GATEHOUSE_GITLAB_TOKEN
    // as the environment gives them, gitlab/url from the settings.
    QTemporaryDir dir;
    ServiceConfig config = TestService::config(dir.path(), TestCore::operatorToken);
    TestService::acceptToken(config, {QStringLiteral("gitlab")}, "gitlab-hook-secret-0123456789");
    QSettings settings(dir.filePath(QStringLiteral("gatehouse.conf")), QSettings::IniFormat);
    settings.setValue(GitLabSettings::urlKey(), gitlab->server.url({}).toString());
    QProcessEnvironment environment;
    environment.insert(GitLabSettings::tokenVariable(), QString::fromLatin1(apiToken));
    readConnectorSettings(settings, environment, &config);
    ServiceThread service;
    QVERIFY(TestService::start(service, config));
    const QUrl hookUrl(
            QStringLiteral("http://127.0.0.1:%1/hooks/gitlab").arg(service.service()->port()));
    const QList<QPair<QByteArray, QByteArray>> headers{{"X-Gitlab-Event", "Deployment Hook"},
                                                       {"Content-Type", "application/json"}};
    QCOMPARE(TestHttp::send(
                     QStringLiteral("POST"), hookUrl, deploymentEvent(QStringLiteral("blocked")),
                     headers
                             + QList<QPair<QByteArray, QByteArray>>{{"X-Gitlab-Token",
                                                                     TestCore::webhookSecret}})
                     .status,
             401);
    const TestReply created = TestHttp::send(
            QStringLiteral("POST"), hookUrl, deploymentEvent(QStringLiteral("blocked")),
            headers
                    + QList<QPair<QByteArray, QByteArray>>{
                            {"X-Gitlab-Token", "gitlab-hook-secret-0123456789"}});
    QCOMPARE(created.status, 201);
    QTRY_COMPARE(gitlab->server.requests.size(), 1);
    QCOMPARE(gitlab->server.requests.first().path, deploymentPath);
    QCOMPARE(gitlab->server.requests.first().header("PRIVATE-TOKEN"), apiToken);
    const QUrl show(QStringLiteral("http://127.0.0.1:%1/api/approvals/%2")
                            .arg(service.service()->port())
                            .arg(created.json().value(QStringLiteral("id")).toInteger()));
    const QList<QPair<QByteArray, QByteArray>> operatorAuth{
            {"Authorization", QByteArray("Bearer ") + TestCore::operatorToken}};
    QTRY_COMPARE(TestHttp::send(QStringLiteral("GET"), show, {}, operatorAuth)
                         .json()
                         .value(QStringLiteral("metadata"))
                         .toObject()
                         .value(GitLabMetadata::confirmation())
                         .toString(),
                 GitLabMetadata::confirmedApproval());
    service.stop();
}

void tst_GitLab::settingsRoundTrip()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("g.conf")), QSettings::IniFormat);
    ConnectorSettingValues edit; // what Settings › Connectors edits, from settings()
    edit.load(settings, [](const QString &) { return false; });
    QCOMPARE(GitLabSettings::read(settings, {}).url, QUrl(QStringLiteral("https://gitlab.com")));
    QCOMPARE(GitLabSettings::read(settings, {}).apiBase(),
             QStringLiteral("https://gitlab.com/api/v4"));
    edit.field(QStringLiteral("gitlab/url"))->value = QStringLiteral("gitlab.example.com");
    edit.field(QStringLiteral("gitlab/token"))->newSecret = "glpat with space";
    QCOMPARE(edit.validate().size(), 2);
    QCOMPARE(edit.validate().at(0).field, QStringLiteral("gitlab/url"));
    QCOMPARE(edit.validate().at(1).field, QStringLiteral("gitlab/token"));
    edit.field(QStringLiteral("gitlab/url"))->value =
            QStringLiteral("https://gitlab.example.com/gitlab/");
    edit.field(QStringLiteral("gitlab/token"))->newSecret.clear();
    edit.field(QStringLiteral("gitlab/representedAs"))->value = QStringLiteral("security");
    QCOMPARE(edit.field(QStringLiteral("gitlab/playJob"))->value, QStringLiteral("false"));
    edit.field(QStringLiteral("gitlab/playJob"))->value = QStringLiteral("true");
    QVERIFY(edit.validate().isEmpty());
    QByteArray sealed;
    const auto store = [&sealed](const QString &, const QByteArray &value) {
        sealed = value;
        return true;
    };
    bool changed = false;
    QVector<ConnectorSettingValues::Problem> problems;
    QVERIFY(edit.save(settings, store, &changed, &problems));
    QVERIFY(changed);
    QVERIFY(edit.save(settings, store, &changed, &problems));
    QVERIFY(!changed); // nothing changed the second time
    QVERIFY(sealed.isEmpty()); // no token typed, none stored
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("GATEHOUSE_GITLAB_TOKEN"), QStringLiteral("glpat-env\n"));
    const GitLabSettings read = GitLabSettings::read(settings, environment);
    QCOMPARE(read.apiBase(), QStringLiteral("https://gitlab.example.com/gitlab/api/v4"));
    QCOMPARE(read.representedAs, QStringLiteral("security"));
    QVERIFY(read.playJob);
    QCOMPARE(read.token, QByteArray("glpat-env"));
    ConnectorSettingValues again;
    again.load(settings, [](const QString &name) { return name == GitLabSettings::tokenSecret(); });
    QCOMPARE(again.field(QStringLiteral("gitlab/url"))->value,
             QStringLiteral("https://gitlab.example.com/gitlab/"));
    QCOMPARE(again.field(QStringLiteral("gitlab/playJob"))->value, QStringLiteral("true"));
    QVERIFY(again.field(QStringLiteral("gitlab/token"))->stored);
}

QTEST_GUILESS_MAIN(tst_GitLab)
#include "tst_gitlab.moc"
