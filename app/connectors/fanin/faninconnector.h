// FanInConnector: the fan-in of webhooks (seed 004). It reads one source's notification
// into the group's fan-in approval (one per event id, the source added to its list),
// and turns the outcome into the group's onward callback (all arrived) or timeout
// callback (expired). Pure translation, like every connector; FanInHandler drives it.
#pragma once

#include "connectors/connector.h"
#include "connectors/fanin/faningroup.h"
#include "receiver/httpmessage.h"

#include <QDateTime>
#include <QVector>

#include <memory>

struct ServiceConfig;

class FanInConnector final : public Connector
{
public:
    explicit FanInConnector(const QVector<FanInGroup> &groups) : m_groups(groups) { }

    static std::shared_ptr<Connector> create(const ServiceConfig &config);
    QString name() const override { return QStringLiteral("fanin"); }
    QString displayName() const override;
    QList<ConnectorKind> kinds() const override;
    // POST /hooks/fanin/{group}, once a group is configured.
    QList<InboundRoute> routes() const override;
    QList<OutboundCall> outboundCalls() const override;
    QList<ConnectorSetting> settings() const override;
    const FanInGroup *group(const QString &name) const;
    QStringList groupNames() const;

    ParseOutcome parse(const FanInGroup &group, const QString &source, const HttpRequest &request,
                       const QDateTime &now) const;
    QList<OutboundRequest> decisionRequests(const Approval &decided) const override;

    // The sources that have reported and those still missing, from an approval's metadata.
    static QStringList arrived(const Approval &approval);
    static QStringList missing(const Approval &approval);

private:
    QVector<FanInGroup> m_groups;
};
