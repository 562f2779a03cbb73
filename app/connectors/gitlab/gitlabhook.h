// GitLabHook: POST /hooks/gitlab, GitLab's Deployment events. It answers at once and
// synchronously (Qt 6.4's server must): a blocked deployment is stored as "confirming"
// and its re-read is queued in the same transaction; any other status of a deployment
// Gatehouse knows goes on its timeline and, while it waits, queues another re-read
// whose answer settles it. Other events, and deployments Gatehouse does not know, get a
// 200 with "ignored": GitLab disables a webhook that is answered with 4xx, so a valid
// delivery never gets one. Authentication is GitLabWebhookAuth, under the receiver's
// rate limit and security log like every connector's.
#pragma once

#include "connectors/gitlab/gitlabconnector.h"
#include "receiver/httpmessage.h"

#include <QObject>

#include <memory>

class Engine;
class WebhookReceiver;

class GitLabHook : public QObject
{
    Q_OBJECT
public:
    GitLabHook(Engine &engine, std::shared_ptr<GitLabConnector> connector,
               QObject *parent = nullptr);

    static QString path() { return QStringLiteral("/hooks/gitlab"); }
    // Registers the connector with the Engine, and the route and its verifier with the
    // receiver.
    void install(WebhookReceiver &receiver);
    HttpResponse handle(const HttpRequest &request);

private:
    HttpResponse ignored(const QString &reason) const;
    HttpResponse stored(const Approval &approval, int status) const;

    Engine &m_engine;
    std::shared_ptr<GitLabConnector> m_connector;
};
