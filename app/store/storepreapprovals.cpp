// Store members for pre-approvals of scheduled runs (issue 18, item 2).
#include "store.h"

#include "store/dbvalues.h"

#include <QSqlError>

namespace {

const QString columns = QStringLiteral(
        "id, connector, pipeline, stage, environment, decided_by, origin, comment,"
        " identity_proven, release_at, release_window, valid_until, created_at, used_by, used_at,"
        " revoked_at");

// Neither used nor revoked, and still valid at :now.
const QString active =
        QStringLiteral("used_by IS NULL AND revoked_at IS NULL AND valid_until > :now");

PreApproval fromQuery(const QSqlQuery &query)
{
    PreApproval p;
    p.id = query.value(0).toLongLong();
    p.connector = query.value(1).toString();
    p.pipeline = query.value(2).toString();
    p.stage = query.value(3).toString();
    p.environment = query.value(4).toString();
    p.decidedBy = query.value(5).toString();
    p.origin = query.value(6).toString();
    p.comment = query.value(7).toString();
    p.identityProven = query.value(8).toInt() != 0;
    if (query.value(10).toInt() != 0)
        p.release = ReleaseRequest::nextWindow();
    else if (!query.value(9).isNull())
        p.release = ReleaseRequest::atTime(DbValues::time(query.value(9)));
    p.validUntil = DbValues::time(query.value(11));
    p.createdAt = DbValues::time(query.value(12));
    p.usedBy = query.value(13).isNull() ? 0 : query.value(13).toLongLong();
    p.usedAt = DbValues::time(query.value(14));
    p.revokedAt = DbValues::time(query.value(15));
    return p;
}

// Runs an update of pre-approval `id` that applies only while it is active; true when
// it changed it (of two at once, one wins).
bool closeActive(QSqlQuery &query, qint64 id, const QDateTime &at, QString *error)
{
    query.bindValue(QStringLiteral(":at"), DbValues::time(at));
    query.bindValue(QStringLiteral(":id"), id);
    query.bindValue(QStringLiteral(":now"), at.toMSecsSinceEpoch());
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return query.numRowsAffected() == 1;
}

} // namespace

qint64 Store::insertPreApproval(const PreApproval &record)
{
    const Statement statement = prepared(returningId(QStringLiteral(
            "INSERT INTO pre_approvals (connector, pipeline, stage, environment, decided_by,"
            " origin, comment, identity_proven, release_at, release_window, valid_until,"
            " created_at) VALUES (:connector, :pipeline, :stage, :environment, :by, :origin,"
            " :comment, :proven, :release_at, :window, :valid_until, :created_at)")));
    QSqlQuery &query = *statement;
    query.bindValue(QStringLiteral(":connector"), DbValues::text(record.connector));
    query.bindValue(QStringLiteral(":pipeline"), DbValues::text(record.pipeline));
    query.bindValue(QStringLiteral(":stage"), DbValues::text(record.stage));
    query.bindValue(QStringLiteral(":environment"), DbValues::text(record.environment));
    query.bindValue(QStringLiteral(":by"), DbValues::text(record.decidedBy));
    query.bindValue(QStringLiteral(":origin"), DbValues::text(record.origin));
    query.bindValue(QStringLiteral(":comment"), DbValues::text(record.comment));
    query.bindValue(QStringLiteral(":proven"), record.identityProven ? 1 : 0);
    query.bindValue(QStringLiteral(":release_at"),
                    DbValues::time(record.release.when == ReleaseRequest::When::At
                                           ? record.release.at
                                           : QDateTime()));
    query.bindValue(QStringLiteral(":window"),
                    record.release.when == ReleaseRequest::When::NextWindow ? 1 : 0);
    query.bindValue(QStringLiteral(":valid_until"), DbValues::time(record.validUntil));
    query.bindValue(QStringLiteral(":created_at"), DbValues::time(record.createdAt));
    const qint64 id = query.exec() ? insertedId(query) : 0;
    if (id == 0)
        m_lastError = query.lastError().text();
    return id;
}

std::optional<PreApproval> Store::preApproval(qint64 id) const
{
    const Statement statement =
            prepared(QStringLiteral("SELECT %1 FROM pre_approvals WHERE id = :id").arg(columns));
    statement->bindValue(QStringLiteral(":id"), id);
    if (!statement->exec() || !statement->next())
        return std::nullopt;
    return fromQuery(*statement);
}

QVector<PreApproval> Store::preApprovals(bool activeOnly, const QDateTime &now) const
{
    const Statement statement = prepared(
            QStringLiteral("SELECT %1 FROM pre_approvals%2 ORDER BY id DESC LIMIT 500")
                    .arg(columns, activeOnly ? QStringLiteral(" WHERE ") + active : QString()));
    if (activeOnly)
        statement->bindValue(QStringLiteral(":now"), now.toMSecsSinceEpoch());
    QVector<PreApproval> result;
    if (statement->exec()) {
        while (statement->next())
            result.append(fromQuery(*statement));
    } else {
        m_lastError = statement->lastError().text();
    }
    return result;
}

bool Store::anyActivePreApproval(const QDateTime &now) const
{
    const Statement statement =
            prepared(QStringLiteral("SELECT 1 FROM pre_approvals WHERE %1 LIMIT 1").arg(active));
    statement->bindValue(QStringLiteral(":now"), now.toMSecsSinceEpoch());
    return statement->exec() && statement->next();
}

std::optional<PreApproval> Store::matchingPreApproval(const Approval &approval,
                                                      const QDateTime &now) const
{
    const Statement statement =
            prepared(QStringLiteral("SELECT %1 FROM pre_approvals WHERE pipeline = :pipeline"
                                    " AND stage = :stage AND environment = :environment"
                                    " AND (connector = '' OR connector = :connector) AND %2"
                                    " ORDER BY id LIMIT 1")
                             .arg(columns, active));
    QSqlQuery &query = *statement;
    query.bindValue(QStringLiteral(":pipeline"), DbValues::text(approval.pipeline));
    query.bindValue(QStringLiteral(":stage"), DbValues::text(approval.stage));
    query.bindValue(QStringLiteral(":environment"), DbValues::text(approval.environment));
    query.bindValue(QStringLiteral(":connector"), DbValues::text(approval.connector));
    query.bindValue(QStringLiteral(":now"), now.toMSecsSinceEpoch());
    if (!query.exec() || !query.next())
        return std::nullopt;
    return fromQuery(query);
}

bool Store::markPreApprovalUsed(qint64 id, qint64 approvalId, const QDateTime &at)
{
    const Statement statement =
            prepared(QStringLiteral("UPDATE pre_approvals SET used_by = :approval, used_at = :at "
                                    "WHERE id = :id AND %1")
                             .arg(active));
    statement->bindValue(QStringLiteral(":approval"), approvalId);
    return closeActive(*statement, id, at, &m_lastError);
}

bool Store::revokePreApproval(qint64 id, const QDateTime &at)
{
    const Statement statement = prepared(
            QStringLiteral("UPDATE pre_approvals SET revoked_at = :at WHERE id = :id AND %1")
                    .arg(active));
    return closeActive(*statement, id, at, &m_lastError);
}
