#include "faninconnector.h"

#include "connectors/jsonparse.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

const QString sourcesKey = QStringLiteral("sources");
const QString expectedKey = QStringLiteral("expectedSources");
constexpr int maxIdLength = 200;

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

// Fills the body template: whole-string placeholders become JSON values, the others
// are replaced inside strings, so no payload can break the JSON around it.
QJsonValue fill(const QJsonValue &value, const QHash<QString, QJsonValue> &values)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = fill(it.value(), values);
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            array.replace(i, fill(array.at(i), values));
        return array;
    }
    if (!value.isString())
        return value;
    QString text = value.toString();
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const QString placeholder = QStringLiteral("{{%1}}").arg(it.key());
        if (text == placeholder)
            return it.value();
        if (it.value().isString())
            text.replace(placeholder, it.value().toString());
    }
    return text;
}

} // namespace

const FanInGroup *FanInConnector::group(const QString &name) const
{
    for (const FanInGroup &candidate : m_groups) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

QStringList FanInConnector::groupNames() const
{
    QStringList names;
    for (const FanInGroup &group : m_groups)
        names.append(group.name);
    return names;
}

QStringList FanInConnector::arrived(const Approval &approval)
{
    return strings(approval.metadata.value(sourcesKey));
}

QStringList FanInConnector::missing(const Approval &approval)
{
    QStringList missing = strings(approval.metadata.value(expectedKey));
    for (const QString &source : arrived(approval))
        missing.removeAll(source);
    return missing;
}

ParseOutcome FanInConnector::parse(const FanInGroup &group, const QString &source,
                                   const HttpRequest &request, const QDateTime &now) const
{
    QJsonObject body;
    if (auto failure = parseJsonObject(request.body, &body))
        return *failure;
    const JsonExpression::Result id = group.idPath.evaluate(body);
    QString eventId;
    if (id.ok() && id.value.isString())
        eventId = id.value.toString();
    else if (id.ok() && id.value.isDouble())
        eventId = QString::number(id.value.toDouble(), 'f', 0);
    if (eventId.trimmed().isEmpty() || eventId.size() > maxIdLength)
        return ParseOutcome::fail(
                400, QStringLiteral("invalid field"),
                QStringLiteral("the event id at '%1' must be a non-empty string or number of at "
                               "most %2 characters%3")
                        .arg(group.idPath.text())
                        .arg(maxIdLength)
                        .arg(id.ok() ? QString() : QStringLiteral(": ") + id.error));

    Approval a;
    a.connector = name();
    a.kind = QStringLiteral("fanin");
    a.externalId = group.name + QLatin1Char(':') + eventId;
    // ACR names the image; other sources get the group and the id.
    const QJsonObject target = body.value(QStringLiteral("target")).toObject();
    const QString repository = target.value(QStringLiteral("repository")).toString();
    const QString tag = target.value(QStringLiteral("tag")).toString();
    const QString action = body.value(QStringLiteral("action")).toString();
    a.title = repository.isEmpty()
            ? QStringLiteral("Fan-in %1: %2").arg(group.name, eventId)
            : QStringLiteral("Fan-in %1: %2 %3%4")
                      .arg(group.name, action, repository,
                           tag.isEmpty() ? QString() : QLatin1Char(':') + tag);
    a.description = QStringLiteral("Waits until every expected source has reported: %1")
                            .arg(group.expectedSources.join(QStringLiteral(", ")));
    a.pipeline = group.name;
    a.deadline = now.addSecs(qint64(group.timeoutMinutes) * 60);
    a.metadata.insert(QStringLiteral("group"), group.name);
    a.metadata.insert(QStringLiteral("eventId"), eventId);
    a.metadata.insert(expectedKey, QJsonArray::fromStringList(group.expectedSources));
    a.metadata.insert(QStringLiteral("onComplete"),
                      group.onComplete == FanInGroup::OnComplete::Callback
                              ? QStringLiteral("callback")
                              : QStringLiteral("approval"));
    a.metadata.insert(QStringLiteral("payload"), body);

    ParsedWebhook parsed{a, {}, {}};
    parsed.listKey = sourcesKey;
    parsed.listValue = source;
    parsed.keepFirst = QStringList{QStringLiteral("payload")};
    return ParseOutcome::ok(parsed);
}

QList<OutboundRequest> FanInConnector::decisionRequests(const Approval &decided) const
{
    const FanInGroup *config = group(decided.metadata.value(QStringLiteral("group")).toString());
    if (!config)
        return {};
    const std::optional<FanInCallback> &callback = decided.state == ApprovalState::Approved
            ? config->callback
            : decided.state == ApprovalState::Expired ? config->timeoutCallback
                                                      : std::nullopt;
    if (!callback)
        return {};

    const QHash<QString, QJsonValue> values{
            {QStringLiteral("payload"), decided.metadata.value(QStringLiteral("payload"))},
            {QStringLiteral("sources"), decided.metadata.value(sourcesKey)},
            {QStringLiteral("missing"), QJsonArray::fromStringList(missing(decided))},
            {QStringLiteral("id"), decided.metadata.value(QStringLiteral("eventId"))},
            {QStringLiteral("group"), config->name},
            {QStringLiteral("state"), stateName(decided.state)},
            {QStringLiteral("approvalId"), QString::number(decided.id)},
    };
    QJsonValue body = callback->body;
    if (body.isUndefined() || body.isNull())
        body = QJsonObject{{QStringLiteral("group"), QStringLiteral("{{group}}")},
                           {QStringLiteral("id"), QStringLiteral("{{id}}")},
                           {QStringLiteral("state"), QStringLiteral("{{state}}")},
                           {QStringLiteral("sources"), QStringLiteral("{{sources}}")},
                           {QStringLiteral("missing"), QStringLiteral("{{missing}}")},
                           {QStringLiteral("payload"), QStringLiteral("{{payload}}")}};
    body = fill(body, values);

    OutboundRequest request;
    request.method = callback->method;
    request.url = callback->url;
    request.headers = callback->headers;
    request.headers.append(
            {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    // One key per decision: a redelivery after a crash can be recognised by the target.
    request.headers.append(
            {QByteArrayLiteral("Idempotency-Key"), QByteArray::number(decided.id) + "-fanin"});
    request.body = body.isObject() ? QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact)
            : body.isArray()       ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                                   : body.toString().toUtf8();
    if (!callback->bearerSecret.isEmpty()) {
        // The delivery worker looks the token up by name at send time; it is never in the outbox.
        request.auth = OutboundRequest::Auth::Bearer;
        request.secretName = callback->bearerSecret;
    }
    request.sign = true;
    request.label = decided.state == ApprovalState::Approved
            ? QStringLiteral("fan-in callback")
            : QStringLiteral("fan-in timeout callback");
    return {request};
}
