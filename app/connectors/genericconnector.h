// GenericConnector: the simplest source. Any script or pipeline POSTs a JSON approval
// request with a callback URL; the decision is POSTed back to that URL as JSON, signed
// with the callback signing secret (Standard Webhooks).
#pragma once

#include "connectors/connector.h"
#include "delivery/targetguard.h"
#include "receiver/httpmessage.h"

#include <QDateTime>

class GenericConnector final : public Connector
{
public:
    QString name() const override { return QStringLiteral("generic"); }
    ParseOutcome parse(const HttpRequest &request, const QDateTime &now) const;
    QList<OutboundRequest> decisionRequests(const Approval &decided) const override;
    // The approvals of one run's stage share this key; empty (a group of its own)
    // unless pipeline, stage and runId are all given.
    static QString groupKey(const QString &pipeline, const QString &stage, const QString &runId);

    // Which callback hosts a webhook may name (a refusable literal is a 400 at ingest).
    void setTargetGuard(const TargetGuard &guard) { m_guard = guard; }

private:
    TargetGuard m_guard = TargetGuard::withEnvironment();
};
