// AzureChecksConnector: Azure Pipelines "Invoke REST API" / "Azure Function" checks and
// classic release gates. A check (Callback mode) is read from the run identity headers
// and completed with the TaskCompleted event; a gate (ApiResponse mode) is polled and
// answered synchronously, so it has no outbound calls. Wire details: PROTOCOLS.md 1.
#pragma once

#include "connectors/connector.h"
#include "delivery/targetguard.h"
#include "receiver/httpmessage.h"

#include <QDateTime>

#include <memory>

struct ServiceConfig;

class AzureChecksConnector final : public Connector
{
public:
    // Both checks and gates live under this one name; Approval::kind tells them apart.
    QString name() const override { return QStringLiteral("azure"); }
    static std::shared_ptr<Connector> create(const ServiceConfig &config);
    QString displayName() const override { return QStringLiteral("Azure Pipelines"); }
    QList<ConnectorKind> kinds() const override;
    QList<InboundRoute> routes() const override;
    QList<OutboundCall> outboundCalls() const override;
    QList<ConnectorSetting> settings() const override;
    QList<ConnectInstructions> connectInstructions(const QString &endpoint,
                                                   const QString &secret) const override;

    // POST /hooks/azure/check: the seven identity headers are required.
    ParseOutcome parse(const HttpRequest &request, const QDateTime &now) const;
    // POST or GET /hooks/azure/gate: only a stable key is required (see gateKey()).
    // Every evaluation increments the "evaluations" counter in the metadata.
    ParseOutcome parseGate(const HttpRequest &request, const QDateTime &now) const;

    // With a TimelineId: create the check's task log and attach it to its record.
    QList<OutboundRequest> openingRequests(const Approval &created) const override;
    QList<OutboundRequest> decisionRequests(const Approval &decided) const override;
    QList<OutboundRequest> statusRequests(const Approval &approval,
                                          const QString &line) const override;

    // The key that makes repeated gate evaluations one approval: an explicit
    // "GatehouseKey" (header or query parameter) wins over the TaskInstanceId header.
    static QString gateKey(const HttpRequest &request);

    static constexpr qint64 tokenLifetimeSecs = 48 * 3600;

    // Which PlanUrl hosts a check may name (a refusable literal is a 400 at ingest).
    void setTargetGuard(const TargetGuard &guard) override { m_guard = guard; }

private:
    TargetGuard m_guard = TargetGuard::withEnvironment();
};
