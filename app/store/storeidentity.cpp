// Store members for identity (issue 13 items 5 and 6): the authenticated role, its
// memberships, the row lock that orders quorum votes, personal API tokens, and who is
// looking at an approval (issue 18 item 7).
#include "store.h"

#include <QSqlError>

namespace {

QVariant timeToDb(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch())
                          : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime timeFromDb(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

const QString apiTokenColumns =
        QStringLiteral("id, token_hash, name, owner, created_at, last_used_at, revoked_at");

} // namespace

QString Store::sessionUser() const
{
    if (!m_postgres)
        return {};
    const Statement statement = prepared(QStringLiteral("SELECT session_user"));
    if (!statement->exec() || !statement->next()) {
        m_lastError = statement->lastError().text();
        return {};
    }
    return statement->value(0).toString();
}

QStringList Store::roleMemberships(const QString &role) const
{
    if (!m_postgres || role.isEmpty())
        return {role};
    // Only for a role that exists: pg_has_role() raises an error for an unknown name.
    const Statement statement = prepared(
            QStringLiteral("SELECT r.rolname FROM pg_roles r, pg_roles me WHERE me.rolname = :role"
                           " AND pg_has_role(me.oid, r.oid, 'MEMBER') ORDER BY r.rolname"));
    statement->bindValue(QStringLiteral(":role"), role);
    if (!statement->exec()) {
        m_lastError = statement->lastError().text();
        return {};
    }
    QStringList roles;
    while (statement->next())
        roles.append(statement->value(0).toString());
    return roles;
}

bool Store::lockApproval(qint64 id)
{
    if (!m_postgres)
        return true;
    const Statement statement =
            prepared(QStringLiteral("SELECT id FROM approvals WHERE id = :id FOR UPDATE"));
    statement->bindValue(QStringLiteral(":id"), id);
    if (!statement->exec()) {
        m_lastError = statement->lastError().text();
        return false;
    }
    return statement->next();
}

bool Store::setAssigneeIf(qint64 id, const QString &expected, const QString &assignee,
                          const QDateTime &at)
{
    // updated_at moves too: the item changed for everyone who watches it.
    const Statement statement = prepared(QStringLiteral(
            "UPDATE approvals SET assigned_to = :who, assigned_at = :since, updated_at = :at"
            " WHERE id = :id AND state = 'pending' AND assigned_to = :expected"));
    statement->bindValue(QStringLiteral(":who"), assignee.isNull() ? QStringLiteral("") : assignee);
    statement->bindValue(QStringLiteral(":since"),
                         assignee.isEmpty() ? timeToDb(QDateTime()) : timeToDb(at));
    statement->bindValue(QStringLiteral(":at"), timeToDb(at));
    statement->bindValue(QStringLiteral(":id"), id);
    statement->bindValue(QStringLiteral(":expected"),
                         expected.isNull() ? QStringLiteral("") : expected);
    if (!statement->exec()) {
        m_lastError = statement->lastError().text();
        return false;
    }
    if (statement->numRowsAffected() != 1)
        return false;
    noteChange(id);
    return true;
}

bool Store::insertApiToken(const ApiTokenRecord &record)
{
    const Statement statement =
            prepared(QStringLiteral("INSERT INTO api_tokens (token_hash, name, owner, created_at)"
                                    " VALUES (:h, :n, :o, :c)"));
    statement->bindValue(QStringLiteral(":h"), QString::fromLatin1(record.tokenHash));
    statement->bindValue(QStringLiteral(":n"), record.name);
    statement->bindValue(QStringLiteral(":o"), record.owner);
    statement->bindValue(QStringLiteral(":c"), timeToDb(record.createdAt));
    if (!statement->exec()) {
        m_lastError = statement->lastError().text();
        return false;
    }
    return true;
}

ApiTokenRecord Store::readApiToken(const QSqlQuery &query) const
{
    ApiTokenRecord record;
    record.id = query.value(0).toLongLong();
    record.tokenHash = query.value(1).toString().toLatin1();
    record.name = query.value(2).toString();
    record.owner = query.value(3).toString();
    record.createdAt = timeFromDb(query.value(4));
    record.lastUsedAt = timeFromDb(query.value(5));
    record.revokedAt = timeFromDb(query.value(6));
    return record;
}

QVector<ApiTokenRecord> Store::apiTokens() const
{
    const Statement statement = prepared(
            QStringLiteral("SELECT %1 FROM api_tokens ORDER BY id DESC").arg(apiTokenColumns));
    QVector<ApiTokenRecord> tokens;
    if (!statement->exec()) {
        m_lastError = statement->lastError().text();
        return tokens;
    }
    while (statement->next())
        tokens.append(readApiToken(*statement));
    return tokens;
}

std::optional<ApiTokenRecord> Store::apiToken(const QByteArray &tokenHash) const
{
    const Statement statement = prepared(
            QStringLiteral("SELECT %1 FROM api_tokens WHERE token_hash = :h").arg(apiTokenColumns));
    statement->bindValue(QStringLiteral(":h"), QString::fromLatin1(tokenHash));
    if (!statement->exec()) {
        m_lastError = statement->lastError().text();
        return std::nullopt;
    }
    if (!statement->next())
        return std::nullopt;
    return readApiToken(*statement);
}

bool Store::touchApiToken(qint64 id, const QDateTime &at)
{
    const Statement statement =
            prepared(QStringLiteral("UPDATE api_tokens SET last_used_at = :at WHERE id = :id"));
    statement->bindValue(QStringLiteral(":at"), timeToDb(at));
    statement->bindValue(QStringLiteral(":id"), id);
    if (!statement->exec()) {
        m_lastError = statement->lastError().text();
        return false;
    }
    return true;
}

bool Store::revokeApiToken(qint64 id, const QDateTime &at)
{
    const Statement statement = prepared(QStringLiteral(
            "UPDATE api_tokens SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL"));
    statement->bindValue(QStringLiteral(":at"), timeToDb(at));
    statement->bindValue(QStringLiteral(":id"), id);
    if (!statement->exec()) {
        m_lastError = statement->lastError().text();
        return false;
    }
    return statement->numRowsAffected() == 1;
}
