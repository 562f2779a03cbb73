#include "chatrequests.h"

#include <QCoreApplication>

namespace {

OutboundRequest base(const ChatChannel &channel, const QUrl &webhookOrigin, const QString &method,
                     const QString &label)
{
    OutboundRequest request;
    request.purpose = OutboundRequest::Purpose::Status; // never holds up the decision
    request.label = label;
    if (channel.type == ChatChannel::Type::SlackApi) {
        request.url = channel.slackMethodUrl(method);
        request.auth = OutboundRequest::Auth::Bearer;
        request.secretName = channel.secret;
        request.okField = QStringLiteral("ok");
        // Slack warns about JSON posted without a charset.
        request.headers.append({QByteArrayLiteral("Content-Type"),
                                QByteArrayLiteral("application/json; charset=utf-8")});
    } else {
        request.url = webhookOrigin;
        request.urlSecretName = channel.secret;
        request.headers.append(
                {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    }
    return request;
}

QString callLabel(const char *what)
{
    return QCoreApplication::translate("ChatRequests", what);
}

} // namespace

namespace ChatRequests {

QString bodySecret(const QString &channel)
{
    return QStringLiteral("chat/") + channel;
}

QString tsKey(const QString &channel)
{
    return QStringLiteral("chatTs.") + channel;
}

QUrl origin(const QUrl &url)
{
    QUrl shown;
    shown.setScheme(url.scheme());
    shown.setHost(url.host());
    shown.setPort(url.port());
    shown.setPath(QStringLiteral("/"));
    return shown;
}

OutboundRequest announcement(const ChatChannel &channel, const QUrl &webhookOrigin,
                             const QString &sealedBody)
{
    const bool teams = channel.type == ChatChannel::Type::TeamsWebhook;
    OutboundRequest request =
            base(channel, webhookOrigin, QStringLiteral("chat.postMessage"),
                 teams ? callLabel(QT_TRANSLATE_NOOP("ChatRequests", "Teams message"))
                       : callLabel(QT_TRANSLATE_NOOP("ChatRequests", "Slack message")));
    request.bodySecretName = sealedBody;
    if (channel.type == ChatChannel::Type::SlackApi) {
        request.captureField = QStringLiteral("ts");
        request.captureAs = tsKey(channel.name);
    }
    return request;
}

QByteArray announcementBody(const ChatChannel &channel, const ChatFacts &facts,
                            const QUrl &approveUrl, const QUrl &rejectUrl)
{
    switch (channel.type) {
    case ChatChannel::Type::TeamsWebhook:
        return ChatMessages::teamsAnnouncement(facts, approveUrl, rejectUrl);
    case ChatChannel::Type::SlackApi:
        return ChatMessages::slackAnnouncement(facts, approveUrl, rejectUrl, channel.slackChannel);
    case ChatChannel::Type::SlackWebhook:
        break;
    }
    return ChatMessages::slackAnnouncement(facts, approveUrl, rejectUrl);
}

QList<OutboundRequest> outcome(const ChatChannel &channel, const QUrl &webhookOrigin,
                               const ChatFacts &facts, const QString &outcome)
{
    switch (channel.type) {
    case ChatChannel::Type::TeamsWebhook: {
        OutboundRequest followUp =
                base(channel, webhookOrigin, {},
                     callLabel(QT_TRANSLATE_NOOP("ChatRequests", "Teams outcome message")));
        followUp.body = ChatMessages::teamsOutcome(facts, outcome);
        return {followUp};
    }
    case ChatChannel::Type::SlackWebhook: {
        OutboundRequest followUp =
                base(channel, webhookOrigin, {},
                     callLabel(QT_TRANSLATE_NOOP("ChatRequests", "Slack outcome message")));
        followUp.body = ChatMessages::slackOutcome(facts, outcome);
        return {followUp};
    }
    case ChatChannel::Type::SlackApi:
        break;
    }
    const QString key = tsKey(channel.name);
    const QString ts = OutboundRequest::placeholder(key);
    OutboundRequest update =
            base(channel, {}, QStringLiteral("chat.update"),
                 callLabel(QT_TRANSLATE_NOOP("ChatRequests", "Slack message update")));
    update.body = ChatMessages::slackUpdate(facts, outcome, channel.slackChannel, ts);
    update.placeholders = {key};
    OutboundRequest reply =
            base(channel, {}, QStringLiteral("chat.postMessage"),
                 callLabel(QT_TRANSLATE_NOOP("ChatRequests", "Slack thread reply")));
    reply.body = ChatMessages::slackOutcome(facts, outcome, channel.slackChannel, ts);
    reply.placeholders = {key};
    return {update, reply};
}

} // namespace ChatRequests
