#include "jenkinsconnector.h"

#include "connectors/jenkins/jenkinsinput.h"
#include "connectors/jenkins/jenkinsmetadata.h"
#include "connectors/jenkins/jenkinsurl.h"
#include "connectors/jsonfields.h"
#include "connectors/jsonparse.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace {
// What each read request is for (OutboundRequest::captureAs); readAnswer() dispatches on it.
const QString confirmRead = QStringLiteral("confirm");
const QString approveRead = QStringLiteral("approve");
const QString buildRead = QStringLiteral("build");

QString trJenkins(const char *text)
{
    return QCoreApplication::translate("JenkinsConnector", text);
}
} // namespace

JenkinsConnector::JenkinsConnector(const QUrl &baseUrl) : m_baseUrl(baseUrl)
{
    if (m_baseUrl.isValid() && !m_baseUrl.isEmpty() && !m_baseUrl.path().endsWith(QLatin1Char('/')))
        m_baseUrl.setPath(m_baseUrl.path() + QLatin1Char('/'));
}

ParseOutcome JenkinsConnector::parse(const HttpRequest &request, const QDateTime &) const
{
    QJsonObject body;
    if (auto failure = parseJsonObject(request.body, &body))
        return *failure;
    JsonFields fields(body);
    const QString buildUrl = fields.requiredString(QStringLiteral("buildUrl"));
    const QString inputId = fields.requiredString(QStringLiteral("inputId"));
    if (!fields.ok())
        return ParseOutcome::fail(400, QStringLiteral("invalid field"), fields.problem());
    if (!m_baseUrl.isValid() || m_baseUrl.isEmpty())
        return ParseOutcome::fail(404, QStringLiteral("not configured"),
                                  QStringLiteral("Jenkins is not configured: set jenkins/url"));
    if (!JenkinsUrl::isInputId(inputId))
        return ParseOutcome::fail(400, QStringLiteral("invalid field"),
                                  QStringLiteral("field 'inputId' must be the input's id as "
                                                 "Jenkins shows it (letters, digits, . _ ~ -)"));
    QString problem;
    const std::optional<JenkinsBuild> build = JenkinsUrl::build(m_baseUrl, buildUrl, &problem);
    if (!build)
        return ParseOutcome::fail(400, QStringLiteral("invalid field"), problem);

    Approval a;
    a.connector = name();
    a.kind = QStringLiteral("jenkins");
    a.externalId =
            QStringLiteral("jenkins:%1:%2:%3").arg(build->job).arg(build->number).arg(inputId);
    a.title = trJenkins("Input %1 of %2 #%3").arg(inputId, build->job).arg(build->number);
    a.pipeline = build->job;
    a.stage = QStringLiteral("#%1").arg(build->number);
    a.metadata.insert(JenkinsMetadata::buildUrl, build->url.toString(QUrl::FullyEncoded));
    a.metadata.insert(JenkinsMetadata::inputId, inputId);
    a.metadata.insert(JenkinsMetadata::job, build->job);
    a.metadata.insert(JenkinsMetadata::build, build->number);
    a.metadata.insert(JenkinsMetadata::confirmation, QStringLiteral("confirming"));
    ParsedWebhook parsed{a, {}};
    parsed.keepFirst = {JenkinsMetadata::confirmation, JenkinsMetadata::message,
                        JenkinsMetadata::proceedText, JenkinsMetadata::parameters,
                        JenkinsMetadata::triggeredBy};
    return ParseOutcome::ok(parsed);
}

QUrl JenkinsConnector::under(const Approval &approval, const QString &relative) const
{
    // Checked again at every call: the base may have changed since the hook arrived.
    const QUrl build(JenkinsMetadata::text(approval, JenkinsMetadata::buildUrl), QUrl::StrictMode);
    const QUrl url = build.resolved(QUrl(relative, QUrl::StrictMode));
    return JenkinsUrl::isUnder(m_baseUrl, build) && JenkinsUrl::isUnder(m_baseUrl, url) ? url
                                                                                        : QUrl();
}

OutboundRequest JenkinsConnector::call(const QString &method, const QUrl &url,
                                       const QString &label) const
{
    OutboundRequest request;
    request.method = method;
    request.url = url;
    request.auth = OutboundRequest::Auth::BasicUserPassword;
    request.secretName = credentialsSecret();
    request.label = label;
    return request;
}

QList<OutboundRequest> JenkinsConnector::openingRequests(const Approval &created) const
{
    const QUrl pending = under(created, QStringLiteral("wfapi/pendingInputActions"));
    const QUrl build = under(created, QStringLiteral("api/json"));
    if (pending.isEmpty() || build.isEmpty())
        return {};
    OutboundRequest confirm =
            call(QStringLiteral("GET"), pending, QStringLiteral("pendingInputActions"));
    confirm.purpose = OutboundRequest::Purpose::Status;
    confirm.readAnswer = true;
    confirm.captureAs = confirmRead;
    QUrl withTree = build;
    withTree.setQuery(
            QStringLiteral("tree=actions%5Bcauses%5BshortDescription,userId,userName%5D%5D"));
    OutboundRequest who = call(QStringLiteral("GET"), withTree, QStringLiteral("build"));
    who.purpose = OutboundRequest::Purpose::Status;
    who.readAnswer = true;
    who.captureAs = buildRead;
    return {confirm, who};
}

QList<OutboundRequest> JenkinsConnector::decisionRequests(const Approval &decided) const
{
    const QString id = QString::fromLatin1(
            QUrl::toPercentEncoding(JenkinsMetadata::text(decided, JenkinsMetadata::inputId)));
    if (decided.state == ApprovalState::Approved) {
        // Read the input again first: its parameters decide the form, and an input someone
        // settled in Jenkins meanwhile is not proceeded a second time.
        const QUrl pending = under(decided, QStringLiteral("wfapi/pendingInputActions"));
        if (pending.isEmpty())
            return {};
        OutboundRequest read =
                call(QStringLiteral("GET"), pending, QStringLiteral("pendingInputActions"));
        read.readAnswer = true;
        read.captureAs = approveRead;
        return {read};
    }
    if (decided.state == ApprovalState::Cancelled)
        return {};
    // Rejected or expired: the build stops with a Rejection naming the API token's user.
    const QUrl abort = under(decided, QStringLiteral("input/%1/abort").arg(id));
    if (abort.isEmpty())
        return {};
    OutboundRequest request = call(QStringLiteral("POST"), abort, QStringLiteral("abort"));
    request.headers.append({QByteArrayLiteral("Content-Type"),
                            QByteArrayLiteral("application/x-www-form-urlencoded")});
    return {request};
}

AnswerReading JenkinsConnector::readAnswer(const Approval &approval, const OutboundRequest &request,
                                           const QByteArray &answer) const
{
    AnswerReading reading;
    const QString inputId = JenkinsMetadata::text(approval, JenkinsMetadata::inputId);
    if (request.captureAs == buildRead) {
        const QJsonObject build = QJsonDocument::fromJson(answer).object();
        for (const QJsonValue &action : build.value(QStringLiteral("actions")).toArray()) {
            for (const QJsonValue &cause :
                 action.toObject().value(QStringLiteral("causes")).toArray()) {
                const QJsonObject c = cause.toObject();
                const QString who = c.value(QStringLiteral("userName")).toString().isEmpty()
                        ? c.value(QStringLiteral("shortDescription")).toString()
                        : c.value(QStringLiteral("userName")).toString();
                if (!who.isEmpty() && approval.requestedBy.isEmpty()
                    && reading.requestedBy.isEmpty()) {
                    reading.requestedBy = who.left(200);
                    reading.metadata.insert(JenkinsMetadata::triggeredBy, who.left(200));
                }
            }
        }
        return reading;
    }
    const std::optional<QJsonObject> input = JenkinsInput::find(answer, inputId);
    if (request.captureAs == confirmRead) {
        if (!input) {
            reading.metadata.insert(JenkinsMetadata::confirmation, QStringLiteral("not waiting"));
            reading.line =
                    trJenkins("Jenkins lists no waiting input %1: not confirmed").arg(inputId);
        } else {
            reading.metadata.insert(JenkinsMetadata::confirmation, QStringLiteral("waiting"));
            for (auto it = input->constBegin(); it != input->constEnd(); ++it)
                reading.metadata.insert(it.key(), it.value());
            const QString message = input->value(JenkinsMetadata::message).toString();
            reading.title = message.left(500);
            reading.line = trJenkins("Jenkins confirms the input waits: %1").arg(message);
        }
        return reading;
    }
    if (request.captureAs == approveRead) {
        if (!input) {
            reading.line = trJenkins("Jenkins no longer waits for input %1: nothing proceeded")
                                   .arg(inputId);
            return reading;
        }
        const QString id = QString::fromLatin1(QUrl::toPercentEncoding(inputId));
        const QUrl proceed = under(approval, QStringLiteral("input/%1/proceed").arg(id));
        if (proceed.isEmpty())
            return reading;
        OutboundRequest post = call(QStringLiteral("POST"), proceed, QStringLiteral("proceed"));
        post.headers.append({QByteArrayLiteral("Content-Type"),
                             QByteArrayLiteral("application/x-www-form-urlencoded")});
        const QJsonArray parameters = input->value(JenkinsMetadata::parameters).toArray();
        // The form sealed with the decision, while Jenkins declares the parameters it was
        // built for; else every parameter from the values kept in the open (no password).
        if (approval.metadata.contains(JenkinsMetadata::formParameters)
            && approval.metadata.value(JenkinsMetadata::formParameters).toArray() == parameters)
            post.bodySecretName = secretName(approval.id, JenkinsMetadata::proceedFormSecret);
        else
            post.body = JenkinsInput::proceedForm(
                    parameters, approval.metadata.value(JenkinsMetadata::values).toObject());
        reading.requests = {post};
        reading.line = trJenkins("Input %1 still waits: proceeding").arg(inputId);
    }
    return reading;
}

QJsonArray JenkinsConnector::decisionInputs(const Approval &approval) const
{
    if (!JenkinsMetadata::confirmed(approval))
        return {};
    const QJsonObject chosen = approval.metadata.value(JenkinsMetadata::values).toObject();
    QJsonArray inputs;
    for (const QJsonValue &entry : approval.metadata.value(JenkinsMetadata::parameters).toArray()) {
        const QJsonObject parameter = entry.toObject();
        const QString name = parameter.value(QStringLiteral("name")).toString();
        const QJsonValue value = chosen.contains(name) ? chosen.value(name)
                                                       : parameter.value(QStringLiteral("default"));
        inputs.append(QJsonObject{
                {QStringLiteral("name"), name},
                {QStringLiteral("kind"), JenkinsInput::kindOf(parameter)},
                {QStringLiteral("description"), parameter.value(QStringLiteral("description"))},
                {QStringLiteral("value"), value},
                {QStringLiteral("choices"), parameter.value(QStringLiteral("choices"))}});
    }
    return inputs;
}

AcceptedInputs JenkinsConnector::acceptInputs(const Approval &approval,
                                              const QJsonObject &inputs) const
{
    AcceptedInputs accepted;
    if (!JenkinsMetadata::confirmed(approval)) {
        accepted.error = trJenkins("Jenkins has not confirmed this input yet: its parameters "
                                   "are not known");
        return accepted;
    }
    const QJsonArray parameters = approval.metadata.value(JenkinsMetadata::parameters).toArray();
    accepted.error = JenkinsInput::checkValues(parameters, inputs);
    if (!accepted.error.isEmpty())
        return accepted;
    // Values stay readable on the approval, except a password's; the whole form, passwords
    // included, is sealed and sent as it is unless Jenkins' parameters change meanwhile.
    QJsonObject open;
    for (const QJsonValue &entry : parameters) {
        const QJsonObject parameter = entry.toObject();
        const QString name = parameter.value(QStringLiteral("name")).toString();
        if (inputs.contains(name) && JenkinsInput::kindOf(parameter) != QLatin1String("password"))
            open.insert(name, inputs.value(name));
    }
    accepted.metadata.insert(JenkinsMetadata::values, open);
    accepted.metadata.insert(JenkinsMetadata::formParameters, parameters);
    accepted.secrets.insert(JenkinsMetadata::proceedFormSecret,
                            JenkinsInput::proceedForm(parameters, inputs));
    return accepted;
}
