#include "webhookreceiver.h"

#include "connectors/connectorregistry.h"
#include "connectors/jsonfields.h"
#include "connectors/jsonparse.h"
#include "core/approvaljson.h"
#include "core/engine.h"
#include "core/publicmetadata.h"
#include "monitoring/metrics.h"
#include "receiver/apicaller.h"
#include "receiver/assignmentendpoints.h"
#include "receiver/fieldlimits.h"
#include "receiver/guardedtcpserver.h"
#include "receiver/httpserveradapter.h"
#include "receiver/parsedahead.h"
#include "receiver/releaseendpoints.h"

#include <QFile>
#include <QJsonArray>
#include <QLoggingCategory>

#include <limits>
#include <tuple>

Q_LOGGING_CATEGORY(lcReceiver, "gatehouse.receiver")

namespace {

// A page of the list holds at most this many approvals: with the field limits, a few
// MB at most, so no answer blocks the routes for long (issue 12, item 7).
constexpr int maxPageSize = 500;

} // namespace

WebhookReceiver::WebhookReceiver(Engine &engine, const QByteArray &operatorToken,
                                 const ReceiverLimits &limits, QObject *parent)
    : QObject(parent), m_engine(engine), m_operatorToken(operatorToken), m_limits(limits)
{
    addRoutes();
    connect(&m_links, &LinkEndpoints::securityEvent, this, &WebhookReceiver::securityEvent);
    m_server = new HttpServerAdapter([this](const HttpRequest &request) { return handle(request); },
                                     this);
}

WebhookReceiver::~WebhookReceiver() = default;

void WebhookReceiver::addRoutes()
{
    using P = Router::Params;
    const QString get = QStringLiteral("GET"), post = QStringLiteral("POST");
    const Access api = Access::operatorOnly();
    m_router.setGuard([this](const Access &access, const HttpRequest &request) {
        return admit(access, request);
    });
    m_router.add(get, QStringLiteral("/healthz"), Access::open(),
                 [this](const HttpRequest &r, const P &) { return health(r); });
    m_router.add(get, QStringLiteral("/metrics"), api,
                 [this](const HttpRequest &, const P &) { return metrics(); });
    m_router.add(get, QStringLiteral("/api/openapi.json"), Access::open(),
                 [](const HttpRequest &, const P &) { return apiDescription(); });
    // Every registered connector's routes, answered by the Engine's connector of that name.
    for (const auto &connector : ConnectorRegistry::described())
        addConnectorRoutes(*connector);
    m_router.add(get, QStringLiteral("/api/approvals"), api,
                 [this](const HttpRequest &r, const P &) { return listApprovals(r); });
    m_router.add(get, QStringLiteral("/api/approvals/{id}"), api,
                 [this](const HttpRequest &r, const P &p) { return showApproval(r, p); });
    m_router.add(post, QStringLiteral("/api/approvals/{id}/approve"), api,
                 [this](const HttpRequest &r, const P &p) { return decideApproval(r, p, true); });
    m_router.add(post, QStringLiteral("/api/approvals/{id}/reject"), api,
                 [this](const HttpRequest &r, const P &p) { return decideApproval(r, p, false); });
    // Approve ahead: cancel-release and pre-approvals (issue 18, item 2).
    ReleaseEndpoints::addRoutes(m_router, m_engine, m_apiCaller);
    m_router.add(post, QStringLiteral("/api/approvals/{id}/retry-delivery"), api,
                 [this](const HttpRequest &r, const P &p) { return retryDelivery(r, p); });
    // "Assign to me": the caller takes the approval or lets it go (AssignmentEndpoints).
    m_router.add(post, QStringLiteral("/api/approvals/{id}/assign"), api,
                 [this](const HttpRequest &r, const P &p) {
                     return AssignmentEndpoints::take(m_engine, r, p.value(QStringLiteral("id")),
                                                      m_apiCaller);
                 });
    m_router.add(QStringLiteral("DELETE"), QStringLiteral("/api/approvals/{id}/assign"), api,
                 [this](const HttpRequest &r, const P &p) {
                     return AssignmentEndpoints::release(m_engine, r, p.value(QStringLiteral("id")),
                                                         m_apiCaller);
                 });
    m_router.add(get, QStringLiteral("/act/{token}"), Access::link(),
                 [this](const HttpRequest &r, const P &p) {
                     return m_links.showDecision(r, p.value(QStringLiteral("token")));
                 });
    m_router.add(post, QStringLiteral("/act/{token}"), Access::link(),
                 [this](const HttpRequest &r, const P &p) {
                     return m_links.decide(r, p.value(QStringLiteral("token")));
                 });
    m_router.add(get, QStringLiteral("/pipelines/restart"), Access::link(),
                 [this](const HttpRequest &r, const P &) { return m_links.showRestart(r); });
    m_router.add(post, QStringLiteral("/pipelines/restart"), Access::link(),
                 [this](const HttpRequest &r, const P &) { return m_links.confirmRestart(r); });
}

std::optional<HttpResponse> WebhookReceiver::admit(const Access &access, const HttpRequest &request)
{
    // Credentials are checked even for an address over the limit: valid ones pass (the
    // secrets are 256-bit random values, so the limit is not what stops guessing; it
    // keeps a flood of refusals cheap and out of the log).
    QString detail;
    m_apiCaller.clear();
    if (access.kind == Access::Kind::Operator) {
        if (authorizedOperator(request))
            return std::nullopt;
        if (const std::optional<QString> owner = personalTokenOwner(request)) {
            m_apiCaller = *owner;
            return std::nullopt;
        }
        detail = QStringLiteral("send the operator token or a personal API token as "
                                "'Authorization: Bearer <token>'");
    } else {
        const InboundAuth::Verdict verdict =
                m_auth.check(access.connector, request, m_engine.now());
        if (verdict.ok)
            return std::nullopt;
        detail = verdict.detail;
    }
    return refuseCredentials(request, detail);
}

HttpResponse WebhookReceiver::refuseCredentials(const HttpRequest &request, const QString &detail)
{
    const QDateTime now = m_engine.now();
    if (const int wait = m_authFailures.blockedFor(request.remoteAddress, now); wait > 0) {
        HttpResponse response = HttpResponse::error(
                429, QStringLiteral("too many failed attempts"),
                QStringLiteral("too many refused credentials from this address; retry in %1 s")
                        .arg(wait));
        response.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(wait)});
        return response;
    }
    m_authFailures.recordFailure(request.remoteAddress, now);
    emit securityEvent(request.remoteAddress.toString(),
                       QStringLiteral("401 %1 %2: %3").arg(request.method, request.path, detail));
    return HttpResponse::error(401, QStringLiteral("unauthorized"), detail);
}

quint16 WebhookReceiver::listen(const QHostAddress &address, quint16 port, QString *error)
{
    auto *tcp = new GuardedTcpServer(m_limits);
    connect(tcp, &GuardedTcpServer::refused, this,
            [this](const QString &peer, int status, const QString &why) {
                emit securityEvent(peer,
                                   QStringLiteral("refused with %1: %2").arg(status).arg(why));
            });
    if (!tcp->listen(address, port)) {
        if (error)
            *error = QStringLiteral("cannot listen on %1:%2: %3")
                             .arg(address.toString())
                             .arg(port)
                             .arg(tcp->errorString());
        delete tcp;
        return 0;
    }
    m_server->bind(tcp);
    m_linkSettings.port = tcp->serverPort();
    return tcp->serverPort();
}

void WebhookReceiver::setLinkSettings(const LinkSettings &settings)
{
    const quint16 port = m_linkSettings.port;
    m_linkSettings = settings;
    m_linkSettings.port = port;
}

HttpResponse WebhookReceiver::handle(const HttpRequest &request)
{
    if (!m_proxies.isEmpty() && m_proxies.contains(request.remoteAddress)) {
        // Behind a trusted proxy: limits and logs are about the client it names.
        HttpRequest forwarded = request;
        forwarded.remoteAddress = m_proxies.clientOf(request);
        return dispatch(forwarded);
    }
    return dispatch(request);
}

HttpResponse WebhookReceiver::dispatch(const HttpRequest &request)
{
    HttpResponse response = m_router.dispatch(request);
    countWebhook(request, response.status);
    // An action link's path is its secret: never in the log.
    const QString logged = request.path.startsWith(QLatin1String("/act/"))
            ? QStringLiteral("/act/...")
            : request.path;
    if (response.status >= 400)
        qCInfo(lcReceiver).noquote() << request.remoteAddress.toString() << request.method << logged
                                     << "->" << response.status;
    return response;
}

void WebhookReceiver::addRoute(const QString &method, const QString &pattern, const Access &access,
                               Router::Handler handler)
{
    m_router.add(method, pattern, access, std::move(handler));
}

bool WebhookReceiver::authorizedOperator(const HttpRequest &request) const
{
    const QByteArray header = request.header("Authorization");
    if (!header.startsWith("Bearer ") || m_operatorToken.isEmpty())
        return false;
    return InboundAuth::constantTimeEquals(header.mid(7).trimmed(), m_operatorToken);
}

std::optional<QString> WebhookReceiver::personalTokenOwner(const HttpRequest &request)
{
    const QByteArray header = request.header("Authorization");
    if (!header.startsWith("Bearer "))
        return std::nullopt;
    return m_engine.personalTokens().authenticate(header.mid(7).trimmed());
}

void WebhookReceiver::countWebhook(const HttpRequest &request, int status)
{
    // "/hooks/<connector>/...": the connector is the path's second segment.
    if (!request.path.startsWith(QLatin1String("/hooks/")))
        return;
    const QString connector =
            ConnectorRegistry::canonicalName(request.path.section(QLatin1Char('/'), 2, 2));
    const QString code = QString::number(status);
    Metrics::global().count("gatehouse_webhooks_received_total",
                            {{"connector", connector}, {"status", code}});
    if (status >= 400)
        Metrics::global().count("gatehouse_webhooks_refused_total",
                                {{"connector", connector}, {"reason", code}});
}

HttpResponse WebhookReceiver::metrics()
{
    HttpResponse response;
    response.contentType = Metrics::contentType();
    response.body = Metrics::global().render(m_engine.monitoringGauges());
    return response;
}

HttpResponse WebhookReceiver::apiDescription()
{
    // Public like the README that documents the same: it holds no secret and no data.
    static const QByteArray document = [] {
        QFile file(QStringLiteral(":/api/openapi.json"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    HttpResponse response;
    response.status = document.isEmpty() ? 500 : 200;
    response.body = document;
    return response;
}

HttpResponse WebhookReceiver::health(const HttpRequest &)
{
    return HttpResponse::json(200, {{QStringLiteral("status"), QStringLiteral("ok")}});
}

std::optional<HttpResponse> WebhookReceiver::refusalOf(const ParseOutcome &outcome)
{
    if (!outcome.parsed)
        return HttpResponse::error(outcome.status, outcome.error, outcome.detail);
    return FieldLimits::refuse(outcome.parsed->approval);
}

HttpResponse WebhookReceiver::ingest(const ParseOutcome &outcome, int createdStatus,
                                     int updatedStatus)
{
    if (auto refused = refusalOf(outcome))
        return *refused;
    return storeParsed(*outcome.parsed, createdStatus, updatedStatus);
}

HttpResponse WebhookReceiver::storeParsed(const ParsedWebhook &webhook, int createdStatus,
                                          int updatedStatus)
{
    const Engine::IngestResult result = m_engine.ingest(webhook);
    if (!result.ok)
        return HttpResponse::error(503, QStringLiteral("not stored"),
                                   QStringLiteral("the approval could not be stored; retry later"));
    // {"id":N,"state":"..."} written directly: the answer to every webhook, built in the
    // engine thread, where a JSON document per request showed in the profile.
    HttpResponse response;
    response.status = result.created ? createdStatus : updatedStatus;
    response.body = "{\"id\":" + QByteArray::number(result.approval.id) + ",\"state\":\""
            + stateName(result.approval.state).toLatin1() + "\"}";
    return response;
}

void WebhookReceiver::addConnectorRoutes(const Connector &connector)
{
    if (InboundAuth::Verifier verifier = connector.webhookVerifier())
        m_auth.setVerifier(connector.name(), std::move(verifier));
    const QList<InboundRoute> routes = connector.routes();
    for (int index = 0; index < routes.size(); ++index) {
        const InboundRoute &route = routes.at(index);
        const QString key = route.method + QLatin1Char(' ') + route.path;
        if (m_connectorRoutes.contains(key))
            continue;
        m_connectorRoutes.insert(key);
        if (route.parsesAhead()) {
            QMutexLocker lock(&m_parseAheadLock);
            m_parseAheadRoutes.insert(key, {connector.name(), index});
        }
        m_router.add(route.method, route.path, Access::webhook(route.realm),
                     [this, name = connector.name(), index](const HttpRequest &r,
                                                            const Router::Params &p) {
                         return connectorRoute(name, index, r, p);
                     });
    }
}

HttpResponse WebhookReceiver::connectorRoute(const QString &name, int index,
                                             const HttpRequest &request,
                                             const Router::Params &params)
{
    const Connector *connector = m_engine.connector(name);
    const ParsedAhead *ahead = request.parsedAhead.get();
    if (ahead && connector && ahead->connector.get() == connector && ahead->route == index)
        return ahead->refusal ? *ahead->refusal : storeParsed(*ahead->outcome.parsed);
    const QList<InboundRoute> routes = connector ? connector->routes() : QList<InboundRoute>();
    if (index >= routes.size())
        return HttpResponse::error(404, QStringLiteral("not configured"),
                                   QStringLiteral("%1 is not configured")
                                           .arg(connector ? connector->displayName() : name));
    const InboundRoute &route = routes.at(index);
    if (route.handler)
        return route.handler(*this, request, params);
    return ingest(route.parse(request, m_engine.now()));
}

std::shared_ptr<const ParsedAhead> WebhookReceiver::parseAhead(const HttpRequest &request) const
{
    QPair<QString, int> target;
    {
        QMutexLocker lock(&m_parseAheadLock);
        const auto it =
                m_parseAheadRoutes.constFind(request.method + QLatin1Char(' ') + request.path);
        if (it == m_parseAheadRoutes.constEnd())
            return {};
        target = *it;
    }
    std::shared_ptr<const Connector> connector = m_engine.sharedConnector(target.first);
    if (!connector)
        return {};
    const QList<InboundRoute> routes = connector->routes();
    if (target.second >= routes.size() || !routes.at(target.second).parsesAhead())
        return {};
    auto parsed = std::make_shared<ParsedAhead>();
    parsed->outcome = routes.at(target.second).parse(request, m_engine.now());
    parsed->refusal = refusalOf(parsed->outcome);
    parsed->connector = std::move(connector);
    parsed->route = target.second;
    return parsed;
}

void WebhookReceiver::setInboundRule(const QString &connector, const InboundRule &rule)
{
    m_auth.setRule(ConnectorRegistry::canonicalName(connector), rule);
}

HttpResponse WebhookReceiver::listApprovals(const HttpRequest &request)
{
    ApprovalQuery query;
    const QString state = request.query.queryItemValue(QStringLiteral("state"));
    if (!state.isEmpty()) {
        bool ok = false;
        query.state = approvalStateFromString(state, &ok);
        if (!ok)
            return HttpResponse::error(400, QStringLiteral("invalid parameter"),
                                       QStringLiteral("state must be one of pending, approved, "
                                                      "rejected, expired, cancelled"));
    }
    for (const auto &[name, target, low, high] :
         {std::tuple{QStringLiteral("limit"), &query.limit, 1, maxPageSize},
          std::tuple{QStringLiteral("offset"), &query.offset, 0,
                     std::numeric_limits<int>::max()}}) {
        const QString text = request.query.queryItemValue(name);
        if (text.isEmpty())
            continue;
        bool ok = false;
        const int value = text.toInt(&ok);
        if (!ok || value < low || value > high)
            return HttpResponse::error(400, QStringLiteral("invalid parameter"),
                                       QStringLiteral("%1 must be an integer from %2 to %3")
                                               .arg(name)
                                               .arg(low)
                                               .arg(high));
        *target = value;
    }
    const QString before = request.query.queryItemValue(QStringLiteral("before"));
    if (!before.isEmpty()
        && (!ApiCaller::parseApprovalId(before, &query.before) || !m_engine.approval(query.before)))
        return HttpResponse::error(400, QStringLiteral("invalid parameter"),
                                   QStringLiteral("before must be the id of an approval, as "
                                                  "given in nextBefore"));
    // One character more than a page shows: enough to tell that a text was cut.
    query.descriptionChars = FieldLimits::descriptionChars + 1;
    query.withMetadata = false;
    const QVector<Approval> page = m_engine.approvals(query);
    QJsonArray list;
    for (const Approval &approval : page) {
        QJsonObject json = approvalToJson(approval);
        // Rows stored before the field limits can hold a megabyte of description: a page
        // carries at most the limit of each (the whole text is at /api/approvals/{id}).
        if (approval.description.size() > FieldLimits::descriptionChars) {
            json.insert(QStringLiteral("description"),
                        approval.description.left(FieldLimits::descriptionChars));
            json.insert(QStringLiteral("descriptionTruncated"), true);
        }
        list.append(json);
    }
    // A full page may have more behind it: the cursor for the next one.
    const QJsonValue next = page.size() == query.limit ? QJsonValue(page.constLast().id)
                                                       : QJsonValue(QJsonValue::Null);
    return HttpResponse::json(200,
                              {{QStringLiteral("approvals"), list},
                               {QStringLiteral("total"), m_engine.countApprovals(query.state)},
                               {QStringLiteral("nextBefore"), next}});
}

HttpResponse WebhookReceiver::showApproval(const HttpRequest &, const Router::Params &params)
{
    qint64 id = 0;
    if (!ApiCaller::parseApprovalId(params.value(QStringLiteral("id")), &id))
        return HttpResponse::error(404, QStringLiteral("not found"),
                                   QStringLiteral("no approval with that id"));
    const std::optional<Approval> approval = m_engine.approval(id);
    if (!approval)
        return HttpResponse::error(404, QStringLiteral("not found"),
                                   QStringLiteral("no approval %1").arg(id));
    QJsonObject json = approvalToJson(*approval);
    // What scripts read from the metadata (restart run id, gate summary, fan-in sources),
    // never a credential, even one the sender repeated in its body.
    json.insert(QStringLiteral("metadata"),
                publicMetadata(approval->metadata, m_engine.approvalSecrets(id)));
    QJsonArray timeline;
    for (const TimelineEntry &entry : m_engine.timeline(id))
        timeline.append(timelineEntryToJson(entry));
    json.insert(QStringLiteral("timeline"), timeline);
    return HttpResponse::json(200, json);
}

HttpResponse WebhookReceiver::decideApproval(const HttpRequest &request,
                                             const Router::Params &params, bool approve)
{
    if (auto refused = refuseUnlessJson(request))
        return *refused;
    QJsonObject body;
    if (auto failure = parseJsonObject(request.body, &body, true))
        return HttpResponse::error(failure->status, failure->error, failure->detail);
    JsonFields fields(body);
    const QString comment = fields.optionalString(QStringLiteral("comment"));
    const QString namedDecider = fields.optionalString(QStringLiteral("decidedBy"));
    if (!fields.ok())
        return HttpResponse::error(400, QStringLiteral("invalid field"), fields.problem());
    ReleaseRequest release; // approve ahead (issue 18, item 2)
    if (auto refused = ReleaseEndpoints::readReleaseAt(body, approve, &release))
        return *refused;
    // The waiting system's own form (a Jenkins input's parameters), checked by its connector.
    const QJsonValue parameters = body.value(QStringLiteral("parameters"));
    if (!parameters.isUndefined() && (!parameters.isObject() || !approve))
        return HttpResponse::error(400, QStringLiteral("invalid field"),
                                   approve ? QStringLiteral("field 'parameters' must be an object "
                                                            "of parameter names and values")
                                           : QStringLiteral("field 'parameters' applies to an "
                                                            "approval only"));
    // The shared operator token names nobody, so the approver rules refuse it where a
    // person is needed.
    const bool proven = !m_apiCaller.isEmpty();
    const QString decidedBy = ApiCaller::person(m_apiCaller, namedDecider);
    qint64 id = 0;
    if (!ApiCaller::parseApprovalId(params.value(QStringLiteral("id")), &id))
        return HttpResponse::error(404, QStringLiteral("not found"),
                                   QStringLiteral("no approval with that id"));

    Decision decision{approve ? Verdict::Approve : Verdict::Reject, decidedBy,
                      QStringLiteral("api"), comment, proven};
    decision.release = release;
    decision.inputs = parameters.toObject();
    const Engine::DecideResult result = m_engine.decide(id, decision);
    switch (result.outcome) {
    case Engine::DecideOutcome::Decided:
        return HttpResponse::json(200, approvalToJson(result.approval));
    case Engine::DecideOutcome::Held: // recorded; the gates decide
    case Engine::DecideOutcome::Voted: // one approval of a quorum; the item stays pending
        return HttpResponse::json(202, approvalToJson(result.approval));
    case Engine::DecideOutcome::Refused:
        return HttpResponse::error(403, QStringLiteral("not allowed"), result.message);
    case Engine::DecideOutcome::AlreadyDecided:
        return HttpResponse::error(409, QStringLiteral("already decided"), result.message);
    case Engine::DecideOutcome::NotFound:
        return HttpResponse::error(404, QStringLiteral("not found"), result.message);
    case Engine::DecideOutcome::CommentRequired:
        return HttpResponse::error(422, QStringLiteral("comment required"), result.message);
    case Engine::DecideOutcome::ReleaseRefused:
        return HttpResponse::error(422, QStringLiteral("release time refused"), result.message);
    case Engine::DecideOutcome::InvalidInputs:
        return HttpResponse::error(400, QStringLiteral("invalid parameters"), result.message);
    case Engine::DecideOutcome::Failed:
        break;
    }
    return HttpResponse::error(503, QStringLiteral("not stored"), result.message);
}

HttpResponse WebhookReceiver::retryDelivery(const HttpRequest &, const Router::Params &params)
{
    qint64 id = 0;
    if (!ApiCaller::parseApprovalId(params.value(QStringLiteral("id")), &id)
        || !m_engine.approval(id))
        return HttpResponse::error(404, QStringLiteral("not found"),
                                   QStringLiteral("no approval with that id"));
    if (!m_engine.retryDelivery(id))
        return HttpResponse::error(409, QStringLiteral("nothing to retry"),
                                   QStringLiteral("approval %1 has no failed delivery").arg(id));
    return HttpResponse::json(202, approvalToJson(*m_engine.approval(id)));
}
