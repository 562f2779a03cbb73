// PausedRunConnector: pausable pipelines (seed 002). A pause request names a configured
// restart target and carries a "data" object; it becomes a "pausedrun" approval whose
// approval triggers the target once with that data, and whose rejection or expiry
// closes it without a restart.
#pragma once

#include "connectors/connector.h"
#include "connectors/restarttarget.h"
#include "receiver/httpmessage.h"

#include <QDateTime>
#include <QHash>

class PausedRunConnector final : public Connector
{
public:
    explicit PausedRunConnector(const QList<RestartTarget> &targets = {},
                                qint64 defaultLifetimeMs = 24LL * 3600 * 1000);
    QString name() const override { return QStringLiteral("pausedruns"); }
    bool hasTarget(const QString &name) const { return m_targets.contains(name); }

    ParseOutcome parse(const HttpRequest &request, const QDateTime &now) const;
    QList<OutboundRequest> decisionRequests(const Approval &decided) const override;

private:
    QHash<QString, RestartTarget> m_targets;
    qint64 m_defaultLifetimeMs;
};
