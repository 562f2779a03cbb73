// FlexDeployConnector: FlexDeploy human tasks (seed 001). A task notification
// {"taskid", "description"} becomes a "task" approval; the decision becomes FlexDeploy's
// PUT .../tasks/approval/{approve|reject}/{taskId} with Basic auth. It can also build
// the Slack-compatible chat message that announces a task with its two links.
#pragma once

#include "connectors/connector.h"
#include "receiver/httpmessage.h"

#include <QDateTime>
#include <QUrl>

#include <memory>

struct ServiceConfig;

struct FlexDeployConfig
{
    QUrl baseUrl; // e.g. http://flexdeploy:8000; empty: decisions stay in Gatehouse
    QUrl chatWebhookUrl; // Slack-compatible incoming webhook; empty: no chat message
};

class FlexDeployConnector final : public Connector
{
public:
    // The vault name of the "user:password" credentials, set once at start.
    static QString credentialsSecret()
    {
        return QStringLiteral("connector/flexdeploy/credentials");
    }
    // The approval-scoped secret that holds a sealed chat message.
    static QString chatMessageSecret() { return QStringLiteral("chatMessage"); }

    explicit FlexDeployConnector(FlexDeployConfig config = {}) : m_config(std::move(config)) { }
    static std::shared_ptr<Connector> create(const ServiceConfig &config);
    QString name() const override { return QStringLiteral("flexdeploy"); }
    QString displayName() const override { return QStringLiteral("FlexDeploy"); }
    QList<ConnectorKind> kinds() const override;
    QList<InboundRoute> routes() const override;
    QList<OutboundCall> outboundCalls() const override;
    QList<ConnectorSetting> settings() const override;
    QList<ConnectInstructions> connectInstructions(const QString &endpoint,
                                                   const QString &secret) const override;
    const FlexDeployConfig &config() const { return m_config; }

    // linkMinutes: the optional "expiresInMinutes" of the request, 0 when absent.
    ParseOutcome parse(const HttpRequest &request, double *linkMinutes) const;
    QList<OutboundRequest> decisionRequests(const Approval &decided) const override;

    // The chat message for a new task, and the request that posts it (its body is the
    // sealed chatMessageSecret(), because the message holds live links).
    QByteArray chatMessage(const Approval &task, const QUrl &approveUrl,
                           const QUrl &rejectUrl) const;
    QList<OutboundRequest> chatRequests(const Approval &task) const;

private:
    FlexDeployConfig m_config;
};
