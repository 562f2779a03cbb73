// Decide where people are (issue 18 item 4): policies route approvals of every kind to
// chat channels; each channel gets a message with the facts and two buttons that open
// the approve and reject link pages, and is told the outcome once the item is decided
// anywhere. Fake Slack (incoming webhook and Web API) and a fake Teams incoming webhook
// are small HTTP servers on loopback that record every byte; Gatehouse is the real
// service in its own thread, with the real HTTP API, a real SQLite file and a real
// window clicked offscreen. The webhook URLs are secrets: they never show in the
// timeline, the API, the outbox or the log.
#include "core/engine.h"
#include "gates/policyfile.h"
#include "service/gatehouseservice.h"
#include "support/databasefiles.h"
#include "support/fakehttpserver.h"
#include "support/messageboxanswer.h"
#include "support/testdatabase.h"
#include "support/testhttp.h"
#include "support/testservice.h"
#include "support/windowclicks.h"
#include "ui/consolesettings.h"
#include "ui/detailpane.h"
#include "ui/mainwindow.h"
#include "ui/settingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMutex>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

namespace {

// The parts of the webhook URLs that make them credentials.
const QString slackHookPath = QStringLiteral("/services/T0001/B0001/slackHookSecret42");
const QString teamsHookPath = QStringLiteral("/webhookb2/teamsHookSecret77/IncomingWebhook");
const QByteArray botToken = "xoxb-1-test-bot-token";
const QString botTs = QStringLiteral("1700000000.000100");

QMutex logMutex;
QStringList logLines;
QtMessageHandler previousHandler = nullptr;

void recordLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        logLines.append(message);
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

class tst_ChatMessages : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();
    void productionGoesToSlackAndTeamsWebhooks();
    void stagingGoesToTheSlackApiAndIsUpdatedAfterAnApiDecision();
    void windowDecisionTellsTheWebhookChannels();
    void supersededAndTimedOutAreTold();
    void slackFailsWith503ThenRecovers();
    void slackApiOkFalseIsRetried();
    void webhookUrlNeverInTimelineApiOutboxOrLog();
    void policyRefusesAWebhookUrlInClear();
    void policiesPageSealsTheWebhookUrl();
    void webhookToARefusedTargetIsNotSent();

private:
    QUrl url(const QString &path) const;
    qint64 post(const QString &externalId, const QString &environment,
                const QString &pipeline = QStringLiteral("shop"), int timeoutMinutes = 0);
    QJsonObject fetch(qint64 id) const;
    QStringList timeline(qint64 id) const;
    // Every byte the service stored: the SQLite file (with its WAL); empty on PostgreSQL,
    // where the same code writes the same rows through another driver.
    QByteArray storedBytes() const;
    // The ts that Slack's chat.postMessage answered, as kept for chat.update.
    QString slackTs(qint64 id) const;
    static QString deadlineText(const QJsonObject &approval);
    // The approve and reject URLs of a Slack message's buttons, checked for their form.
    QPair<QString, QString> slackButtons(const QByteArray &body) const;
    QByteArray slackWebhookBody(const QJsonObject &approval, const QString &approve,
                                const QString &reject) const;
    void checkLinkPageOpens(const QString &link, const QString &title) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ServiceThread> m_service;
    std::unique_ptr<MainWindow> m_window;
    FakeHttpServer m_slack; // incoming webhook and Web API under /api
    FakeHttpServer m_teams;
    FakeHttpServer m_pipeline; // the waiting system: the generic callback's target
    QList<FakeResponse> m_slackScript;
    QList<FakeResponse> m_apiScript;
};

void tst_ChatMessages::initTestCase_data()
{
    TestDatabase::addEngines(); // ChatPosts' conditional insert and update on both
}

void tst_ChatMessages::initTestCase()
{
    static QTemporaryDir config; // the window's QSettings stay away from the user's
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("GatehouseTests"));
    previousHandler = qInstallMessageHandler(recordLog);
}

void tst_ChatMessages::init()
{
    m_slackScript = {{200, "ok", "text/plain"}};
    m_apiScript.clear();
    QVERIFY(m_slack.start());
    QVERIFY(m_teams.start());
    QVERIFY(m_pipeline.start());
    m_slack.setHandler([this](const RecordedRequest &request) {
        if (!request.path.startsWith(QLatin1String("/api/"))) {
            const FakeResponse answer = m_slackScript.first();
            if (m_slackScript.size() > 1)
                m_slackScript.removeFirst();
            return answer;
        }
        if (!m_apiScript.isEmpty())
            return m_apiScript.takeFirst();
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        return FakeResponse{200,
                            QJsonDocument(QJsonObject{{QStringLiteral("ok"), true},
                                                      {QStringLiteral("channel"),
                                                       body.value(QStringLiteral("channel"))},
                                                      {QStringLiteral("ts"), botTs}})
                                    .toJson(QJsonDocument::Compact)};
    });
    m_teams.setScript({{200, "1", "text/plain"}});

    m_dir = std::make_unique<QTemporaryDir>();
    QFile policies(m_dir->filePath(QStringLiteral("policies.json")));
    QVERIFY(policies.open(QIODevice::WriteOnly));
    policies.write(
            QStringLiteral(
                    R"({"policies":[)"
                    R"({"name":"production to A","match":{"environment":"production"},)"
                    R"("supersede":"newest","chat":[)"
                    R"({"name":"releases","type":"slack","webhook":"${secret:chat-releases}"},)"
                    R"({"name":"ops teams","type":"teams","webhook":"${secret:chat-teams}"}]},)"
                    R"({"name":"staging to B","match":{"environment":"staging"},"chat":[)"
                    R"({"name":"staging-bot","type":"slackApi","token":"${secret:slack-bot}",)"
                    R"("channel":"C0STAGING","apiUrl":"%1"}]}]})")
                    .arg(m_slack.url(QStringLiteral("/api")).toString())
                    .toUtf8());
    policies.close();
    m_db = std::make_unique<TestDatabase>();
    GATEHOUSE_CREATE_TEST_DATABASE(*m_db);
    ServiceConfig config = TestService::config(m_dir->path(), "chat-token");
    config.databasePath = m_db->location();
    config.policyFile = policies.fileName();
    config.secrets.insert(QStringLiteral("chat-releases"), m_slack.url(slackHookPath).toEncoded());
    config.secrets.insert(QStringLiteral("chat-teams"), m_teams.url(teamsHookPath).toEncoded());
    config.secrets.insert(QStringLiteral("slack-bot"), botToken);
    TestService::acceptAnyone(config, {QStringLiteral("generic")});
    m_service = std::make_unique<ServiceThread>();
    QVERIFY(TestService::start(*m_service, config));
}

void tst_ChatMessages::cleanup()
{
    m_window.reset();
    m_service.reset();
    m_db.reset();
    m_dir.reset();
    m_slack.stop();
    m_teams.stop();
    m_pipeline.stop();
    m_pipeline.requests.clear();
    m_slack.requests.clear();
    m_teams.requests.clear();
}

QUrl tst_ChatMessages::url(const QString &path) const
{
    return QUrl(
            QStringLiteral("http://127.0.0.1:%1%2").arg(m_service->service()->port()).arg(path));
}

qint64 tst_ChatMessages::post(const QString &externalId, const QString &environment,
                              const QString &pipeline, int timeoutMinutes)
{
    QJsonObject body{
            {QStringLiteral("title"), QStringLiteral("Deploy %1 <3.1> & co").arg(pipeline)},
            {QStringLiteral("externalId"), externalId},
            {QStringLiteral("pipeline"), pipeline},
            {QStringLiteral("stage"), QStringLiteral("deploy")},
            {QStringLiteral("environment"), environment},
            {QStringLiteral("requestedBy"), QStringLiteral("dora")},
            {QStringLiteral("callbackUrl"),
             m_pipeline.url(QStringLiteral("/callback/") + externalId).toString()}};
    if (timeoutMinutes > 0)
        body.insert(QStringLiteral("timeoutMinutes"), timeoutMinutes);
    const TestReply created = TestHttp::postJson(url(QStringLiteral("/hooks/generic")), body);
    if (created.status != 201)
        qWarning() << created.status << created.body;
    return created.json().value(QStringLiteral("id")).toInteger();
}

QJsonObject tst_ChatMessages::fetch(qint64 id) const
{
    return TestHttp::send(QStringLiteral("GET"), url(QStringLiteral("/api/approvals/%1").arg(id)),
                          {}, {{"Authorization", "Bearer chat-token"}})
            .json();
}

QStringList tst_ChatMessages::timeline(qint64 id) const
{
    QStringList lines;
    for (const QJsonValue &entry : fetch(id).value(QStringLiteral("timeline")).toArray())
        lines.append(entry.toObject().value(QStringLiteral("type")).toString() + QLatin1String(": ")
                     + entry.toObject().value(QStringLiteral("message")).toString());
    return lines;
}

QByteArray tst_ChatMessages::storedBytes() const
{
    return m_db->isPostgres() ? QByteArray() : DatabaseFiles::bytes(m_db->location());
}

QString tst_ChatMessages::slackTs(qint64 id) const
{
    return fetch(id)
            .value(QStringLiteral("metadata"))
            .toObject()
            .value(QStringLiteral("chatTs.staging-bot"))
            .toString();
}

QString tst_ChatMessages::deadlineText(const QJsonObject &approval)
{
    return QDateTime::fromString(approval.value(QStringLiteral("deadline")).toString(),
                                 Qt::ISODateWithMs)
            .toUTC()
            .toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QPair<QString, QString> tst_ChatMessages::slackButtons(const QByteArray &body) const
{
    const QJsonArray blocks =
            QJsonDocument::fromJson(body).object().value(QStringLiteral("blocks")).toArray();
    const QJsonArray buttons = blocks.last().toObject().value(QStringLiteral("elements")).toArray();
    const QString approve = buttons.at(0).toObject().value(QStringLiteral("url")).toString();
    const QString reject = buttons.at(1).toObject().value(QStringLiteral("url")).toString();
    const QRegularExpression form(QStringLiteral("^http://127\\.0\\.0\\.1:%1/act/[A-Za-z0-9_-]{43}"
                                                 "\\?decision=(approve|reject)$")
                                          .arg(m_service->service()->port()));
    [&] {
        QVERIFY2(form.match(approve).hasMatch(), qPrintable(approve));
        QVERIFY2(form.match(reject).hasMatch(), qPrintable(reject));
        QCOMPARE(approve.section(QLatin1Char('?'), 0, 0), reject.section(QLatin1Char('?'), 0, 0));
        QVERIFY(approve.endsWith(QLatin1String("=approve")));
    }();
    return {approve, reject};
}

QByteArray tst_ChatMessages::slackWebhookBody(const QJsonObject &approval, const QString &approve,
                                              const QString &reject) const
{
    const qint64 id = approval.value(QStringLiteral("id")).toInteger();
    // Keys in JSON order (sorted); the sender's "<", ">" and "&" escaped in mrkdwn only.
    return QStringLiteral(
                   R"({"blocks":[{"text":{"text":"#%1 Deploy shop <3.1> & co","type":"plain_text"},"type":"header"},)"
                   R"({"fields":[{"text":"*Kind*\nGeneric","type":"mrkdwn"},{"text":"*Environment*\nproduction","type":"mrkdwn"},)"
                   R"({"text":"*Pipeline*\nshop","type":"mrkdwn"},{"text":"*Requested by*\ndora","type":"mrkdwn"},)"
                   R"({"text":"*Deadline*\n%2","type":"mrkdwn"}],"type":"section"},)"
                   R"({"block_id":"gatehouse-decide","elements":[)"
                   R"({"action_id":"approve","style":"primary","text":{"text":"Approve","type":"plain_text"},"type":"button","url":"%3"},)"
                   R"({"action_id":"reject","style":"danger","text":{"text":"Reject","type":"plain_text"},"type":"button","url":"%4"}],)"
                   R"("type":"actions"}],"text":"Waiting for a decision: #%1 Deploy shop &lt;3.1&gt; &amp; co"})")
            .arg(id)
            .arg(deadlineText(approval), approve, reject)
            .toUtf8();
}

void tst_ChatMessages::checkLinkPageOpens(const QString &link, const QString &title) const
{
    const TestReply page = TestHttp::send(QStringLiteral("GET"), QUrl(link));
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
    QVERIFY(page.body.contains(title.toHtmlEscaped().toUtf8()));
    const QString path = QUrl(link).path();
    QVERIFY(page.body.contains(
            QStringLiteral("<form method=\"post\" action=\"%1\">").arg(path).toUtf8()));
    QVERIFY(page.body.contains("value=\"approve\""));
    QVERIFY(page.body.contains("value=\"reject\""));
}

void tst_ChatMessages::productionGoesToSlackAndTeamsWebhooks()
{
    const qint64 id =
            post(QStringLiteral("p-1"), QStringLiteral("production"), QStringLiteral("shop"), 90);
    QVERIFY(id > 0);
    QTRY_COMPARE(m_slack.requests.size(), 1);
    QTRY_COMPARE(m_teams.requests.size(), 1);
    const QJsonObject approval = fetch(id);

    const RecordedRequest slack = m_slack.requests.first();
    QCOMPARE(slack.method, QStringLiteral("POST"));
    QCOMPARE(slack.path, slackHookPath);
    QCOMPARE(slack.header("Content-Type"), QByteArray("application/json"));
    QVERIFY(slack.header("Authorization").isEmpty()); // the URL is the credential
    const auto [approve, reject] = slackButtons(slack.body);
    QCOMPARE(slack.body, slackWebhookBody(approval, approve, reject));

    const RecordedRequest teams = m_teams.requests.first();
    QCOMPARE(teams.method, QStringLiteral("POST"));
    QCOMPARE(teams.path, teamsHookPath);
    QCOMPARE(teams.header("Content-Type"), QByteArray("application/json"));
    const QByteArray expectedTeams =
            QStringLiteral(
                    R"({"attachments":[{"content":{"$schema":"http://adaptivecards.io/schemas/adaptive-card.json",)"
                    R"("actions":[{"style":"positive","title":"Approve","type":"Action.OpenUrl","url":"%2"},)"
                    R"({"style":"destructive","title":"Reject","type":"Action.OpenUrl","url":"%3"}],)"
                    R"("body":[{"size":"Medium","text":"#%1 Deploy shop <3.1> & co","type":"TextBlock","weight":"Bolder","wrap":true},)"
                    R"({"facts":[{"title":"Kind","value":"Generic"},{"title":"Environment","value":"production"},)"
                    R"({"title":"Pipeline","value":"shop"},{"title":"Requested by","value":"dora"},)"
                    R"({"title":"Deadline","value":"%4"}],"type":"FactSet"}],)"
                    R"("type":"AdaptiveCard","version":"1.4"},"contentType":"application/vnd.microsoft.card.adaptive",)"
                    R"("contentUrl":null}],"type":"message"})")
                    .arg(id)
                    .arg(approve, reject, deadlineText(approval))
                    .toUtf8();
    QCOMPARE(teams.body, expectedTeams);
    // The card as Teams reads it: one Adaptive Card attachment with two OpenUrl actions.
    const QJsonObject attachment = QJsonDocument::fromJson(teams.body)
                                           .object()
                                           .value(QStringLiteral("attachments"))
                                           .toArray()
                                           .first()
                                           .toObject();
    QCOMPARE(attachment.value(QStringLiteral("contentType")).toString(),
             QStringLiteral("application/vnd.microsoft.card.adaptive"));
    const QJsonObject card = attachment.value(QStringLiteral("content")).toObject();
    QCOMPARE(card.value(QStringLiteral("type")).toString(), QStringLiteral("AdaptiveCard"));
    QCOMPARE(card.value(QStringLiteral("version")).toString(), QStringLiteral("1.4"));
    QCOMPARE(card.value(QStringLiteral("actions")).toArray().size(), 2);

    // The buttons open the real link pages; opening them decides nothing.
    checkLinkPageOpens(approve, QStringLiteral("Deploy shop <3.1> & co"));
    checkLinkPageOpens(reject, QStringLiteral("Deploy shop <3.1> & co"));
    QCOMPARE(fetch(id).value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
    QVERIFY(timeline(id).contains(QStringLiteral(
            "status: Announced in chat (ops teams, releases) with approve and reject links")));

    // Routing: a staging item goes to the other channel only (the Web API), and the
    // production webhooks hear nothing more.
    const qint64 staging = post(QStringLiteral("s-1"), QStringLiteral("staging"));
    QTRY_COMPARE(m_slack.requests.size(), 2);
    QCOMPARE(m_slack.requests.last().path, QStringLiteral("/api/chat.postMessage"));
    QVERIFY(m_slack.requests.last().body.contains(
            QByteArray("#%1 ").replace("%1", QByteArray::number(staging))));
    QCOMPARE(m_teams.requests.size(), 1);
    // An item no policy routes (no environment) posts nowhere: the next routed one is
    // the only further message.
    QVERIFY(post(QStringLiteral("n-1"), QString()) > 0);
    const qint64 next =
            post(QStringLiteral("p-2"), QStringLiteral("production"), QStringLiteral("api"));
    QTRY_COMPARE(m_teams.requests.size(), 2);
    QVERIFY(m_teams.requests.last().body.contains(
            QByteArray("#%1 ").replace("%1", QByteArray::number(next))));
    QTRY_COMPARE(m_slack.requests.size(), 3);
}

void tst_ChatMessages::stagingGoesToTheSlackApiAndIsUpdatedAfterAnApiDecision()
{
    const qint64 id = post(QStringLiteral("s-2"), QStringLiteral("staging"));
    QVERIFY(id > 0);
    QTRY_COMPARE(m_slack.requests.size(), 1);
    const RecordedRequest posted = m_slack.requests.first();
    QCOMPARE(posted.method, QStringLiteral("POST"));
    QCOMPARE(posted.path, QStringLiteral("/api/chat.postMessage"));
    QCOMPARE(posted.header("Authorization"), QByteArray("Bearer ") + botToken);
    QCOMPARE(posted.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
    const auto [approve, reject] = slackButtons(posted.body);
    const QByteArray expected =
            QStringLiteral(
                    R"({"blocks":[{"text":{"text":"#%1 Deploy shop <3.1> & co","type":"plain_text"},"type":"header"},)"
                    R"({"fields":[{"text":"*Kind*\nGeneric","type":"mrkdwn"},{"text":"*Environment*\nstaging","type":"mrkdwn"},)"
                    R"({"text":"*Pipeline*\nshop","type":"mrkdwn"},{"text":"*Requested by*\ndora","type":"mrkdwn"}],"type":"section"},)"
                    R"({"block_id":"gatehouse-decide","elements":[)"
                    R"({"action_id":"approve","style":"primary","text":{"text":"Approve","type":"plain_text"},"type":"button","url":"%2"},)"
                    R"({"action_id":"reject","style":"danger","text":{"text":"Reject","type":"plain_text"},"type":"button","url":"%3"}],)"
                    R"("type":"actions"}],"channel":"C0STAGING","text":"Waiting for a decision: #%1 Deploy shop &lt;3.1&gt; &amp; co"})")
                    .arg(id)
                    .arg(approve, reject)
                    .toUtf8();
    QCOMPARE(posted.body, expected);
    checkLinkPageOpens(approve, QStringLiteral("Deploy shop <3.1> & co"));
    // The ts that Slack answered is kept for the update.
    QTRY_COMPARE(slackTs(id), botTs);

    const TestReply decided = TestHttp::send(
            QStringLiteral("POST"), url(QStringLiteral("/api/approvals/%1/approve").arg(id)),
            R"({"comment":"ship it","decidedBy":"anna"})",
            {{"Authorization", "Bearer chat-token"}, {"Content-Type", "application/json"}});
    QCOMPARE(decided.status, 200);
    QTRY_COMPARE(m_slack.requests.size(), 3);
    const RecordedRequest update = m_slack.requests.at(1);
    QCOMPARE(update.path, QStringLiteral("/api/chat.update"));
    QCOMPARE(update.header("Authorization"), QByteArray("Bearer ") + botToken);
    QCOMPARE(update.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
    const QString outcome = QStringLiteral("Approved by anna through the API: \\\"ship it\\\"");
    QCOMPARE(
            update.body,
            QStringLiteral(
                    R"({"blocks":[{"text":{"text":"#%1 Deploy shop <3.1> & co","type":"plain_text"},"type":"header"},)"
                    R"({"fields":[{"text":"*Kind*\nGeneric","type":"mrkdwn"},{"text":"*Environment*\nstaging","type":"mrkdwn"},)"
                    R"({"text":"*Pipeline*\nshop","type":"mrkdwn"},{"text":"*Requested by*\ndora","type":"mrkdwn"}],"type":"section"},)"
                    R"({"text":{"text":"*%2*","type":"mrkdwn"},"type":"section"}],"channel":"C0STAGING",)"
                    R"("text":"#%1 Deploy shop &lt;3.1&gt; &amp; co: %2","ts":"%3"})")
                    .arg(id)
                    .arg(outcome, botTs)
                    .toUtf8());
    // No buttons are left to click in the updated message.
    QVERIFY(!update.body.contains("/act/"));
    const RecordedRequest reply = m_slack.requests.at(2);
    QCOMPARE(reply.path, QStringLiteral("/api/chat.postMessage"));
    QCOMPARE(
            reply.body,
            QStringLiteral(
                    R"({"channel":"C0STAGING","text":"*#%1 Deploy shop &lt;3.1&gt; &amp; co*: %2","thread_ts":"%3"})")
                    .arg(id)
                    .arg(outcome, botTs)
                    .toUtf8());
    QTRY_VERIFY(timeline(id).contains(QStringLiteral(
            "status: Chat (staging-bot) told: Approved by anna through the API: \"ship it\"")));

    // The stale link says who decided.
    const TestReply stale = TestHttp::send(QStringLiteral("GET"), QUrl(approve));
    QCOMPARE(stale.status, 409);
    QVERIFY2(stale.body.contains("This was already decided: Approved by anna through the API."),
             stale.body.constData());
    QVERIFY(stale.body.contains("<dt>Decided</dt><dd>Approved by anna through the API</dd>"));
}

void tst_ChatMessages::windowDecisionTellsTheWebhookChannels()
{
    ConsoleSettings::open()->setValue(QStringLiteral("ui/undoSeconds"), 0);
    m_window = std::make_unique<MainWindow>(m_service->service()->engine(),
                                            QStringLiteral("http://127.0.0.1"), "chat-token");
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    const qint64 id = post(QStringLiteral("p-3"), QStringLiteral("production"));
    QTRY_COMPARE(m_slack.requests.size(), 1);
    QTRY_COMPARE(m_teams.requests.size(), 1);
    const QString approve = slackButtons(m_slack.requests.first().body).first;

    QVERIFY(WindowClicks::selectRowOf(*m_window, id));
    QPushButton *button = m_window->detailPane()->approveButton();
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE(m_slack.requests.size(), 2);
    QTRY_COMPARE(m_teams.requests.size(), 2);
    const QString by = fetch(id).value(QStringLiteral("decidedBy")).toString();
    QVERIFY(!by.isEmpty());
    const QString outcome = QStringLiteral("Approved by %1 from the window").arg(by);

    const RecordedRequest slack = m_slack.requests.last();
    QCOMPARE(slack.path, slackHookPath);
    QCOMPARE(slack.body,
             QStringLiteral(R"({"text":"*#%1 Deploy shop &lt;3.1&gt; &amp; co*: %2"})")
                     .arg(id)
                     .arg(outcome)
                     .toUtf8());
    const RecordedRequest teams = m_teams.requests.last();
    QCOMPARE(teams.path, teamsHookPath);
    QCOMPARE(
            teams.body,
            QStringLiteral(
                    R"({"attachments":[{"content":{"$schema":"http://adaptivecards.io/schemas/adaptive-card.json",)"
                    R"("body":[{"text":"#%1 Deploy shop <3.1> & co","type":"TextBlock","weight":"Bolder","wrap":true},)"
                    R"({"text":"%2","type":"TextBlock","wrap":true}],"type":"AdaptiveCard","version":"1.4"},)"
                    R"("contentType":"application/vnd.microsoft.card.adaptive","contentUrl":null}],"type":"message"})")
                    .arg(id)
                    .arg(outcome)
                    .toUtf8());

    const TestReply stale = TestHttp::send(QStringLiteral("GET"), QUrl(approve));
    QCOMPARE(stale.status, 409);
    QVERIFY(stale.body.contains(
            QStringLiteral("This was already decided: %1.").arg(outcome).toUtf8()));
}

void tst_ChatMessages::supersededAndTimedOutAreTold()
{
    const qint64 older = post(QStringLiteral("run-41"), QStringLiteral("production"));
    QTRY_COMPARE(m_teams.requests.size(), 1);
    const qint64 newer = post(QStringLiteral("run-42"), QStringLiteral("production"));
    // The older one's outcome and the newer one's announcement, in either order.
    QTRY_COMPARE(m_teams.requests.size(), 3);
    const QByteArray superseded = QStringLiteral("Superseded by #%1").arg(newer).toUtf8();
    const auto told = [&](const FakeHttpServer &server, const QByteArray &what) {
        return std::count_if(server.requests.cbegin(), server.requests.cend(),
                             [&](const RecordedRequest &r) { return r.body.contains(what); });
    };
    QCOMPARE(told(m_teams, superseded), 1);
    QTRY_COMPARE(told(m_slack, superseded), 1);
    QVERIFY(timeline(older).contains(QStringLiteral("status: Chat (ops teams, releases) told: %1")
                                             .arg(QString::fromUtf8(superseded))));

    // A deadline that passes is told too ("Timed out").
    const qint64 staging =
            post(QStringLiteral("s-3"), QStringLiteral("staging"), QStringLiteral("shop"), 0);
    QTRY_COMPARE(told(m_slack, QByteArray("\"channel\":\"C0STAGING\"")), 1);
    // What Engine::expireDue() does when the deadline passes with the default rule; the
    // engine lives in the service thread.
    bool ok = false;
    QMetaObject::invokeMethod(
            m_service->service()->engine(),
            [&] {
                ok = m_service->service()
                                ->engine()
                                ->decide(staging,
                                         {Verdict::Reject, QStringLiteral("gatehouse"),
                                          QStringLiteral("timeout"), QString()})
                                .outcome
                        == Engine::DecideOutcome::Decided;
            },
            Qt::BlockingQueuedConnection);
    QVERIFY(ok);
    QTRY_COMPARE(told(m_slack, QByteArray("Timed out: no decision before the deadline")), 2);
    QCOMPARE(m_slack.requests.last().path, QStringLiteral("/api/chat.postMessage"));
    Q_UNUSED(older);
}

void tst_ChatMessages::slackFailsWith503ThenRecovers()
{
    m_slackScript = {{503, "service unavailable", "text/plain"}, {200, "ok", "text/plain"}};
    const qint64 id = post(QStringLiteral("p-4"), QStringLiteral("production"));
    QTRY_COMPARE(m_slack.requests.size(), 2);
    // The same message again, byte for byte.
    QCOMPARE(m_slack.requests.at(1).body, m_slack.requests.at(0).body);
    QCOMPARE(m_slack.requests.at(1).path, slackHookPath);
    QTRY_VERIFY(timeline(id)
                        .filter(QRegularExpression(
                                QStringLiteral("^delivered: Slack message delivered to "
                                               "127\\.0\\.0\\.1: HTTP 200 \\(attempt 2\\)$")))
                        .size()
                == 1);
    QVERIFY(timeline(id)
                    .filter(QRegularExpression(QStringLiteral(
                            "^delivery-failed: Slack message to 127\\.0\\.0\\.1 failed: HTTP 503 "
                            "service unavailable \\(attempt 1, next try")))
                    .size()
            == 1);
    // A failing chat never holds the item back.
    QCOMPARE(fetch(id).value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
}

void tst_ChatMessages::slackApiOkFalseIsRetried()
{
    m_apiScript = {{200, R"({"ok":false,"error":"internal_error"})"}};
    const qint64 id = post(QStringLiteral("s-4"), QStringLiteral("staging"));
    QTRY_COMPARE(m_slack.requests.size(), 2);
    QCOMPARE(m_slack.requests.at(1).body, m_slack.requests.at(0).body);
    QTRY_COMPARE(slackTs(id), botTs);
    QVERIFY2(timeline(id).filter(QStringLiteral("without \"ok\": true")).size() == 1,
             qPrintable(timeline(id).join(QLatin1Char('\n'))));
}

void tst_ChatMessages::webhookUrlNeverInTimelineApiOutboxOrLog()
{
    {
        QMutexLocker lock(&logMutex);
        logLines.clear();
    }
    m_slackScript = {{500, "no", "text/plain"}, {200, "ok", "text/plain"}};
    const qint64 id = post(QStringLiteral("p-5"), QStringLiteral("production"));
    QTRY_COMPARE(m_slack.requests.size(), 2);
    QTRY_COMPARE(m_teams.requests.size(), 1);
    const TestReply decided = TestHttp::send(
            QStringLiteral("POST"), url(QStringLiteral("/api/approvals/%1/reject").arg(id)),
            R"({"comment":"not today"})",
            {{"Authorization", "Bearer chat-token"}, {"Content-Type", "application/json"}});
    QCOMPARE(decided.status, 200);
    QTRY_COMPARE(m_teams.requests.size(), 2);
    QTRY_COMPARE(m_slack.requests.size(), 3);
    QTRY_VERIFY(timeline(id).filter(QStringLiteral("Slack outcome message delivered")).size() == 1);

    const QByteArray api =
            TestHttp::send(QStringLiteral("GET"), url(QStringLiteral("/api/approvals/%1").arg(id)),
                           {}, {{"Authorization", "Bearer chat-token"}})
                    .body;
    const QByteArray database = storedBytes();
    QVERIFY(m_db->isPostgres() || database.contains("chat_posts")); // the service's file
    for (const QString &path : {slackHookPath, teamsHookPath}) {
        const QByteArray secret = path.section(QLatin1Char('/'), 2, 2).toUtf8();
        QVERIFY2(!api.contains(secret), api.constData());
        QVERIFY(!database.contains(secret));
        QMutexLocker lock(&logMutex);
        QVERIFY2(!logLines.join(QLatin1Char('\n')).contains(QString::fromUtf8(secret)),
                 qPrintable(logLines.join(QLatin1Char('\n'))));
    }
    QVERIFY(!api.contains(botToken));
    QVERIFY(!database.contains(botToken));
    QVERIFY(timeline(id).contains(
            QStringLiteral("status: Chat (ops teams, releases) told: Rejected by api through the "
                           "API: \"not today\"")));
}

void tst_ChatMessages::policyRefusesAWebhookUrlInClear()
{
    QString error;
    QVERIFY(!PolicyFile::parse(
            R"({"policies":[{"name":"p","chat":[{"name":"a","type":"slack",)"
            R"("webhook":"https://hooks.slack.com/services/T/B/secretpart"}]}]})",
            &error));
    QCOMPARE(error,
             QStringLiteral("field policies[0].chat[0].webhook: must name a stored secret as "
                            "${secret:NAME}: a webhook URL is a credential"));
    QVERIFY(!PolicyFile::parse(R"({"policies":[{"name":"p","chat":[{"name":"a","type":"slackApi",)"
                               R"("token":"${secret:bot}","channel":"#releases"}]}]})",
                               &error));
    QCOMPARE(error,
             QStringLiteral("field policies[0].chat[0].channel: must be a Slack channel id "
                            "such as C0123456789"));
    QVERIFY(!PolicyFile::parse(R"({"policies":[{"name":"p","chat":[{"name":"a","type":"irc",)"
                               R"("webhook":"${secret:x}"}]}]})",
                               &error));
    QCOMPARE(error,
             QStringLiteral("field policies[0].chat[0].type: must be slack, slackApi or teams"));
    const auto policies = PolicyFile::parse(
            R"({"policies":[{"name":"p","match":{"kind":"check"},"chat":[{"name":"a","type":"teams",)"
            R"("webhook":"${secret:x}"}]}]})",
            &error);
    QVERIFY2(policies, qPrintable(error));
    QCOMPARE(policies->first().kind, QStringLiteral("check"));
    QCOMPARE(policies->first().chat.first().secret, QStringLiteral("x"));
}

void tst_ChatMessages::policiesPageSealsTheWebhookUrl()
{
    const QString ini = m_dir->filePath(QStringLiteral("Gatehouse.conf"));
    ConsoleSettings::setFile(ini);
    const auto resetSettings = qScopeGuard([] { ConsoleSettings::setFile({}); });
    const QString webhook = m_slack.url(QStringLiteral("/services/T9/B9/typedInSecret")).toString();
    {
        SettingsDialog dialog{SettingsService(m_service->service())};
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTabBar *bar = dialog.tabs()->tabBar();
        for (int i = 0; i < bar->count(); ++i) {
            if (bar->tabText(i).remove(QLatin1Char('&')) == QLatin1String("Policies"))
                QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(i).center());
        }
        const auto click = [&dialog](const QString &name) {
            for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
                if (button->accessibleName() == name && button->isVisible())
                    QTest::mouseClick(button, Qt::LeftButton);
            }
        };
        const auto field = [&dialog](const QString &name) -> QLineEdit * {
            for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
                if (edit->accessibleName() == name)
                    return edit;
            }
            return nullptr;
        };
        click(QStringLiteral("Add policy"));
        field(QStringLiteral("Policy name"))->selectAll();
        QTest::keyClicks(field(QStringLiteral("Policy name")), QStringLiteral("all to team"));
        click(QStringLiteral("Remove gate")); // chat alone needs no gates
        click(QStringLiteral("Add chat channel"));
        QLineEdit *name = field(QStringLiteral("Channel name"));
        QVERIFY(name && name->isEnabled());
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("team"));
        QLineEdit *secret = field(QStringLiteral("Webhook URL"));
        QVERIFY(secret);
        QCOMPARE(secret->echoMode(), QLineEdit::Password); // masked
        QTest::mouseClick(secret, Qt::LeftButton);
        QTest::keyClicks(secret, webhook);
        MessageBoxAnswer confirm(QStringLiteral("policyChangesConfirm"), QMessageBox::Save);
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                          Qt::LeftButton);
        QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(dialog.message()));
    }
    // The file names the sealed secret, never the URL ...
    QFile file(QSettings(ini, QSettings::IniFormat)
                       .value(QStringLiteral("gates/policyFile"))
                       .toString());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    QVERIFY2(saved.contains(R"("webhook": "${secret:chat-all-to-team-team}")"), saved.constData());
    QVERIFY(!saved.contains("typedInSecret"));
    QVERIFY(!storedBytes().contains("typedInSecret"));
    // ... and the running service announces through it at once.
    const qint64 id = post(QStringLiteral("any-1"), QStringLiteral("qa"));
    QTRY_COMPARE(m_slack.requests.size(), 1);
    QCOMPARE(m_slack.requests.first().path, QStringLiteral("/services/T9/B9/typedInSecret"));
    QVERIFY(m_slack.requests.first().body.contains(
            QStringLiteral("#%1 Deploy shop").arg(id).toUtf8()));
}

void tst_ChatMessages::webhookToARefusedTargetIsNotSent()
{
    // The same target rules as every callback: a private address is refused before any
    // connection, and the refusal names the host only.
    GatehouseService *service = m_service->service();
    bool stored = false;
    QMetaObject::invokeMethod(
            service,
            [&] {
                stored = service->storeSecret(QStringLiteral("chat-releases"),
                                              "http://10.1.2.3/services/T1/B1/privateHookSecret");
            },
            Qt::BlockingQueuedConnection);
    QVERIFY(stored);
    const qint64 id = post(QStringLiteral("p-6"), QStringLiteral("production"));
    QTRY_COMPARE(m_teams.requests.size(), 1); // the other channel is not held up
    QTRY_VERIFY2(timeline(id).contains(QStringLiteral(
                         "delivery-failed: Slack message to 10.1.2.3 failed: refused: 10.1.2.3 is "
                         "a private address (allow it with delivery/allowTargets or "
                         "GATEHOUSE_DELIVERY_ALLOW) (attempt 1, giving up)")),
                 qPrintable(timeline(id).join(QLatin1Char('\n'))));
    QVERIFY(m_slack.requests.isEmpty());
    QVERIFY(!fetch(id).isEmpty());
    QVERIFY(!timeline(id).join(QLatin1Char('\n')).contains(QStringLiteral("privateHookSecret")));
}

QTEST_MAIN(tst_ChatMessages)
#include "tst_chatmessages.moc"
