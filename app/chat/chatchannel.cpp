#include "chatchannel.h"

#include <QRegularExpression>

namespace {
const QString defaultSlackApi = QStringLiteral("https://slack.com/api");
}

QUrl ChatChannel::slackMethodUrl(const QString &method) const
{
    QString base = (apiUrl.isEmpty() ? QUrl(defaultSlackApi) : apiUrl).toString(QUrl::FullyEncoded);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return QUrl(base + QLatin1Char('/') + method, QUrl::StrictMode);
}

QString ChatChannel::typeName(Type type)
{
    switch (type) {
    case Type::SlackWebhook:
        return QStringLiteral("slack");
    case Type::SlackApi:
        return QStringLiteral("slackApi");
    case Type::TeamsWebhook:
        break;
    }
    return QStringLiteral("teams");
}

std::optional<ChatChannel::Type> ChatChannel::typeFromName(const QString &name)
{
    for (const Type type : {Type::SlackWebhook, Type::SlackApi, Type::TeamsWebhook}) {
        if (typeName(type) == name)
            return type;
    }
    return std::nullopt;
}

QJsonObject ChatChannel::toJson() const
{
    QJsonObject json{{QStringLiteral("name"), name}, {QStringLiteral("type"), typeName(type)}};
    if (type == Type::SlackApi) {
        json.insert(QStringLiteral("token"), secretReference(secret));
        json.insert(QStringLiteral("channel"), slackChannel);
        if (!apiUrl.isEmpty())
            json.insert(QStringLiteral("apiUrl"), apiUrl.toString(QUrl::FullyEncoded));
    } else {
        json.insert(QStringLiteral("webhook"), secretReference(secret));
    }
    return json;
}

ChatChannel ChatChannel::fromJson(const QJsonObject &json)
{
    ChatChannel channel;
    channel.name = json.value(QStringLiteral("name")).toString();
    channel.type = typeFromName(json.value(QStringLiteral("type")).toString())
                           .value_or(Type::SlackWebhook);
    const QString reference = json.value(channel.type == Type::SlackApi ? QStringLiteral("token")
                                                                        : QStringLiteral("webhook"))
                                      .toString();
    channel.secret = referencedSecret(reference);
    channel.slackChannel = json.value(QStringLiteral("channel")).toString();
    const QString api = json.value(QStringLiteral("apiUrl")).toString();
    if (!api.isEmpty())
        channel.apiUrl = QUrl(api, QUrl::StrictMode);
    return channel;
}

QString ChatChannel::secretReference(const QString &name)
{
    return QStringLiteral("${secret:%1}").arg(name);
}

QString ChatChannel::referencedSecret(const QString &text)
{
    static const QRegularExpression reference(QStringLiteral("^\\$\\{secret:([^}]+)\\}$"));
    const QRegularExpressionMatch match = reference.match(text.trimmed());
    return match.hasMatch() ? match.captured(1) : QString();
}
