#include "decideridentity.h"

#include "store/store.h"

namespace DeciderIdentity {

QString osUser()
{
    for (const char *name : {"USER", "LOGNAME", "USERNAME"}) {
        const QString value = qEnvironmentVariable(name).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral("operator");
}

Decider resolve(const Store &store)
{
    Decider decider;
    if (store.isPostgres()) {
        decider.name = store.sessionUser();
        decider.memberOf = store.roleMemberships(decider.name);
    }
    if (decider.name.isEmpty()) { // SQLite, or a PostgreSQL that could not say
        decider.name = osUser();
        decider.memberOf = {decider.name};
    }
    return decider;
}

} // namespace DeciderIdentity
