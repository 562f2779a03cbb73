#include "policyaudit.h"

#include "store/store.h"

#include <QStringList>

namespace {
QString timeoutName(TimeoutChoice::Outcome outcome)
{
    switch (outcome) {
    case TimeoutChoice::Outcome::Approve:
        return QStringLiteral("approve");
    case TimeoutChoice::Outcome::Leave:
        return QStringLiteral("leave");
    case TimeoutChoice::Outcome::Reject:
        break;
    }
    return QStringLiteral("reject");
}

QString scope(const QString &value)
{
    return value.isEmpty() ? QStringLiteral("*") : value;
}
} // namespace

QString PolicyAudit::describe(const QVector<Policy> &policies)
{
    QStringList parts;
    for (const Policy &policy : policies) {
        QStringList gates;
        for (const Gate &gate : policy.gates)
            gates.append(gate.name);
        // Said only when set, so that a ledger written before these keys reads the same.
        QStringList channels;
        for (const ChatChannel &channel : policy.chat)
            channels.append(channel.name);
        const QString chat =
                (policy.kind.isEmpty() ? QString() : QStringLiteral("; kind ") + policy.kind)
                + (channels.isEmpty()
                           ? QString()
                           : QStringLiteral("; chat ") + channels.join(QStringLiteral(", ")));
        parts.append(
                QStringLiteral("\"%1\" (connector %2, pipeline %3, stage %4, environment %5;"
                               " %6; timeout %7 s; delay %8 s; interval %9 s; gates: %10%11)")
                        .arg(policy.name, scope(policy.connector), scope(policy.pipeline),
                             scope(policy.stage), scope(policy.environment),
                             Policy::orderName(policy.order))
                        .arg(policy.timeoutSecs)
                        .arg(policy.delayBeforeEvaluationSecs)
                        .arg(policy.samplingIntervalSecs)
                        .arg(gates.isEmpty() ? QStringLiteral("none")
                                             : gates.join(QStringLiteral(", ")))
                        .arg(QString(policy.supersedeNewest ? QStringLiteral("; supersede newest")
                                                            : QString())
                             + (policy.onTimeout ? QStringLiteral("; on timeout ")
                                                + timeoutName(*policy.onTimeout)
                                                 : QString())
                             + chat));
    }
    return QStringLiteral("%1 policies in force%2%3")
            .arg(policies.size())
            .arg(parts.isEmpty() ? QString() : QStringLiteral(": "))
            .arg(parts.join(QStringLiteral("; ")));
}

bool PolicyAudit::record(Store &store, const QVector<Policy> &policies, const QString &origin,
                         const QDateTime &at)
{
    const QString action = QStringLiteral("policy-changed");
    const QString description = describe(policies);
    QString error;
    const AuditLedger ledger = store.auditLedger();
    const std::optional<AuditEntry> last = ledger.lastEntry(action, &error);
    if (!error.isEmpty())
        return false;
    // Nothing in force yet and nothing recorded: no change to record.
    if (last ? last->detail == description : policies.isEmpty())
        return true;
    if (!store.begin())
        return false;
    AuditEntry entry;
    entry.at = at;
    entry.action = action;
    entry.subject = QStringLiteral("gate policies");
    entry.actor = qEnvironmentVariable("USER", QStringLiteral("gatehouse"));
    entry.origin = origin;
    entry.detail = description;
    if (!store.appendAudit(&entry) || !store.commit()) {
        store.rollback();
        return false;
    }
    return true;
}
