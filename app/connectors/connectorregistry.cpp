#include "connectorregistry.h"

#include "connectors/azure/azurechecksconnector.h"
#include "connectors/fanin/faninconnector.h"
#include "connectors/flexdeploy/flexdeployconnector.h"
#include "connectors/generic/genericconnector.h"
#include "connectors/github/githubconnector.h"
#include "connectors/gitlab/gitlabconnector.h"
#include "connectors/jenkins/jenkinsconnector.h"
#include "connectors/pausedrun/pausedrunconnector.h"
#include "service/serviceconfig.h"

const QList<ConnectorRegistry::Factory> &ConnectorRegistry::factories()
{
    // One line per connector: its folder's class and its create().
    static const QList<Factory> list{
            &GenericConnector::create,    &AzureChecksConnector::create,
            &FlexDeployConnector::create, &PausedRunConnector::create,
            &FanInConnector::create,      &JenkinsConnector::create,
            &GitHubConnector::create,     &GitLabConnector::create,
    };
    return list;
}

QList<std::shared_ptr<Connector>> ConnectorRegistry::createAll(const ServiceConfig &config)
{
    QList<std::shared_ptr<Connector>> connectors;
    for (const Factory create : factories())
        connectors.append(create(config));
    return connectors;
}

const QList<std::shared_ptr<const Connector>> &ConnectorRegistry::described()
{
    static const QList<std::shared_ptr<const Connector>> list = [] {
        QList<std::shared_ptr<const Connector>> all;
        for (const std::shared_ptr<Connector> &connector : createAll(ServiceConfig{}))
            all.append(connector);
        return all;
    }();
    return list;
}

const Connector *ConnectorRegistry::find(const QString &nameOrAlias)
{
    for (const auto &connector : described()) {
        if (connector->name() == nameOrAlias || connector->aliases().contains(nameOrAlias))
            return connector.get();
    }
    return nullptr;
}

QString ConnectorRegistry::canonicalName(const QString &nameOrAlias)
{
    const Connector *connector = find(nameOrAlias);
    return connector ? connector->name() : nameOrAlias;
}

QStringList ConnectorRegistry::webhookConnectors()
{
    QStringList names;
    for (const auto &connector : described()) {
        if (connector->receivesWebhooks())
            names.append(connector->name());
    }
    return names;
}

QList<ConnectorKind> ConnectorRegistry::kinds()
{
    QList<ConnectorKind> all;
    for (const auto &connector : described())
        all.append(connector->kinds());
    return all;
}

std::optional<ConnectorKind> ConnectorRegistry::kind(const QString &id)
{
    for (const ConnectorKind &kind : kinds()) {
        if (kind.id == id)
            return kind;
    }
    return std::nullopt;
}

QString ConnectorRegistry::displayName(const QString &nameOrAlias)
{
    const Connector *connector = find(nameOrAlias);
    return connector ? connector->displayName() : nameOrAlias;
}
