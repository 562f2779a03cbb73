#include "chatposts.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

bool ChatPosts::claim(qint64 approvalId, const ChatChannel &channel, const QDateTime &at,
                      bool *inserted) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    // ON CONFLICT DO NOTHING: a failed insert would abort a PostgreSQL transaction.
    query.prepare(QStringLiteral("INSERT INTO chat_posts (approval_id, channel, config, posted_at)"
                                 " VALUES (:id, :channel, :config, :at) ON CONFLICT DO NOTHING"));
    query.bindValue(QStringLiteral(":id"), approvalId);
    query.bindValue(QStringLiteral(":channel"), channel.name);
    query.bindValue(
            QStringLiteral(":config"),
            QString::fromUtf8(QJsonDocument(channel.toJson()).toJson(QJsonDocument::Compact)));
    query.bindValue(QStringLiteral(":at"), at.toMSecsSinceEpoch());
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    *inserted = query.numRowsAffected() == 1;
    return true;
}

bool ChatPosts::close(qint64 approvalId, const QString &channel, const QDateTime &at,
                      bool *closed) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("UPDATE chat_posts SET outcome_at = :at WHERE approval_id = :id"
                                 " AND channel = :channel AND outcome_at IS NULL"));
    query.bindValue(QStringLiteral(":at"), at.toMSecsSinceEpoch());
    query.bindValue(QStringLiteral(":id"), approvalId);
    query.bindValue(QStringLiteral(":channel"), channel);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    *closed = query.numRowsAffected() == 1;
    return true;
}

QStringList ChatPosts::postedChannels(qint64 approvalId) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT channel FROM chat_posts WHERE approval_id = :id"));
    query.bindValue(QStringLiteral(":id"), approvalId);
    QStringList names;
    if (query.exec()) {
        while (query.next())
            names.append(query.value(0).toString());
    }
    return names;
}

QVector<ChatChannel> ChatPosts::openChannels(qint64 approvalId) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT config FROM chat_posts WHERE approval_id = :id"
                                 " AND outcome_at IS NULL ORDER BY channel"));
    query.bindValue(QStringLiteral(":id"), approvalId);
    QVector<ChatChannel> channels;
    if (query.exec()) {
        while (query.next())
            channels.append(ChatChannel::fromJson(
                    QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object()));
    }
    return channels;
}

bool ChatPosts::anyOpen() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    return query.exec(QStringLiteral("SELECT 1 FROM chat_posts WHERE outcome_at IS NULL LIMIT 1"))
            && query.next();
}
