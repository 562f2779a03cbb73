// JenkinsConnector: Pipeline `input` steps (CONNECTORS.md section 3). Jenkins sends no
// event when an input starts waiting, so the pipeline POSTs {"buildUrl","inputId"} to
// /hooks/jenkins just before it. Gatehouse takes that as a hint only: it answers 202
// at once (the receiver must reply synchronously) and confirms the wait through the
// outbox with GET {build}/wfapi/pendingInputActions; until then the approval shows as
// "confirming". An approval re-reads the input the same way and then POSTs
// {build}/input/{id}/proceed with every parameter; a rejection POSTs .../abort. All
// calls use Basic auth with a user's API token, and only URLs under jenkins/url.
#pragma once

#include "connectors/connector.h"

#include <QUrl>

#include <memory>

struct ServiceConfig;

class JenkinsConnector final : public Connector
{
public:
    static QString credentialsSecret() { return QStringLiteral("connector/jenkins/credentials"); }
    static QString urlSetting() { return QStringLiteral("jenkins/url"); }

    explicit JenkinsConnector(const QUrl &baseUrl = {});
    static std::shared_ptr<Connector> create(const ServiceConfig &config);
    const QUrl &baseUrl() const { return m_baseUrl; }

    QString name() const override { return QStringLiteral("jenkins"); }
    QString displayName() const override { return QStringLiteral("Jenkins"); }
    QList<ConnectorKind> kinds() const override;
    QList<InboundRoute> routes() const override;
    QList<OutboundCall> outboundCalls() const override;
    QList<ConnectorSetting> settings() const override;
    QList<ConnectInstructions> connectInstructions(const QString &endpoint,
                                                   const QString &secret) const override;
    QList<ApprovalFact> facts(const Approval &approval) const override;

    ParseOutcome parse(const HttpRequest &request, const QDateTime &now) const;
    QList<OutboundRequest> openingRequests(const Approval &created) const override;
    QList<OutboundRequest> decisionRequests(const Approval &decided) const override;
    QJsonArray decisionInputs(const Approval &approval) const override;
    AcceptedInputs acceptInputs(const Approval &approval, const QJsonObject &inputs) const override;
    AnswerReading readAnswer(const Approval &approval, const OutboundRequest &request,
                             const QByteArray &answer) const override;

private:
    OutboundRequest call(const QString &method, const QUrl &url, const QString &label) const;
    QUrl under(const Approval &approval, const QString &relative) const;

    QUrl m_baseUrl;
};
