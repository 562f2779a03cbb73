// PausedRunConnector: pausable pipelines (seed 002). A pause request names a configured
// restart target and carries a "data" object; it becomes a "pausedrun" approval whose
// approval triggers the target once with that data, and whose rejection or expiry
// closes it without a restart.
#pragma once

#include "connectors/connector.h"
#include "connectors/pausedrun/restarttarget.h"
#include "receiver/httpmessage.h"

#include <QDateTime>
#include <QHash>

#include <memory>

struct ServiceConfig;

class PausedRunConnector final : public Connector
{
public:
    explicit PausedRunConnector(const QList<RestartTarget> &targets = {},
                                qint64 defaultLifetimeMs = 24LL * 3600 * 1000);
    static std::shared_ptr<Connector> create(const ServiceConfig &config);
    // One name everywhere since the connector registry; "pausedruns" (stored
    // approvals) and "pipelines" (routes, auth/pipelines/..., GATEHOUSE_SECRET_PIPELINES,
    // the vault) are what earlier versions called it.
    QString name() const override { return QStringLiteral("pausedrun"); }
    QStringList aliases() const override
    {
        return {QStringLiteral("pausedruns"), QStringLiteral("pipelines")};
    }
    QString displayName() const override;
    QList<ConnectorKind> kinds() const override;
    QList<InboundRoute> routes() const override;
    QList<OutboundCall> outboundCalls() const override;
    QList<ConnectorSetting> settings() const override;
    QList<ConnectInstructions> connectInstructions(const QString &endpoint,
                                                   const QString &secret) const override;
    bool hasTarget(const QString &name) const { return m_targets.contains(name); }

    ParseOutcome parse(const HttpRequest &request, const QDateTime &now) const;
    QList<OutboundRequest> decisionRequests(const Approval &decided) const override;

private:
    QHash<QString, RestartTarget> m_targets;
    qint64 m_defaultLifetimeMs;
};
