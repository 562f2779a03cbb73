// WebhookReceiver: the HTTP face of Gatehouse. It owns the listening socket and the
// routes, authenticates the control API, turns bad input into clear 4xx answers, and
// hands good input to the connectors and the Engine. It answers a webhook only after
// the Engine has committed it.
#pragma once

#include "connectors/connector.h"
#include "core/linksettings.h"
#include "delivery/targetguard.h"
#include "receiver/badtokenlimiter.h"
#include "receiver/httpmessage.h"
#include "receiver/inboundauth.h"
#include "receiver/linkendpoints.h"
#include "receiver/receiverlimits.h"
#include "receiver/router.h"
#include "receiver/trustedproxies.h"

#include <QHash>
#include <QHostAddress>
#include <QMutex>
#include <QObject>
#include <QSet>

class Engine;
class GuardedTcpServer;
class HttpServerAdapter;

class WebhookReceiver : public QObject, public InboundContext
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
    const LinkSettings &linkSettings() const override { return m_linkSettings; }
    // The connector's inbound routes, each behind its auth realm. A request runs the
    // route of the connector the Engine holds under that name at that moment, so that a
    // connector replaced in the Engine (reconfigured) answers its routes at once.
    void addConnectorRoutes(const Connector &connector);

    // How each connector's webhooks must authenticate (InboundAuth); a connector
    // without a rule refuses everything. An earlier name counts as the connector's own.
    void setInboundRule(const QString &connector, const InboundRule &rule);
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
    HttpResponse refuseCredentials(const HttpRequest &request, const QString &detail) override;

    // InboundContext, for the connectors' route handlers.
    Engine &engine() override { return m_engine; }
    HttpResponse ingest(const ParseOutcome &outcome, int createdStatus = 201,
                        int updatedStatus = 200) override;

    // The whole request pipeline without sockets: tests and benchmarks can call it.
    HttpResponse handle(const HttpRequest &request);
    // From any thread, before handle(): runs the parse of a parseAnywhere route, so that
    // handle() in the engine thread finds the work done. Null for any other request.
    std::shared_ptr<const ParsedAhead> parseAhead(const HttpRequest &request) const;
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
    // The owner of the request's personal API token; std::nullopt for anything else.
    std::optional<QString> personalTokenOwner(const HttpRequest &request);
    std::optional<HttpResponse> admit(const Access &access, const HttpRequest &request);

    HttpResponse health(const HttpRequest &request);
    static HttpResponse apiDescription();
    HttpResponse metrics();
    static void countWebhook(const HttpRequest &request, int status);
    // The answer to a parse that failed or to fields over their limits; none: store it.
    static std::optional<HttpResponse> refusalOf(const ParseOutcome &outcome);
    HttpResponse storeParsed(const ParsedWebhook &webhook, int createdStatus = 201,
                             int updatedStatus = 200);
    HttpResponse connectorRoute(const QString &connector, int route, const HttpRequest &request,
                                const Router::Params &params);
    HttpResponse listApprovals(const HttpRequest &request);
    HttpResponse showApproval(const HttpRequest &request, const Router::Params &params);
    HttpResponse decideApproval(const HttpRequest &request, const Router::Params &params,
                                bool approve);
    HttpResponse retryDelivery(const HttpRequest &request, const Router::Params &params);

    Engine &m_engine;
    QByteArray m_operatorToken;
    // Who the control API request being handled authenticated as (a personal token's
    // owner); empty for the shared operator token. Set by admit(), read by its handler.
    QString m_apiCaller;
    ReceiverLimits m_limits;
    Router m_router;
    QSet<QString> m_connectorRoutes; // "POST /hooks/generic": installed once
    // "POST /hooks/generic" -> (connector, route index) of the parseAnywhere routes.
    QHash<QString, QPair<QString, int>> m_parseAheadRoutes;
    mutable QMutex m_parseAheadLock; // m_parseAheadRoutes is read by the receiver threads
    InboundAuth m_auth;
    BadTokenLimiter m_authFailures{20, 60 * 1000};
    TrustedProxies m_proxies;
    LinkSettings m_linkSettings;
    LinkEndpoints m_links{m_engine, m_linkSettings};
    HttpServerAdapter *m_server = nullptr;
};
