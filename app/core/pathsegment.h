// PathSegment: whether an untrusted value may become one segment of an outbound URL's
// path. "." and ".." would move the call to another resource of the target (with
// Gatehouse's credentials), and an empty value would change the path's shape. A slash
// is no such danger: the URL builders percent-encode it (%2F), so it stays inside its
// segment. Connectors refuse such values at ingest; the outbox worker refuses dot
// segments again before sending.
#pragma once

#include <QString>

namespace PathSegment {
inline bool isSafe(const QString &value)
{
    return !value.isEmpty() && value != QLatin1String(".") && value != QLatin1String("..");
}
// The rule, for error messages: "field 'x' " + rule().
inline QString rule()
{
    return QStringLiteral("must not be empty, '.' or '..', because it becomes a segment of a"
                          " URL path");
}
} // namespace PathSegment
