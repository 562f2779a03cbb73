// Helpers for How to connect texts shared by several connectors.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace ConnectHelp {
// The headers of a JSON webhook, with the bearer token when the connector has a secret.
inline QString jsonHeaders(const QString &secret)
{
    return QStringLiteral("Content-Type: application/json")
            + (secret.isEmpty() ? QString()
                                : QStringLiteral("\nAuthorization: Bearer %1").arg(secret));
}
// How to connect's texts keep the translation context they always had.
inline QString tr(const char *text)
{
    return QCoreApplication::translate("ConnectDialog", text);
}
} // namespace ConnectHelp
