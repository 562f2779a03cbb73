// Store: durable state in Qt Sql (SQLite in WAL mode by default). It knows SQL and
// nothing of HTTP or widgets; only the Engine and the OutboxWorker call it, from the
// thread that opened it.
#pragma once

#include "core/actiontokens.h"
#include "core/approval.h"
#include "core/preapproval.h"
#include "core/timelineentry.h"
#include "store/auditledger.h"
#include "store/databaselocation.h"
#include "store/outboxitem.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>
#include <optional>

struct SecurityEvent
{
    QDateTime at;
    QString peer;
    QString what;
};

struct ApprovalQuery
{
    std::optional<ApprovalState> state;
    int limit = 100;
    int offset = 0;
    qint64 before = 0; // > 0: only approvals listed after this one (a page cursor)
    // For answers that show neither whole descriptions nor metadata (the list API):
    // rows from before the field limits can hold megabytes of both, left in the database.
    int descriptionChars = 0; // > 0: read at most this many characters of the description
    bool withMetadata = true;
};

// A personal API token as stored: never the token, only its SHA-256 (hex).
struct ApiTokenRecord
{
    qint64 id = 0;
    QByteArray tokenHash;
    QString name;
    QString owner;
    QDateTime createdAt;
    QDateTime lastUsedAt;
    QDateTime revokedAt;
};

class Store
{
public:
    Store();
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // Opens (creating if needed) the database and applies pending migrations. location
    // is a SQLite file path or a postgresql:// URL (DatabaseLocation).
    bool open(const QString &location, QString *error);
    bool open(const DatabaseLocation &location, QString *error);
    void close();
    bool isOpen() const;
    bool isPostgres() const { return m_postgres; }
    // A setting of this connection, for checks: a PRAGMA on SQLite ("journal_mode"),
    // current_setting() on PostgreSQL ("synchronous_commit").
    QString setting(const QString &name) const;
    int schemaVersion() const;
    QString lastError() const { return m_lastError; }

    // A unit of work: everything between begin() and commit() lands together or not at all.
    bool begin();
    bool commit();
    void rollback();

    // Group commit: units of work between beginGroup() and commitGroup() become
    // savepoints of one transaction, so many webhooks share one durable commit
    // (one fsync) while each unit can still be undone on its own.
    bool beginGroup();
    bool commitGroup();
    void rollbackGroup();
    bool inGroup() const { return m_inGroup; }

    std::optional<Approval> approval(qint64 id) const;
    std::optional<Approval> approvalByExternalId(const QString &connector,
                                                 const QString &externalId) const;
    QVector<Approval> approvals(const ApprovalQuery &query) const;
    int countApprovals(std::optional<ApprovalState> state) const;
    QVector<Approval> pendingDueBy(const QDateTime &now) const;
    // Pending approvals of one deployment (connector, pipeline, stage, environment)
    // older than approval `before`, oldest first: what a newer run supersedes.
    QVector<Approval> pendingOfDeployment(const Approval &newest) const;
    QDateTime earliestPendingDeadline() const;

    qint64 insertApproval(const Approval &approval);
    // Inserts unless an approval with the same (connector, externalId) exists: then
    // returns 0 and sets *exists, without a lookup first (one statement for the usual
    // case of a new webhook). Returns 0 without *exists on an error.
    qint64 insertApprovalUnlessKnown(const Approval &approval, bool *exists);
    bool updateApproval(const Approval &approval);
    // Writes the decision only if the approval is still pending: the database itself
    // guarantees that one decision wins, even with several consoles on one store.
    bool recordDecisionIfPending(const Approval &decided);
    bool setDeliveryState(qint64 approvalId, DeliveryState state, const QString &lastError,
                          const QDateTime &at);

    TimelineEntry appendTimeline(qint64 approvalId, const QString &type, const QString &message,
                                 const QDateTime &at);
    QVector<TimelineEntry> timeline(qint64 approvalId) const;

    qint64 enqueue(qint64 approvalId, const OutboundRequest &request, const QDateTime &at);
    QVector<OutboxItem> dueOutbox(const QDateTime &now, int limit) const;
    // The due rows this instance may send now. On PostgreSQL they are claimed: locked
    // with SKIP LOCKED and leased to instanceId() for leaseMs on the database's clock,
    // so another instance skips them until the lease runs out. On SQLite (one seat)
    // the same as dueOutbox().
    QVector<OutboxItem> claimDueOutbox(const QDateTime &now, int limit, qint64 leaseMs);
    // Gives back claimed rows this instance is not sending now, so another may.
    void releaseClaims(const QVector<qint64> &outboxIds);
    // Who this Store is in leases: host, process and a random part.
    QString instanceId() const { return m_instanceId; }
    // Where the store is (for instances that open connections of their own to it:
    // ChangeListener, LeaderElection).
    const DatabaseLocation &location() const { return m_location; }
    // The Qt Sql connection, for a read in the store's thread (DatabaseClock::sync).
    QString connectionName() const { return m_connectionName; }

    // Team mode (PostgreSQL): every unit of work that changed approvals bumps their
    // change_seq and sends a notification on changeChannel(), both in its own transaction
    // (ChangeListener). Payload: "<instanceId> <highest change_seq> <id>,<id>,...".
    static QString changeChannel() { return QStringLiteral("gatehouse_changes"); }
    // The timeline lines of an approval after the line afterId, in order.
    QVector<TimelineEntry> timelineAfter(qint64 approvalId, qint64 afterId) const;
    qint64 lastTimelineId() const;
    // Makes sure the connection answers; on PostgreSQL a lost one is opened again.
    bool ensureConnected();
    // after: only attempts later than this (the worker's last sweep saw the others).
    QDateTime earliestQueuedAttempt(const QDateTime &after = {}) const;
    std::optional<OutboxItem> outboxItem(qint64 id) const;
    bool markOutbox(qint64 id, const QString &state, int attempts, const QDateTime &nextAttemptAt,
                    const QString &lastError, const QDateTime &at);
    int requeueInFlight(); // after a crash: "delivering" rows go back to "queued"
    int requeueFailed(qint64 approvalId, const QDateTime &at);
    bool hasUndeliveredDecision(qint64 approvalId) const;
    bool hasQueuedOutbox(qint64 approvalId) const;
    // Cancel release (issue 18, item 2): deletes the approval's decision calls that wait
    // for a time after `now`, never sent and held by no instance. Returns how many, -1 on
    // an error.
    int dropUnsentDecisions(qint64 approvalId, const QDateTime &now);

    // For monitoring: pending approvals by kind, and the queued outbound calls.
    struct MonitoringCounts
    {
        QHash<QString, qint64> pendingByKind;
        qint64 outboxQueued = 0;
        QDateTime oldestQueuedAt; // invalid when none is queued
    };
    MonitoringCounts monitoringCounts() const;

    bool appendSecurityEvent(const QDateTime &at, const QString &peer, const QString &what);
    QVector<SecurityEvent> securityEvents(int limit) const; // newest first

    bool putSealedSecret(const QString &name, const QString &sealed);
    QString sealedSecret(const QString &name) const;
    bool dropSealedSecret(const QString &name);
    bool dropSealedSecretsStartingWith(const QString &prefix);
    QStringList sealedSecretsStartingWith(const QString &prefix) const; // the sealed values

    bool insertActionToken(const ActionTokenRecord &record);
    std::optional<ActionTokenRecord> actionToken(const QByteArray &tokenHash) const;
    QVector<ActionTokenRecord> actionTokensFor(qint64 approvalId) const;
    // Marks the token used only if it is unused: of two uses at once, one wins.
    bool markActionTokenUsed(const QByteArray &tokenHash, const QDateTime &at);
    // Marks an unused token revoked (a newer link replaced it); a revoked token can no
    // longer be used.
    bool revokeActionToken(const QByteArray &tokenHash, const QDateTime &at);

    // Identity (storeidentity.cpp). The role this connection authenticated as
    // (session_user) on PostgreSQL; empty on SQLite.
    QString sessionUser() const;
    // The roles `role` is a member of (pg_has_role ... MEMBER), itself included; on
    // SQLite just the name.
    QStringList roleMemberships(const QString &role) const;
    // Inside a unit of work: holds the approval's row until the commit, so that votes
    // recorded at once by two consoles are counted one after the other (PostgreSQL;
    // SQLite's write transaction holds the whole file already).
    bool lockApproval(qint64 id);
    // "Assign to me": sets who is looking at a pending approval (empty: nobody), only if
    // the one looking now is still `expected`: of two takes at once, one wins. False
    // when the approval is decided, gone, or held by someone else by now.
    bool setAssigneeIf(qint64 id, const QString &expected, const QString &assignee,
                       const QDateTime &at);

    bool insertApiToken(const ApiTokenRecord &record);
    QVector<ApiTokenRecord> apiTokens() const; // newest first, revoked ones included
    std::optional<ApiTokenRecord> apiToken(const QByteArray &tokenHash) const;
    bool touchApiToken(qint64 id, const QDateTime &at);
    bool revokeApiToken(qint64 id, const QDateTime &at);
    // The audit ledger (issue 18, item 6). Decisions recorded by
    // recordDecisionIfPending() append their entry in the same transaction; other
    // changes (policies) call appendAudit() inside a unit of work of their own.
    void setAuditSealer(AuditLedger::Sealer sealer);
    bool appendAudit(AuditEntry *entry);
    AuditLedger auditLedger() const;

    // Pre-approvals (issue 18, item 2; storepreapprovals.cpp). Returns the new id, 0 on
    // an error.
    qint64 insertPreApproval(const PreApproval &record);
    std::optional<PreApproval> preApproval(qint64 id) const;
    // Newest first; activeOnly: neither used, revoked nor past valid_until at `now`.
    QVector<PreApproval> preApprovals(bool activeOnly, const QDateTime &now) const;
    // The oldest active one that matches the approval.
    // Whether any pre-approval is neither used, revoked nor expired: one cheap look that
    // spares a group of webhooks the matching query each (almost always there is none).
    bool anyActivePreApproval(const QDateTime &now) const;
    std::optional<PreApproval> matchingPreApproval(const Approval &approval,
                                                   const QDateTime &now) const;
    // Conditional updates: of two uses (or a use and a revocation) at once, one wins.
    bool markPreApprovalUsed(qint64 id, qint64 approvalId, const QDateTime &at);
    bool revokePreApproval(qint64 id, const QDateTime &at);

    // Retention (RetentionJob): up to `limit` approvals decided before `cutoff`, oldest
    // first, leaving out any with a callback not yet delivered or given up.
    QVector<Approval> decidedBefore(const QDateTime &cutoff, int limit) const;
    // Deletes these approvals with their timeline, outbox rows, action links and sealed
    // secrets, in one transaction: all or nothing.
    bool dropApprovals(const QVector<qint64> &ids);
    // SQLite: gives the pages freed by deletes back to the file system (the database
    // is created with auto_vacuum=INCREMENTAL); PostgreSQL: nothing to do.
    void releaseFreePages();

private:
    ApiTokenRecord readApiToken(const QSqlQuery &query) const;
    qint64 insertApprovalWith(const QString &sql, const Approval &approval, bool *exists);
    // An INSERT that tells the new row's id: PostgreSQL answers RETURNING id; SQLite
    // would build a temporary table per statement for that (a fifth of an insert's
    // cost on the ingest path), so there the connection's last rowid answers instead.
    QString returningId(const QString &insertSql) const;
    // After exec(): the new row's id, or 0 when the conflict clause skipped the row.
    qint64 insertedId(QSqlQuery &query) const;
    // A cached prepared statement, reset when the Statement goes out of scope so that no
    // read stays open between calls. Preparing costs more than running these small
    // statements, and the ingest path runs a handful per webhook.
    class Statement
    {
    public:
        explicit Statement(std::shared_ptr<QSqlQuery> query) : m_query(std::move(query)) { }
        ~Statement() { m_query->finish(); }
        Statement(const Statement &) = delete;
        Statement &operator=(const Statement &) = delete;
        QSqlQuery &operator*() const { return *m_query; }
        QSqlQuery *operator->() const { return m_query.get(); }

    private:
        std::shared_ptr<QSqlQuery> m_query;
    };
    Statement prepared(const QString &sql) const;
    bool closeActionToken(const QString &column, const QByteArray &tokenHash, const QDateTime &at);
    bool execPrepared(const QString &sql);
    bool migrate(QString *error);
    bool applyMigrations(QString *error);
    bool openPostgres(QString *error);
    bool startTransaction();
    bool reconnect();
    bool exec(const QString &sql);
    QString idColumn() const;
    // Team mode: remembers an approval changed by the open unit of work (or, outside
    // one, announces it at once).
    void noteChange(qint64 approvalId);
    bool announceChanges();

    QString m_connectionName;
    QString m_instanceId;
    mutable QString m_lastError;
    bool m_inGroup = false;
    bool m_postgres = false;
    bool m_inTransaction = false;
    DatabaseLocation m_location;
    QVector<qint64> m_changed; // approvals changed by the open transaction
    mutable QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
    AuditLedger::Sealer m_auditSealer;
};
