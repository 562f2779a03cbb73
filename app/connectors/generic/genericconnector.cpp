#include "genericconnector.h"

#include "connectors/connecthelp.h"
#include "connectors/jsonfields.h"
#include "connectors/jsonparse.h"
#include "core/engine.h"

#include <QJsonDocument>
#include <QUrl>

namespace {
constexpr double maxTimeoutMinutes = 60.0 * 24 * 365;
constexpr int maxRunUrlLength = 2048;

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
    const QString runUrl = fields.optionalString(QStringLiteral("runUrl"));
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
    // Only shown as the detail pane's "View run" link, never fetched: a web address.
    const QUrl runLink(runUrl, QUrl::StrictMode);
    if (!runUrl.isEmpty()
        && (runUrl.size() > maxRunUrlLength || !runLink.isValid() || runLink.host().isEmpty()
            || (runLink.scheme() != QLatin1String("http")
                && runLink.scheme() != QLatin1String("https"))))
        return ParseOutcome::fail(400, QStringLiteral("invalid field"),
                                  QStringLiteral("field 'runUrl' must be an absolute http or "
                                                 "https URL of at most %1 characters")
                                          .arg(maxRunUrlLength));
    if (timeout > 0)
        a.deadline = now.addMSecs(qint64(timeout * 60 * 1000));
    a.metadata.insert(QStringLiteral("callbackUrl"), callbackUrl.toString(QUrl::FullyEncoded));
    if (!runId.isEmpty())
        a.metadata.insert(QStringLiteral("runId"), runId);
    if (!runUrl.isEmpty())
        a.metadata.insert(QStringLiteral("runUrl"), runLink.toString(QUrl::FullyEncoded));
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

std::shared_ptr<Connector> GenericConnector::create(const ServiceConfig &)
{
    return std::make_shared<GenericConnector>();
}

QString GenericConnector::displayName() const
{
    return QCoreApplication::translate("ConnectorNames", "Generic");
}

QList<ConnectorKind> GenericConnector::kinds() const
{
    // No sidebar view of its own: generic approvals are in Pending and Needs me.
    return {{QStringLiteral("generic"), QT_TRANSLATE_NOOP("ApprovalTableModel", "Generic"), "",
             QStringLiteral(":/icons/kind-generic.svg")}};
}

QList<InboundRoute> GenericConnector::routes() const
{
    // Pure and thread-safe (the target guard is set before the receiver starts): the
    // receiver thread that takes a webhook parses it (parseAnywhere).
    const auto parse = [this](const HttpRequest &request, const QDateTime &now) {
        if (const auto refusal = jsonMediaTypeRefusal(request))
            return ParseOutcome::fail(refusal->status, refusal->error, refusal->detail);
        return this->parse(request, now);
    };
    return {{QStringLiteral("POST"), QStringLiteral("/hooks/generic"), name(), parse, {}, true}};
}

QList<OutboundCall> GenericConnector::outboundCalls() const
{
    return {{QStringLiteral("POST"), QStringLiteral("{callbackUrl}"),
             QStringLiteral("the decision as JSON, signed (Standard Webhooks)")}};
}

QList<ConnectorSetting> GenericConnector::settings() const
{
    return {};
}

QList<ConnectInstructions> GenericConnector::connectInstructions(const QString &endpoint,
                                                                 const QString &secret) const
{
    return {{ConnectHelp::tr("Generic webhook"), endpoint + QStringLiteral("/hooks/generic"),
             QStringLiteral("POST"), ConnectHelp::jsonHeaders(secret),
             QStringLiteral("{\n"
                            "    \"title\": \"Deploy shop 3.1 to production\",\n"
                            "    \"externalId\": \"shop-run-4711-prod\",\n"
                            "    \"pipeline\": \"shop\",\n"
                            "    \"stage\": \"prod\",\n"
                            "    \"environment\": \"production\",\n"
                            "    \"requestedBy\": \"alice\",\n"
                            "    \"description\": \"Release notes: ...\",\n"
                            "    \"timeoutMinutes\": 60,\n"
                            "    \"callbackUrl\": \"https://ci.example.com/hooks/gatehouse\"\n"
                            "}"),
             ConnectHelp::tr("Required: title and callbackUrl. Gatehouse posts the decision as "
                             "JSON (id, externalId, decision, decidedBy, comment, decidedAt) to "
                             "callbackUrl. The same externalId updates the approval instead of "
                             "creating a twin."),
             secret}};
}
