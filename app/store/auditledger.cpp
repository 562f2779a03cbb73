#include "auditledger.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <limits>
#include <utility>

namespace {
const QByteArray formatVersion = QByteArrayLiteral("gatehouse-audit-1");

void field(QByteArray *out, const QByteArray &bytes)
{
    out->append(QByteArray::number(bytes.size()));
    out->append(':');
    out->append(bytes);
}

AuditEntry readEntry(const QSqlQuery &query)
{
    AuditEntry entry;
    entry.seq = query.value(0).toLongLong();
    entry.at = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
    entry.action = query.value(2).toString();
    entry.approvalId = query.value(3).toLongLong();
    entry.subject = query.value(4).toString();
    entry.actor = query.value(5).toString();
    entry.origin = query.value(6).toString();
    entry.detail = query.value(7).toString();
    entry.prevHash = query.value(8).toString();
    entry.hash = query.value(9).toString();
    return entry;
}

const QString entryColumns = QStringLiteral(
        "seq, at, action, approval_id, subject, actor, origin, detail, prev_hash, hash");
} // namespace

QByteArray AuditLedger::canonical(const AuditEntry &entry)
{
    QByteArray out;
    field(&out, formatVersion);
    field(&out, QByteArray::number(entry.seq));
    field(&out, QByteArray::number(entry.at.toMSecsSinceEpoch()));
    field(&out, entry.action.toUtf8());
    field(&out, QByteArray::number(entry.approvalId));
    field(&out, entry.subject.toUtf8());
    field(&out, entry.actor.toUtf8());
    field(&out, entry.origin.toUtf8());
    field(&out, entry.detail.toUtf8());
    return out;
}

QString AuditLedger::chainHash(const QString &prevHash, const AuditEntry &entry)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(prevHash.toLatin1());
    hash.addData(canonical(entry));
    return QString::fromLatin1(hash.result().toHex());
}

QString AuditLedger::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QByteArray AuditLedger::headText(qint64 count, const QString &hash)
{
    return QByteArrayLiteral("gatehouse-audit-head-1\n") + QByteArray::number(count) + '\n'
            + hash.toLatin1();
}

AuditLedger::AuditLedger(const QString &connectionName, bool postgres)
    : m_connectionName(connectionName), m_postgres(postgres)
{ }

std::optional<AuditLedger::Head> AuditLedger::readHead(bool lock, QString *error) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    // PostgreSQL: writers of the ledger queue on this row until the one before them
    // commits, so seq and prev_hash follow the commit order. SQLite's write lock
    // (BEGIN IMMEDIATE) already does the same.
    const QString sql = QStringLiteral("SELECT count, hash, seal FROM audit_head WHERE id = 1")
            + (lock && m_postgres ? QStringLiteral(" FOR UPDATE") : QString());
    if (!query.exec(sql)) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    if (!query.next()) {
        *error = QStringLiteral("the audit ledger's head row is missing");
        return std::nullopt;
    }
    return Head{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()};
}

bool AuditLedger::writeHead(const Head &head, QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral(
            "UPDATE audit_head SET count = :count, hash = :hash, seal = :seal WHERE id = 1"));
    query.bindValue(QStringLiteral(":count"), head.count);
    query.bindValue(QStringLiteral(":hash"), head.hash);
    // No sealer (a Store used without the service): an empty seal, which verify reports.
    query.bindValue(QStringLiteral(":seal"),
                    head.seal.isNull() ? QString(QLatin1String("")) : head.seal);
    if (!query.exec() || query.numRowsAffected() != 1) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

bool AuditLedger::append(AuditEntry *entry, const Sealer &seal, QString *error)
{
    const std::optional<Head> head = readHead(true, error);
    if (!head)
        return false;
    entry->seq = head->count + 1;
    // The stored precision: what verify reads back must hash the same.
    entry->at = QDateTime::fromMSecsSinceEpoch(entry->at.toMSecsSinceEpoch(), Qt::UTC);
    entry->prevHash = head->hash;
    entry->hash = chainHash(entry->prevHash, *entry);
    QSqlQuery insert(QSqlDatabase::database(m_connectionName, false));
    insert.prepare(
            QStringLiteral("INSERT INTO audit_ledger (%1) VALUES (:seq, :at, :action,"
                           " :approval_id, :subject, :actor, :origin, :detail, :prev_hash, :hash)")
                    .arg(entryColumns));
    insert.bindValue(QStringLiteral(":seq"), entry->seq);
    insert.bindValue(QStringLiteral(":at"), entry->at.toMSecsSinceEpoch());
    insert.bindValue(QStringLiteral(":action"), entry->action);
    insert.bindValue(QStringLiteral(":approval_id"), entry->approvalId);
    // Qt binds a null QString as NULL: the columns are NOT NULL and hash as "".
    for (const auto &[name, value] : {std::pair{QStringLiteral(":subject"), &entry->subject},
                                      std::pair{QStringLiteral(":actor"), &entry->actor},
                                      std::pair{QStringLiteral(":origin"), &entry->origin},
                                      std::pair{QStringLiteral(":detail"), &entry->detail}})
        insert.bindValue(name, value->isNull() ? QString(QLatin1String("")) : *value);
    insert.bindValue(QStringLiteral(":prev_hash"), entry->prevHash);
    insert.bindValue(QStringLiteral(":hash"), entry->hash);
    if (!insert.exec()) {
        *error = insert.lastError().text();
        return false;
    }
    Head next{entry->seq, entry->hash, {}};
    if (seal)
        next.seal = seal(headText(next.count, next.hash));
    return writeHead(next, error);
}

bool AuditLedger::lockHead(QString *error)
{
    return !m_postgres || readHead(true, error).has_value();
}

bool AuditLedger::sealHeadIfUnsealed(const Sealer &seal, QString *error)
{
    std::optional<Head> head = readHead(true, error);
    if (!head)
        return false;
    if (!head->seal.isEmpty())
        return true;
    head->seal = seal(headText(head->count, head->hash));
    return writeHead(*head, error);
}

QVector<AuditEntry> AuditLedger::entries(const QDateTime &from, const QDateTime &to,
                                         QString *error) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM audit_ledger WHERE at >= :from AND at <= :to"
                                 " ORDER BY seq")
                          .arg(entryColumns));
    query.bindValue(QStringLiteral(":from"),
                    from.isValid() ? from.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min());
    query.bindValue(QStringLiteral(":to"),
                    to.isValid() ? to.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max());
    QVector<AuditEntry> list;
    if (!query.exec()) {
        *error = query.lastError().text();
        return list;
    }
    while (query.next())
        list.append(readEntry(query));
    return list;
}

std::optional<AuditEntry> AuditLedger::lastEntry(const QString &action, QString *error) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT %1 FROM audit_ledger WHERE action = :action"
                                 " ORDER BY seq DESC LIMIT 1")
                          .arg(entryColumns));
    query.bindValue(QStringLiteral(":action"), action);
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return readEntry(query);
}

AuditLedger::Verdict AuditLedger::verify(const Opener &open) const
{
    Verdict verdict;
    const std::optional<Head> head = readHead(false, &verdict.problem);
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM audit_ledger ORDER BY seq").arg(entryColumns))) {
        verdict.problem = query.lastError().text();
        return verdict;
    }
    QString previous = genesisHash();
    qint64 expected = 1;
    const auto bad = [&verdict](qint64 seq, const QString &problem) {
        verdict.firstBad = seq;
        verdict.problem = problem;
        return verdict;
    };
    while (query.next()) {
        const AuditEntry entry = readEntry(query);
        ++verdict.count;
        if (entry.seq != expected)
            return bad(expected,
                       QStringLiteral("entry %1 was removed: the chain goes from %2 to %3")
                               .arg(expected)
                               .arg(expected - 1)
                               .arg(entry.seq));
        if (chainHash(entry.prevHash, entry) != entry.hash)
            return bad(entry.seq,
                       QStringLiteral("entry %1 was altered: its fields do not give its hash")
                               .arg(entry.seq));
        if (entry.prevHash != previous)
            return entry.seq == 1
                    ? bad(1, QStringLiteral("entry 1 was altered: it does not start the chain"))
                    : bad(entry.seq - 1,
                          QStringLiteral("entry %1 was altered or replaced: entry %2 recorded"
                                         " another hash for it")
                                  .arg(entry.seq - 1)
                                  .arg(entry.seq));
        previous = entry.hash;
        ++expected;
    }
    const qint64 last = expected - 1;
    if (!head)
        return bad(last + 1, verdict.problem);
    if (head->count > last)
        return bad(last + 1,
                   QStringLiteral("entries %1 to %2 were removed: the head records %2 entries,"
                                  " the table holds %3")
                           .arg(last + 1)
                           .arg(head->count)
                           .arg(last));
    if (head->count < last)
        return bad(head->count + 1,
                   QStringLiteral("entries from %1 on were added outside Gatehouse: the head"
                                  " records %2 entries")
                           .arg(head->count + 1)
                           .arg(head->count));
    if (head->hash != previous)
        return bad(last, QStringLiteral("entry %1 is not the one the head records").arg(last));
    if (head->seal.isEmpty())
        return bad(last + 1,
                   QStringLiteral("the head is not sealed: removing the newest entries"
                                  " could not be detected"));
    if (open) {
        QByteArray opened;
        if (!open(head->seal, &opened) || opened != headText(head->count, head->hash))
            return bad(last + 1,
                       QStringLiteral("the head's seal does not match the head (%1"
                                      " entries): the head was rewritten")
                               .arg(head->count));
        verdict.headChecked = true;
    }
    verdict.ok = true;
    verdict.problem.clear();
    return verdict;
}
