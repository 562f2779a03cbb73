#include "policy.h"

bool Policy::matches(const Approval &approval) const
{
    const auto fits = [](const QString &wanted, const QString &actual) {
        return wanted.isEmpty() || wanted == actual;
    };
    return fits(connector, approval.connector) && fits(pipeline, approval.pipeline)
            && fits(stage, approval.stage) && fits(environment, approval.environment)
            && fits(kind, approval.kind);
}

QString Policy::orderName(Order order)
{
    switch (order) {
    case Order::GatesOnly:
        return QStringLiteral("gatesOnly");
    case Order::GatesThenApproval:
        return QStringLiteral("gatesThenApproval");
    case Order::ApprovalThenGates:
        break;
    }
    return QStringLiteral("approvalThenGates");
}
