// PathSegment: whether an untrusted value may become one segment of an outbound URL's
// path. "." and ".." would move the call to another resource of the target (with
// Gatehouse's credentials), an empty value would change the path's shape, and a slash
// or backslash would add segments once a server decodes %2F. Connectors refuse such
// values at ingest; the outbox worker refuses dot segments again before sending.
#pragma once

#include <QString>

namespace PathSegment {
inline bool isSafe(const QString &value)
{
    return !value.isEmpty() && value != QLatin1String(".") && value != QLatin1String("..")
            && !value.contains(QLatin1Char('/')) && !value.contains(QLatin1Char('\\'));
}
// The rule, for error messages: "field 'x' " + rule().
inline QString rule()
{
    return QStringLiteral("must not be empty, '.' or '..', nor contain '/' or '\\', because it"
                          " becomes part of a URL path");
}
} // namespace PathSegment
