// GitLabConnector: GitLab deployment approvals (protected environments). A Deployment
// event with status "blocked" becomes a "gitlab" approval that is first "confirming":
// "blocked" also means a manual job, so a re-read of the deployment
// (GET /api/v4/projects/:id/deployments/:deployment_id, PRIVATE-TOKEN) through the
// outbox decides whether approvals are really pending (then it stays, shown as waiting)
// or not (then it is cancelled as "manual job, not an approval"). Later events re-read
// it again, so a decision taken in GitLab settles it here (origin "gitlab"). A decision
// taken in Gatehouse becomes POST .../deployments/:deployment_id/approval and, with
// gitlab/playJob, POST .../jobs/:job_id/play once the approval was accepted. Every call
// is built from checked ids under gitlab/url: a URL in a payload is shown, never called.
#pragma once

#include "connectors/connector.h"
#include "connectors/gitlab/gitlabsettings.h"
#include "receiver/httpmessage.h"

#include <QCoreApplication>

#include <memory>

struct ServiceConfig;

// One delivery read: what it is about and what it says.
struct GitLabEvent
{
    enum class Kind {
        Invalid, // not a JSON object: 400
        Ignored, // another event, or a deployment without the ids Gatehouse needs: 200
        Blocked, // a deployment waits: the approval to store (or refresh)
        Update, // any other status of a deployment: news for an approval that may exist
    };
    Kind kind = Kind::Ignored;
    QString reason; // Invalid and Ignored: why
    QString externalId;
    QString status;
    QString actor; // the approver of an approved/rejected event, else the user
    QString comment; // the approver's comment
    ParsedWebhook webhook; // Blocked only
};

class GitLabConnector final : public Connector
{
    Q_DECLARE_TR_FUNCTIONS(GitLabConnector)

public:
    explicit GitLabConnector(GitLabSettings settings = {}) : m_settings(std::move(settings)) { }
    // From gitlab/url, gitlab/representedAs and gitlab/playJob as the service read them.
    static std::shared_ptr<Connector> create(const ServiceConfig &config);
    QString name() const override { return QStringLiteral("gitlab"); }
    QString displayName() const override { return QStringLiteral("GitLab"); }
    QList<ConnectorKind> kinds() const override;
    QList<InboundRoute> routes() const override;
    QList<OutboundCall> outboundCalls() const override;
    QList<ConnectorSetting> settings() const override;
    QList<ConnectInstructions> connectInstructions(const QString &endpoint,
                                                   const QString &secret) const override;
    InboundAuth::Verifier webhookVerifier() const override;
    static QString kind() { return QStringLiteral("gitlab"); }
    static QString origin() { return QStringLiteral("gitlab"); } // decided in GitLab
    static QString eventHeaderValue() { return QStringLiteral("Deployment Hook"); }
    const GitLabSettings &configured() const { return m_settings; }

    GitLabEvent parse(const HttpRequest &request) const;
    // A timeline line for an update event: "GitLab: approved by bob: "ok"".
    static QString describe(const GitLabEvent &event);

    // The re-read of a new blocked deployment.
    QList<OutboundRequest> openingRequests(const Approval &created) const override;
    QList<OutboundRequest> decisionRequests(const Approval &decided) const override;
    AnswerReading readAnswer(const Approval &approval, const OutboundRequest &request,
                             const QByteArray &answer) const override;
    // GET the deployment; its answer goes to readAnswer(). Empty when the approval
    // lacks the ids (a row that never passed parse()).
    std::optional<OutboundRequest> rereadRequest(const Approval &approval) const;

private:
    QString deploymentPath(const Approval &approval) const;
    GitLabSettings m_settings;
};
