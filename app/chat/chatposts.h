// ChatPosts: the chat_posts table (migration 15): which channels an approval was
// announced in, as the channel was then, and whether its outcome was told there. An
// insert or a close changes a row only once, so of several instances (team mode) or
// repeated signals exactly one queues each message. Runs on the Store's connection,
// inside the Engine's open unit of work.
#pragma once

#include "chat/chatchannel.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

class ChatPosts
{
public:
    explicit ChatPosts(QString connectionName) : m_connectionName(std::move(connectionName)) { }

    // Records the channel for the approval unless it has it; *inserted: this call did.
    bool claim(qint64 approvalId, const ChatChannel &channel, const QDateTime &at,
               bool *inserted) const;
    // Marks the outcome as told unless it was; *closed: this call did.
    bool close(qint64 approvalId, const QString &channel, const QDateTime &at, bool *closed) const;
    QStringList postedChannels(qint64 approvalId) const;
    // The channels the approval was announced in whose outcome is not told yet.
    QVector<ChatChannel> openChannels(qint64 approvalId) const;
    bool anyOpen() const;
    QString lastError() const { return m_lastError; }

private:
    QString m_connectionName;
    mutable QString m_lastError;
};
