// GitLabHook: POST /hooks/gitlab, GitLab's Deployment events. It answers at once and
// synchronously (Qt 6.4's server must): a blocked deployment is stored as "confirming"
// and its re-read is queued in the same transaction; any other status of a deployment
// Gatehouse knows goes on its timeline and, while it waits, queues another re-read
// whose answer settles it. Other events, and deployments Gatehouse does not know, get a
// 200 with "ignored": GitLab disables a webhook that is answered with 4xx, so a valid
// delivery never gets one. Authentication is GitLabWebhookAuth (the connector's
// webhookVerifier()), under the receiver's rate limit and security log like every
// connector's.
#pragma once

#include "connectors/connector.h"

class GitLabConnector;

namespace GitLabHook {
inline QString path()
{
    return QStringLiteral("/hooks/gitlab");
}
HttpResponse receive(InboundContext &context, const GitLabConnector &connector,
                     const HttpRequest &request);
} // namespace GitLabHook
