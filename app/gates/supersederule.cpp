#include "supersederule.h"

bool SupersedeRule::applies(const QVector<Policy> &policies, const Approval &newest)
{
    if (newest.pipeline.isEmpty() && newest.stage.isEmpty() && newest.environment.isEmpty())
        return false;
    for (const Policy &policy : policies) {
        if (policy.supersedeNewest && policy.matches(newest))
            return true;
    }
    return false;
}
