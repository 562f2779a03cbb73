#include "connectornames.h"

#include "connectors/connectorregistry.h"

QString ConnectorNames::title(const QString &connector)
{
    // Each connector names itself (ConnectorRegistry); an earlier name finds it too.
    return ConnectorRegistry::displayName(connector);
}
