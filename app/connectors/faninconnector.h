// FanInConnector: the fan-in of webhooks (seed 004). It reads one source's notification
// into the group's fan-in approval (one per event id, the source added to its list),
// and turns the outcome into the group's onward callback (all arrived) or timeout
// callback (expired). Pure translation, like every connector; FanInHandler drives it.
#pragma once

#include "connectors/connector.h"
#include "connectors/faningroup.h"
#include "receiver/httpmessage.h"

#include <QDateTime>
#include <QVector>

class FanInConnector final : public Connector
{
public:
    explicit FanInConnector(const QVector<FanInGroup> &groups) : m_groups(groups) { }

    QString name() const override { return QStringLiteral("fanin"); }
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
