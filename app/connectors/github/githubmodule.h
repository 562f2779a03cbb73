// GitHubModule: what the GitHub connector runs while the service does (its
// ConnectorTask): the installation tokens the outbox asks for at send time, and the
// required-reviewer poller, which a deployment_review webhook asks to look now.
// GitHubConnector::startTask creates it; the service destroys it before the outbox.
#pragma once

#include "connectors/connector.h"
#include "connectors/github/githubsettings.h"

#include <memory>

class Engine;
class GitHubAppTokens;
class GitHubConnector;
class GitHubReviewPoller;
class OutboxWorker;

class GitHubModule final : public ConnectorTask
{
public:
    // Starts polling github/repositories at once (nothing without repositories).
    GitHubModule(std::shared_ptr<GitHubConnector> connector, Engine &engine, OutboxWorker &outbox);
    ~GitHubModule() override;

    GitHubReviewPoller *poller() const { return m_poller.get(); }

private:
    std::shared_ptr<GitHubConnector> m_connector;
    std::shared_ptr<GitHubAppTokens> m_tokens;
    std::unique_ptr<GitHubReviewPoller> m_poller;
};
