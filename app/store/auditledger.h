// AuditLedger: the append-only, hash-chained record of every decision, cancellation
// and policy change (issue 18, item 6). Each entry carries the SHA-256 of the previous
// entry's hash followed by a canonical encoding of its own fields (docs/audit.md says
// exactly how, so that an auditor can check an export without Gatehouse). The chain's
// head (count and last hash) is kept in a row of its own, sealed with the vault key,
// so that deleting the newest entries is detected too.
//
// It works on an open Qt Sql connection (the Store's, inside the Store's transaction,
// or a read-only one for `gatehouse audit verify`), SQLite or PostgreSQL alike.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVector>

#include <functional>
#include <optional>

struct AuditEntry
{
    qint64 seq = 0; // 1, 2, 3 ... without gaps
    QDateTime at; // milliseconds, UTC
    QString action; // approved, rejected, expired, cancelled, policy-changed
    qint64 approvalId = 0; // 0 for what concerns no approval (a policy change)
    QString subject; // what it is about: "generic rel-9: Release 9", a policy's name
    QString actor; // who: the decider, "gatehouse" for a timeout
    QString origin; // from where: window, tray, link, api, timeout, policy file ...
    QString detail; // the comment, the reason, what changed
    QString prevHash; // hex, 64 characters; the first entry's is 64 zeros
    QString hash; // hex SHA-256(prevHash || canonical(fields))
};

class AuditLedger
{
public:
    using Sealer = std::function<QString(const QByteArray &)>;
    using Opener = std::function<bool(const QString &, QByteArray *)>;

    // The encoding of docs/audit.md: each field as "<byte length>:<UTF-8 bytes>",
    // concatenated, in the order version, seq, at, action, approvalId, subject, actor,
    // origin, detail.
    static QByteArray canonical(const AuditEntry &entry);
    static QString chainHash(const QString &prevHash, const AuditEntry &entry);
    static QString genesisHash(); // 64 zeros
    // What the sealed head holds: "gatehouse-audit-head-1\n<count>\n<last hash>".
    static QByteArray headText(qint64 count, const QString &hash);

    AuditLedger(const QString &connectionName, bool postgres);

    // Appends inside the caller's transaction: locks the head row (PostgreSQL: FOR
    // UPDATE, so concurrent writers queue in commit order), inserts the entry, moves
    // the head and seals it (no sealer: the head is left unsealed, and verify says so).
    // Fills in seq, prevHash and hash.
    bool append(AuditEntry *entry, const Sealer &seal, QString *error);
    // Takes the head row's lock now (PostgreSQL; SQLite's write lock is already held).
    // A transaction that will append after changing other rows calls this first, so that
    // every writer takes the head before any approval row and none waits in a circle.
    bool lockHead(QString *error);
    // Seals the head as it stands when it has no seal yet (a new database).
    bool sealHeadIfUnsealed(const Sealer &seal, QString *error);

    // The newest entry with this action, if any (e.g. the last recorded policy set).
    std::optional<AuditEntry> lastEntry(const QString &action, QString *error) const;
    // Entries with at in [from, to] (an invalid time: no bound), oldest first.
    QVector<AuditEntry> entries(const QDateTime &from, const QDateTime &to, QString *error) const;

    struct Verdict
    {
        bool ok = false;
        qint64 count = 0; // entries read
        qint64 firstBad = 0; // seq of the first entry altered or removed; 0 if none
        bool headChecked = false; // the seal was opened and compared
        QString problem; // what is wrong, for people
    };
    // Checks every link of the chain and, with open, the sealed head.
    Verdict verify(const Opener &open) const;

private:
    struct Head
    {
        qint64 count = 0;
        QString hash;
        QString seal;
    };
    std::optional<Head> readHead(bool lock, QString *error) const;
    bool writeHead(const Head &head, QString *error);

    QString m_connectionName;
    bool m_postgres = false;
};
