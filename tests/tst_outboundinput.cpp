// What a webhook sender's values can do to outbound calls and to what is stored:
// Azure's job token repeated in the body is stored nowhere (the database files are
// scanned); "." and ".." (and empty) as FlexDeploy task ids or restart path values
// are a 400 naming the field and are never sent (a "/" stays encoded in its segment); chat messages
// escape Slack markup; the Data Factory preset's management URL is a setting.
#include "support/fakehttpserver.h"
#include "support/testcore.h"
#include "support/testhttp.h"

#include "connectors/azure/azurechecksconnector.h"
#include "connectors/flexdeploy/flexdeployconnector.h"
#include "connectors/pausedrun/pausedrunconnector.h"
#include "service/tasksettings.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray databaseBytes(const TestCore &core)
{
    QByteArray bytes;
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        QFile file(core.databasePath() + suffix);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

QList<QPair<QByteArray, QByteArray>> jsonHook()
{
    return {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
            TestCore::webhookAuth().first()};
}

} // namespace

class tst_OutboundInput : public QObject
{
    Q_OBJECT
private slots:
    void azureTokenStoredNowhere();
    void flexDeployTaskIdIsAPathSegment_data();
    void flexDeployTaskIdIsAPathSegment();
    void flexDeployNeverSendsADotSegment();
    void restartPathValues_data();
    void restartPathValues();
    void chatMessageIsEscaped();
    void dataFactoryManagementUrl();
};

void tst_OutboundInput::azureTokenStoredNowhere()
{
    FakeHttpServer azure;
    QVERIFY(azure.start());
    TestCore core;
    core.engine->addConnector(std::make_shared<AzureChecksConnector>());
    QVERIFY(core.listen());
    core.outbox->start();
    const QByteArray token = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.job-token-5f3c9a.sig_Zq81";
    const QString t = QString::fromLatin1(token);
    const QJsonObject body{
            {QStringLiteral("AuthToken"), t},
            {QStringLiteral("authtoken"), t},
            {QStringLiteral("title"), QStringLiteral("Deploy with ") + t},
            {QStringLiteral("description"), QStringLiteral("token=") + t + QStringLiteral(";")},
            {QStringLiteral("pipeline"), t},
            {QStringLiteral("nested"),
             QJsonObject{{QStringLiteral("Authorization"), QStringLiteral("Bearer ") + t},
                         {t, QStringLiteral("as a key")}}},
            {QStringLiteral("list"), QJsonArray{t, 1}},
    };
    QList<QPair<QByteArray, QByteArray>> headers = jsonHook();
    headers += {{"PlanUrl", azure.url(QStringLiteral("/org/")).toString().toUtf8()},
                {"ProjectId", "proj"},
                {"HubName", "checks"},
                {"PlanId", "plan-1"},
                {"JobId", "job-1"},
                {"TaskInstanceId", "task-1"},
                {"AuthToken", token}};
    const TestReply reply =
            TestHttp::send(QStringLiteral("POST"), core.url(QStringLiteral("/hooks/azure/check")),
                           QJsonDocument(body).toJson(), headers);
    QVERIFY2(reply.status == 200 || reply.status == 201, reply.body.constData());
    const qint64 id = reply.json().value(QStringLiteral("id")).toInteger();
    const Approval check = *core.engine->approval(id);
    QCOMPARE(check.title, QStringLiteral("Deploy with [redacted]"));
    QCOMPARE(check.description, QStringLiteral("token=[redacted];"));
    QCOMPARE(check.pipeline, QStringLiteral("[redacted]"));
    // The same webhook again (Azure retries) goes through the update path.
    QVERIFY(TestHttp::send(QStringLiteral("POST"), core.url(QStringLiteral("/hooks/azure/check")),
                           QJsonDocument(body).toJson(), headers)
                    .status
            < 300);
    core.engine->decide(id, {Verdict::Approve, QStringLiteral("alice"), QStringLiteral("api"), {}});
    QTRY_COMPARE(core.engine->approval(id)->delivery, DeliveryState::Delivered);
    // Delivered with the token, as Azure needs it...
    QVERIFY(!azure.requests.isEmpty());
    QCOMPARE(azure.requests.last().header("Authorization"), "Basic " + (":" + token).toBase64());
    // ...and stored nowhere: not in the database, not in its write-ahead log.
    const QByteArray bytes = databaseBytes(core);
    QVERIFY(bytes.size() > 4096);
    QVERIFY(!bytes.contains(token));
    QVERIFY(!bytes.contains("job-token-5f3c9a"));
    QVERIFY(!bytes.contains(token.toBase64()));
    QVERIFY(bytes.contains("[redacted]"));
}

void tst_OutboundInput::flexDeployTaskIdIsAPathSegment_data()
{
    QTest::addColumn<QByteArray>("taskId");
    QTest::newRow("dot") << QByteArray("\".\"");
    QTest::newRow("dot dot") << QByteArray("\"..\"");
    QTest::newRow("dot dot, spaced") << QByteArray("\" .. \"");
    QTest::newRow("empty") << QByteArray("\"\"");
}

void tst_OutboundInput::flexDeployTaskIdIsAPathSegment()
{
    QFETCH(QByteArray, taskId);
    TestCore core;
    QVERIFY(core.listen());
    const TestReply reply = TestHttp::send(QStringLiteral("POST"),
                                           core.url(QStringLiteral("/hooks/flexdeploy/tasks")),
                                           "{\"taskid\":" + taskId + "}", jsonHook());
    QCOMPARE(reply.status, 400);
    QVERIFY2(reply.json()
                     .value(QStringLiteral("detail"))
                     .toString()
                     .startsWith(QStringLiteral("field 'taskid' ")),
             reply.body.constData());
    QCOMPARE(core.engine->countApprovals(std::nullopt), 0);
}

void tst_OutboundInput::flexDeployNeverSendsADotSegment()
{
    // A task stored before the rule (or by any other path) is still never sent.
    FakeHttpServer flexDeploy;
    QVERIFY(flexDeploy.start());
    const FlexDeployConnector connector(FlexDeployConfig{flexDeploy.url({}), {}});
    Approval task;
    task.connector = connector.name();
    task.kind = QStringLiteral("task");
    task.state = ApprovalState::Approved;
    task.metadata = {{QStringLiteral("taskId"), QStringLiteral("..")}};
    QVERIFY(connector.decisionRequests(task).isEmpty());
    task.metadata = {{QStringLiteral("taskId"), QStringLiteral("8900")}};
    const QList<OutboundRequest> requests = connector.decisionRequests(task);
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().url.path(),
             QStringLiteral("/flexdeploy/rest/v1/tasks/approval/approve/8900"));
    // A slash stays inside its segment, percent-encoded: no way up the path.
    task.metadata = {{QStringLiteral("taskId"), QStringLiteral("9/../../users")}};
    QCOMPARE(connector.decisionRequests(task).first().url.toString(QUrl::FullyEncoded),
             flexDeploy.url({}).toString()
                     + QStringLiteral("/flexdeploy/rest/v1/tasks/approval/approve/"
                                      "9%2F..%2F..%2Fusers"));
}

void tst_OutboundInput::restartPathValues_data()
{
    QTest::addColumn<QString>("run");
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    QTest::newRow("dot dot in the path") << ".."
                                         << "x" << 400 << "data.run";
    QTest::newRow("dot in the path") << "."
                                     << "x" << 400 << "data.run";
    QTest::newRow("empty in the path") << ""
                                       << "x" << 400 << "data.run";
    QTest::newRow("dot dot in the query is harmless") << "r-1"
                                                      << ".." << 201 << QString();
}

void tst_OutboundInput::restartPathValues()
{
    QFETCH(QString, run);
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(QString, field);
    FakeHttpServer target;
    QVERIFY(target.start());
    TestCore core;
    RestartTarget restart = RestartTarget::generic(
            QStringLiteral("second"),
            QStringLiteral("http://127.0.0.1:%1/runs/{{data.run}}/start?note={{data.note}}")
                    .arg(target.port()));
    core.engine->addConnector(std::make_shared<PausedRunConnector>(QList<RestartTarget>{restart}));
    QVERIFY(core.listen());
    core.outbox->start();
    const TestReply reply = TestHttp::postJson(
            core.url(QStringLiteral("/hooks/pipelines/pause")),
            {{QStringLiteral("target"), QStringLiteral("second")},
             {QStringLiteral("data"),
              QJsonObject{{QStringLiteral("run"), run}, {QStringLiteral("note"), query}}}},
            TestCore::webhookAuth());
    QCOMPARE(reply.status, status);
    if (status == 400) {
        QVERIFY2(reply.json()
                         .value(QStringLiteral("detail"))
                         .toString()
                         .startsWith(QStringLiteral("field '%1' must not be").arg(field)),
                 reply.body.constData());
        QCOMPARE(core.engine->countApprovals(std::nullopt), 0);
        // Defence in depth: the target refuses to render such a value at all.
        QString error;
        const OutboundRequest rendered = restart.render(
                QJsonObject{{QStringLiteral("run"), run}, {QStringLiteral("note"), query}}, &error);
        QVERIFY(rendered.url.isEmpty());
        QVERIFY(error.startsWith(QStringLiteral("field 'data.run'")));
        return;
    }
    const qint64 id = reply.json().value(QStringLiteral("id")).toInteger();
    core.engine->decide(id, {Verdict::Approve, QStringLiteral("alice"), QStringLiteral("api"), {}});
    QTRY_COMPARE(target.requests.size(), 1);
    QCOMPARE(target.requests.first().path, QStringLiteral("/runs/r-1/start"));
    QCOMPARE(target.requests.first().query.queryItemValue(QStringLiteral("note")),
             QStringLiteral(".."));
}

void tst_OutboundInput::chatMessageIsEscaped()
{
    FakeHttpServer chat;
    QVERIFY(chat.start());
    TestCore core;
    core.engine->addConnector(std::make_shared<FlexDeployConnector>(
            FlexDeployConfig{{}, chat.url(QStringLiteral("/services/T0/B0/X"))}));
    QVERIFY(core.listen());
    core.outbox->start();
    const QJsonObject task{
            {QStringLiteral("taskid"), QStringLiteral("8900")},
            {QStringLiteral("description"),
             QStringLiteral("<!channel> urgent: <https://evil.example|Approve> & <@U123>")}};
    const TestReply created = TestHttp::postJson(
            core.url(QStringLiteral("/hooks/flexdeploy/tasks")), task, TestCore::webhookAuth());
    QCOMPARE(created.status, 201);
    QTRY_COMPARE(chat.requests.size(), 1);
    const QByteArray approveUrl =
            created.json().value(QStringLiteral("approveUrl")).toString().toUtf8();
    const QByteArray rejectUrl =
            created.json().value(QStringLiteral("rejectUrl")).toString().toUtf8();
    QCOMPARE(chat.requests.first().body,
             "{\"text\":\"&lt;!channel&gt; urgent: &lt;https://evil.example|Approve&gt; &amp; "
             "&lt;@U123&gt;\\nApprove: "
                     + approveUrl + "\\nReject: " + rejectUrl + "\"}");
}

void tst_OutboundInput::dataFactoryManagementUrl()
{
    QTemporaryDir dir;
    FakeHttpServer management;
    QVERIFY(management.start());
    QSettings file(dir.filePath(QStringLiteral("gatehouse.ini")), QSettings::IniFormat);
    file.beginGroup(QStringLiteral("restartTargets"));
    for (const QString &name :
         {QStringLiteral("public"), QStringLiteral("gov"), QStringLiteral("local")}) {
        file.setValue(name + QStringLiteral("/preset"), QStringLiteral("adf"));
        file.setValue(name + QStringLiteral("/subscriptionId"), QStringLiteral("sub"));
        file.setValue(name + QStringLiteral("/resourceGroup"), QStringLiteral("rg"));
        file.setValue(name + QStringLiteral("/factory"), QStringLiteral("f1"));
        file.setValue(name + QStringLiteral("/pipeline"), QStringLiteral("Load"));
    }
    file.setValue(QStringLiteral("gov/managementUrl"),
                  QStringLiteral("https://management.usgovcloudapi.net/"));
    file.setValue(QStringLiteral("local/managementUrl"), management.url({}).toString());
    file.endGroup();
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("GATEHOUSE_RESTART_CREDENTIALS_LOCAL"),
                       QStringLiteral("aad-token"));
    ServiceConfig config;
    readTaskSettings(file, environment, &config);
    QCOMPARE(config.restartTargets.size(), 3);
    QHash<QString, RestartTarget> targets;
    for (const RestartTarget &target : std::as_const(config.restartTargets))
        targets.insert(target.name, target);
    const QString path = QStringLiteral("/subscriptions/sub/resourceGroups/rg/providers/"
                                        "Microsoft.DataFactory/factories/f1/pipelines/Load/"
                                        "createRun?api-version=2018-06-01");
    QCOMPARE(targets.value(QStringLiteral("public")).urlTemplate,
             QStringLiteral("https://management.azure.com") + path);
    QCOMPARE(targets.value(QStringLiteral("gov")).urlTemplate,
             QStringLiteral("https://management.usgovcloudapi.net") + path);

    // Over real HTTP: the preset with a management URL of a local fake.
    TestCore core;
    core.engine->addConnector(std::make_shared<PausedRunConnector>(
            QList<RestartTarget>{targets.value(QStringLiteral("local"))}));
    core.engine->putSecret(RestartTarget::secretName(QStringLiteral("local")),
                           config.restartTargetCredentials.value(QStringLiteral("local")));
    core.outbox->start();
    Approval run;
    run.connector = QStringLiteral("pausedruns");
    run.kind = QStringLiteral("pausedrun");
    run.title = QStringLiteral("Load");
    run.metadata = {{QStringLiteral("target"), QStringLiteral("local")},
                    {QStringLiteral("data"), QJsonObject{{QStringLiteral("day"), 3}}}};
    const qint64 id = core.engine->ingest({run, {}}).approval.id;
    core.engine->decide(id, {Verdict::Approve, QStringLiteral("alice"), QStringLiteral("api"), {}});
    QTRY_COMPARE(management.requests.size(), 1);
    const RecordedRequest &request = management.requests.first();
    QCOMPARE(request.method, QStringLiteral("POST"));
    QCOMPARE(request.path + QStringLiteral("?") + request.query.toString(), path);
    QCOMPARE(request.header("Authorization"), QByteArray("Bearer aad-token"));
    QCOMPARE(request.body, QByteArray("{\"day\":3}"));
}

QTEST_GUILESS_MAIN(tst_OutboundInput)
#include "tst_outboundinput.moc"
