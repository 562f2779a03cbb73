// ChatMessages: the JSON bodies Gatehouse posts to chat (issue 18 item 4). Slack gets
// Block Kit (a header, the facts as fields, two url buttons); Teams gets an Adaptive
// Card in a message attachment (a title, a FactSet, two Action.OpenUrl). Pure functions
// of their inputs, so that the tests can compare every byte.
#pragma once

#include "core/approval.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

// What a message says about one approval.
struct ChatFacts
{
    qint64 id = 0;
    QString title;
    QString kind; // the kind's label, "Pipeline check"
    QString environment;
    QString pipeline; // the pipeline, or the repository where there is no pipeline
    QString requester;
    QDateTime deadline; // invalid: waits without one

    static ChatFacts of(const Approval &approval, const QString &kindLabel);
};

class ChatMessages
{
    Q_DECLARE_TR_FUNCTIONS(ChatMessages)
public:
    // slackChannel: the Web API's channel id; empty for an incoming webhook.
    static QByteArray slackAnnouncement(const ChatFacts &facts, const QUrl &approveUrl,
                                        const QUrl &rejectUrl, const QString &slackChannel = {});
    // chat.update: the same message without its buttons, with the outcome instead.
    // ts: the posted message's ts, or a placeholder filled at send time.
    static QByteArray slackUpdate(const ChatFacts &facts, const QString &outcome,
                                  const QString &slackChannel, const QString &ts);
    // A message of its own that tells the outcome; threadTs: reply in that thread (Web API).
    static QByteArray slackOutcome(const ChatFacts &facts, const QString &outcome,
                                   const QString &slackChannel = {}, const QString &threadTs = {});
    static QByteArray teamsAnnouncement(const ChatFacts &facts, const QUrl &approveUrl,
                                        const QUrl &rejectUrl);
    static QByteArray teamsOutcome(const ChatFacts &facts, const QString &outcome);

    // The facts as label and value, empty ones left out.
    static QList<QPair<QString, QString>> factList(const ChatFacts &facts);
    static QString heading(const ChatFacts &facts); // "#12 Deploy shop 3.1", at most 150
};
