#include "needsmerule.h"

#include "core/approval.h"

#include <QJsonObject>

bool NeedsMeRule::applies(const Approval &a)
{
    if (!a.isPending() || a.kind == QLatin1String("fanin"))
        return false;
    // The policy's gates, as GateSampler records them with each sample.
    const QJsonObject gates = a.metadata.value(QStringLiteral("gates")).toObject();
    if (gates.isEmpty())
        return true;
    const QString order = gates.value(QStringLiteral("order")).toString();
    if (order == QLatin1String("gatesOnly"))
        return false;
    if (order == QLatin1String("approvalThenGates"))
        return !a.metadata.contains(QStringLiteral("humanApproval"));
    return gates.value(QStringLiteral("ready")).toBool();
}

int NeedsMeRule::assignmentRank(const Approval &a, const QString &me)
{
    if (a.assignee.isEmpty())
        return 1;
    return !me.isEmpty() && a.assignee == me ? 0 : 2;
}
