#include "policychanges.h"

#include <QHash>
#include <QJsonObject>

namespace {
// The policy file's defaults (docs/gates-and-fanin.md): a key left out means these.
constexpr int defaultTimeoutSecs = 3600;
const QString defaultOrder = QStringLiteral("gatesThenApproval");
const QString gatesOnly = QStringLiteral("gatesOnly");

QString orderOf(const QJsonObject &policy)
{
    return policy.value(QStringLiteral("order")).toString(defaultOrder);
}

int timeoutOf(const QJsonObject &policy)
{
    return policy.value(QStringLiteral("timeoutSecs")).toInt(defaultTimeoutSecs);
}
} // namespace

QStringList PolicyChanges::risky(const QJsonArray &before, const QJsonArray &after)
{
    QHash<QString, QJsonObject> old;
    for (const QJsonValue &value : before) {
        const QJsonObject policy = value.toObject();
        old.insert(policy.value(QStringLiteral("name")).toString(), policy);
    }
    QStringList changes;
    for (const QJsonValue &value : after) {
        const QJsonObject policy = value.toObject();
        const QString name = policy.value(QStringLiteral("name")).toString();
        const auto previous = old.constFind(name);
        const bool known = previous != old.constEnd();
        if (orderOf(policy) == gatesOnly && (!known || orderOf(*previous) != gatesOnly))
            changes.append(known ? tr("“%1”: no person approves any more (gates only)").arg(name)
                                 : tr("“%1” (new): no person approves (gates only)").arg(name));
        if (known && timeoutOf(policy) < timeoutOf(*previous))
            changes.append(tr("“%1”: timeout shortened from %2 s to %3 s")
                                   .arg(name)
                                   .arg(timeoutOf(*previous))
                                   .arg(timeoutOf(policy)));
    }
    return changes;
}
