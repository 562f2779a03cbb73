// What every control-API endpoint reads the same way: the approval id in the path, and
// the person an action is recorded for.
#pragma once

#include <QString>

namespace ApiCaller {

// A path's {id}: a positive integer, or no approval at all (404 for the caller).
inline bool parseApprovalId(const QString &text, qint64 *id)
{
    bool ok = false;
    *id = text.toLongLong(&ok);
    return ok && *id > 0;
}

// A personal token names its owner, whatever the body says; the shared operator token
// takes the name the body gives, or "api" (the approver rules treat it as nobody).
inline QString person(const QString &tokenOwner, const QString &named)
{
    if (!tokenOwner.isEmpty())
        return tokenOwner;
    return named.isEmpty() ? QStringLiteral("api") : named;
}

} // namespace ApiCaller
