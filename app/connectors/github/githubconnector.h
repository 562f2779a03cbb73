// GitHubConnector: GitHub Actions deployments that wait for Gatehouse. Two kinds:
// - "githubrule": a custom deployment protection rule of a GitHub App. The webhook
//   deployment_protection_rule becomes an approval; the decision is a POST to the run's
//   deployment_protection_rule callback, authenticated with an installation token that
//   GitHubAppTokens obtains at send time. Opening it posts one status report to the run.
// - "githubreview": an environment with required reviewers, found by GitHubReviewPoller;
//   the decision is a POST to the run's pending_deployments with the reviewer's token.
// Every call goes to a URL built from the configured API base: a callback URL in a
// payload that does not lie under it is refused at ingest, never called.
#pragma once

#include "connectors/connector.h"
#include "connectors/github/githubsettings.h"
#include "receiver/httpmessage.h"

#include <QDateTime>

#include <functional>
#include <memory>
#include <optional>

struct ServiceConfig;

class GitHubConnector final : public Connector, public std::enable_shared_from_this<GitHubConnector>
{
public:
    static QString id() { return QStringLiteral("github"); }
    static QString ruleKind() { return QStringLiteral("githubrule"); }
    static QString reviewKind() { return QStringLiteral("githubreview"); }
    // GitHub fails a waiting job after 30 days; Gatehouse shows the same deadline.
    static constexpr int waitLimitDays = 30;
    // GitHub's limit for a status report or decision comment.
    static constexpr int maxCommentLength = 1024;

    explicit GitHubConnector(GitHubConfig config = {}) : m_config(std::move(config)) { }
    // From github/* in ServiceConfig::connectorSettings.
    static std::shared_ptr<Connector> create(const ServiceConfig &config);
    QString name() const override { return id(); }
    QString displayName() const override { return QStringLiteral("GitHub Actions"); }
    QList<ConnectorKind> kinds() const override;
    // GitHub signs every delivery (X-Hub-Signature-256) and sends no token.
    QString defaultAuthScheme() const override { return QStringLiteral("hmac-sha256"); }
    QList<InboundRoute> routes() const override;
    QList<OutboundCall> outboundCalls() const override;
    QList<ConnectorSetting> settings() const override;
    QList<ConnectInstructions> connectInstructions(const QString &endpoint,
                                                   const QString &secret) const override;
    QList<ApprovalFact> facts(const Approval &approval) const override;
    // The installation tokens the outbox asks for at send time and the reviewer poller
    // (GitHubModule), for as long as the service runs.
    std::unique_ptr<ConnectorTask> startTask(Engine &engine, OutboxWorker &outbox) override;
    const GitHubConfig &config() const { return m_config; }
    // Called for a deployment_review event (a reviewer wait may have appeared): the
    // running poller looks now. Set by the task; empty without one.
    void setReviewHint(std::function<void()> hint) { m_reviewHint = std::move(hint); }
    void reviewHint() const
    {
        if (m_reviewHint)
            m_reviewHint();
    }

    // A deployment_protection_rule event with action "requested".
    ParseOutcome parseProtectionRule(const QJsonObject &event, const QDateTime &now) const;
    QList<OutboundRequest> decisionRequests(const Approval &decided) const override;
    QList<OutboundRequest> openingRequests(const Approval &created) const override;

    struct Run
    {
        QString owner;
        QString repo;
        QString runId;
    };
    // The run a callback URL names when it is exactly
    // {apiUrl}/repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule.
    std::optional<Run> callbackRun(const QString &url) const;
    // A GitHub owner or repository name: letters, digits, '.', '-', '_'.
    static bool isName(const QString &text);
    // The run's page, for people.
    QString runPage(const QString &owner, const QString &repo, const QString &runId) const;
    // The headers every call to GitHub's REST API carries (besides Authorization).
    static QList<QPair<QByteArray, QByteArray>> apiHeaders();
    // A call to {apiUrl}{path} with those headers and a JSON body.
    OutboundRequest apiRequest(const QString &path, const QByteArray &jsonBody) const;
    // "Approved in Gatehouse by alice: comment", within GitHub's 1024 characters.
    static QString decisionComment(const Approval &decided);

private:
    QList<OutboundRequest> ruleDecision(const Approval &decided) const;
    QList<OutboundRequest> reviewDecision(const Approval &decided) const;

    GitHubConfig m_config;
    std::function<void()> m_reviewHint;
};
