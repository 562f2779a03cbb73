// GenericConnector: the simplest source. Any script or pipeline POSTs a JSON approval
// request with a callback URL; the decision is POSTed back to that URL as JSON, signed
// with the callback signing secret (Standard Webhooks).
#pragma once

#include "connectors/connector.h"
#include "delivery/targetguard.h"
#include "receiver/httpmessage.h"

#include <QDateTime>

#include <memory>

struct ServiceConfig;

class GenericConnector final : public Connector
{
public:
    static std::shared_ptr<Connector> create(const ServiceConfig &config);
    QString name() const override { return QStringLiteral("generic"); }
    QString displayName() const override;
    QList<ConnectorKind> kinds() const override;
    QList<InboundRoute> routes() const override;
    QList<OutboundCall> outboundCalls() const override;
    QList<ConnectorSetting> settings() const override;
    QList<ConnectInstructions> connectInstructions(const QString &endpoint,
                                                   const QString &secret) const override;
    ParseOutcome parse(const HttpRequest &request, const QDateTime &now) const;
    QList<OutboundRequest> decisionRequests(const Approval &decided) const override;
    // The approvals of one run's stage share this key; empty (a group of its own)
    // unless pipeline, stage and runId are all given.
    static QString groupKey(const QString &pipeline, const QString &stage, const QString &runId);

    // Which callback hosts a webhook may name (a refusable literal is a 400 at ingest).
    void setTargetGuard(const TargetGuard &guard) override { m_guard = guard; }

private:
    TargetGuard m_guard = TargetGuard::withEnvironment();
};
