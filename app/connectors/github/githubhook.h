// GitHubHook: POST /hooks/github, the GitHub App's webhook URL. The receiver has
// already checked X-Hub-Signature-256 (auth/github, scheme hmac-sha256) over the raw
// body. By X-GitHub-Event: "ping" answers 200 at once; "deployment_protection_rule" with
// action "requested" becomes an approval (201, 200 for a redelivery); "deployment_review"
// asks the reviewer poller to look now; every other event is acknowledged with 202 and
// ignored, so that GitHub does not count it as a failed delivery. Everything answers
// without calling GitHub, well within GitHub's 10 s.
#pragma once

#include "connectors/github/githubconnector.h"
#include "receiver/httpmessage.h"

#include <functional>
#include <memory>

class Engine;
class WebhookReceiver;

class GitHubHook
{
public:
    static QString path() { return QStringLiteral("/hooks/github"); }

    GitHubHook(Engine &engine, std::shared_ptr<GitHubConnector> connector);
    // Registers the connector with the Engine and the route with the receiver, which
    // also stores what the route parsed (WebhookReceiver::ingest).
    void install(WebhookReceiver &receiver);
    // Called for a deployment_review event (a reviewer wait may have appeared).
    void setReviewHint(std::function<void()> hint) { m_reviewHint = std::move(hint); }
    HttpResponse handle(const HttpRequest &request);

private:
    Engine &m_engine;
    std::shared_ptr<GitHubConnector> m_connector;
    std::function<void()> m_reviewHint;
    WebhookReceiver *m_receiver = nullptr; // set by install(), before any request
};
