// ChatChannel: one place a policy announces approvals in (issue 18 item 4): a Slack
// incoming webhook, a Microsoft Teams incoming webhook (or Workflows webhook), or a Slack
// channel reached through the Web API with a bot token, which can edit what it posted.
// It names its credential (the webhook URL or the bot token) as a vault secret and never
// holds it.
#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

struct ChatChannel
{
    enum class Type {
        SlackWebhook, // "slack": POST the webhook URL; cannot edit what it posted
        SlackApi, // "slackApi": chat.postMessage, chat.update with a bot token
        TeamsWebhook, // "teams": POST the webhook URL; cannot edit what it posted
    };

    QString name; // unique per approval: one message per channel
    Type type = Type::SlackWebhook;
    // The vault name of the webhook URL (webhooks) or of the bot token (SlackApi). The
    // policy file writes it as "${secret:NAME}".
    QString secret;
    QString slackChannel; // SlackApi: the channel id, "C0123456789"
    QUrl apiUrl; // SlackApi: empty means https://slack.com/api

    bool canUpdate() const { return type == Type::SlackApi; }
    QUrl slackMethodUrl(const QString &method) const; // SlackApi: {apiUrl}/{method}

    static QString typeName(Type type);
    static std::optional<Type> typeFromName(const QString &name);
    // The policy file's form, with "webhook" or "token" as "${secret:NAME}".
    QJsonObject toJson() const;
    // Reads the form toJson() writes; the caller validated it (ChatChannelReader).
    static ChatChannel fromJson(const QJsonObject &json);
    static QString secretReference(const QString &name); // "${secret:NAME}"
    // NAME of "${secret:NAME}"; empty when the text is not such a reference.
    static QString referencedSecret(const QString &text);
};
