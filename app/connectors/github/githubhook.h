// GitHubHook: POST /hooks/github, the GitHub App's webhook URL. The receiver has
// already checked X-Hub-Signature-256 (auth/github, scheme hmac-sha256) over the raw
// body. By X-GitHub-Event: "ping" answers 200 at once; "deployment_protection_rule" with
// action "requested" becomes an approval (201, 200 for a redelivery); "deployment_review"
// asks the reviewer poller to look now; every other event is acknowledged with 202 and
// ignored, so that GitHub does not count it as a failed delivery. Everything answers
// without calling GitHub, well within GitHub's 10 s.
#pragma once

#include "connectors/connector.h"

class GitHubConnector;

namespace GitHubHook {
inline QString path()
{
    return QStringLiteral("/hooks/github");
}
// The pure step (fuzzed): a deployment_protection_rule body becomes an approval; any
// other action is a 202 "ignored".
ParseOutcome parse(const GitHubConnector &connector, const HttpRequest &request,
                   const QDateTime &now);
HttpResponse receive(InboundContext &context, const GitHubConnector &connector,
                     const HttpRequest &request);
} // namespace GitHubHook
