// GitHubModule: the GitHub connector's parts composed for a running service: the
// connector (registered with the Engine), the /hooks/github route, the installation
// tokens the outbox asks for at send time, and the required-reviewer poller. The
// service creates one and calls install() and, where it receives, start().
#pragma once

#include "connectors/github/githubsettings.h"

#include <memory>

class Engine;
class GitHubAppTokens;
class GitHubConnector;
class GitHubHook;
class GitHubReviewPoller;
class OutboxWorker;
class WebhookReceiver;

class GitHubModule
{
public:
    // Seals the reviewer token of the configuration (GATEHOUSE_GITHUB_TOKEN) at once.
    GitHubModule(const GitHubConfig &config, Engine &engine);
    ~GitHubModule();
    void install(WebhookReceiver &receiver, OutboxWorker &outbox);
    // Starts polling github/repositories (nothing without repositories).
    void start();

    GitHubReviewPoller *poller() const { return m_poller.get(); }

private:
    GitHubConfig m_config;
    Engine &m_engine;
    std::shared_ptr<GitHubConnector> m_connector;
    std::shared_ptr<GitHubAppTokens> m_tokens;
    std::unique_ptr<GitHubHook> m_hook;
    std::unique_ptr<GitHubReviewPoller> m_poller;
};
