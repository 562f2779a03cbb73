#include "connectornames.h"

QString ConnectorNames::title(const QString &connector)
{
    if (connector == QLatin1String("generic"))
        return tr("Generic");
    if (connector == QLatin1String("azure"))
        return QStringLiteral("Azure Pipelines");
    if (connector == QLatin1String("flexdeploy"))
        return QStringLiteral("FlexDeploy");
    if (connector == QLatin1String("pipelines"))
        return tr("Paused pipelines");
    if (connector == QLatin1String("fanin"))
        return tr("Fan-in");
    if (connector == QLatin1String("gitlab"))
        return QStringLiteral("GitLab");
    return connector;
}
