#include "genericconnector.h"

#include "connectors/jsonfields.h"
#include "connectors/jsonparse.h"

#include <QJsonDocument>
#include <QUrl>

namespace {
constexpr double maxTimeoutMinutes = 60.0 * 24 * 365;

// Each part percent-encoded, so that a '/' inside a name cannot make two different
// (pipeline, stage, run) triples share a key.
QString keyPart(const QString &part)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(part));
}
} // namespace

QString GenericConnector::groupKey(const QString &pipeline, const QString &stage,
                                   const QString &runId)
{
    // A group is the approvals of one run's stage: all must pass, one failure fails it.
    // Without a runId nothing tells two runs of the same pipeline and stage apart (the
    // externalId names one approval, not its run), and grouping by pipeline and stage
    // alone made a new run look failed because an earlier run was rejected. So such an
    // approval is a group of its own (no key): it can never be mixed with another run.
    if (pipeline.isEmpty() || stage.isEmpty() || runId.isEmpty())
        return {};
    return QStringLiteral("generic:%1/%2/%3")
            .arg(keyPart(pipeline), keyPart(stage), keyPart(runId));
}

ParseOutcome GenericConnector::parse(const HttpRequest &request, const QDateTime &now) const
{
    QJsonObject body;
    if (auto failure = parseJsonObject(request.body, &body))
        return *failure;

    JsonFields fields(body);
    Approval a;
    a.connector = name();
    a.kind = QStringLiteral("generic");
    a.title = fields.requiredString(QStringLiteral("title"));
    const QString callback = fields.requiredString(QStringLiteral("callbackUrl"));
    a.description = fields.optionalString(QStringLiteral("description"));
    a.externalId = fields.optionalString(QStringLiteral("externalId"));
    a.pipeline = fields.optionalString(QStringLiteral("pipeline"));
    a.stage = fields.optionalString(QStringLiteral("stage"));
    a.environment = fields.optionalString(QStringLiteral("environment"));
    a.requestedBy = fields.optionalString(QStringLiteral("requestedBy"));
    const QString runId = fields.optionalString(QStringLiteral("runId"));
    const double timeout = fields.optionalNumber(QStringLiteral("timeoutMinutes"), 0);
    if (!fields.ok())
        return ParseOutcome::fail(400, QStringLiteral("invalid field"), fields.problem());

    const QUrl callbackUrl(callback, QUrl::StrictMode);
    if (!callbackUrl.isValid() || callbackUrl.host().isEmpty()
        || (callbackUrl.scheme() != QLatin1String("http")
            && callbackUrl.scheme() != QLatin1String("https")))
        return ParseOutcome::fail(
                400, QStringLiteral("invalid field"),
                QStringLiteral("field 'callbackUrl' must be an absolute http or https URL"));
    const QString problem = m_guard.checkUrl(callbackUrl);
    if (!problem.isEmpty())
        return ParseOutcome::fail(400, QStringLiteral("invalid field"),
                                  QStringLiteral("field 'callbackUrl' %1").arg(problem));
    if (timeout < 0 || timeout > maxTimeoutMinutes)
        return ParseOutcome::fail(400, QStringLiteral("invalid field"),
                                  QStringLiteral("field 'timeoutMinutes' must be between 0 and %1")
                                          .arg(maxTimeoutMinutes));
    if (timeout > 0)
        a.deadline = now.addMSecs(qint64(timeout * 60 * 1000));
    a.metadata.insert(QStringLiteral("callbackUrl"), callbackUrl.toString(QUrl::FullyEncoded));
    if (!runId.isEmpty())
        a.metadata.insert(QStringLiteral("runId"), runId);
    a.groupKey = groupKey(a.pipeline, a.stage, runId);
    return ParseOutcome::ok({a, {}});
}

QList<OutboundRequest> GenericConnector::decisionRequests(const Approval &decided) const
{
    OutboundRequest request;
    request.url = QUrl(decided.metadata.value(QStringLiteral("callbackUrl")).toString(),
                       QUrl::StrictMode);
    request.headers.append(
            {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    // The approval id and the decision time identify this decision; a redelivery after a
    // crash carries the same body, so the receiver can deduplicate.
    request.headers.append(
            {QByteArrayLiteral("Idempotency-Key"), QByteArray::number(decided.id) + "-decision"});
    QJsonObject body{
            {QStringLiteral("id"), decided.id},
            {QStringLiteral("externalId"), decided.externalId},
            {QStringLiteral("decision"), stateName(decided.state)},
            {QStringLiteral("decidedBy"), decided.decidedBy},
            {QStringLiteral("comment"), decided.comment},
            {QStringLiteral("decidedAt"), decided.decidedAt.toString(Qt::ISODateWithMs)},
    };
    // "decision":"cancelled" because a newer run of the same deployment arrived.
    const QJsonValue supersededBy = decided.metadata.value(QStringLiteral("supersededBy"));
    if (decided.state == ApprovalState::Cancelled && !supersededBy.isUndefined())
        body.insert(QStringLiteral("supersededBy"), supersededBy);
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.label = QStringLiteral("callback");
    request.sign = true;
    return {request};
}
