#include "chatmessages.h"

#include "connectors/slacktext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// Slack's limits: a header's text 150 characters, a field's 2000.
QString clipped(const QString &text, int limit)
{
    return text.size() <= limit ? text : text.left(limit - 1) + QChar(0x2026);
}

QJsonObject plainText(const QString &text)
{
    return {{QStringLiteral("type"), QStringLiteral("plain_text")}, {QStringLiteral("text"), text}};
}

QJsonObject mrkdwn(const QString &text)
{
    return {{QStringLiteral("type"), QStringLiteral("mrkdwn")}, {QStringLiteral("text"), text}};
}

QJsonArray slackFactBlocks(const ChatFacts &facts)
{
    QJsonArray fields;
    for (const auto &[label, value] : ChatMessages::factList(facts))
        fields.append(mrkdwn(
                clipped(QStringLiteral("*%1*\n%2").arg(label, SlackText::escaped(value)), 2000)));
    QJsonArray blocks{
            QJsonObject{{QStringLiteral("type"), QStringLiteral("header")},
                        {QStringLiteral("text"), plainText(ChatMessages::heading(facts))}}};
    if (!fields.isEmpty())
        blocks.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("section")},
                                  {QStringLiteral("fields"), fields}});
    return blocks;
}

QJsonObject slackButton(const QString &text, const QString &style, const QUrl &url,
                        const QString &actionId)
{
    return {{QStringLiteral("type"), QStringLiteral("button")},
            {QStringLiteral("text"), plainText(text)},
            {QStringLiteral("style"), style},
            {QStringLiteral("url"), url.toString(QUrl::FullyEncoded)},
            {QStringLiteral("action_id"), actionId}};
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject teamsMessage(const QJsonArray &body, const QJsonArray &actions)
{
    QJsonObject card{{QStringLiteral("$schema"),
                      QStringLiteral("http://adaptivecards.io/schemas/adaptive-card.json")},
                     {QStringLiteral("type"), QStringLiteral("AdaptiveCard")},
                     {QStringLiteral("version"), QStringLiteral("1.4")},
                     {QStringLiteral("body"), body}};
    if (!actions.isEmpty())
        card.insert(QStringLiteral("actions"), actions);
    const QJsonObject attachment{{QStringLiteral("contentType"),
                                  QStringLiteral("application/vnd.microsoft.card.adaptive")},
                                 {QStringLiteral("contentUrl"), QJsonValue::Null},
                                 {QStringLiteral("content"), card}};
    return {{QStringLiteral("type"), QStringLiteral("message")},
            {QStringLiteral("attachments"), QJsonArray{attachment}}};
}

QJsonArray teamsBody(const ChatFacts &facts)
{
    QJsonArray factSet;
    for (const auto &[label, value] : ChatMessages::factList(facts))
        factSet.append(
                QJsonObject{{QStringLiteral("title"), label}, {QStringLiteral("value"), value}});
    QJsonArray body{QJsonObject{{QStringLiteral("type"), QStringLiteral("TextBlock")},
                                {QStringLiteral("text"), ChatMessages::heading(facts)},
                                {QStringLiteral("size"), QStringLiteral("Medium")},
                                {QStringLiteral("weight"), QStringLiteral("Bolder")},
                                {QStringLiteral("wrap"), true}}};
    if (!factSet.isEmpty())
        body.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("FactSet")},
                                {QStringLiteral("facts"), factSet}});
    return body;
}

QJsonObject teamsOpenUrl(const QString &title, const QUrl &url, const QString &style)
{
    return {{QStringLiteral("type"), QStringLiteral("Action.OpenUrl")},
            {QStringLiteral("title"), title},
            {QStringLiteral("url"), url.toString(QUrl::FullyEncoded)},
            {QStringLiteral("style"), style}};
}

} // namespace

ChatFacts ChatFacts::of(const Approval &approval, const QString &kindLabel)
{
    ChatFacts facts;
    facts.id = approval.id;
    facts.title = approval.title;
    facts.kind = kindLabel.isEmpty() ? approval.kind : kindLabel;
    facts.environment = approval.environment;
    facts.pipeline = approval.pipeline;
    if (facts.pipeline.isEmpty())
        facts.pipeline = approval.metadata.value(QStringLiteral("repository")).toString();
    facts.requester = approval.requestedBy;
    facts.deadline = approval.deadline;
    return facts;
}

QList<QPair<QString, QString>> ChatMessages::factList(const ChatFacts &facts)
{
    QList<QPair<QString, QString>> list;
    const auto add = [&list](const QString &label, const QString &value) {
        if (!value.trimmed().isEmpty())
            list.append({label, value});
    };
    add(tr("Kind"), facts.kind);
    add(tr("Environment"), facts.environment);
    add(tr("Pipeline"), facts.pipeline);
    add(tr("Requested by"), facts.requester);
    add(tr("Deadline"),
        facts.deadline.isValid()
                ? facts.deadline.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                : QString());
    return list;
}

QString ChatMessages::heading(const ChatFacts &facts)
{
    return clipped(QStringLiteral("#%1 %2").arg(facts.id).arg(facts.title.simplified()), 150);
}

QByteArray ChatMessages::slackAnnouncement(const ChatFacts &facts, const QUrl &approveUrl,
                                           const QUrl &rejectUrl, const QString &slackChannel)
{
    QJsonArray blocks = slackFactBlocks(facts);
    blocks.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("actions")},
                              {QStringLiteral("block_id"), QStringLiteral("gatehouse-decide")},
                              {QStringLiteral("elements"),
                               QJsonArray{slackButton(tr("Approve"), QStringLiteral("primary"),
                                                      approveUrl, QStringLiteral("approve")),
                                          slackButton(tr("Reject"), QStringLiteral("danger"),
                                                      rejectUrl, QStringLiteral("reject"))}}});
    // The text is what notifications and screen readers show; the header is plain text,
    // but "text" is mrkdwn: the sender's title is escaped there.
    QJsonObject message{{QStringLiteral("text"),
                         tr("Waiting for a decision: %1").arg(SlackText::escaped(heading(facts)))},
                        {QStringLiteral("blocks"), blocks}};
    if (!slackChannel.isEmpty())
        message.insert(QStringLiteral("channel"), slackChannel);
    return compact(message);
}

QByteArray ChatMessages::slackUpdate(const ChatFacts &facts, const QString &outcome,
                                     const QString &slackChannel, const QString &ts)
{
    QJsonArray blocks = slackFactBlocks(facts);
    blocks.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("section")},
                              {QStringLiteral("text"),
                               mrkdwn(QStringLiteral("*%1*").arg(SlackText::escaped(outcome)))}});
    return compact({{QStringLiteral("channel"), slackChannel},
                    {QStringLiteral("ts"), ts},
                    {QStringLiteral("text"),
                     QStringLiteral("%1: %2").arg(SlackText::escaped(heading(facts)),
                                                  SlackText::escaped(outcome))},
                    {QStringLiteral("blocks"), blocks}});
}

QByteArray ChatMessages::slackOutcome(const ChatFacts &facts, const QString &outcome,
                                      const QString &slackChannel, const QString &threadTs)
{
    QJsonObject message{
            {QStringLiteral("text"),
             QStringLiteral("*%1*: %2")
                     .arg(SlackText::escaped(heading(facts)), SlackText::escaped(outcome))}};
    if (!slackChannel.isEmpty())
        message.insert(QStringLiteral("channel"), slackChannel);
    if (!threadTs.isEmpty())
        message.insert(QStringLiteral("thread_ts"), threadTs);
    return compact(message);
}

QByteArray ChatMessages::teamsAnnouncement(const ChatFacts &facts, const QUrl &approveUrl,
                                           const QUrl &rejectUrl)
{
    return compact(
            teamsMessage(teamsBody(facts),
                         {teamsOpenUrl(tr("Approve"), approveUrl, QStringLiteral("positive")),
                          teamsOpenUrl(tr("Reject"), rejectUrl, QStringLiteral("destructive"))}));
}

QByteArray ChatMessages::teamsOutcome(const ChatFacts &facts, const QString &outcome)
{
    const QJsonArray body{QJsonObject{{QStringLiteral("type"), QStringLiteral("TextBlock")},
                                      {QStringLiteral("text"), heading(facts)},
                                      {QStringLiteral("weight"), QStringLiteral("Bolder")},
                                      {QStringLiteral("wrap"), true}},
                          QJsonObject{{QStringLiteral("type"), QStringLiteral("TextBlock")},
                                      {QStringLiteral("text"), outcome},
                                      {QStringLiteral("wrap"), true}}};
    return compact(teamsMessage(body, {}));
}
