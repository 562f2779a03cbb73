#include "flexdeployconnector.h"

#include "connectors/jsonfields.h"
#include "connectors/jsonparse.h"
#include "connectors/slacktext.h"
#include "core/pathsegment.h"

#include <QJsonDocument>

#include <cmath>

namespace {
constexpr double maxLinkMinutes = 60.0 * 24 * 30;
}

ParseOutcome FlexDeployConnector::parse(const HttpRequest &request, double *linkMinutes) const
{
    QJsonObject body;
    if (auto failure = parseJsonObject(request.body, &body))
        return *failure;

    // The seed sends the id as a string; FlexDeploy's own API uses numbers. Take both.
    QString taskId;
    const QJsonValue id = body.value(QStringLiteral("taskid"));
    if (id.isString()) {
        taskId = id.toString().trimmed();
    } else if (id.isDouble()) {
        const double number = id.toDouble();
        if (number >= 0 && number < 9.0e15 && std::floor(number) == number)
            taskId = QString::number(qint64(number));
    }
    if (taskId.isEmpty() || taskId.size() > 64)
        return ParseOutcome::fail(
                400, QStringLiteral("invalid field"),
                QStringLiteral("field 'taskid' must be a non-empty string or a whole number"));
    if (!PathSegment::isSafe(taskId))
        return ParseOutcome::fail(400, QStringLiteral("invalid field"),
                                  QStringLiteral("field 'taskid' %1").arg(PathSegment::rule()));

    JsonFields fields(body);
    const QString description = fields.optionalString(QStringLiteral("description"));
    const double minutes = fields.optionalNumber(QStringLiteral("expiresInMinutes"), 0);
    if (!fields.ok())
        return ParseOutcome::fail(400, QStringLiteral("invalid field"), fields.problem());
    if (minutes < 0 || minutes > maxLinkMinutes)
        return ParseOutcome::fail(
                400, QStringLiteral("invalid field"),
                QStringLiteral("field 'expiresInMinutes' must be between 1 and %1")
                        .arg(maxLinkMinutes));
    if (linkMinutes)
        *linkMinutes = minutes;

    Approval a;
    a.connector = name();
    a.kind = QStringLiteral("task");
    a.externalId = taskId;
    a.title = QStringLiteral("FlexDeploy task %1").arg(taskId);
    a.description = description;
    a.requestedBy = QStringLiteral("FlexDeploy");
    a.metadata.insert(QStringLiteral("taskId"), taskId);
    return ParseOutcome::ok({a, {}});
}

QList<OutboundRequest> FlexDeployConnector::decisionRequests(const Approval &decided) const
{
    if (!m_config.baseUrl.isValid() || m_config.baseUrl.isEmpty())
        return {};
    const QString taskId = decided.metadata.value(QStringLiteral("taskId")).toString();
    if (!PathSegment::isSafe(taskId))
        return {}; // refused at ingest; a row from before that rule is not sent anywhere
    // An expired task is rejected, so that FlexDeploy does not wait for ever.
    const bool approve = decided.state == ApprovalState::Approved;
    QString base = m_config.baseUrl.toString(QUrl::FullyEncoded);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    OutboundRequest request;
    request.method = QStringLiteral("PUT");
    request.url = QUrl(
            base
                    + QStringLiteral("/flexdeploy/rest/v1/tasks/approval/%1/%2")
                              .arg(approve ? QStringLiteral("approve") : QStringLiteral("reject"),
                                   QString::fromLatin1(QUrl::toPercentEncoding(taskId))),
            QUrl::StrictMode);
    request.headers.append(
            {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    const QString notes = decided.state == ApprovalState::Expired
            ? QStringLiteral("Gatehouse: no decision before the deadline")
            : decided.comment;
    request.body = QJsonDocument(QJsonObject{{QStringLiteral("notes"), notes}})
                           .toJson(QJsonDocument::Compact);
    request.auth = OutboundRequest::Auth::BasicUserPassword;
    request.secretName = credentialsSecret();
    request.label =
            approve ? QStringLiteral("FlexDeploy approve") : QStringLiteral("FlexDeploy reject");
    return {request};
}

QByteArray FlexDeployConnector::chatMessage(const Approval &task, const QUrl &approveUrl,
                                            const QUrl &rejectUrl) const
{
    // The description is the sender's text: escaped as Slack asks, so that "<!channel>"
    // or "<https://evil.example|Approve>" in it shows as typed instead of becoming a
    // mention or a link beside the real ones. The links are Gatehouse's own.
    const QString text =
            QStringLiteral("%1\nApprove: %2\nReject: %3")
                    .arg(SlackText::escaped(task.description.isEmpty() ? task.title
                                                                       : task.description),
                         approveUrl.toString(QUrl::FullyEncoded),
                         rejectUrl.toString(QUrl::FullyEncoded));
    return QJsonDocument(QJsonObject{{QStringLiteral("text"), text}})
            .toJson(QJsonDocument::Compact);
}

QList<OutboundRequest> FlexDeployConnector::chatRequests(const Approval &task) const
{
    if (!m_config.chatWebhookUrl.isValid() || m_config.chatWebhookUrl.isEmpty())
        return {};
    OutboundRequest request;
    request.url = m_config.chatWebhookUrl;
    request.headers.append(
            {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    request.bodySecretName = secretName(task.id, chatMessageSecret());
    request.purpose = OutboundRequest::Purpose::Status;
    request.label = QStringLiteral("chat message");
    return {request};
}
