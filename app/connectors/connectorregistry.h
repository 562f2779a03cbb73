// ConnectorRegistry: the one list of connectors. The service creates every connector
// from it; the receiver installs their routes, the settings pages, How to connect,
// --print-secrets, the sidebar, the table model's kind labels and icons, the fuzz
// target and the test support loop over it. A connector's earlier names (aliases)
// resolve here to its one canonical name.
#pragma once

#include "connectors/connector.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

struct ServiceConfig;

class ConnectorRegistry
{
public:
    using Factory = std::shared_ptr<Connector> (*)(const ServiceConfig &config);

    // Every connector, in the order the settings pages and How to connect show them.
    static const QList<Factory> &factories();
    // Fresh connectors configured from config (the service's and the tests' own).
    static QList<std::shared_ptr<Connector>> createAll(const ServiceConfig &config);
    // One instance of each, configured with defaults: for descriptions (kinds, routes,
    // settings, names), never for deciding anything.
    static const QList<std::shared_ptr<const Connector>> &described();

    static const Connector *find(const QString &nameOrAlias);
    // The canonical name for a name or alias; unknown names come back unchanged.
    static QString canonicalName(const QString &nameOrAlias);
    // Connectors that take webhooks: each has an auth realm of its own name.
    static QStringList webhookConnectors();
    static QList<ConnectorKind> kinds();
    static std::optional<ConnectorKind> kind(const QString &id);
    // The translated display name; an unknown name comes back unchanged.
    static QString displayName(const QString &nameOrAlias);
};
