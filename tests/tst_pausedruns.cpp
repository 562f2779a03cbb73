// Pausable pipelines (seed 002) end to end: pause, the confirmation page, a restart
// through the link that reaches the fake target exactly once even when two POSTs
// race, reject and expiry closing without a restart, bad tokens, and the templates
// including the Azure Data Factory preset's documented request.
#include "support/fakehttpserver.h"
#include "support/outboxprobe.h"
#include "support/testcore.h"
#include "support/testhttp.h"

#include "connectors/pausedrun/pausedrunconnector.h"
#include "service/tasksettings.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

class tst_PausedRuns : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void pauseAndRestartOnce();
    void racingConfirmationsRestartOnce();
    void rejectClosesWithoutRestart();
    void expiryClosesWithoutRestart();
    void badTokens();
    void badPauseRequests_data();
    void badPauseRequests();
    void dataFactoryPreset();
    void templatesFillFields();
    void settingsAndEnvironment();
    void restartRunIdRecorded();

private:
    struct Paused
    {
        qint64 id = 0;
        QString token;
        QUrl restartUrl;
        int status = 0;
    };
    Paused pause(const QJsonObject &extra = {});
    TestReply confirm(const QUrl &restartUrl, const QByteArray &decision);
    std::unique_ptr<TestCore> core;
    std::unique_ptr<FakeHttpServer> target;
};

const QJsonObject runData{{QStringLiteral("runId"), QStringLiteral("r-42")},
                          {QStringLiteral("rows"), 1200},
                          {QStringLiteral("notify"),
                           QJsonObject{{QStringLiteral("to"), QStringLiteral("ops@example.com")}}}};

void tst_PausedRuns::init()
{
    target = std::make_unique<FakeHttpServer>();
    QVERIFY(target->start());
    core = std::make_unique<TestCore>();
    QVERIFY(core->listen());
    RestartTarget second = RestartTarget::generic(QStringLiteral("second"),
                                                  target->url(QStringLiteral("/start")).toString(),
                                                  OutboundRequest::Auth::Bearer);
    core->engine->addConnector(std::make_shared<PausedRunConnector>(QList<RestartTarget>{second}));
    core->store.putSealedSecret(RestartTarget::secretName(QStringLiteral("second")),
                                core->vault.seal("target-token"));
    core->outbox->start();
}

void tst_PausedRuns::cleanup()
{
    core.reset();
    target.reset();
}

tst_PausedRuns::Paused tst_PausedRuns::pause(const QJsonObject &extra)
{
    QJsonObject body{{QStringLiteral("target"), QStringLiteral("second")},
                     {QStringLiteral("data"), runData}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    const TestReply reply = TestHttp::postJson(core->url(QStringLiteral("/hooks/pipelines/pause")),
                                               body, TestCore::webhookAuth());
    Paused paused;
    paused.status = reply.status;
    paused.id = reply.json().value(QStringLiteral("id")).toInteger();
    paused.token = reply.json().value(QStringLiteral("token")).toString();
    paused.restartUrl = QUrl(reply.json().value(QStringLiteral("restartUrl")).toString());
    return paused;
}

TestReply tst_PausedRuns::confirm(const QUrl &restartUrl, const QByteArray &decision)
{
    return TestHttp::send(QStringLiteral("POST"), restartUrl, "decision=" + decision,
                          {{QByteArrayLiteral("Content-Type"),
                            QByteArrayLiteral("application/x-www-form-urlencoded")}});
}

void tst_PausedRuns::pauseAndRestartOnce()
{
    const Paused paused =
            pause({{QStringLiteral("title"), QStringLiteral("Load <sales> into the warehouse")}});
    QCOMPARE(paused.status, 201);
    QCOMPARE(paused.token.size(), 86); // 64 random bytes
    QCOMPARE(paused.restartUrl.toString(),
             QStringLiteral("http://127.0.0.1:%1/pipelines/restart?token=%2")
                     .arg(core->port)
                     .arg(paused.token));
    const Approval run = *core->engine->approval(paused.id);
    QCOMPARE(run.kind, QStringLiteral("pausedrun"));
    QCOMPARE(run.metadata.value(QStringLiteral("data")).toObject(), runData);
    QVERIFY(run.deadline.isValid());

    const TestReply page = TestHttp::send(QStringLiteral("GET"), paused.restartUrl);
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("Load &lt;sales&gt; into the warehouse"));
    QVERIFY(page.body.contains("ops@example.com"));
    QVERIFY(page.body.contains("Restart"));
    QCOMPARE(page.header("Content-Security-Policy"),
             QByteArray("default-src 'none'; style-src 'unsafe-inline'; form-action 'self'"));
    // A GET restarts nothing: it queued no call.
    QCOMPARE(OutboxProbe::rows(core->databasePath(), paused.id), 0);
    QCOMPARE(target->requests.size(), 0);
    QVERIFY(core->engine->approval(paused.id)->isPending());

    const TestReply done = confirm(paused.restartUrl, "approve");
    QCOMPARE(done.status, 200);
    QVERIFY(done.body.contains("Restart requested"));
    QTRY_COMPARE(core->engine->approval(paused.id)->delivery, DeliveryState::Delivered);
    QCOMPARE(target->requests.size(), 1);
    const RecordedRequest &start = target->requests.first();
    QCOMPARE(start.method, QStringLiteral("POST"));
    QCOMPARE(start.path, QStringLiteral("/start"));
    QCOMPARE(start.header("Authorization"), QByteArray("Bearer target-token"));
    QCOMPARE(start.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(start.body, QJsonDocument(runData).toJson(QJsonDocument::Compact));
    QCOMPARE(core->engine->approval(paused.id)->decisionOrigin, QStringLiteral("link"));

    QCOMPARE(confirm(paused.restartUrl, "approve").status, 409); // used
    QCOMPARE(TestHttp::send(QStringLiteral("GET"), paused.restartUrl).status, 409);
    QCOMPARE(OutboxProbe::rows(core->databasePath(), paused.id), 1); // the one restart
    QCOMPARE(target->requests.size(), 1);
}

void tst_PausedRuns::racingConfirmationsRestartOnce()
{
    const Paused paused = pause();
    QNetworkAccessManager network;
    QNetworkRequest request(paused.restartUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    // Two connections, both sent before either answer is read.
    QNetworkReply *first = network.post(request, QByteArrayLiteral("decision=approve"));
    QNetworkReply *second = network.post(request, QByteArrayLiteral("decision=approve"));
    QTRY_VERIFY(first->isFinished() && second->isFinished());
    QList<int> statuses{first->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                        second->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()};
    std::sort(statuses.begin(), statuses.end());
    QCOMPARE(statuses, (QList<int>{200, 409}));
    delete first;
    delete second;
    QTRY_COMPARE(core->engine->approval(paused.id)->delivery, DeliveryState::Delivered);
    QCOMPARE(OutboxProbe::rows(core->databasePath(), paused.id), 1); // the loser queued nothing
    QCOMPARE(target->requests.size(), 1);
}

void tst_PausedRuns::rejectClosesWithoutRestart()
{
    const Paused paused = pause();
    const TestReply done = confirm(paused.restartUrl, "reject");
    QCOMPARE(done.status, 200);
    QVERIFY(done.body.contains("Run cancelled"));
    const Approval run = *core->engine->approval(paused.id);
    QCOMPARE(run.state, ApprovalState::Rejected);
    QCOMPARE(run.delivery, DeliveryState::None);
    QCOMPARE(OutboxProbe::rows(core->databasePath(), paused.id), 0);
    QCOMPARE(target->requests.size(), 0);
}

void tst_PausedRuns::expiryClosesWithoutRestart()
{
    core->clock.set(QDateTime::currentDateTimeUtc());
    const Paused paused = pause({{QStringLiteral("expiresInMinutes"), 30}});
    QCOMPARE(paused.status, 201);
    core->clock.advance(30 * 60 * 1000 + 1);
    QCOMPARE(core->engine->expireDue(), 1);
    QCOMPARE(core->engine->approval(paused.id)->state, ApprovalState::Expired);
    const TestReply page = TestHttp::send(QStringLiteral("GET"), paused.restartUrl);
    QCOMPARE(page.status, 410);
    QVERIFY(page.body.contains("Link expired"));
    QCOMPARE(confirm(paused.restartUrl, "approve").status, 410);
    QCOMPARE(OutboxProbe::rows(core->databasePath(), paused.id), 0);
    QCOMPARE(target->requests.size(), 0);
}

void tst_PausedRuns::badTokens()
{
    const Paused paused = pause();
    const QString unknown = QString::fromLatin1(ActionTokens::generate(ActionTokens::restartBytes));
    QCOMPARE(TestHttp::send(QStringLiteral("GET"),
                            core->url(QStringLiteral("/pipelines/restart?token=") + unknown))
                     .status,
             404);
    QCOMPARE(TestHttp::send(QStringLiteral("GET"), core->url(QStringLiteral("/pipelines/restart")))
                     .status,
             404);
    QCOMPARE(confirm(core->url(QStringLiteral("/pipelines/restart?token=") + unknown), "approve")
                     .status,
             404);
    // A decision link's token is not a restart token, and the other way round.
    QCOMPARE(
            TestHttp::send(QStringLiteral("GET"), core->url(QStringLiteral("/act/") + paused.token))
                    .status,
            404);
    // Decided in the console first: the link says so and triggers nothing more.
    core->engine->decide(paused.id,
                         {Verdict::Reject, QStringLiteral("alice"), QStringLiteral("window"), {}});
    const TestReply late = confirm(paused.restartUrl, "approve");
    QCOMPARE(late.status, 409);
    QVERIFY(late.body.contains("Already decided"));
    QCOMPARE(OutboxProbe::rows(core->databasePath(), paused.id), 0);
    QCOMPARE(target->requests.size(), 0);
}

void tst_PausedRuns::badPauseRequests_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::newRow("no target") << QByteArray("{\"data\":{}}") << 400;
    QTest::newRow("data not an object")
            << QByteArray("{\"target\":\"second\",\"data\":[1]}") << 400;
    QTest::newRow("no data") << QByteArray("{\"target\":\"second\"}") << 400;
    QTest::newRow("unknown target") << QByteArray("{\"target\":\"nope\",\"data\":{}}") << 422;
    QTest::newRow("negative expiry")
            << QByteArray("{\"target\":\"second\",\"data\":{},\"expiresInMinutes\":-1}") << 400;
}

void tst_PausedRuns::badPauseRequests()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    const TestReply reply = TestHttp::send(
            QStringLiteral("POST"), core->url(QStringLiteral("/hooks/pipelines/pause")), body,
            {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
             TestCore::webhookAuth().first()});
    QCOMPARE(reply.status, status);
    QCOMPARE(core->engine->countApprovals(std::nullopt), 0);
}

void tst_PausedRuns::dataFactoryPreset()
{
    const RestartTarget adf = RestartTarget::azureDataFactory(
            QStringLiteral("adf"), QStringLiteral("0000-sub"), QStringLiteral("rg-data"),
            QStringLiteral("factory1"), QStringLiteral("LoadSales"));
    QString error;
    const OutboundRequest request = adf.render(runData, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(request.method, QStringLiteral("POST"));
    QCOMPARE(request.url.toString(QUrl::FullyEncoded),
             QStringLiteral("https://management.azure.com/subscriptions/0000-sub/resourceGroups/"
                            "rg-data/providers/"
                            "Microsoft.DataFactory/factories/factory1/pipelines/LoadSales/"
                            "createRun?api-version=2018-06-01"));
    QCOMPARE(request.body,
             QByteArray(
                     "{\"notify\":{\"to\":\"ops@example.com\"},\"rows\":1200,\"runId\":\"r-42\"}"));
    QCOMPARE(request.auth, OutboundRequest::Auth::Bearer);
    QCOMPARE(request.secretName, QStringLiteral("restart-target/adf"));
    QCOMPARE(request.headers,
             (QList<QPair<QByteArray, QByteArray>>{{"Content-Type", "application/json"}}));
}

void tst_PausedRuns::templatesFillFields()
{
    RestartTarget custom;
    custom.name = QStringLiteral("custom");
    custom.method = QStringLiteral("PUT");
    custom.urlTemplate =
            QStringLiteral("https://ci.example.com/runs/{{data.runId}}/resume?who={{ data.user }}");
    custom.bodyTemplate =
            QStringLiteral("{\"rows\":{{data.rows}},\"id\":{{data.runId}},\"all\":{{data}}}");
    QString error;
    const QJsonObject data{{QStringLiteral("runId"), QStringLiteral("r 1\"")},
                           {QStringLiteral("rows"), 3},
                           {QStringLiteral("user"), QStringLiteral("a&b")}};
    const OutboundRequest request = custom.render(data, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(request.method, QStringLiteral("PUT"));
    QCOMPARE(request.url.toString(QUrl::FullyEncoded),
             QStringLiteral("https://ci.example.com/runs/r%201%22/resume?who=a%26b"));
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QCOMPARE(body.value(QStringLiteral("rows")).toInt(), 3);
    QCOMPARE(body.value(QStringLiteral("id")).toString(),
             QStringLiteral("r 1\"")); // quoted and escaped JSON
    QCOMPARE(body.value(QStringLiteral("all")).toObject(), data);
    QCOMPARE(request.auth, OutboundRequest::Auth::None);
    QVERIFY(request.secretName.isEmpty());

    custom.render(QJsonObject{{QStringLiteral("rows"), 1}}, &error);
    QCOMPARE(error, QStringLiteral("restart target 'custom' needs field 'data.runId'"));
}

void tst_PausedRuns::settingsAndEnvironment()
{
    const QString path = core->dir.filePath(QStringLiteral("gatehouse.ini"));
    {
        QSettings ini(path, QSettings::IniFormat);
        ini.setValue(QStringLiteral("links/publicUrl"),
                     QStringLiteral("https://gatehouse.example.com/"));
        ini.setValue(QStringLiteral("links/expiryMinutes"), 90);
        ini.setValue(QStringLiteral("flexdeploy/baseUrl"),
                     QStringLiteral("http://flexdeploy:8000"));
        ini.setValue(QStringLiteral("restartTargets/adf-load/preset"), QStringLiteral("adf"));
        ini.setValue(QStringLiteral("restartTargets/adf-load/subscriptionId"), QStringLiteral("s"));
        ini.setValue(QStringLiteral("restartTargets/adf-load/resourceGroup"), QStringLiteral("g"));
        ini.setValue(QStringLiteral("restartTargets/adf-load/factory"), QStringLiteral("f"));
        ini.setValue(QStringLiteral("restartTargets/adf-load/pipeline"), QStringLiteral("p"));
        ini.setValue(QStringLiteral("restartTargets/hook/url"),
                     QStringLiteral("https://ci.example.com/go"));
        ini.setValue(QStringLiteral("restartTargets/hook/auth"), QStringLiteral("basic"));
        ini.setValue(QStringLiteral("restartTargets/hook/runIdField"), QStringLiteral("id"));
    }
    QSettings ini(path, QSettings::IniFormat);
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("GATEHOUSE_FLEXDEPLOY_CREDENTIALS"), QStringLiteral("u:p"));
    environment.insert(QStringLiteral("GATEHOUSE_RESTART_CREDENTIALS_ADF_LOAD"),
                       QStringLiteral("aad-token"));
    ServiceConfig config;
    readTaskSettings(ini, environment, &config);
    QCOMPARE(config.publicUrl, QUrl(QStringLiteral("https://gatehouse.example.com/")));
    QCOMPARE(config.linkExpiryMinutes, 90);
    QCOMPARE(config.flexDeployBaseUrl, QUrl(QStringLiteral("http://flexdeploy:8000")));
    QCOMPARE(config.flexDeployCredentials, QByteArray("u:p"));
    QCOMPARE(config.restartTargets.size(), 2);
    QCOMPARE(config.restartTargets.at(0).name, QStringLiteral("adf-load"));
    QCOMPARE(config.restartTargets.at(0).auth, OutboundRequest::Auth::Bearer);
    QCOMPARE(config.restartTargets.at(1).auth, OutboundRequest::Auth::BasicUserPassword);
    QCOMPARE(config.restartTargetCredentials.value(QStringLiteral("adf-load")),
             QByteArray("aad-token"));
    QVERIFY(!config.restartTargetCredentials.contains(QStringLiteral("hook")));
    QCOMPARE(config.restartTargets.at(0).runIdField, QStringLiteral("runId,id"));
    QCOMPARE(config.restartTargets.at(1).runIdField, QStringLiteral("id"));

    LinkSettings links;
    links.publicUrl = config.publicUrl;
    QCOMPARE(links.link(QStringLiteral("/act/abc"), QStringLiteral("decision=approve")).toString(),
             QStringLiteral("https://gatehouse.example.com/act/abc?decision=approve"));
}

void tst_PausedRuns::restartRunIdRecorded()
{
    // The restart request asks for the run id of the target's answer: Data Factory's
    // createRun answers {"runId": "..."}; it is recorded as "restartRunId".
    QString error;
    const OutboundRequest adf =
            RestartTarget::azureDataFactory(QStringLiteral("adf"), QStringLiteral("s"),
                                            QStringLiteral("g"), QStringLiteral("f"),
                                            QStringLiteral("p"))
                    .render(runData, &error);
    QCOMPARE(adf.captureField, QStringLiteral("runId,id"));
    QCOMPARE(adf.captureAs, QStringLiteral("restartRunId"));
    const OutboundRequest stored = OutboundRequest::fromJson(adf.toJson());
    QCOMPARE(stored.captureField, QStringLiteral("runId,id"));
    QCOMPARE(stored.captureAs, QStringLiteral("restartRunId"));
    // Requests that capture nothing are stored exactly as before.
    QVERIFY(!OutboundRequest().toJson().contains(QStringLiteral("captureField")));
    QVERIFY(!OutboundRequest().toJson().contains(QStringLiteral("captureAs")));
    RestartTarget quiet = RestartTarget::generic(QStringLiteral("q"),
                                                 QStringLiteral("https://ci.example.com/go"));
    quiet.runIdField.clear();
    QVERIFY(quiet.render(runData, &error).captureField.isEmpty());

    target->setScript({{200, QByteArrayLiteral("{\"runId\": \"6c1f-run-42\"}")}});
    const Paused paused = pause();
    QCOMPARE(paused.status, 201);
    QCOMPARE(confirm(paused.restartUrl, "approve").status, 200);
    QTRY_COMPARE(target->requests.size(), 1);
    QTRY_COMPARE(core->engine->approval(paused.id)
                         ->metadata.value(QStringLiteral("restartRunId"))
                         .toString(),
                 QStringLiteral("6c1f-run-42"));
    bool onTimeline = false;
    for (const TimelineEntry &entry : core->engine->timeline(paused.id))
        onTimeline = onTimeline || entry.message.contains(QStringLiteral("runId 6c1f-run-42"));
    QVERIFY(onTimeline);

    // A target that answers {"id": ...} instead: the default's second choice.
    target->setScript({{201, QByteArrayLiteral("{\"id\": 9917, \"state\": \"queued\"}")}});
    const Paused second = pause();
    QCOMPARE(second.status, 201);
    QCOMPARE(confirm(second.restartUrl, "approve").status, 200);
    QTRY_COMPARE(core->engine->approval(second.id)
                         ->metadata.value(QStringLiteral("restartRunId"))
                         .toInteger(),
                 9917);
}

QTEST_GUILESS_MAIN(tst_PausedRuns)
#include "tst_pausedruns.moc"
