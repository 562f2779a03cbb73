// AuditCommand: `gatehouse audit verify` and `gatehouse audit export`. Reads the
// audit ledger straight from the database (read-only; no server needed), checks every
// link of its hash chain and the sealed head, and writes entries with their hashes as
// JSON Lines or CSV for verification outside Gatehouse (docs/audit.md).
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

class AuditLedger;

class AuditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)

public:
    AuditCommand(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) { }
    // arguments: the program name, "audit", the subcommand and its options.
    int run(const QStringList &arguments);

private:
    int usage(const QString &problem);
    int verify(const AuditLedger &ledger, const QByteArray &vaultKey, const QString &keyProblem,
               bool chainOnly, bool json);
    int exportEntries(const AuditLedger &ledger, const QString &from, const QString &to,
                      const QString &format);

    QTextStream &m_out;
    QTextStream &m_err;
    QString m_subcommand;
};
