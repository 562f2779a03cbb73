#include "azurechecksconnector.h"

#include "connectors/jsonparse.h"
#include "connectors/secretscrub.h"
#include "delivery/targetguard.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>
#include <QUrlQuery>

namespace {

constexpr double maxTimeoutMinutes = 60.0 * 24 * 365;
const char eventsApiVersion[] = "2.0-preview.1"; // the version of Microsoft's docs and samples
const char logApiVersion[] = "4.1"; // feed, logs and records, as PROTOCOLS.md 1.6

struct HeaderField
{
    const char *header; // as Azure's defaults spell it; looked up case-insensitively
    const char *metadataKey; // nullptr: a secret, never stored in metadata
};

// The seven headers that seed 000 lists "at a minimum".
const HeaderField requiredHeaders[] = {
        {"PlanUrl", "planUrl"}, {"ProjectId", "projectId"}, {"HubName", "hubName"},
        {"PlanId", "planId"},   {"JobId", "jobId"},         {"TaskInstanceId", "taskInstanceId"},
        {"AuthToken", nullptr},
};
const HeaderField optionalHeaders[] = {{"TimelineId", "timelineId"}, {"BuildId", "buildId"}};

QString headerText(const HttpRequest &request, const char *name)
{
    return QString::fromUtf8(request.header(name)).trimmed();
}

QString tr(const char *text)
{
    return QCoreApplication::translate("AzureChecksConnector", text);
}

// One JSON string literal, escaped; the bodies below are written by hand because
// QJsonObject sorts its keys and Azure's documented bodies list "name" first.
QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QString bodyString(const QJsonObject &body, const char *field)
{
    const QJsonValue value = body.value(QLatin1String(field));
    return value.isString() ? value.toString().trimmed() : QString();
}

// The body is user-defined and may carry the job token (the V0 task's default body
// did): keep it out of the stored copy.
QString storableBody(QJsonObject body, const QByteArray &token)
{
    const QStringList keys = body.keys();
    for (const QString &key : keys) {
        if (key.compare(QLatin1String("AuthToken"), Qt::CaseInsensitive) == 0)
            body.remove(key);
    }
    QString text = QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (!token.isEmpty())
        text.replace(QString::fromUtf8(token), QStringLiteral("[redacted]"));
    return text;
}

// Reads the documented optional body fields; anything else in the body is only shown.
void applyBody(Approval *a, const QJsonObject &body)
{
    a->title = bodyString(body, "title");
    a->description = bodyString(body, "instructions");
    if (a->description.isEmpty())
        a->description = bodyString(body, "description");
    a->pipeline = bodyString(body, "pipeline");
    a->stage = bodyString(body, "stage");
    a->environment = bodyString(body, "environment");
    a->requestedBy = bodyString(body, "requestedBy");
}

std::optional<ParseOutcome> readTimeout(const QJsonObject &body, const QDateTime &now, Approval *a)
{
    const QJsonValue value = body.value(QStringLiteral("timeoutMinutes"));
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    bool ok = value.isDouble();
    double minutes = value.toDouble();
    if (value.isString())
        minutes = value.toString().toDouble(&ok);
    if (!ok || minutes < 0 || minutes > maxTimeoutMinutes)
        return ParseOutcome::fail(
                400, QStringLiteral("invalid field"),
                QStringLiteral("field 'timeoutMinutes' must be a number from 0 to %1")
                        .arg(maxTimeoutMinutes));
    if (minutes > 0)
        a->deadline = now.addMSecs(qint64(minutes * 60 * 1000));
    return std::nullopt;
}

// A header, or else a query parameter of the same name (gates are often GETs whose
// headers are awkward to set).
QString headerOrQuery(const HttpRequest &request, const char *name)
{
    const QString value = headerText(request, name);
    if (!value.isEmpty())
        return value;
    return request.query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded).trimmed();
}

// Azure keeps the gate's schedule to itself; the user may tell us, in minutes, so the
// console can count the evaluations against it and show the time left.
std::optional<ParseOutcome> readGateSchedule(const HttpRequest &request, const QDateTime &now,
                                             Approval *a)
{
    for (const char *name : {"GatehouseInterval", "GatehouseTimeout"}) {
        const QString text = headerOrQuery(request, name);
        if (text.isEmpty())
            continue;
        bool ok = false;
        const double minutes = text.toDouble(&ok);
        if (!ok || minutes <= 0 || minutes > maxTimeoutMinutes)
            return ParseOutcome::fail(400, QStringLiteral("invalid header"),
                                      QStringLiteral("'%1' must be a number of minutes from"
                                                     " more than 0 to %2")
                                              .arg(QLatin1String(name))
                                              .arg(maxTimeoutMinutes));
        if (qstrcmp(name, "GatehouseInterval") == 0) {
            a->metadata.insert(QStringLiteral("gateIntervalMinutes"), minutes);
        } else {
            a->metadata.insert(QStringLiteral("gateTimeoutMinutes"), minutes);
            // Azure stops asking then; the approval ends with it instead of lingering.
            a->deadline = now.addMSecs(qint64(minutes * 60 * 1000));
        }
    }
    return std::nullopt;
}

QString segment(const QJsonObject &metadata, const char *key)
{
    return QString::fromLatin1(
            QUrl::toPercentEncoding(metadata.value(QLatin1String(key)).toString()));
}

// B = {PlanUrl}{ProjectId}/_apis/distributedtask/hubs/{HubName}/plans/{PlanId}, joined
// with exactly one slash whether or not PlanUrl ends in one (PROTOCOLS.md 1.2).
QUrl planUrl(const QJsonObject &m, const QString &rest, const char *apiVersion)
{
    QString root = m.value(QStringLiteral("planUrl")).toString();
    while (root.endsWith(QLatin1Char('/')))
        root.chop(1);
    QUrl url(root + QLatin1Char('/') + segment(m, "projectId")
                     + QStringLiteral("/_apis/distributedtask/hubs/") + segment(m, "hubName")
                     + QStringLiteral("/plans/") + segment(m, "planId") + rest,
             QUrl::StrictMode);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("api-version"), QLatin1String(apiVersion));
    url.setQuery(query);
    return url;
}

OutboundRequest azureRequest(const Approval &approval, const QUrl &url, const QByteArray &body)
{
    OutboundRequest request;
    request.url = url;
    request.headers.append(
            {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    request.body = body;
    request.auth = OutboundRequest::Auth::BasicToken;
    request.secretName = Connector::secretName(approval.id, QStringLiteral("authToken"));
    return request;
}

// Checks with a TimelineId get a task log of their own (PROTOCOLS.md 1.6): it shows on
// the run page under the check, where the live console feed is gone once the page is
// reloaded.
bool hasTaskLog(const Approval &approval)
{
    return approval.kind == QLatin1String("check")
            && !approval.metadata.value(QStringLiteral("timelineId")).toString().isEmpty();
}

const QString logIdKey = QStringLiteral("azureLogId");

// "logs\{TaskInstanceId}" as a JSON string: the path Microsoft's samples give the log.
QByteArray logPathJson(const QJsonObject &m)
{
    return jsonString(QStringLiteral("logs\\")
                      + m.value(QStringLiteral("taskInstanceId")).toString());
}

QByteArrayList stampedLines(const QString &line, const QDateTime &at)
{
    const QString stamp = at.toUTC().toString(Qt::ISODate);
    QByteArrayList lines;
    for (const QString &part : line.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        lines.append((stamp + QLatin1Char(' ') + part).toUtf8());
    return lines;
}

OutboundRequest statusRequest(const Approval &approval, const QString &method, const QUrl &url,
                              const QByteArray &body, const QString &label)
{
    OutboundRequest request = azureRequest(approval, url, body);
    request.method = method;
    request.purpose = OutboundRequest::Purpose::Status;
    request.label = label;
    return request;
}

// The run page's live console (feed) and the check's task log, the same lines in both.
QList<OutboundRequest> logRequests(const Approval &approval, const QString &line,
                                   const QDateTime &at)
{
    const QByteArrayList lines = stampedLines(line, at);
    if (!hasTaskLog(approval) || lines.isEmpty())
        return {};
    const QJsonObject &m = approval.metadata;
    QByteArrayList values;
    for (const QByteArray &text : lines)
        values.append(jsonString(QString::fromUtf8(text)));
    const QByteArray feedBody = "{\"value\":[" + values.join(',')
            + "],\"count\":" + QByteArray::number(values.size()) + '}';
    const QString feedPath = QStringLiteral("/timelines/%1/records/%2/feed")
                                     .arg(segment(m, "timelineId"), segment(m, "jobId"));
    const OutboundRequest feed =
            statusRequest(approval, QStringLiteral("POST"), planUrl(m, feedPath, logApiVersion),
                          feedBody, QStringLiteral("console line"));

    // The log id is known only once Azure answered the create call: a placeholder.
    const QString appendPath = QStringLiteral("/logs/")
            + QString::fromLatin1(QUrl::toPercentEncoding(OutboundRequest::placeholder(logIdKey)));
    OutboundRequest append =
            statusRequest(approval, QStringLiteral("POST"), planUrl(m, appendPath, logApiVersion),
                          lines.join('\n') + '\n', QStringLiteral("log line"));
    append.headers = {
            {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/octet-stream")}};
    append.placeholders = {logIdKey};
    return {feed, append};
}

} // namespace

QList<OutboundRequest> AzureChecksConnector::openingRequests(const Approval &created) const
{
    if (!hasTaskLog(created))
        return {};
    const QJsonObject &m = created.metadata;
    OutboundRequest create = statusRequest(
            created, QStringLiteral("POST"), planUrl(m, QStringLiteral("/logs"), logApiVersion),
            "{\"path\":" + logPathJson(m) + '}', QStringLiteral("task log"));
    create.captureField = QStringLiteral("id");
    create.captureAs = logIdKey;

    // Attaching the log to the check's timeline record is what makes it show.
    const QByteArray attachBody = "{\"value\":[{\"id\":"
            + jsonString(m.value(QStringLiteral("taskInstanceId")).toString())
            + ",\"log\":{\"id\":" + OutboundRequest::placeholder(logIdKey).toUtf8()
            + ",\"path\":" + logPathJson(m) + "}}],\"count\":1}";
    const QString attachPath =
            QStringLiteral("/timelines/%1/records").arg(segment(m, "timelineId"));
    OutboundRequest attach =
            statusRequest(created, QStringLiteral("PATCH"), planUrl(m, attachPath, logApiVersion),
                          attachBody, QStringLiteral("log attached"));
    attach.placeholders = {logIdKey};
    return {create, attach};
}

ParseOutcome AzureChecksConnector::parse(const HttpRequest &request, const QDateTime &now) const
{
    QStringList missing;
    for (const HeaderField &field : requiredHeaders) {
        if (headerText(request, field.header).isEmpty())
            missing.append(QLatin1String(field.header));
    }
    if (!missing.isEmpty())
        return ParseOutcome::fail(
                400, QStringLiteral("missing headers"),
                QStringLiteral("required headers missing: %1 (see docs/azure.md for"
                               " the headers JSON to paste into the check)")
                        .arg(missing.join(QStringLiteral(", "))));
    const QUrl base(headerText(request, "PlanUrl"), QUrl::StrictMode);
    if (!base.isValid() || base.host().isEmpty() || base.hasQuery() || base.hasFragment()
        || (base.scheme() != QLatin1String("http") && base.scheme() != QLatin1String("https")))
        return ParseOutcome::fail(
                400, QStringLiteral("invalid header"),
                QStringLiteral("header 'PlanUrl' must be an absolute http or https"
                               " URL, as $(system.CollectionUri) is"));
    const QString planUrlProblem = m_guard.checkUrl(base);
    if (!planUrlProblem.isEmpty())
        return ParseOutcome::fail(400, QStringLiteral("invalid header"),
                                  QStringLiteral("header 'PlanUrl' %1").arg(planUrlProblem));
    const QByteArray token = request.header("AuthToken").trimmed();
    QJsonObject body;
    if (auto failure = parseJsonObject(request.body, &body, true))
        return *failure;
    // The job token is a credential: whatever of the body is kept must not repeat it.
    body = SecretScrub::object(body, QStringLiteral("AuthToken"), token);

    ParsedWebhook webhook;
    Approval &a = webhook.approval;
    a.connector = name();
    a.kind = QStringLiteral("check");
    applyBody(&a, body);
    if (auto failure = readTimeout(body, now, &a))
        return *failure;
    for (const HeaderField &field : requiredHeaders) {
        if (field.metadataKey)
            a.metadata.insert(QLatin1String(field.metadataKey), headerText(request, field.header));
    }
    for (const HeaderField &field : optionalHeaders)
        a.metadata.insert(QLatin1String(field.metadataKey), headerText(request, field.header));
    a.metadata.insert(QStringLiteral("body"), storableBody(body, token));
    // The job token lives 48 hours; after that the callback cannot succeed.
    a.metadata.insert(QStringLiteral("tokenExpiresAt"),
                      now.addSecs(tokenLifetimeSecs).toUTC().toString(Qt::ISODateWithMs));
    webhook.secrets.insert(QStringLiteral("authToken"), token);
    // Stored with the check, queued for Azure's log: it can never delay the ack
    // (Azure allows 3 s) nor block the decision.
    webhook.openingStatus = tr("Gatehouse received the check; waiting for approval");

    const QString planId = a.metadata.value(QStringLiteral("planId")).toString();
    const QString jobId = a.metadata.value(QStringLiteral("jobId")).toString();
    a.externalId = a.metadata.value(QStringLiteral("taskInstanceId")).toString();
    a.groupKey = QStringLiteral("azure:%1/%2").arg(planId, a.stage.isEmpty() ? jobId : a.stage);
    if (a.title.isEmpty()) {
        const QString buildId = a.metadata.value(QStringLiteral("buildId")).toString();
        a.title = !a.pipeline.isEmpty() ? tr("Azure Pipelines check: %1").arg(a.pipeline)
                : !buildId.isEmpty()    ? tr("Azure Pipelines check, build %1").arg(buildId)
                                        : tr("Azure Pipelines check, run %1").arg(planId);
    }
    SecretScrub::approval(&a, token);
    return ParseOutcome::ok(std::move(webhook));
}

QString AzureChecksConnector::gateKey(const HttpRequest &request)
{
    QString key = headerOrQuery(request, "GatehouseKey");
    if (key.isEmpty())
        key = headerText(request, "TaskInstanceId");
    return key;
}

ParseOutcome AzureChecksConnector::parseGate(const HttpRequest &request, const QDateTime &now) const
{
    const QString key = gateKey(request);
    if (key.isEmpty())
        return ParseOutcome::fail(
                400, QStringLiteral("missing key"),
                QStringLiteral("send a key that stays the same across evaluations: a"
                               " GatehouseKey header or query parameter, or the"
                               " TaskInstanceId header"));
    const QByteArray token = request.header("AuthToken").trimmed();
    QJsonObject body;
    if (auto failure = parseJsonObject(request.body, &body, true))
        return *failure;
    body = SecretScrub::object(body, QStringLiteral("AuthToken"), token);

    ParsedWebhook webhook;
    Approval &a = webhook.approval;
    a.connector = name();
    a.kind = QStringLiteral("gate");
    a.externalId = key;
    applyBody(&a, body);
    // Identity headers are kept for display only; a gate never calls back, so its
    // AuthToken (if sent) is neither needed nor kept.
    for (const HeaderField &field : requiredHeaders) {
        const QString value = headerText(request, field.header);
        if (field.metadataKey && !value.isEmpty())
            a.metadata.insert(QLatin1String(field.metadataKey), value);
    }
    for (const HeaderField &field : optionalHeaders) {
        const QString value = headerText(request, field.header);
        if (!value.isEmpty())
            a.metadata.insert(QLatin1String(field.metadataKey), value);
    }
    a.metadata.insert(QStringLiteral("gateKey"), key);
    if (auto failure = readGateSchedule(request, now, &a))
        return *failure;
    webhook.deadlineFromFirstDelivery = true;
    a.metadata.insert(QStringLiteral("body"), storableBody(body, token));
    webhook.counter = QStringLiteral("evaluations");

    const QString planId = a.metadata.value(QStringLiteral("planId")).toString();
    const QString jobId = a.metadata.value(QStringLiteral("jobId")).toString();
    if (!planId.isEmpty() && (!a.stage.isEmpty() || !jobId.isEmpty()))
        a.groupKey = QStringLiteral("azure:%1/%2").arg(planId, a.stage.isEmpty() ? jobId : a.stage);
    if (a.title.isEmpty())
        a.title = !a.pipeline.isEmpty() ? tr("Azure Pipelines gate: %1").arg(a.pipeline)
                                        : tr("Azure Pipelines gate %1").arg(key);
    SecretScrub::approval(&a, token);
    return ParseOutcome::ok(std::move(webhook));
}

QList<OutboundRequest> AzureChecksConnector::decisionRequests(const Approval &decided) const
{
    // Gates are answered when Azure polls them; there is nobody to call.
    if (decided.kind != QLatin1String("check"))
        return {};
    const QJsonObject &m = decided.metadata;
    QList<OutboundRequest> requests;

    QString line = decided.state == ApprovalState::Approved
            ? tr("Approved by %1").arg(decided.decidedBy)
            : decided.state == ApprovalState::Expired
            ? tr("Expired: no decision before the deadline")
            : decided.state == ApprovalState::Cancelled // e.g. "superseded by #42", below
            ? tr("Cancelled by Gatehouse")
            : tr("Rejected by %1").arg(decided.decidedBy);
    if (!decided.comment.isEmpty())
        line += QStringLiteral(": ") + decided.comment;
    requests.append(logRequests(decided, line, decided.decidedAt));

    const bool succeeded = decided.state == ApprovalState::Approved;
    const QByteArray body = "{\"name\":\"TaskCompleted\",\"taskId\":"
            + jsonString(m.value(QStringLiteral("taskInstanceId")).toString())
            + ",\"jobId\":" + jsonString(m.value(QStringLiteral("jobId")).toString())
            + ",\"result\":" + (succeeded ? "\"succeeded\"" : "\"failed\"") + '}';
    OutboundRequest completed =
            azureRequest(decided, planUrl(m, QStringLiteral("/events"), eventsApiVersion), body);
    completed.label = QStringLiteral("TaskCompleted");
    const QDateTime expires = QDateTime::fromString(
            m.value(QStringLiteral("tokenExpiresAt")).toString(), Qt::ISODateWithMs);
    // Still sent, so the outbox records Azure's 401, but the timeline says why up front.
    if (expires.isValid() && decided.decidedAt > expires)
        completed.label += tr(" (job token expired)");
    requests.append(completed);
    return requests;
}

QList<OutboundRequest> AzureChecksConnector::statusRequests(const Approval &approval,
                                                            const QString &line) const
{
    // A connector has no clock of its own; a log line carries the time it was written.
    return logRequests(approval, line, QDateTime::currentDateTimeUtc());
}
