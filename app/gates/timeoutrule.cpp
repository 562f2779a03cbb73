#include "timeoutrule.h"

TimeoutChoice TimeoutRule::choose(const QVector<Policy> &policies, const Approval &approval)
{
    for (const Policy &policy : policies) {
        if (policy.onTimeout && policy.matches(approval))
            return {*policy.onTimeout, policy.name};
    }
    return {};
}

bool TimeoutRule::parse(const QString &text, TimeoutChoice::Outcome *outcome)
{
    if (text == QLatin1String("reject"))
        *outcome = TimeoutChoice::Outcome::Reject;
    else if (text == QLatin1String("approve"))
        *outcome = TimeoutChoice::Outcome::Approve;
    else if (text == QLatin1String("leave"))
        *outcome = TimeoutChoice::Outcome::Leave;
    else
        return false;
    return true;
}
