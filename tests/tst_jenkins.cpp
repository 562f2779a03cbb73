// Jenkins `input` steps (issue 14, part 4) against a fake Jenkins that checks method,
// path, query, Basic auth and body byte for byte: the hook is accepted with 202 and
// confirmed asynchronously with pendingInputActions; an approval re-reads the input and
// proceeds with every parameter (the operator's value, else the default); a rejection
// aborts; a 401 is retried until the credentials work; nothing goes outside jenkins/url.
#include "support/fakehttpserver.h"
#include "support/outboxprobe.h"
#include "support/testcore.h"
#include "support/testhttp.h"

#include "connectors/connectorregistry.h"
#include "connectors/jenkins/jenkinsconnector.h"
#include "connectors/jenkins/jenkinsmetadata.h"
#include "core/engine.h"
#include "models/timelinemodel.h"
#include "ui/detailpane.h"
#include "ui/inputparametersform.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

namespace {
const QByteArray credentials = "release-bot:11abcdef0123456789";
const QByteArray pendingAnswer =
        R"([{"id":"Deploy-prod","proceedText":"Deploy","message":"Deploy 1.4.2 to production?",)"
        R"("inputs":[{"type":"ChoiceParameterDefinition","name":"REGION","description":"target",)"
        R"("definition":{"defaultVal":"eu-west-1","choices":["eu-west-1","us-east-1"]}},)"
        R"({"type":"BooleanParameterDefinition","name":"SMOKE","description":"run smoke tests",)"
        R"("definition":{"defaultVal":true}}],)"
        R"("proceedUrl":"/jenkins/job/shop/job/main/57/wfapi/inputSubmit?inputId=Deploy-prod",)"
        R"("abortUrl":"/jenkins/job/shop/job/main/57/input/Deploy-prod/abort",)"
        R"("redirectApprovalUrl":"/jenkins/job/shop/job/main/57/input/"}])";
const QByteArray buildAnswer =
        R"({"_class":"org.jenkinsci.plugins.workflow.job.WorkflowRun","actions":[{"_class":)"
        R"("hudson.model.CauseAction","causes":[{"_class":"hudson.model.Cause$UserIdCause",)"
        R"("shortDescription":"Started by user Alice Example","userId":"alice",)"
        R"("userName":"Alice Example"}]},{}]})";
const QString buildPath = QStringLiteral("/jenkins/job/shop/job/main/57/");
// An input with one parameter of each kind Jenkins offers.
const QByteArray everyKindAnswer =
        R"([{"id":"Deploy-prod","proceedText":"Deploy","message":"Deploy 1.4.2 to production?",)"
        R"("inputs":[{"type":"StringParameterDefinition","name":"VERSION","description":"",)"
        R"("definition":{"defaultVal":"1.4.2"}},)"
        R"({"type":"TextParameterDefinition","name":"NOTES","description":"release notes",)"
        R"("definition":{"defaultVal":"none"}},)"
        R"({"type":"BooleanParameterDefinition","name":"SMOKE","description":"run smoke tests",)"
        R"("definition":{"defaultVal":true}},)"
        R"({"type":"ChoiceParameterDefinition","name":"REGION","description":"target",)"
        R"("definition":{"defaultVal":"eu-west-1","choices":["eu-west-1","us-east-1","ap-south-1"]}},)"
        R"({"type":"PasswordParameterDefinition","name":"TOKEN","description":"deploy key",)"
        R"("definition":{"defaultVal":""}}]}])";
// The form Jenkins must get: {"parameter":[...]} as json=, form-encoded.
QByteArray proceedBody(const QByteArray &parameters)
{
    return "json="
            + QUrl::toPercentEncoding(
                    QStringLiteral(R"({"parameter":[%1]})").arg(QString::fromUtf8(parameters)));
}
} // namespace

class tst_Jenkins : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void registeredAsOneFolder();
    void hookAcceptedThenConfirmed();
    void approveProceedsWithEveryParameter();
    void rejectAborts();
    void unauthorizedThenRecovers();
    void inputGoneMeanwhile();
    void badHooks_data();
    void badHooks();
    void formFilledByHandIsProceeded();
    void apiApproveWithParameters();
    void heldApprovalKeepsItsParameters();
    void apiRefusesBadParameters_data();
    void apiRefusesBadParameters();

private:
    TestReply hook(const QByteArray &body);
    QByteArray validHook() const;
    qint64 confirmedApproval();
    FakeResponse answer(const RecordedRequest &request);

    std::unique_ptr<TestCore> core;
    std::unique_ptr<FakeHttpServer> jenkins;
    QByteArray m_pending = pendingAnswer;
    int m_unauthorized = 0; // answer this many calls with 401 first
};

void tst_Jenkins::init()
{
    m_pending = pendingAnswer;
    m_unauthorized = 0;
    jenkins = std::make_unique<FakeHttpServer>();
    jenkins->setHandler([this](const RecordedRequest &request) { return answer(request); });
    QVERIFY(jenkins->start());
    core = std::make_unique<TestCore>();
    QVERIFY(core->listen());
    core->engine->addConnector(
            std::make_shared<JenkinsConnector>(jenkins->url(QStringLiteral("/jenkins/"))));
    core->store.putSealedSecret(JenkinsConnector::credentialsSecret(),
                                core->vault.seal(credentials));
    core->outbox->start();
}

void tst_Jenkins::cleanup()
{
    core.reset();
    jenkins.reset();
}

FakeResponse tst_Jenkins::answer(const RecordedRequest &request)
{
    // Jenkins answers only with the API token of its user.
    if (m_unauthorized > 0) {
        --m_unauthorized;
        return {401, "<html>Unauthorized</html>", "text/html"};
    }
    if (request.header("Authorization") != "Basic " + credentials.toBase64())
        return {401, "<html>Unauthorized</html>", "text/html"};
    if (request.method == QLatin1String("GET")
        && request.path == buildPath + QStringLiteral("wfapi/pendingInputActions")
        && request.query.isEmpty())
        return {200, m_pending};
    if (request.method == QLatin1String("GET")
        && request.path == buildPath + QStringLiteral("api/json")
        && request.query.toString(QUrl::FullyEncoded)
                == QStringLiteral("tree=actions%5Bcauses%5BshortDescription,userId,userName%5D%5D"))
        return {200, buildAnswer};
    if (request.method == QLatin1String("POST")
        && (request.path == buildPath + QStringLiteral("input/Deploy-prod/proceed")
            || request.path == buildPath + QStringLiteral("input/Deploy-prod/abort"))
        && request.header("Content-Type") == "application/x-www-form-urlencoded")
        return {200, {}, "text/html"};
    return {404, "<html>Not Found</html>", "text/html"};
}

QByteArray tst_Jenkins::validHook() const
{
    return "{\"buildUrl\":\"" + jenkins->url(buildPath).toEncoded()
            + "\",\"inputId\":\"Deploy-prod\"}";
}

TestReply tst_Jenkins::hook(const QByteArray &body)
{
    return TestHttp::send(
            QStringLiteral("POST"), core->url(QStringLiteral("/hooks/jenkins")), body,
            {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
             TestCore::webhookAuth().first()});
}

qint64 tst_Jenkins::confirmedApproval()
{
    const TestReply accepted = hook(validHook());
    if (accepted.status != 202)
        return 0;
    const qint64 id = accepted.json().value(QStringLiteral("id")).toInteger();
    // Confirmed: both reads answered and nothing left to send.
    const bool settled =
            QTest::qWaitFor([&] { return OutboxProbe::settled(core->databasePath(), id); }, 10000);
    return settled ? id : 0;
}

void tst_Jenkins::registeredAsOneFolder()
{
    const Connector *jenkinsConnector = ConnectorRegistry::find(QStringLiteral("jenkins"));
    QVERIFY(jenkinsConnector);
    QVERIFY(ConnectorRegistry::webhookConnectors().contains(QStringLiteral("jenkins")));
    QCOMPARE(ConnectorRegistry::kind(QStringLiteral("jenkins"))->icon,
             QStringLiteral(":/icons/kind-jenkins.svg"));
    QCOMPARE(jenkinsConnector->routes().size(), 1);
    QCOMPARE(jenkinsConnector->routes().first().path, QStringLiteral("/hooks/jenkins"));
    const auto instructions =
            jenkinsConnector->connectInstructions(QStringLiteral("http://gh:8470"), {});
    QCOMPARE(instructions.size(), 1);
    QVERIFY(instructions.first().payload.contains(QStringLiteral("${env.BUILD_URL}")));
    QVERIFY(instructions.first().payload.contains(QStringLiteral("input id: 'Deploy-prod'")));
}

void tst_Jenkins::hookAcceptedThenConfirmed()
{
    const TestReply accepted = hook(validHook());
    QCOMPARE(accepted.status, 202);
    const qint64 id = accepted.json().value(QStringLiteral("id")).toInteger();
    QCOMPARE(accepted.json().value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
    // Confirming until Jenkins answered; the answer came later than the 202.
    QTRY_COMPARE(JenkinsMetadata::text(*core->engine->approval(id), JenkinsMetadata::confirmation),
                 QStringLiteral("waiting"));
    QTRY_VERIFY(OutboxProbe::settled(core->databasePath(), id));
    const Approval a = *core->engine->approval(id);
    QCOMPARE(a.kind, QStringLiteral("jenkins"));
    QCOMPARE(a.externalId, QStringLiteral("jenkins:shop/main:57:Deploy-prod"));
    QCOMPARE(a.title, QStringLiteral("Deploy 1.4.2 to production?"));
    QCOMPARE(a.pipeline, QStringLiteral("shop/main"));
    QCOMPARE(a.stage, QStringLiteral("#57"));
    QTRY_COMPARE(core->engine->approval(id)->requestedBy, QStringLiteral("Alice Example"));
    QCOMPARE(a.metadata.value(JenkinsMetadata::proceedText).toString(), QStringLiteral("Deploy"));
    const QJsonArray parameters = a.metadata.value(JenkinsMetadata::parameters).toArray();
    QCOMPARE(parameters.size(), 2);
    QCOMPARE(parameters.at(0).toObject().value(QStringLiteral("choices")).toArray().size(), 2);

    // The two reads, byte for byte, with the API token; nothing decided yet.
    QCOMPARE(jenkins->requests.size(), 2);
    for (const RecordedRequest &request : std::as_const(jenkins->requests)) {
        QCOMPARE(request.method, QStringLiteral("GET"));
        QCOMPARE(request.header("Authorization"), "Basic " + credentials.toBase64());
        QVERIFY(request.body.isEmpty());
    }
    QCOMPARE(jenkins->requests.at(0).path, buildPath + QStringLiteral("wfapi/pendingInputActions"));

    // Row facts: job, build (a link to the run), who triggered it, the parameters.
    const QList<ApprovalFact> facts =
            core->engine->connector(QStringLiteral("jenkins"))->facts(*core->engine->approval(id));
    QCOMPARE(facts.at(0).value, QStringLiteral("shop/main"));
    QCOMPARE(facts.at(1).value, QStringLiteral("#57"));
    QCOMPARE(facts.at(1).link, jenkins->url(buildPath));
    QCOMPARE(facts.at(2).value, QStringLiteral("Alice Example"));
    QCOMPARE(facts.at(4).label, QStringLiteral("REGION"));
    QCOMPARE(facts.at(4).value, QStringLiteral("eu-west-1"));

    // A repeated hook is the same approval and does not forget the confirmation.
    const TestReply again = hook(validHook());
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json().value(QStringLiteral("id")).toInteger(), id);
    QCOMPARE(JenkinsMetadata::text(*core->engine->approval(id), JenkinsMetadata::confirmation),
             QStringLiteral("waiting"));
}

void tst_Jenkins::approveProceedsWithEveryParameter()
{
    const qint64 id = confirmedApproval();
    QVERIFY(id > 0);
    jenkins->requests.clear();
    core->engine->decide(id,
                         {Verdict::Approve, QStringLiteral("alice"), QStringLiteral("window"), {}});
    QTRY_COMPARE(core->engine->approval(id)->delivery, DeliveryState::Delivered);
    QCOMPARE(jenkins->requests.size(), 2);
    QCOMPARE(jenkins->requests.at(0).method, QStringLiteral("GET")); // re-read first
    QCOMPARE(jenkins->requests.at(0).path, buildPath + QStringLiteral("wfapi/pendingInputActions"));
    const RecordedRequest &post = jenkins->requests.at(1);
    QCOMPARE(post.method, QStringLiteral("POST"));
    QCOMPARE(post.path, buildPath + QStringLiteral("input/Deploy-prod/proceed"));
    QCOMPARE(post.header("Authorization"), "Basic " + credentials.toBase64());
    QCOMPARE(post.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
    // Every parameter with an explicit value (omitted ones would arrive as null).
    QCOMPARE(post.body,
             QByteArray("json=%7B%22parameter%22%3A%5B%7B%22name%22%3A%22REGION%22%2C%22value%22%3A"
                        "%22eu-west-1%22%7D%2C%7B%22name%22%3A%22SMOKE%22%2C%22value%22%3Atrue%7D%"
                        "5D%7D"));
}

void tst_Jenkins::rejectAborts()
{
    const qint64 id = confirmedApproval();
    QVERIFY(id > 0);
    jenkins->requests.clear();
    core->engine->decide(id,
                         {Verdict::Reject, QStringLiteral("alice"), QStringLiteral("window"),
                          QStringLiteral("not today")});
    QTRY_COMPARE(core->engine->approval(id)->delivery, DeliveryState::Delivered);
    QCOMPARE(jenkins->requests.size(), 1);
    const RecordedRequest &post = jenkins->requests.first();
    QCOMPARE(post.method, QStringLiteral("POST"));
    QCOMPARE(post.path, buildPath + QStringLiteral("input/Deploy-prod/abort"));
    QCOMPARE(post.header("Authorization"), "Basic " + credentials.toBase64());
    QVERIFY(post.body.isEmpty());
}

void tst_Jenkins::unauthorizedThenRecovers()
{
    const qint64 id = confirmedApproval();
    QVERIFY(id > 0);
    jenkins->requests.clear();
    m_unauthorized = 1; // the token was rotated in Jenkins; the next attempt works again
    core->engine->decide(id,
                         {Verdict::Approve, QStringLiteral("alice"), QStringLiteral("window"), {}});
    QTRY_COMPARE_WITH_TIMEOUT(core->engine->approval(id)->delivery, DeliveryState::Delivered,
                              10000);
    QCOMPARE(jenkins->requests.size(), 3); // 401, the re-read, the proceed
    QCOMPARE(jenkins->requests.at(0).path, jenkins->requests.at(1).path);
    QCOMPARE(jenkins->requests.at(2).path, buildPath + QStringLiteral("input/Deploy-prod/proceed"));
    bool sawRefusal = false;
    for (const TimelineEntry &entry : core->engine->timeline(id))
        sawRefusal |= entry.type == QLatin1String("delivery-failed")
                && entry.message.contains(QStringLiteral("401"));
    QVERIFY(sawRefusal);
}

void tst_Jenkins::inputGoneMeanwhile()
{
    const qint64 id = confirmedApproval();
    QVERIFY(id > 0);
    m_pending = "[]"; // someone answered the input in Jenkins itself
    jenkins->requests.clear();
    core->engine->decide(id,
                         {Verdict::Approve, QStringLiteral("alice"), QStringLiteral("window"), {}});
    QTRY_VERIFY(OutboxProbe::settled(core->databasePath(), id));
    QCOMPARE(jenkins->requests.size(), 1); // the re-read, no proceed
    QCOMPARE(jenkins->requests.first().method, QStringLiteral("GET"));
}

void tst_Jenkins::badHooks_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::newRow("no inputId") << QByteArray("{\"buildUrl\":\"%B/jenkins/job/a/1/\"}") << 400;
    QTest::newRow("another host") << QByteArray(
            "{\"buildUrl\":\"http://evil.example/jenkins/job/a/1/\",\"inputId\":\"X\"}")
                                  << 400;
    QTest::newRow("outside the base path")
            << QByteArray("{\"buildUrl\":\"%B/other/job/a/1/\",\"inputId\":\"X\"}") << 400;
    QTest::newRow("dot segments") << QByteArray(
            "{\"buildUrl\":\"%B/jenkins/job/a/../../x/1/\",\"inputId\":\"X\"}")
                                  << 400;
    QTest::newRow("credentials in the URL") << QByteArray(
            "{\"buildUrl\":\"http://u:p@127.0.0.1/jenkins/job/a/1/\",\"inputId\":\"X\"}")
                                            << 400;
    QTest::newRow("not a build") << QByteArray(
            "{\"buildUrl\":\"%B/jenkins/job/a/\",\"inputId\":\"X\"}")
                                 << 400;
    QTest::newRow("unsafe input id")
            << QByteArray("{\"buildUrl\":\"%B/jenkins/job/a/1/\",\"inputId\":\"../x\"}") << 400;
    QTest::newRow("not json") << QByteArray("buildUrl=x") << 400;
}

void tst_Jenkins::badHooks()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    body.replace("%B",
                 jenkins->url({}).toEncoded().chopped(
                         jenkins->url({}).toEncoded().endsWith('/') ? 1 : 0));
    const TestReply reply = hook(body);
    QCOMPARE(reply.status, status);
    QVERIFY2(!reply.json().value(QStringLiteral("detail")).toString().isEmpty(),
             reply.body.constData());
    QCOMPARE(core->engine->countApprovals(std::nullopt), 0);
    QCOMPARE(jenkins->requests.size(), 0);
}

void tst_Jenkins::formFilledByHandIsProceeded()
{
    m_pending = everyKindAnswer;
    const qint64 id = confirmedApproval();
    QVERIFY(id > 0);
    jenkins->requests.clear();

    // The detail pane as the window shows it; Approve decides as the window does.
    TimelineModel timeline;
    DetailPane pane(&timeline);
    pane.resize(420, 900);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QObject::connect(&pane, &DetailPane::approveRequested, &pane,
                     [&](qint64 approvalId, const QString &comment) {
                         core->engine->requestDecision(approvalId, true, comment,
                                                       QStringLiteral("window"),
                                                       QStringLiteral("alice"),
                                                       pane.inputParameters()->values(approvalId));
                     });
    Approval shown = *core->engine->approval(id);
    pane.showApproval(&shown);
    InputParametersForm *form = pane.inputParameters();
    QVERIFY(form->isVisible());

    // One field per parameter, of its kind, prefilled with its default.
    auto *version = qobject_cast<QLineEdit *>(form->field(QStringLiteral("VERSION")));
    auto *notes = qobject_cast<QPlainTextEdit *>(form->field(QStringLiteral("NOTES")));
    auto *smoke = qobject_cast<QCheckBox *>(form->field(QStringLiteral("SMOKE")));
    auto *region = qobject_cast<QComboBox *>(form->field(QStringLiteral("REGION")));
    auto *token = qobject_cast<QLineEdit *>(form->field(QStringLiteral("TOKEN")));
    QVERIFY(version && notes && smoke && region && token);
    QCOMPARE(version->text(), QStringLiteral("1.4.2"));
    QCOMPARE(notes->toPlainText(), QStringLiteral("none"));
    QVERIFY(smoke->isChecked());
    QCOMPARE(region->currentText(), QStringLiteral("eu-west-1"));
    QCOMPARE(region->count(), 3);
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    QCOMPARE(version->echoMode(), QLineEdit::Normal);

    // Filled by hand: keys and clicks, once the new fields are laid out.
    QTRY_VERIFY(smoke->isVisible() && smoke->width() > 0 && smoke->height() > 0);
    version->setFocus();
    QTest::keyClick(version, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(version, QStringLiteral("1.4.3"));
    notes->setFocus();
    QTest::keyClick(notes, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClick(notes, Qt::Key_Return);
    QTest::keyClicks(notes, QStringLiteral("hotfix \"quoted\""));
    // On its box (a check box takes clicks on its box and label, not its whole width).
    QTest::mouseClick(smoke, Qt::LeftButton, {}, QPoint(smoke->height() / 2, smoke->height() / 2));
    region->setFocus();
    QTest::keyClick(region, Qt::Key_Down);
    QTest::keyClick(region, Qt::Key_Down);
    QTest::keyClicks(token, QStringLiteral("s3cret-key"));
    QCOMPARE(region->currentText(), QStringLiteral("ap-south-1"));
    QVERIFY(!smoke->isChecked());

    // A live refresh of the same approval keeps what was typed.
    shown = *core->engine->approval(id);
    pane.showApproval(&shown);
    QCOMPARE(form->field(QStringLiteral("VERSION")), version);
    QCOMPARE(version->text(), QStringLiteral("1.4.3"));

    QTest::mouseClick(pane.approveButton(), Qt::LeftButton);
    QTRY_COMPARE(core->engine->approval(id)->delivery, DeliveryState::Delivered);
    QCOMPARE(jenkins->requests.size(), 2); // the re-read, then the proceed
    const RecordedRequest &post = jenkins->requests.at(1);
    QCOMPARE(post.path, buildPath + QStringLiteral("input/Deploy-prod/proceed"));
    QCOMPARE(post.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
    const QByteArray edited = "{\"name\":\"VERSION\",\"value\":\"1.4.3\"},"
                              "{\"name\":\"NOTES\",\"value\":\"none\\nhotfix \\\"quoted\\\"\"},"
                              "{\"name\":\"SMOKE\",\"value\":false},"
                              "{\"name\":\"REGION\",\"value\":\"ap-south-1\"},"
                              "{\"name\":\"TOKEN\",\"value\":\"s3cret-key\"}";
    QCOMPARE(post.body, proceedBody(edited));
    // The password went to Jenkins only: not in the approval, the API or the database.
    const Approval decided = *core->engine->approval(id);
    QVERIFY(!QJsonDocument(decided.metadata).toJson().contains("s3cret-key"));
    QCOMPARE(decided.metadata.value(JenkinsMetadata::values)
                     .toObject()
                     .value(QStringLiteral("REGION"))
                     .toString(),
             QStringLiteral("ap-south-1"));
    for (const QString &file :
         {core->databasePath(), core->databasePath() + QStringLiteral("-wal")}) {
        QFile database(file);
        if (database.open(QIODevice::ReadOnly))
            QVERIFY2(!database.readAll().contains("s3cret-key"), qPrintable(file));
    }
}

void tst_Jenkins::apiApproveWithParameters()
{
    const qint64 id = confirmedApproval();
    QVERIFY(id > 0);
    jenkins->requests.clear();
    const TestReply approved = TestHttp::send(
            QStringLiteral("POST"), core->url(QStringLiteral("/api/approvals/%1/approve").arg(id)),
            R"({"decidedBy":"alice","parameters":{"REGION":"us-east-1"}})",
            core->operatorAuth()
                    + QList<QPair<QByteArray, QByteArray>>{
                            {QByteArrayLiteral("Content-Type"),
                             QByteArrayLiteral("application/json")}});
    QCOMPARE(approved.status, 200);
    QTRY_COMPARE(core->engine->approval(id)->delivery, DeliveryState::Delivered);
    QCOMPARE(jenkins->requests.size(), 2);
    // The chosen region; the parameter left out gets its default, explicitly.
    const QByteArray chosen = R"({"name":"REGION","value":"us-east-1"},)"
                              R"({"name":"SMOKE","value":true})";
    QCOMPARE(jenkins->requests.at(1).body, proceedBody(chosen));
}

void tst_Jenkins::heldApprovalKeepsItsParameters()
{
    // A person's approval waits for the gates; the gates' decision later proceeds with
    // the values that person chose.
    const qint64 id = confirmedApproval();
    QVERIFY(id > 0);
    jenkins->requests.clear();
    core->engine->setApprovalHold([](const Approval &, const Decision &) { return true; });
    Decision person{Verdict::Approve, QStringLiteral("alice"), QStringLiteral("window"), {}};
    person.inputs = QJsonObject{{QStringLiteral("REGION"), QStringLiteral("us-east-1")},
                                {QStringLiteral("SMOKE"), false}};
    QCOMPARE(core->engine->decide(id, person).outcome, Engine::DecideOutcome::Held);
    QVERIFY(core->engine->approval(id)->isPending());
    core->engine->decide(
            id, {Verdict::Approve, QStringLiteral("gatehouse"), QStringLiteral("policy"), {}});
    QTRY_COMPARE(core->engine->approval(id)->delivery, DeliveryState::Delivered);
    QCOMPARE(jenkins->requests.size(), 2);
    const QByteArray held = R"({"name":"REGION","value":"us-east-1"},)"
                            R"({"name":"SMOKE","value":false})";
    QCOMPARE(jenkins->requests.at(1).body, proceedBody(held));
}

void tst_Jenkins::apiRefusesBadParameters_data()
{
    QTest::addColumn<QString>("verb");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("detail");
    QTest::newRow("unknown parameter")
            << "approve" << QByteArray(R"({"parameters":{"REGOIN":"us-east-1"}})")
            << "no parameter 'REGOIN'";
    QTest::newRow("not a choice") << "approve"
                                  << QByteArray(R"({"parameters":{"REGION":"mars-1"}})")
                                  << "must be one of: eu-west-1, us-east-1";
    QTest::newRow("boolean as text") << "approve" << QByteArray(R"({"parameters":{"SMOKE":"yes"}})")
                                     << "must be true or false";
    QTest::newRow("choice as number")
            << "approve" << QByteArray(R"({"parameters":{"REGION":1}})") << "must be a string";
    QTest::newRow("not an object")
            << "approve" << QByteArray(R"({"parameters":["REGION"]})") << "must be an object";
    QTest::newRow("with a rejection")
            << "reject" << QByteArray(R"({"parameters":{"REGION":"us-east-1"}})")
            << "approval only";
}

void tst_Jenkins::apiRefusesBadParameters()
{
    QFETCH(QString, verb);
    QFETCH(QByteArray, body);
    QFETCH(QString, detail);
    const qint64 id = confirmedApproval();
    QVERIFY(id > 0);
    jenkins->requests.clear();
    const TestReply refused = TestHttp::send(
            QStringLiteral("POST"),
            core->url(QStringLiteral("/api/approvals/%1/%2").arg(id).arg(verb)), body,
            core->operatorAuth()
                    + QList<QPair<QByteArray, QByteArray>>{
                            {QByteArrayLiteral("Content-Type"),
                             QByteArrayLiteral("application/json")}});
    QCOMPARE(refused.status, 400);
    QVERIFY2(refused.json().value(QStringLiteral("detail")).toString().contains(detail),
             refused.body.constData());
    // Nothing recorded, nothing sent: the approval still waits.
    QVERIFY(core->engine->approval(id)->isPending());
    QVERIFY(OutboxProbe::settled(core->databasePath(), id));
    QCOMPARE(jenkins->requests.size(), 0);
}

QTEST_MAIN(tst_Jenkins)
#include "tst_jenkins.moc"
