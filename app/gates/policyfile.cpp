#include "policyfile.h"

#include "gates/timeoutrule.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTime>

namespace {

constexpr int maxSeconds = 366 * 24 * 3600;

// Reads one object's fields and keeps the first problem, named by its full path.
class Reader
{
public:
    Reader(const QJsonObject &object, const QString &path, PolicyFile::Error *problem)
        : m_object(object), m_path(path), m_problem(problem)
    { }

    QString field(const QString &name) const
    {
        return m_path.isEmpty() ? name : m_path + QLatin1Char('.') + name;
    }
    bool fail(const QString &name, const QString &reason) const
    {
        if (m_problem->isEmpty())
            *m_problem = PolicyFile::Error::at(field(name), reason);
        return false;
    }
    bool has(const QString &name) const { return m_object.contains(name); }
    QJsonValue value(const QString &name) const { return m_object.value(name); }
    PolicyFile::Error *problem() const { return m_problem; }

    QString string(const QString &name, bool required, const QString &fallback = {}) const
    {
        const QJsonValue v = m_object.value(name);
        if (v.isUndefined()) {
            if (required)
                fail(name, PolicyFile::tr("is required"));
            return fallback;
        }
        if (!v.isString()) {
            fail(name, PolicyFile::tr("must be a string"));
            return fallback;
        }
        if (required && v.toString().trimmed().isEmpty())
            fail(name, PolicyFile::tr("must not be empty"));
        return v.toString();
    }

    int integer(const QString &name, int fallback, int low, int high) const
    {
        const QJsonValue v = m_object.value(name);
        if (v.isUndefined())
            return fallback;
        const double d = v.toDouble(-1e300);
        if (!v.isDouble() || d != double(qint64(d)) || d < low || d > high) {
            fail(name, PolicyFile::tr("must be a whole number from %1 to %2").arg(low).arg(high));
            return fallback;
        }
        return int(d);
    }

    std::optional<double> number(const QString &name) const
    {
        const QJsonValue v = m_object.value(name);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isDouble()) {
            fail(name, PolicyFile::tr("must be a number"));
            return std::nullopt;
        }
        return v.toDouble();
    }

    bool boolean(const QString &name, bool fallback) const
    {
        const QJsonValue v = m_object.value(name);
        if (v.isUndefined())
            return fallback;
        if (!v.isBool())
            fail(name, PolicyFile::tr("must be true or false"));
        return v.toBool(fallback);
    }

    void refuseUnknown(const QStringList &known) const
    {
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (!known.contains(it.key()))
                fail(it.key(),
                     PolicyFile::tr("is not a known field (known: %1)")
                             .arg(known.join(QStringLiteral(", "))));
        }
    }

private:
    QJsonObject m_object;
    QString m_path;
    PolicyFile::Error *m_problem;
};

std::optional<QJsonObject> objectAt(const Reader &parent, const QString &name, const QJsonValue &v)
{
    if (!v.isObject()) {
        parent.fail(name, PolicyFile::tr("must be an object"));
        return std::nullopt;
    }
    return v.toObject();
}

JsonExpression expression(const Reader &r, const QString &name, bool required)
{
    const QString text = r.string(name, required);
    if (text.isEmpty())
        return {};
    QString error;
    JsonExpression parsed = JsonExpression::parse(text, &error);
    if (!parsed.isValid())
        r.fail(name, error);
    return parsed;
}

int minuteOfDay(const Reader &r, const QString &name, int fallback, bool allowMidnightEnd)
{
    const QString text = r.string(name, false);
    if (text.isEmpty())
        return fallback;
    if (allowMidnightEnd && text == QLatin1String("24:00"))
        return 24 * 60;
    const QTime time = QTime::fromString(text, QStringLiteral("HH:mm"));
    if (!time.isValid()) {
        r.fail(name, PolicyFile::tr("must be a time as HH:mm"));
        return fallback;
    }
    return time.hour() * 60 + time.minute();
}

QSet<int> days(const Reader &r, const QString &name)
{
    static const QStringList names{QStringLiteral("mon"), QStringLiteral("tue"),
                                   QStringLiteral("wed"), QStringLiteral("thu"),
                                   QStringLiteral("fri"), QStringLiteral("sat"),
                                   QStringLiteral("sun")};
    QSet<int> result;
    const QJsonValue v = r.value(name);
    if (v.isUndefined())
        return {1, 2, 3, 4, 5, 6, 7};
    if (!v.isArray() || v.toArray().isEmpty()) {
        r.fail(name, PolicyFile::tr("must be a non-empty list of days (\"mon\" .. \"sun\")"));
        return result;
    }
    for (const QJsonValue &day : v.toArray()) {
        const int index = int(names.indexOf(day.toString().left(3).toLower()));
        if (!day.isString() || index < 0) {
            r.fail(name,
                   PolicyFile::tr("'%1' is not a day; use mon, tue, wed, thu, fri, sat, sun")
                           .arg(day.isString() ? day.toString() : QStringLiteral("?")));
            return result;
        }
        result.insert(index + 1);
    }
    return result;
}

void readHttp(const Reader &r, Gate *gate)
{
    gate->method = r.string(QStringLiteral("method"), false, QStringLiteral("GET")).toUpper();
    static const QStringList methods{QStringLiteral("GET"), QStringLiteral("POST"),
                                     QStringLiteral("PUT"), QStringLiteral("HEAD")};
    if (!methods.contains(gate->method))
        r.fail(QStringLiteral("method"), PolicyFile::tr("must be GET, POST, PUT or HEAD"));
    const QString url = r.string(QStringLiteral("url"), true);
    gate->url = QUrl(url, QUrl::StrictMode);
    if (!url.isEmpty()
        && (!gate->url.isValid() || gate->url.host().isEmpty()
            || (gate->url.scheme() != QLatin1String("http")
                && gate->url.scheme() != QLatin1String("https"))))
        r.fail(QStringLiteral("url"), PolicyFile::tr("must be an absolute http or https URL"));
    const QJsonValue headers = r.value(QStringLiteral("headers"));
    if (!headers.isUndefined()) {
        if (!headers.isObject()) {
            r.fail(QStringLiteral("headers"), PolicyFile::tr("must be an object of name: value"));
        } else {
            const QJsonObject object = headers.toObject();
            for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
                if (!it.value().isString())
                    r.fail(QStringLiteral("headers.") + it.key(),
                           PolicyFile::tr("must be a string"));
                gate->headers.append({it.key().toUtf8(), it.value().toString()});
            }
        }
    }
    gate->body = r.string(QStringLiteral("body"), false).toUtf8();
    gate->timeoutMs = r.integer(QStringLiteral("timeoutSecs"), 10, 1, 600) * 1000;
}

std::optional<Gate> readGate(const QJsonObject &object, const QString &path,
                             PolicyFile::Error *problem)
{
    Reader r(object, path, problem);
    Gate gate;
    gate.name = r.string(QStringLiteral("name"), true);
    const QString type = r.string(QStringLiteral("type"), true);
    QStringList known{QStringLiteral("name"), QStringLiteral("type")};
    const QStringList httpFields{QStringLiteral("method"), QStringLiteral("url"),
                                 QStringLiteral("headers"), QStringLiteral("body"),
                                 QStringLiteral("timeoutSecs")};
    if (type == QLatin1String("http")) {
        gate.kind = Gate::Kind::HttpProbe;
        readHttp(r, &gate);
        gate.condition = expression(r, QStringLiteral("condition"), false);
        known << httpFields << QStringLiteral("condition");
    } else if (type == QLatin1String("count")) {
        gate.kind = Gate::Kind::CountThreshold;
        readHttp(r, &gate);
        gate.value = expression(r, QStringLiteral("value"), true);
        gate.min = r.number(QStringLiteral("min"));
        gate.max = r.number(QStringLiteral("max"));
        if (!gate.min && !gate.max)
            r.fail(QStringLiteral("max"), PolicyFile::tr("a count gate needs min, max or both"));
        else if (gate.min && gate.max && *gate.min > *gate.max)
            r.fail(QStringLiteral("min"), PolicyFile::tr("must not be greater than max"));
        known << httpFields << QStringLiteral("value") << QStringLiteral("min")
              << QStringLiteral("max");
    } else if (type == QLatin1String("timeWindow")) {
        gate.kind = Gate::Kind::TimeWindow;
        gate.days = days(r, QStringLiteral("days"));
        gate.fromMinute = minuteOfDay(r, QStringLiteral("from"), 0, false);
        gate.toMinute = minuteOfDay(r, QStringLiteral("to"), 24 * 60, true);
        if (gate.fromMinute == gate.toMinute)
            r.fail(QStringLiteral("to"), PolicyFile::tr("must differ from 'from'"));
        const QString zone = r.string(QStringLiteral("timeZone"), false, QStringLiteral("UTC"));
        gate.timeZone = QTimeZone(zone.toUtf8());
        if (!gate.timeZone.isValid())
            r.fail(QStringLiteral("timeZone"),
                   PolicyFile::tr("'%1' is not an IANA time zone such as Europe/Berlin").arg(zone));
        gate.inverse = r.boolean(QStringLiteral("inverse"), false);
        known << QStringLiteral("days") << QStringLiteral("from") << QStringLiteral("to")
              << QStringLiteral("timeZone") << QStringLiteral("inverse");
    } else if (!type.isEmpty()) {
        r.fail(QStringLiteral("type"), PolicyFile::tr("must be http, count or timeWindow"));
    }
    r.refuseUnknown(known);
    if (!problem->isEmpty())
        return std::nullopt;
    return gate;
}

// fourEyes, quorum and approvers (issue 13 item 6).
void readApproverRules(const Reader &r, ApproverRules *rules)
{
    const QJsonValue fourEyes = r.value(QStringLiteral("fourEyes"));
    if (!fourEyes.isUndefined() && !fourEyes.isBool())
        r.fail(QStringLiteral("fourEyes"), PolicyFile::tr("must be true or false"));
    rules->fourEyes = fourEyes.toBool(false);
    rules->quorum = r.integer(QStringLiteral("quorum"), 1, 1, 20);
    const QJsonValue approvers = r.value(QStringLiteral("approvers"));
    if (approvers.isUndefined())
        return;
    const QJsonArray list = approvers.toArray();
    for (const QJsonValue &name : list) {
        if (!name.isString() || name.toString().trimmed().isEmpty()
            || name.toString().size() > 63) {
            r.fail(QStringLiteral("approvers"),
                   PolicyFile::tr("must be a list of user or role names (1 to 63 characters)"));
            return;
        }
        rules->approvers.append(name.toString().trimmed());
    }
    if (!approvers.isArray())
        r.fail(QStringLiteral("approvers"),
               PolicyFile::tr("must be a list of user or role names (1 to 63 characters)"));
}

// "chat": the channels a matching approval is announced in (ChatChannel). A webhook URL
// or bot token is a credential: the file only names it, as ${secret:NAME}.
void readChat(const Reader &r, QVector<ChatChannel> *channels)
{
    const QJsonValue chat = r.value(QStringLiteral("chat"));
    if (chat.isUndefined())
        return;
    if (!chat.isArray()) {
        r.fail(QStringLiteral("chat"), PolicyFile::tr("must be a list of chat channels"));
        return;
    }
    static const QRegularExpression slackId(QStringLiteral("^[A-Z0-9]{2,30}$"));
    const QJsonArray list = chat.toArray();
    for (int i = 0; i < list.size(); ++i) {
        const QString name = QStringLiteral("chat[%1]").arg(i);
        const auto object = objectAt(r, name, list.at(i));
        if (!object)
            return;
        Reader c(*object, r.field(name), r.problem());
        ChatChannel channel;
        channel.name = c.string(QStringLiteral("name"), true).trimmed();
        static const QRegularExpression plainName(
                QStringLiteral("^[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}$"));
        if (!channel.name.isEmpty() && !plainName.match(channel.name).hasMatch())
            c.fail(QStringLiteral("name"),
                   PolicyFile::tr("must be 1 to 64 letters, digits, spaces, '.', '_' or '-'"));
        for (const ChatChannel &earlier : std::as_const(*channels)) {
            if (earlier.name == channel.name)
                c.fail(QStringLiteral("name"),
                       PolicyFile::tr("'%1' is used twice in this policy").arg(channel.name));
        }
        const QString type = c.string(QStringLiteral("type"), true);
        const auto parsed = ChatChannel::typeFromName(type);
        if (!parsed && !type.isEmpty())
            c.fail(QStringLiteral("type"), PolicyFile::tr("must be slack, slackApi or teams"));
        channel.type = parsed.value_or(ChatChannel::Type::SlackWebhook);
        const bool api = channel.type == ChatChannel::Type::SlackApi;
        const QString credential = api ? QStringLiteral("token") : QStringLiteral("webhook");
        const QString reference = c.string(credential, true);
        channel.secret = ChatChannel::referencedSecret(reference);
        if (!reference.isEmpty() && channel.secret.isEmpty())
            c.fail(credential,
                   api ? PolicyFile::tr("must name a stored secret as ${secret:NAME}: a bot "
                                        "token is a credential")
                       : PolicyFile::tr("must name a stored secret as ${secret:NAME}: a webhook "
                                        "URL is a credential"));
        QStringList known{QStringLiteral("name"), QStringLiteral("type"), credential};
        if (api) {
            channel.slackChannel = c.string(QStringLiteral("channel"), true);
            if (!channel.slackChannel.isEmpty() && !slackId.match(channel.slackChannel).hasMatch())
                c.fail(QStringLiteral("channel"),
                       PolicyFile::tr("must be a Slack channel id such as C0123456789"));
            const QString apiUrl = c.string(QStringLiteral("apiUrl"), false);
            channel.apiUrl = QUrl(apiUrl, QUrl::StrictMode);
            if (!apiUrl.isEmpty()
                && (!channel.apiUrl.isValid() || channel.apiUrl.host().isEmpty()
                    || (channel.apiUrl.scheme() != QLatin1String("http")
                        && channel.apiUrl.scheme() != QLatin1String("https"))))
                c.fail(QStringLiteral("apiUrl"),
                       PolicyFile::tr("must be an absolute http or https URL"));
            known << QStringLiteral("channel") << QStringLiteral("apiUrl");
        }
        c.refuseUnknown(known);
        channels->append(channel);
    }
}

std::optional<Policy> readPolicy(const QJsonObject &object, const QString &path,
                                 PolicyFile::Error *problem)
{
    Reader r(object, path, problem);
    Policy policy;
    policy.name = r.string(QStringLiteral("name"), true);
    const QJsonValue match = r.value(QStringLiteral("match"));
    if (!match.isUndefined()) {
        if (const auto matchObject = objectAt(r, QStringLiteral("match"), match)) {
            Reader m(*matchObject, r.field(QStringLiteral("match")), problem);
            policy.connector = m.string(QStringLiteral("connector"), false);
            policy.pipeline = m.string(QStringLiteral("pipeline"), false);
            policy.stage = m.string(QStringLiteral("stage"), false);
            policy.environment = m.string(QStringLiteral("environment"), false);
            policy.kind = m.string(QStringLiteral("kind"), false);
            m.refuseUnknown({QStringLiteral("connector"), QStringLiteral("pipeline"),
                             QStringLiteral("stage"), QStringLiteral("environment"),
                             QStringLiteral("kind")});
        }
    }
    policy.delayBeforeEvaluationSecs =
            r.integer(QStringLiteral("delayBeforeEvaluationSecs"), 0, 0, maxSeconds);
    policy.samplingIntervalSecs =
            r.integer(QStringLiteral("samplingIntervalSecs"), 300, 1, maxSeconds);
    policy.timeoutSecs = r.integer(QStringLiteral("timeoutSecs"), 3600, 1, maxSeconds);
    policy.maxEvaluations = r.integer(QStringLiteral("maxEvaluations"), 0, 0, 100000);
    const QString order =
            r.string(QStringLiteral("order"), false, QStringLiteral("gatesThenApproval"));
    if (order == QLatin1String("gatesOnly"))
        policy.order = Policy::Order::GatesOnly;
    else if (order == QLatin1String("gatesThenApproval"))
        policy.order = Policy::Order::GatesThenApproval;
    else if (order == QLatin1String("approvalThenGates"))
        policy.order = Policy::Order::ApprovalThenGates;
    else
        r.fail(QStringLiteral("order"),
               PolicyFile::tr("must be gatesOnly, gatesThenApproval or approvalThenGates"));

    readApproverRules(r, &policy.rules);
    const QString supersede = r.string(QStringLiteral("supersede"), false, QStringLiteral("none"));
    if (supersede == QLatin1String("newest"))
        policy.supersedeNewest = true;
    else if (supersede != QLatin1String("none"))
        r.fail(QStringLiteral("supersede"), PolicyFile::tr("must be newest or none"));

    const QString onTimeout = r.string(QStringLiteral("onTimeout"), false);
    TimeoutChoice::Outcome outcome = TimeoutChoice::Outcome::Reject;
    if (!onTimeout.isEmpty() && TimeoutRule::parse(onTimeout, &outcome))
        policy.onTimeout = outcome;
    else if (!onTimeout.isEmpty())
        r.fail(QStringLiteral("onTimeout"), PolicyFile::tr("must be reject, approve or leave"));

    readChat(r, &policy.chat);

    const QJsonValue gates = r.value(QStringLiteral("gates"));
    // A policy of other rules alone (approvers, supersede, the timeout outcome, chat
    // channels) needs no gates: it never approves by itself.
    const bool noGates = gates.isUndefined() || (gates.isArray() && gates.toArray().isEmpty());
    const bool otherRules = !policy.rules.isEmpty() || policy.supersedeNewest || policy.onTimeout
            || !policy.chat.isEmpty();
    const bool rulesOnly = noGates && otherRules && policy.order != Policy::Order::GatesOnly;
    if (!rulesOnly && (!gates.isArray() || gates.toArray().isEmpty())) {
        r.fail(QStringLiteral("gates"), PolicyFile::tr("must be a non-empty list of gates"));
    } else if (!rulesOnly) {
        const QJsonArray list = gates.toArray();
        QStringList names;
        for (int i = 0; i < list.size() && problem->isEmpty(); ++i) {
            const QString gatePath = r.field(QStringLiteral("gates[%1]").arg(i));
            if (!list.at(i).isObject()) {
                *problem = PolicyFile::Error::at(gatePath, PolicyFile::tr("must be an object"));
                break;
            }
            if (auto gate = readGate(list.at(i).toObject(), gatePath, problem)) {
                if (names.contains(gate->name))
                    Reader(list.at(i).toObject(), gatePath, problem)
                            .fail(QStringLiteral("name"),
                                  PolicyFile::tr("'%1' is used twice in this policy")
                                          .arg(gate->name));
                names.append(gate->name);
                policy.gates.append(*gate);
            }
        }
    }
    r.refuseUnknown({QStringLiteral("name"), QStringLiteral("match"),
                     QStringLiteral("delayBeforeEvaluationSecs"),
                     QStringLiteral("samplingIntervalSecs"), QStringLiteral("timeoutSecs"),
                     QStringLiteral("maxEvaluations"), QStringLiteral("order"),
                     QStringLiteral("gates"), QStringLiteral("fourEyes"), QStringLiteral("quorum"),
                     QStringLiteral("approvers"), QStringLiteral("supersede"),
                     QStringLiteral("onTimeout"), QStringLiteral("chat")});
    if (!problem->isEmpty())
        return std::nullopt;
    return policy;
}

} // namespace

std::optional<QVector<Policy>> PolicyFile::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = PolicyFile::tr("cannot read the policy file %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return parse(file.readAll(), error);
}

std::optional<QVector<Policy>> PolicyFile::parse(const QByteArray &json, QString *error)
{
    Error problem;
    auto policies = parse(json, &problem);
    if (!policies)
        *error = problem.message;
    return policies;
}

PolicyFile::Error PolicyFile::Error::at(const QString &field, const QString &reason)
{
    return {field, reason, PolicyFile::tr("field %1: %2").arg(field, reason)};
}

std::optional<QVector<Policy>> PolicyFile::parse(const QByteArray &json, Error *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QString message = PolicyFile::tr("the policy file is not JSON: %1 at offset %2")
                                        .arg(parseError.errorString())
                                        .arg(parseError.offset);
        *error = {QString(), message, message};
        return std::nullopt;
    }
    const QJsonValue list = document.object().value(QStringLiteral("policies"));
    if (!document.isObject() || !list.isArray()) {
        *error = Error::at(QStringLiteral("policies"),
                           PolicyFile::tr("is required and must be a list"));
        return std::nullopt;
    }
    QVector<Policy> policies;
    Error problem;
    QStringList names;
    const QJsonArray array = list.toArray();
    for (int i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("policies[%1]").arg(i);
        if (!array.at(i).isObject()) {
            *error = Error::at(path, PolicyFile::tr("must be an object"));
            return std::nullopt;
        }
        const std::optional<Policy> policy = readPolicy(array.at(i).toObject(), path, &problem);
        if (!policy) {
            *error = problem;
            return std::nullopt;
        }
        if (names.contains(policy->name)) {
            *error = Error::at(path + QStringLiteral(".name"),
                               PolicyFile::tr("'%1' is used twice").arg(policy->name));
            return std::nullopt;
        }
        names.append(policy->name);
        policies.append(*policy);
    }
    return policies;
}
