#include "store.h"

#include "store/datafiles.h"
#include "store/migrations.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDebug>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSysInfo>
#include <QVariant>

#include <algorithm>
#include <limits>
#include <tuple>

namespace {

QAtomicInteger<quint64> connectionCounter;

QVariant toDb(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch())
                          : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime fromDb(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

const QString approvalColumns = QStringLiteral(
        "id, connector, kind, external_id, title, description, pipeline, stage, environment,"
        " requested_by, group_key, state, delivery_state, created_at, updated_at, deadline_at,"
        " decided_by, decision_origin, decision_comment, decided_at, last_delivery_error, "
        "metadata"
        ", assigned_to, assigned_at");

// The columns approvalFromQuery() reads, cut down for a list that needs less.
QString listColumns(const ApprovalQuery &q)
{
    QString columns = approvalColumns;
    if (q.descriptionChars > 0)
        columns.replace(QStringLiteral(" description,"),
                        QStringLiteral(" substr(description, 1, %1) AS description,")
                                .arg(q.descriptionChars));
    if (!q.withMetadata)
        columns.replace(QStringLiteral("metadata"), QStringLiteral("'{}' AS metadata"));
    return columns;
}

Approval approvalFromQuery(const QSqlQuery &query)
{
    Approval a;
    a.id = query.value(0).toLongLong();
    a.connector = query.value(1).toString();
    a.kind = query.value(2).toString();
    a.externalId = query.value(3).toString();
    a.title = query.value(4).toString();
    a.description = query.value(5).toString();
    a.pipeline = query.value(6).toString();
    a.stage = query.value(7).toString();
    a.environment = query.value(8).toString();
    a.requestedBy = query.value(9).toString();
    a.groupKey = query.value(10).toString();
    a.state = approvalStateFromString(query.value(11).toString());
    a.delivery = deliveryStateFromString(query.value(12).toString());
    a.createdAt = fromDb(query.value(13));
    a.updatedAt = fromDb(query.value(14));
    a.deadline = fromDb(query.value(15));
    a.decidedBy = query.value(16).toString();
    a.decisionOrigin = query.value(17).toString();
    a.comment = query.value(18).toString();
    a.decidedAt = fromDb(query.value(19));
    a.lastDeliveryError = query.value(20).toString();
    a.metadata = QJsonDocument::fromJson(query.value(21).toString().toUtf8()).object();
    a.assignee = query.value(22).toString();
    a.assignedAt = fromDb(query.value(23));
    return a;
}

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

// A null QString binds as SQL NULL; NOT NULL text columns want ''.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

void bindApprovalFields(QSqlQuery &query, const Approval &a)
{
    query.bindValue(QStringLiteral(":connector"), text(a.connector));
    query.bindValue(QStringLiteral(":kind"), text(a.kind));
    query.bindValue(QStringLiteral(":external_id"), nullableText(a.externalId));
    query.bindValue(QStringLiteral(":title"), text(a.title));
    query.bindValue(QStringLiteral(":description"), text(a.description));
    query.bindValue(QStringLiteral(":pipeline"), text(a.pipeline));
    query.bindValue(QStringLiteral(":stage"), text(a.stage));
    query.bindValue(QStringLiteral(":environment"), text(a.environment));
    query.bindValue(QStringLiteral(":requested_by"), text(a.requestedBy));
    query.bindValue(QStringLiteral(":group_key"), text(a.groupKey));
    query.bindValue(QStringLiteral(":state"), stateName(a.state));
    query.bindValue(QStringLiteral(":delivery_state"), stateName(a.delivery));
    query.bindValue(QStringLiteral(":created_at"), toDb(a.createdAt));
    query.bindValue(QStringLiteral(":updated_at"), toDb(a.updatedAt));
    query.bindValue(QStringLiteral(":deadline_at"), toDb(a.deadline));
    query.bindValue(QStringLiteral(":decided_by"), text(a.decidedBy));
    query.bindValue(QStringLiteral(":decision_origin"), text(a.decisionOrigin));
    query.bindValue(QStringLiteral(":decision_comment"), text(a.comment));
    query.bindValue(QStringLiteral(":decided_at"), toDb(a.decidedAt));
    query.bindValue(QStringLiteral(":last_delivery_error"), text(a.lastDeliveryError));
    query.bindValue(QStringLiteral(":metadata"),
                    QString::fromUtf8(QJsonDocument(a.metadata).toJson(QJsonDocument::Compact)));
}

OutboxItem outboxFromQuery(const QSqlQuery &query)
{
    OutboxItem item;
    item.id = query.value(0).toLongLong();
    item.approvalId = query.value(1).toLongLong();
    item.request = OutboundRequest::fromJson(
            QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object());
    item.state = query.value(3).toString();
    item.attempts = query.value(4).toInt();
    item.nextAttemptAt = fromDb(query.value(5));
    item.lastError = query.value(6).toString();
    return item;
}

// An outbox row "o" that no earlier queued row of its approval holds back (dueOutbox).
const QString notWaitingBehindAnother =
        QStringLiteral("NOT EXISTS (SELECT 1 FROM outbox e WHERE e.approval_id = o.approval_id"
                       " AND e.id < o.id AND e.state = 'queued'"
                       " AND (o.purpose = 'status' OR e.purpose = 'decision'))");

const QString outboxColumns =
        QStringLiteral("id, approval_id, request, state, attempts, next_attempt_at, last_error");

} // namespace

Store::Store()
    : m_connectionName(
            QStringLiteral("gatehouse-store-%1").arg(connectionCounter.fetchAndAddRelaxed(1))),
      m_instanceId(QStringLiteral("%1:%2:%3")
                           .arg(QSysInfo::machineHostName())
                           .arg(QCoreApplication::applicationPid())
                           .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0')))
{ }

Store::~Store()
{
    close();
}

bool Store::open(const QString &location, QString *error)
{
    const auto parsed = DatabaseLocation::parse(location, error);
    return parsed && open(*parsed, error);
}

bool Store::open(const DatabaseLocation &location, QString *error)
{
    close();
    m_postgres = location.isPostgres();
    m_location = location;
    QSqlDatabase db = QSqlDatabase::addDatabase(location.driverName(), m_connectionName);
    if (!db.isValid()) {
        if (error)
            *error = QStringLiteral("the Qt SQL driver %1 is not installed%2")
                             .arg(location.driverName(),
                                  m_postgres ? QStringLiteral(" (Debian: libqt6sql6-psql)")
                                             : QString());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        return false;
    }
    if (!m_postgres) {
        // The folder owner-only, the database and its WAL files owner-only (DataFiles).
        QString warning;
        if (!DataFiles::prepareDatabase(location.path(), error, &warning)) {
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            return false;
        }
        if (!warning.isEmpty())
            qWarning().noquote() << "gatehouse:" << warning;
        // A writer waits for a lock instead of failing at once.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
    location.configure(db);
    if (!db.open()) {
        if (error)
            *error = QStringLiteral("cannot open database %1: %2")
                             .arg(location.displayName(), db.lastError().text().trimmed());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        return false;
    }
    if (m_postgres) {
        if (!openPostgres(error)) {
            close();
            return false;
        }
    } else {
        // WAL lets readers go on during a write; synchronous=FULL makes every commit
        // survive a power loss, which is what a 2xx acknowledgement promises.
        QSqlQuery pragma(db);
        // Takes effect only on a new, empty file: a database that retention thins out
        // can then shrink in small steps (releaseFreePages) instead of a full VACUUM.
        pragma.exec(QStringLiteral("PRAGMA auto_vacuum=INCREMENTAL"));
        pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        if (!pragma.next()
            || pragma.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
            if (error)
                *error = QStringLiteral("cannot switch %1 to WAL mode").arg(location.path());
            close();
            return false;
        }
        exec(QStringLiteral("PRAGMA synchronous=FULL"));
        exec(QStringLiteral("PRAGMA foreign_keys=ON"));
        // Each webhook of a group commit is a savepoint, whose statement journal was a
        // temporary file created and deleted per group (open, write, unlink): in memory.
        exec(QStringLiteral("PRAGMA temp_store=MEMORY"));
    }
    return migrate(error);
}

bool Store::openPostgres(QString *error)
{
    // "relation already exists, skipping" and the like would go to stderr.
    exec(QStringLiteral("SET client_min_messages TO warning"));
    // A 2xx promises a durable commit: a server (or role) configured with
    // synchronous_commit=off would let an acknowledged webhook vanish in a crash. Any
    // other value (local, remote_write, on, remote_apply) waits at least for the local
    // flush.
    if (setting(QStringLiteral("synchronous_commit")) == QLatin1String("off")
        && !exec(QStringLiteral("SET synchronous_commit TO on"))) {
        if (error)
            *error = QStringLiteral("cannot turn synchronous_commit on: %1").arg(m_lastError);
        return false;
    }
    return true;
}

QString Store::setting(const QString &name) const
{
    static const QRegularExpression identifier(QStringLiteral("^[a-z_]+$"));
    if (!identifier.match(name).hasMatch())
        return {};
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (m_postgres) {
        query.prepare(QStringLiteral("SELECT current_setting(:name)"));
        query.bindValue(QStringLiteral(":name"), name);
        if (!query.exec() || !query.next())
            return {};
    } else if (!query.exec(QStringLiteral("PRAGMA %1").arg(name)) || !query.next()) {
        return {};
    }
    return query.value(0).toString();
}

void Store::close()
{
    m_statements.clear(); // prepared statements go before their connection
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Store::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName)
            && QSqlDatabase::database(m_connectionName, false).isOpen();
}

QString Store::idColumn() const
{
    if (m_postgres)
        return QStringLiteral("BIGSERIAL PRIMARY KEY");
    return QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT");
}

Store::Statement Store::prepared(const QString &sql) const
{
    auto cached = m_statements.constFind(sql);
    if (cached != m_statements.constEnd())
        return Statement(*cached);
    auto query = std::make_shared<QSqlQuery>(QSqlDatabase::database(m_connectionName, false));
    query->setForwardOnly(true);
    // A statement that does not prepare is not kept: its exec() reports the error.
    if (query->prepare(sql))
        m_statements.insert(sql, query);
    return Statement(query);
}

bool Store::execPrepared(const QString &sql)
{
    // PostgreSQL prepares only SELECT/INSERT/UPDATE/DELETE, not SAVEPOINT and friends.
    if (m_postgres)
        return exec(sql);
    const Statement statement = prepared(sql);
    if (!statement->exec()) {
        m_lastError = statement->lastError().text();
        return false;
    }
    return true;
}

bool Store::exec(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(sql)) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

int Store::schemaVersion() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

bool Store::migrate(QString *error)
{
    if (!m_postgres)
        return applyMigrations(error);
    // Instances starting at once take turns: the first migrates, the others wait here
    // and then find nothing left to do. The lock is the session's; it goes with the
    // connection if the process dies.
    const QString lockKey = QStringLiteral("7310585091847361001"); // "gatehouse migrations"
    if (!exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(lockKey))) {
        if (error)
            *error = QStringLiteral("cannot take the migration lock: %1").arg(m_lastError);
        return false;
    }
    const bool ok = applyMigrations(error);
    exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(lockKey));
    return ok;
}

bool Store::applyMigrations(QString *error)
{
    if (!exec(QStringLiteral(
                "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"))) {
        if (error)
            *error = QStringLiteral("cannot create schema_version: %1").arg(m_lastError);
        return false;
    }
    const int current = schemaVersion();
    for (const Migration &migration : schemaMigrations()) {
        if (migration.version <= current)
            continue;
        begin();
        for (QString statement : migration.statements) {
            statement.replace(QLatin1String("%ID%"), idColumn());
            const QLatin1String postgresOnly("%POSTGRES%"), sqliteOnly("%SQLITE%");
            if (statement.startsWith(postgresOnly)) {
                if (!m_postgres)
                    continue;
                statement.remove(0, postgresOnly.size());
            } else if (statement.startsWith(sqliteOnly)) {
                if (m_postgres)
                    continue;
                statement.remove(0, sqliteOnly.size());
            }
            if (!exec(statement)) {
                if (error)
                    *error = QStringLiteral("migration %1 failed: %2")
                                     .arg(migration.version)
                                     .arg(m_lastError);
                rollback();
                return false;
            }
        }
        exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)")
                     .arg(migration.version));
        if (!commit()) {
            if (error)
                *error = QStringLiteral("migration %1 failed to commit: %2")
                                 .arg(migration.version)
                                 .arg(m_lastError);
            return false;
        }
    }
    return true;
}

bool Store::begin()
{
    if (m_inGroup)
        return execPrepared(QStringLiteral("SAVEPOINT unit"));
    return startTransaction();
}

bool Store::startTransaction()
{
    if (!m_postgres) {
        // IMMEDIATE takes SQLite's write lock now, waiting for it (busy timeout) while
        // another connection writes (a console without receiver on the same file). A
        // deferred transaction that has read would instead fail at its first write
        // once the other one committed ("database is locked", at once, no waiting).
        QSqlQuery begin(QSqlDatabase::database(m_connectionName, false));
        if (begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return m_inTransaction = true;
        m_lastError = begin.lastError().text();
        return false;
    }
    m_changed.clear();
    if (QSqlDatabase::database(m_connectionName, false).transaction())
        return m_inTransaction = true;
    m_lastError = QSqlDatabase::database(m_connectionName, false).lastError().text();
    // QPSQL says nothing when the server goes away (a restart, a failover): the first
    // statement after it fails. Every unit of work starts here, so this is where a
    // lost connection is opened again; until the server answers, units fail (and
    // webhooks get 503) without a restart of Gatehouse.
    m_inTransaction = m_postgres && reconnect()
            && QSqlDatabase::database(m_connectionName, false).transaction();
    return m_inTransaction;
}

bool Store::reconnect()
{
    m_statements.clear(); // prepared statements belong to the lost session
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    db.close();
    if (!db.open()) {
        m_lastError = db.lastError().text();
        return false;
    }
    return openPostgres(nullptr);
}

bool Store::commit()
{
    if (m_inGroup)
        return execPrepared(QStringLiteral("RELEASE SAVEPOINT unit"));
    m_inTransaction = false;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    // The change notice belongs to the transaction: consoles learn of exactly what
    // committed, and the change sequence moves with it.
    if (!announceChanges()) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        m_lastError = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

void Store::rollback()
{
    if (m_inGroup) {
        // Undo this unit only; the rest of the group stays.
        exec(QStringLiteral("ROLLBACK TO SAVEPOINT unit"));
        exec(QStringLiteral("RELEASE SAVEPOINT unit"));
        return;
    }
    m_inTransaction = false;
    m_changed.clear();
    QSqlDatabase::database(m_connectionName, false).rollback();
}

bool Store::beginGroup()
{
    if (m_inGroup || !startTransaction())
        return false;
    m_inGroup = true;
    return true;
}

bool Store::commitGroup()
{
    m_inGroup = false;
    return commit();
}

void Store::rollbackGroup()
{
    m_inGroup = false;
    rollback();
}

std::optional<Approval> Store::approval(qint64 id) const
{
    const Statement statement = prepared(
            QStringLiteral("SELECT %1 FROM approvals WHERE id = :id").arg(approvalColumns));
    QSqlQuery &query = *statement;
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return approvalFromQuery(query);
}

std::optional<Approval> Store::approvalByExternalId(const QString &connector,
                                                    const QString &externalId) const
{
    const Statement statement = prepared(
            QStringLiteral("SELECT %1 FROM approvals WHERE connector = :c AND external_id = :e")
                    .arg(approvalColumns));
    QSqlQuery &query = *statement;
    query.bindValue(QStringLiteral(":c"), connector);
    query.bindValue(QStringLiteral(":e"), externalId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return approvalFromQuery(query);
}

QVector<Approval> Store::approvals(const ApprovalQuery &q) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    QStringList conditions;
    if (q.state)
        conditions.append(QStringLiteral("state = :state"));
    if (q.before > 0) // after the cursor in the listing order: older, or as old with a lower id
        conditions.append(QStringLiteral(
                "(created_at < (SELECT created_at FROM approvals WHERE id = :before)"
                " OR (created_at = (SELECT created_at FROM approvals WHERE id = :before2)"
                " AND id < :before3))"));
    const QString where = conditions.isEmpty()
            ? QString()
            : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    query.prepare(QStringLiteral("SELECT %1 FROM approvals%2 ORDER BY created_at DESC, id DESC"
                                 " LIMIT :limit OFFSET :offset")
                          .arg(listColumns(q), where));
    if (q.state)
        query.bindValue(QStringLiteral(":state"), stateName(*q.state));
    if (q.before > 0) {
        query.bindValue(QStringLiteral(":before"), q.before);
        query.bindValue(QStringLiteral(":before2"), q.before);
        query.bindValue(QStringLiteral(":before3"), q.before);
    }
    query.bindValue(QStringLiteral(":limit"), q.limit);
    query.bindValue(QStringLiteral(":offset"), q.offset);
    QVector<Approval> result;
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return result;
    }
    while (query.next())
        result.append(approvalFromQuery(query));
    return result;
}

int Store::countApprovals(std::optional<ApprovalState> state) const
{
    const Statement statement =
            prepared(state ? QStringLiteral("SELECT COUNT(*) FROM approvals WHERE state = :state")
                           : QStringLiteral("SELECT COUNT(*) FROM approvals"));
    QSqlQuery &query = *statement;
    if (state)
        query.bindValue(QStringLiteral(":state"), stateName(*state));
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toInt();
}

QVector<Approval> Store::pendingDueBy(const QDateTime &now) const
{
    const Statement statement = prepared(
            QStringLiteral(
                    "SELECT %1 FROM approvals WHERE state = 'pending'"
                    " AND deadline_at IS NOT NULL AND deadline_at <= :now ORDER BY deadline_at")
                    .arg(approvalColumns));
    QSqlQuery &query = *statement;
    query.bindValue(QStringLiteral(":now"), now.toMSecsSinceEpoch());
    QVector<Approval> result;
    if (query.exec()) {
        while (query.next())
            result.append(approvalFromQuery(query));
    }
    return result;
}

QVector<Approval> Store::pendingOfDeployment(const Approval &newest) const
{
    const Statement statement = prepared(
            QStringLiteral("SELECT %1 FROM approvals WHERE state = 'pending' AND id < :before"
                           " AND connector = :connector AND pipeline = :pipeline"
                           " AND stage = :stage AND environment = :environment ORDER BY id")
                    .arg(approvalColumns));
    QSqlQuery &query = *statement;
    query.bindValue(QStringLiteral(":before"), newest.id);
    query.bindValue(QStringLiteral(":connector"), newest.connector);
    query.bindValue(QStringLiteral(":pipeline"), text(newest.pipeline));
    query.bindValue(QStringLiteral(":stage"), text(newest.stage));
    query.bindValue(QStringLiteral(":environment"), text(newest.environment));
    QVector<Approval> result;
    if (query.exec()) {
        while (query.next())
            result.append(approvalFromQuery(query));
    }
    return result;
}

QDateTime Store::earliestPendingDeadline() const
{
    // Asked after every group commit: prepared once, not parsed each time.
    const Statement statement =
            prepared(QStringLiteral("SELECT MIN(deadline_at) FROM approvals"
                                    " WHERE state = 'pending' AND deadline_at IS NOT NULL"));
    QSqlQuery &query = *statement;
    if (!query.exec() || !query.next())
        return {};
    return fromDb(query.value(0));
}

namespace {
const QString insertApprovalSql = QStringLiteral(
        "INSERT INTO approvals (connector, kind, external_id, title, description, pipeline,"
        " stage, environment, requested_by, group_key, state, delivery_state, created_at,"
        " updated_at, deadline_at, decided_by, decision_origin, decision_comment, decided_at,"
        " last_delivery_error, metadata) VALUES (:connector, :kind, :external_id, :title,"
        " :description, :pipeline, :stage, :environment, :requested_by, :group_key, :state,"
        " :delivery_state, :created_at, :updated_at, :deadline_at, :decided_by,"
        " :decision_origin, :decision_comment, :decided_at, :last_delivery_error, :metadata)");
// The unique index on (connector, external_id) is the only one a new row can meet.
const QString unlessKnown = QStringLiteral(" ON CONFLICT DO NOTHING");
} // namespace

QString Store::returningId(const QString &insertSql) const
{
    return m_postgres ? insertSql + QStringLiteral(" RETURNING id") : insertSql;
}

qint64 Store::insertedId(QSqlQuery &query) const
{
    if (m_postgres)
        return query.next() ? query.value(0).toLongLong() : 0;
    return query.numRowsAffected() > 0 ? query.lastInsertId().toLongLong() : 0;
}

qint64 Store::insertApproval(const Approval &approval)
{
    bool exists = false;
    return insertApprovalWith(returningId(insertApprovalSql), approval, &exists);
}

qint64 Store::insertApprovalUnlessKnown(const Approval &approval, bool *exists)
{
    // Every webhook comes here: the statement's text is put together once.
    static const QString sql = insertApprovalSql + unlessKnown;
    return insertApprovalWith(returningId(sql), approval, exists);
}

qint64 Store::insertApprovalWith(const QString &sql, const Approval &approval, bool *exists)
{
    *exists = false;
    const Statement statement = prepared(sql);
    QSqlQuery &query = *statement;
    bindApprovalFields(query, approval);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return 0;
    }
    const qint64 id = insertedId(query);
    if (id == 0) {
        // No row from a statement that ran: the conflict clause skipped it.
        *exists = true;
        return 0;
    }
    noteChange(id);
    return id;
}

bool Store::updateApproval(const Approval &approval)
{
    const Statement statement = prepared(QStringLiteral(
            "UPDATE approvals SET connector = :connector, kind = :kind, external_id = :external_id,"
            " title = :title, description = :description, pipeline = :pipeline, stage = :stage,"
            " environment = :environment, requested_by = :requested_by, group_key = :group_key,"
            " state = :state, delivery_state = :delivery_state, created_at = :created_at,"
            " updated_at = :updated_at, deadline_at = :deadline_at, decided_by = :decided_by,"
            " decision_origin = :decision_origin, decision_comment = :decision_comment,"
            " decided_at = :decided_at, last_delivery_error = :last_delivery_error,"
            " metadata = :metadata WHERE id = :id"));
    QSqlQuery &query = *statement;
    bindApprovalFields(query, approval);
    query.bindValue(QStringLiteral(":id"), approval.id);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    noteChange(approval.id);
    return query.numRowsAffected() == 1;
}

bool Store::recordDecisionIfPending(const Approval &decided)
{
    // The ledger's head first, then the approval row: the order every writer keeps.
    QString lockError;
    if (!auditLedger().lockHead(&lockError)) {
        m_lastError = lockError;
        return false;
    }
    const Statement statement = prepared(QStringLiteral(
            "UPDATE approvals SET state = :state, delivery_state = :delivery_state,"
            " decided_by = :decided_by, decision_origin = :origin, decision_comment = :comment,"
            " decided_at = :decided_at, updated_at = :decided_at,"
            " assigned_to = '', assigned_at = NULL" // a decision releases the item
            " WHERE id = :id AND state = 'pending'"));
    QSqlQuery &query = *statement;
    query.bindValue(QStringLiteral(":state"), stateName(decided.state));
    query.bindValue(QStringLiteral(":delivery_state"), stateName(decided.delivery));
    query.bindValue(QStringLiteral(":decided_by"), text(decided.decidedBy));
    query.bindValue(QStringLiteral(":origin"), text(decided.decisionOrigin));
    query.bindValue(QStringLiteral(":comment"), text(decided.comment));
    query.bindValue(QStringLiteral(":decided_at"), toDb(decided.decidedAt));
    query.bindValue(QStringLiteral(":id"), decided.id);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    if (query.numRowsAffected() != 1)
        return false;
    noteChange(decided.id);
    // The ledger entry lands with the decision or not at all.
    AuditEntry entry;
    entry.at = decided.decidedAt;
    entry.action = stateName(decided.state);
    entry.approvalId = decided.id;
    entry.subject =
            QStringLiteral("%1 %2: %3").arg(decided.connector, decided.externalId, decided.title);
    entry.actor = decided.decidedBy;
    entry.origin = decided.decisionOrigin;
    entry.detail = decided.comment;
    return appendAudit(&entry);
}

void Store::setAuditSealer(AuditLedger::Sealer sealer)
{
    m_auditSealer = std::move(sealer);
    if (m_auditSealer && begin()) {
        QString error;
        if (auditLedger().sealHeadIfUnsealed(m_auditSealer, &error))
            commit();
        else
            rollback();
    }
}

bool Store::appendAudit(AuditEntry *entry)
{
    QString error;
    if (auditLedger().append(entry, m_auditSealer, &error))
        return true;
    m_lastError = error;
    qWarning().noquote() << "gatehouse: cannot append to the audit ledger:" << error;
    return false;
}

AuditLedger Store::auditLedger() const
{
    return AuditLedger(m_connectionName, m_postgres);
}

bool Store::setDeliveryState(qint64 approvalId, DeliveryState state, const QString &lastError,
                             const QDateTime &at)
{
    const Statement statement = prepared(
            QStringLiteral("UPDATE approvals SET delivery_state = :s, last_delivery_error = :e,"
                           " updated_at = :at WHERE id = :id"));
    QSqlQuery &query = *statement;
    query.bindValue(QStringLiteral(":s"), stateName(state));
    query.bindValue(QStringLiteral(":e"), text(lastError));
    query.bindValue(QStringLiteral(":at"), toDb(at));
    query.bindValue(QStringLiteral(":id"), approvalId);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    noteChange(approvalId);
    return true;
}

TimelineEntry Store::appendTimeline(qint64 approvalId, const QString &type, const QString &message,
                                    const QDateTime &at)
{
    const Statement statement = prepared(
            returningId(QStringLiteral("INSERT INTO timeline (approval_id, at, type, message)"
                                       " VALUES (:a, :at, :type, :message)")));
    QSqlQuery &query = *statement;
    query.bindValue(QStringLiteral(":a"), approvalId);
    query.bindValue(QStringLiteral(":at"), toDb(at));
    query.bindValue(QStringLiteral(":type"), type);
    query.bindValue(QStringLiteral(":message"), text(message));
    TimelineEntry entry{0, approvalId, at, type, message};
    if (query.exec() && (entry.id = insertedId(query)) != 0) {
        noteChange(approvalId);
    } else {
        m_lastError = query.lastError().text();
    }
    return entry;
}

QVector<TimelineEntry> Store::timelineAfter(qint64 approvalId, qint64 afterId) const
{
    const Statement statement =
            prepared(QStringLiteral("SELECT id, approval_id, at, type, message FROM timeline"
                                    " WHERE approval_id = :a AND id > :after ORDER BY id"));
    QSqlQuery &query = *statement;
    query.bindValue(QStringLiteral(":a"), approvalId);
    query.bindValue(QStringLiteral(":after"), afterId);
    QVector<TimelineEntry> result;
    if (query.exec()) {
        while (query.next()) {
            result.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                           fromDb(query.value(2)), query.value(3).toString(),
                           query.value(4).toString()});
        }
    }
    return result;
}

qint64 Store::lastTimelineId() const
{
    const Statement statement = prepared(QStringLiteral("SELECT MAX(id) FROM timeline"));
    if (!statement->exec() || !statement->next())
        return 0;
    return statement->value(0).toLongLong();
}

bool Store::ensureConnected()
{
    if (!m_postgres || m_inTransaction)
        return true;
    if (exec(QStringLiteral("SELECT 1")))
        return true;
    return reconnect();
}

void Store::noteChange(qint64 approvalId)
{
    if (!m_postgres || approvalId <= 0)
        return;
    if (!m_changed.contains(approvalId))
        m_changed.append(approvalId);
    if (!m_inTransaction)
        announceChanges(); // a statement of its own (autocommit): announce it with itself
}

bool Store::announceChanges()
{
    if (m_changed.isEmpty())
        return true;
    const QVector<qint64> changed = std::exchange(m_changed, {});
    // Ids only, and few enough per notification to stay far below PostgreSQL's 8000 bytes.
    constexpr int idsPerNotice = 200;
    const Statement statement = prepared(QStringLiteral(
            "WITH bumped AS (UPDATE approvals SET change_seq = nextval('approval_changes')"
            " WHERE id = ANY(CAST(:ids AS BIGINT[])) RETURNING id, change_seq)"
            " SELECT pg_notify(CAST(:channel AS TEXT), CAST(:me AS TEXT) || ' ' || MAX(change_seq)"
            " || ' '"
            " || string_agg(CAST(id AS TEXT), ',')) FROM bumped HAVING COUNT(*) > 0"));
    for (qsizetype first = 0; first < changed.size(); first += idsPerNotice) {
        QStringList ids;
        for (qsizetype i = first; i < qMin(changed.size(), first + idsPerNotice); ++i)
            ids.append(QString::number(changed.at(i)));
        QSqlQuery &query = *statement;
        query.bindValue(QStringLiteral(":ids"),
                        QStringLiteral("{%1}").arg(ids.join(QLatin1Char(','))));
        query.bindValue(QStringLiteral(":channel"), changeChannel());
        query.bindValue(QStringLiteral(":me"), m_instanceId);
        if (!query.exec()) {
            m_lastError = query.lastError().text();
            return false;
        }
        query.finish();
    }
    return true;
}

QVector<TimelineEntry> Store::timeline(qint64 approvalId) const
{
    const Statement statement =
            prepared(QStringLiteral("SELECT id, approval_id, at, type, message FROM timeline"
                                    " WHERE approval_id = :a ORDER BY id"));
    QSqlQuery &query = *statement;
    query.bindValue(QStringLiteral(":a"), approvalId);
    QVector<TimelineEntry> result;
    if (query.exec()) {
        while (query.next()) {
            result.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                           fromDb(query.value(2)), query.value(3).toString(),
                           query.value(4).toString()});
        }
    }
    return result;
}

qint64 Store::enqueue(qint64 approvalId, const OutboundRequest &request, const QDateTime &at)
{
    const Statement statement = prepared(returningId(QStringLiteral(
            "INSERT INTO outbox (approval_id, request, purpose, state, attempts,"
            " next_attempt_at, created_at) VALUES (:a, :r, :p, 'queued', 0, :at, :at)")));
    QSqlQuery &query = *statement;
    query.bindValue(QStringLiteral(":a"), approvalId);
    query.bindValue(
            QStringLiteral(":r"),
            QString::fromUtf8(QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact)));
    query.bindValue(QStringLiteral(":p"),
                    request.purpose == OutboundRequest::Purpose::Decision
                            ? QStringLiteral("decision")
                            : QStringLiteral("status"));
    query.bindValue(QStringLiteral(":at"), toDb(at));
    const qint64 id = query.exec() ? insertedId(query) : 0;
    if (id == 0)
        m_lastError = query.lastError().text();
    return id;
}

QVector<OutboxItem> Store::dueOutbox(const QDateTime &now, int limit) const
{
    // Each approval's calls go in the order they were queued: a call waits for every
    // earlier one still queued (a retry in backoff included), because later calls may
    // build on its answer (Azure's log id). The one exception: a decision never waits
    // for a progress line, so a struggling log cannot hold up the callback.
    // First attempts come before retries: a fresh decision never waits behind calls to
    // targets that already failed (the worker then shares its slots by host).
    const Statement statement =
            prepared(QStringLiteral("SELECT %1 FROM outbox o WHERE o.state = 'queued'"
                                    " AND o.next_attempt_at <= :now AND %2"
                                    " ORDER BY o.attempts > 0, o.approval_id, o.id LIMIT :limit")
                             .arg(outboxColumns, notWaitingBehindAnother));
    QSqlQuery &query = *statement;
    query.bindValue(QStringLiteral(":now"), now.toMSecsSinceEpoch());
    query.bindValue(QStringLiteral(":limit"), limit);
    QVector<OutboxItem> result;
    if (query.exec()) {
        while (query.next())
            result.append(outboxFromQuery(query));
    }
    return result;
}

QVector<OutboxItem> Store::claimDueOutbox(const QDateTime &now, int limit, qint64 leaseMs)
{
    if (!m_postgres)
        return dueOutbox(now, limit);
    // One statement, so the lock lasts only while it runs: the HTTP call happens later,
    // outside any transaction, under the lease. Rows another instance is claiming right
    // now are skipped, not waited for; our own leases are ours to take again (a call
    // waiting behind another of its approval).
    const QString databaseNow = QStringLiteral("CAST(EXTRACT(EPOCH FROM now()) * 1000 AS BIGINT)");
    const Statement statement = prepared(
            QStringLiteral("WITH next AS (SELECT o.id FROM outbox o WHERE o.state = 'queued'"
                           " AND o.next_attempt_at <= :now AND (o.lease_until IS NULL"
                           " OR o.lease_until < %1 OR o.leased_by = :me) AND %2"
                           " ORDER BY o.attempts > 0, o.approval_id, o.id LIMIT :limit"
                           " FOR UPDATE OF o SKIP LOCKED)"
                           " UPDATE outbox SET leased_by = :me, lease_until = %1 + :lease"
                           " FROM next WHERE outbox.id = next.id RETURNING %3")
                    .arg(databaseNow, notWaitingBehindAnother,
                         QStringLiteral("outbox.id, outbox.approval_id, outbox.request,"
                                        " outbox.state, outbox.attempts, outbox.next_attempt_at,"
                                        " outbox.last_error")));
    QSqlQuery &query = *statement;
    query.bindValue(QStringLiteral(":now"), now.toMSecsSinceEpoch());
    query.bindValue(QStringLiteral(":me"), m_instanceId);
    query.bindValue(QStringLiteral(":limit"), limit);
    query.bindValue(QStringLiteral(":lease"), leaseMs);
    QVector<OutboxItem> result;
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return result;
    }
    while (query.next())
        result.append(outboxFromQuery(query));
    // RETURNING keeps no order; the worker sends each approval's calls in queue order,
    // first attempts before retries as dueOutbox lists them.
    std::sort(result.begin(), result.end(), [](const OutboxItem &a, const OutboxItem &b) {
        return std::make_tuple(a.attempts > 0, a.approvalId, a.id)
                < std::make_tuple(b.attempts > 0, b.approvalId, b.id);
    });
    return result;
}

void Store::releaseClaims(const QVector<qint64> &outboxIds)
{
    if (!m_postgres)
        return;
    const Statement statement =
            prepared(QStringLiteral("UPDATE outbox SET leased_by = '', lease_until = NULL WHERE id "
                                    "= :id AND leased_by = :me"));
    QSqlQuery &query = *statement;
    for (const qint64 id : outboxIds) {
        query.bindValue(QStringLiteral(":id"), id);
        query.bindValue(QStringLiteral(":me"), m_instanceId);
        if (!query.exec())
            m_lastError = query.lastError().text();
    }
}

QDateTime Store::earliestQueuedAttempt(const QDateTime &after) const
{
    // Only calls that are next in their approval's order count: a call waiting behind
    // a retry is due when that retry is, not before (else the worker would spin).
    // A row another instance holds is due for us when its lease runs out.
    const Statement statement = prepared(
            QStringLiteral("SELECT MIN(due.at) FROM (SELECT CASE WHEN o.leased_by <> ''"
                           " AND o.leased_by <> :me AND o.lease_until > o.next_attempt_at"
                           " THEN o.lease_until ELSE o.next_attempt_at END AS at FROM outbox o"
                           " WHERE o.state = 'queued' AND %1) due WHERE due.at > :after")
                    .arg(notWaitingBehindAnother));
    QSqlQuery &query = *statement;
    query.bindValue(QStringLiteral(":me"), m_instanceId);
    query.bindValue(QStringLiteral(":after"),
                    after.isValid() ? after.toMSecsSinceEpoch()
                                    : std::numeric_limits<qint64>::min());
    if (!query.exec() || !query.next())
        return {};
    return fromDb(query.value(0));
}

std::optional<OutboxItem> Store::outboxItem(qint64 id) const
{
    const Statement statement =
            prepared(QStringLiteral("SELECT %1 FROM outbox WHERE id = :id").arg(outboxColumns));
    QSqlQuery &query = *statement;
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return outboxFromQuery(query);
}

bool Store::markOutbox(qint64 id, const QString &state, int attempts,
                       const QDateTime &nextAttemptAt, const QString &lastError,
                       const QDateTime &at)
{
    const Statement statement = prepared(
            QStringLiteral("UPDATE outbox SET state = :s, attempts = :n, next_attempt_at = :next,"
                           " last_error = :e, delivered_at = :delivered, leased_by = '',"
                           " lease_until = NULL WHERE id = :id"));
    QSqlQuery &query = *statement;
    query.bindValue(QStringLiteral(":s"), state);
    query.bindValue(QStringLiteral(":n"), attempts);
    query.bindValue(QStringLiteral(":next"), toDb(nextAttemptAt.isValid() ? nextAttemptAt : at));
    query.bindValue(QStringLiteral(":e"), text(lastError));
    query.bindValue(QStringLiteral(":delivered"),
                    state == QLatin1String("delivered") ? toDb(at) : toDb(QDateTime()));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

int Store::requeueInFlight()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(
                QStringLiteral("UPDATE outbox SET state = 'queued' WHERE state = 'delivering'")))
        return 0;
    return query.numRowsAffected();
}

int Store::requeueFailed(qint64 approvalId, const QDateTime &at)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(
            QStringLiteral("UPDATE outbox SET state = 'queued', attempts = 0, next_attempt_at = :at"
                           " WHERE approval_id = :a AND state = 'failed'"));
    query.bindValue(QStringLiteral(":at"), toDb(at));
    query.bindValue(QStringLiteral(":a"), approvalId);
    if (!query.exec())
        return 0;
    return query.numRowsAffected();
}

bool Store::hasUndeliveredDecision(qint64 approvalId) const
{
    const Statement statement =
            prepared(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE approval_id = :a"
                                    " AND purpose = 'decision' AND state <> 'delivered'"));
    QSqlQuery &query = *statement;
    query.bindValue(QStringLiteral(":a"), approvalId);
    return query.exec() && query.next() && query.value(0).toInt() > 0;
}

bool Store::hasQueuedOutbox(qint64 approvalId) const
{
    const Statement statement = prepared(QStringLiteral(
            "SELECT COUNT(*) FROM outbox WHERE approval_id = :a AND state = 'queued'"));
    QSqlQuery &query = *statement;
    query.bindValue(QStringLiteral(":a"), approvalId);
    return query.exec() && query.next() && query.value(0).toInt() > 0;
}

int Store::dropUnsentDecisions(qint64 approvalId, const QDateTime &now)
{
    const Statement statement = prepared(
            QStringLiteral("DELETE FROM outbox WHERE approval_id = :a AND purpose = 'decision'"
                           " AND state = 'queued' AND attempts = 0 AND next_attempt_at > :now AND "
                           "leased_by = ''"));
    QSqlQuery &query = *statement;
    query.bindValue(QStringLiteral(":a"), approvalId);
    query.bindValue(QStringLiteral(":now"), toDb(now));
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return -1;
    }
    noteChange(approvalId);
    return query.numRowsAffected();
}

Store::MonitoringCounts Store::monitoringCounts() const
{
    MonitoringCounts counts;
    const Statement pending = prepared(QStringLiteral(
            "SELECT kind, COUNT(*) FROM approvals WHERE state = 'pending' GROUP BY kind"));
    if (pending->exec()) {
        while (pending->next())
            counts.pendingByKind.insert(pending->value(0).toString(),
                                        pending->value(1).toLongLong());
    }
    const Statement queued = prepared(
            QStringLiteral("SELECT COUNT(*), MIN(created_at) FROM outbox WHERE state = 'queued'"));
    if (queued->exec() && queued->next()) {
        counts.outboxQueued = queued->value(0).toLongLong();
        if (!queued->value(1).isNull())
            counts.oldestQueuedAt = fromDb(queued->value(1));
    }
    return counts;
}

bool Store::appendSecurityEvent(const QDateTime &at, const QString &peer, const QString &what)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(
            QStringLiteral("INSERT INTO security_events (at, peer, what) VALUES (:at, :p, :w)"));
    query.bindValue(QStringLiteral(":at"), toDb(at));
    query.bindValue(QStringLiteral(":p"), text(peer));
    query.bindValue(QStringLiteral(":w"), text(what));
    return query.exec();
}

QVector<SecurityEvent> Store::securityEvents(int limit) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(
            QStringLiteral("SELECT at, peer, what FROM security_events ORDER BY id DESC LIMIT :l"));
    query.bindValue(QStringLiteral(":l"), limit);
    QVector<SecurityEvent> events;
    if (query.exec()) {
        while (query.next())
            events.append(
                    {fromDb(query.value(0)), query.value(1).toString(), query.value(2).toString()});
    }
    return events;
}

bool Store::putSealedSecret(const QString &name, const QString &sealed)
{
    const Statement statement =
            prepared(QStringLiteral("INSERT INTO sealed_secrets (name, sealed) VALUES (:n, :s)"
                                    " ON CONFLICT (name) DO UPDATE SET sealed = excluded.sealed"));
    QSqlQuery &query = *statement;
    query.bindValue(QStringLiteral(":n"), name);
    query.bindValue(QStringLiteral(":s"), sealed);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

QString Store::sealedSecret(const QString &name) const
{
    const Statement statement =
            prepared(QStringLiteral("SELECT sealed FROM sealed_secrets WHERE name = :n"));
    QSqlQuery &query = *statement;
    query.bindValue(QStringLiteral(":n"), name);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toString();
}

bool Store::dropSealedSecretsStartingWith(const QString &prefix)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    // substr, not LIKE: a name may hold '_' or '%'.
    query.prepare(
            QStringLiteral("DELETE FROM sealed_secrets WHERE substr(name, 1, :len) = :prefix"));
    query.bindValue(QStringLiteral(":len"), int(prefix.size()));
    query.bindValue(QStringLiteral(":prefix"), prefix);
    return query.exec();
}

QStringList Store::sealedSecretsStartingWith(const QString &prefix) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT sealed FROM sealed_secrets WHERE substr(name, 1, :len) = "
                                 ":prefix"));
    query.bindValue(QStringLiteral(":len"), int(prefix.size()));
    query.bindValue(QStringLiteral(":prefix"), prefix);
    QStringList sealed;
    if (query.exec()) {
        while (query.next())
            sealed.append(query.value(0).toString());
    }
    return sealed;
}

bool Store::dropSealedSecret(const QString &name)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("DELETE FROM sealed_secrets WHERE name = :n"));
    query.bindValue(QStringLiteral(":n"), name);
    return query.exec();
}

namespace {

const QString tokenColumns =
        QStringLiteral("token_hash, approval_id, purpose, expires_at, used_at, created_at,"
                       " revoked_at");

ActionTokenRecord tokenFromQuery(const QSqlQuery &query)
{
    ActionTokenRecord record;
    record.tokenHash = query.value(0).toString().toLatin1();
    record.approvalId = query.value(1).toLongLong();
    record.purpose = query.value(2).toString();
    record.expiresAt = fromDb(query.value(3));
    record.usedAt = fromDb(query.value(4));
    record.createdAt = fromDb(query.value(5));
    record.revokedAt = fromDb(query.value(6));
    return record;
}

} // namespace

bool Store::insertActionToken(const ActionTokenRecord &record)
{
    const Statement statement = prepared(
            QStringLiteral("INSERT INTO action_tokens (%1) VALUES (:h, :a, :p, :e, :u, :c, :r)")
                    .arg(tokenColumns));
    QSqlQuery &query = *statement;
    query.bindValue(QStringLiteral(":h"), QString::fromLatin1(record.tokenHash));
    query.bindValue(QStringLiteral(":a"), record.approvalId);
    query.bindValue(QStringLiteral(":p"), text(record.purpose));
    query.bindValue(QStringLiteral(":e"), toDb(record.expiresAt));
    query.bindValue(QStringLiteral(":u"), toDb(record.usedAt));
    query.bindValue(QStringLiteral(":c"), toDb(record.createdAt));
    query.bindValue(QStringLiteral(":r"), toDb(record.revokedAt));
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

std::optional<ActionTokenRecord> Store::actionToken(const QByteArray &tokenHash) const
{
    const Statement statement = prepared(
            QStringLiteral("SELECT %1 FROM action_tokens WHERE token_hash = :h").arg(tokenColumns));
    QSqlQuery &query = *statement;
    query.bindValue(QStringLiteral(":h"), QString::fromLatin1(tokenHash));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return tokenFromQuery(query);
}

QVector<ActionTokenRecord> Store::actionTokensFor(qint64 approvalId) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
                          "SELECT %1 FROM action_tokens WHERE approval_id = :a ORDER BY created_at")
                          .arg(tokenColumns));
    query.bindValue(QStringLiteral(":a"), approvalId);
    QVector<ActionTokenRecord> result;
    if (query.exec()) {
        while (query.next())
            result.append(tokenFromQuery(query));
    }
    return result;
}

bool Store::revokeActionToken(const QByteArray &tokenHash, const QDateTime &at)
{
    return closeActionToken(QStringLiteral("revoked_at"), tokenHash, at);
}

bool Store::markActionTokenUsed(const QByteArray &tokenHash, const QDateTime &at)
{
    return closeActionToken(QStringLiteral("used_at"), tokenHash, at);
}

bool Store::closeActionToken(const QString &column, const QByteArray &tokenHash,
                             const QDateTime &at)
{
    // Only a token still open (neither used nor revoked) changes: of two closings at
    // once, one wins.
    const Statement statement = prepared(QStringLiteral("UPDATE action_tokens SET %1 = :at"
                                                        " WHERE token_hash = :h AND used_at IS NULL"
                                                        " AND revoked_at IS NULL")
                                                 .arg(column));
    QSqlQuery &query = *statement;
    query.bindValue(QStringLiteral(":at"), toDb(at));
    query.bindValue(QStringLiteral(":h"), QString::fromLatin1(tokenHash));
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return query.numRowsAffected() == 1;
}

QVector<Approval> Store::decidedBefore(const QDateTime &cutoff, int limit) const
{
    // "failed" delivery rows stay with their approval until someone retries or lets go;
    // "queued" and "delivering" ones are still on their way.
    const Statement statement =
            prepared(QStringLiteral("SELECT %1 FROM approvals WHERE decided_at IS NOT NULL"
                                    " AND decided_at < :cutoff AND state <> 'pending'"
                                    " AND NOT EXISTS (SELECT 1 FROM outbox"
                                    " WHERE outbox.approval_id = approvals.id"
                                    " AND outbox.state <> 'delivered')"
                                    " ORDER BY decided_at LIMIT :limit")
                             .arg(approvalColumns));
    QSqlQuery &query = *statement;
    query.bindValue(QStringLiteral(":cutoff"), toDb(cutoff));
    query.bindValue(QStringLiteral(":limit"), limit);
    QVector<Approval> found;
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return found;
    }
    while (query.next())
        found.append(approvalFromQuery(query));
    return found;
}

bool Store::dropApprovals(const QVector<qint64> &ids)
{
    if (ids.isEmpty())
        return true;
    QStringList numbers;
    numbers.reserve(ids.size());
    for (qint64 id : ids)
        numbers.append(QString::number(id));
    const QString list = numbers.join(QLatin1Char(','));
    if (!begin())
        return false;
    // Children first: the foreign keys point at approvals.
    for (const QString &table : {QStringLiteral("timeline"), QStringLiteral("outbox"),
                                 QStringLiteral("action_tokens"), QStringLiteral("chat_posts")}) {
        if (!exec(QStringLiteral("DELETE FROM %1 WHERE approval_id IN (%2)").arg(table, list))) {
            rollback();
            return false;
        }
    }
    for (qint64 id : ids) {
        if (!dropSealedSecretsStartingWith(QStringLiteral("approval/%1/").arg(id))) {
            rollback();
            return false;
        }
    }
    if (!exec(QStringLiteral("DELETE FROM approvals WHERE id IN (%1)").arg(list))) {
        rollback();
        return false;
    }
    return commit();
}

void Store::releaseFreePages()
{
    if (m_postgres)
        return;
    // The pragma frees one page per step of its statement, and Qt steps a statement
    // without result columns once per exec(): run it once per free page.
    QSqlQuery count(QSqlDatabase::database(m_connectionName, false));
    if (!count.exec(QStringLiteral("PRAGMA freelist_count")) || !count.next())
        return;
    const int pages = count.value(0).toInt();
    count.finish();
    const Statement vacuum = prepared(QStringLiteral("PRAGMA incremental_vacuum"));
    for (int i = 0; i < pages && vacuum->exec(); ++i)
        vacuum->finish();
}
