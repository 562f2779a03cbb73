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

bool SupersedeRule::sameDeployment(const Approval &older, const Approval &newest)
{
    if (older.id == newest.id || older.connector != newest.connector
        || older.pipeline != newest.pipeline || older.stage != newest.stage
        || older.environment != newest.environment)
        return false;
    return newest.groupKey.isEmpty() || older.groupKey != newest.groupKey;
}
