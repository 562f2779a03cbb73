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
    confirm.captureField = QString::fromLatin1(readByConnector);
    confirm.captureAs = confirmRead;
    QUrl withTree = build;
    withTree.setQuery(
            QStringLiteral("tree=actions%5Bcauses%5BshortDescription,userId,userName%5D%5D"));
    OutboundRequest who = call(QStringLiteral("GET"), withTree, QStringLiteral("build"));
    who.purpose = OutboundRequest::Purpose::Status;
    who.captureField = QString::fromLatin1(readByConnector);
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
        read.captureField = QString::fromLatin1(readByConnector);
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

Connector::Reading JenkinsConnector::readAnswer(const OutboundRequest &request,
                                                const QByteArray &answer,
                                                const Approval &approval) const
{
    Reading reading;
    Approval updated = approval;
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
                if (!who.isEmpty() && updated.requestedBy.isEmpty()) {
                    updated.requestedBy = who.left(200);
                    updated.metadata.insert(JenkinsMetadata::triggeredBy, who.left(200));
                }
            }
        }
        reading.approval = updated;
        return reading;
    }
    const std::optional<QJsonObject> input = JenkinsInput::find(answer, inputId);
    if (request.captureAs == confirmRead) {
        if (!input) {
            updated.metadata.insert(JenkinsMetadata::confirmation, QStringLiteral("not waiting"));
            reading.line =
                    trJenkins("Jenkins lists no waiting input %1: not confirmed").arg(inputId);
        } else {
            updated.metadata.insert(JenkinsMetadata::confirmation, QStringLiteral("waiting"));
            for (auto it = input->constBegin(); it != input->constEnd(); ++it)
                updated.metadata.insert(it.key(), it.value());
            const QString message = input->value(JenkinsMetadata::message).toString();
            if (!message.isEmpty())
                updated.title = message.left(500);
            reading.line = trJenkins("Jenkins confirms the input waits: %1").arg(message);
        }
        reading.approval = updated;
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
        post.body = JenkinsInput::proceedForm(
                input->value(JenkinsMetadata::parameters).toArray(),
                approval.metadata.value(JenkinsMetadata::values).toObject());
        reading.requests = {post};
        reading.line = trJenkins("Input %1 still waits: proceeding").arg(inputId);
    }
    return reading;
}
