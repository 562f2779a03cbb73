// WebhookReceiver: the HTTP face of Gatehouse. It owns the listening socket and the
// routes, authenticates the control API, turns bad input into clear 4xx answers, and
// hands good input to the connectors and the Engine. It answers a webhook only after
// the Engine has committed it.
#pragma once

#include "connectors/azurechecksconnector.h"
#include "connectors/genericconnector.h"
#include "core/linksettings.h"
#include "receiver/badtokenlimiter.h"
#include "receiver/httpmessage.h"
#include "receiver/inboundauth.h"
#include "receiver/linkendpoints.h"
#include "receiver/receiverlimits.h"
#include "receiver/router.h"
#include "receiver/taskhooks.h"
#include "receiver/trustedproxies.h"

#include <QHostAddress>
#include <QObject>

class Engine;
class GuardedTcpServer;
class HttpServerAdapter;

class WebhookReceiver : public QObject
{
    Q_OBJECT
public:
    WebhookReceiver(Engine &engine, const QByteArray &operatorToken, const ReceiverLimits &limits,
                    QObject *parent = nullptr);
    ~WebhookReceiver() override;

    // Returns the port actually bound (port 0 picks a free one), or 0 with *error set.
    quint16 listen(const QHostAddress &address, quint16 port, QString *error);

    // Public base URL, link lifetime and bad-token limit for action links.
    void setLinkSettings(const LinkSettings &settings);
    const LinkSettings &linkSettings() const { return m_linkSettings; }
    // The outbox's target rules, so that a refusable callback URL is a 400 at ingest.
    void setTargetGuard(const TargetGuard &guard)
    {
        m_generic.setTargetGuard(guard);
        m_azure.setTargetGuard(guard);
    }

    // How each connector's webhooks must authenticate (InboundAuth); a connector
    // without a rule refuses everything.
    void setInboundRule(const QString &connector, const InboundRule &rule)
    {
        m_auth.setRule(connector, rule);
    }
    // A connector that verifies its webhooks its own way (InboundAuth::setVerifier).
    void setInboundVerifier(const QString &connector, InboundAuth::Verifier verifier)
    {
        m_auth.setVerifier(connector, std::move(verifier));
    }
    // Failed credentials per address before 429 (default 20 a minute). The block holds
    // back only further refused credentials: valid ones from the address still pass, so
    // a shared egress address cannot be locked out by one misconfigured neighbour.
    void setAuthFailureLimit(int limit, qint64 windowMs)
    {
        m_authFailures.configure(limit, windowMs);
    }
    // Peers whose X-Forwarded-For names the client (receiver/trustedProxies).
    void setTrustedProxies(const TrustedProxies &proxies) { m_proxies = proxies; }
    // The answer to refused credentials: 401 with the detail, written to the security
    // log and counted per address, or 429 once the address is over the limit. For
    // handlers with credentials of their own (fan-in group secrets).
    HttpResponse refuseCredentials(const HttpRequest &request, const QString &detail);

    // The whole request pipeline without sockets: tests and benchmarks can call it.
    HttpResponse handle(const HttpRequest &request);
    // Routes of optional features (fan-in), added by the composition root.
    void addRoute(const QString &method, const QString &pattern, const Access &access,
                  Router::Handler handler);
    // Every route as declared (docs/openapi.json describes exactly these).
    QVector<Router::Declared> routes() const { return m_router.routes(); }

signals:
    void securityEvent(const QString &peer, const QString &what);

private:
    void addRoutes();
    HttpResponse dispatch(const HttpRequest &request);
    bool authorizedOperator(const HttpRequest &request) const;
    std::optional<HttpResponse> admit(const Access &access, const HttpRequest &request);
    HttpResponse ingest(const ParseOutcome &outcome);

    HttpResponse health(const HttpRequest &request);
    static HttpResponse apiDescription();
    HttpResponse metrics();
    static void countWebhook(const HttpRequest &request, int status);
    HttpResponse genericHook(const HttpRequest &request);
    HttpResponse azureCheck(const HttpRequest &request);
    HttpResponse azureGate(const HttpRequest &request);
    HttpResponse listApprovals(const HttpRequest &request);
    HttpResponse showApproval(const HttpRequest &request, const Router::Params &params);
    HttpResponse decideApproval(const HttpRequest &request, const Router::Params &params,
                                bool approve);
    HttpResponse retryDelivery(const HttpRequest &request, const Router::Params &params);

    Engine &m_engine;
    QByteArray m_operatorToken;
    ReceiverLimits m_limits;
    Router m_router;
    InboundAuth m_auth;
    BadTokenLimiter m_authFailures{20, 60 * 1000};
    TrustedProxies m_proxies;
    GenericConnector m_generic;
    AzureChecksConnector m_azure;
    LinkSettings m_linkSettings;
    LinkEndpoints m_links{m_engine, m_linkSettings};
    TaskHooks m_taskHooks{m_engine, m_linkSettings};
    HttpServerAdapter *m_server = nullptr;
};
