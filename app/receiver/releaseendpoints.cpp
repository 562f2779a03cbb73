#include "releaseendpoints.h"

#include "connectors/jsonfields.h"
#include "connectors/jsonparse.h"
#include "core/approvaljson.h"
#include "core/engine.h"
#include "receiver/apicaller.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

namespace ReleaseEndpoints {

namespace {

const QString field = QStringLiteral("releaseAt");

HttpResponse invalid(const QString &detail)
{
    return HttpResponse::error(400, QStringLiteral("invalid field"), detail);
}

// An ISO 8601 time that names its zone: a time without one would be read in the
// server's zone, which the caller may not know.
std::optional<QDateTime> zonedTime(const QString &text)
{
    static const QRegularExpression zoned(
            QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?"
                           "(Z|[+-]\\d{2}:\\d{2})$"));
    const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!zoned.match(text).hasMatch() || !at.isValid())
        return std::nullopt;
    return at.toUTC();
}

QJsonObject preApprovalToJson(const PreApproval &p, const QDateTime &now)
{
    QJsonValue release;
    if (p.release.when == ReleaseRequest::When::NextWindow)
        release = QStringLiteral("window");
    else if (p.release.when == ReleaseRequest::When::At)
        release = timeToJson(p.release.at);
    return QJsonObject{
            {QStringLiteral("id"), p.id},
            {QStringLiteral("connector"), p.connector},
            {QStringLiteral("pipeline"), p.pipeline},
            {QStringLiteral("stage"), p.stage},
            {QStringLiteral("environment"), p.environment},
            {QStringLiteral("decidedBy"), p.decidedBy},
            {QStringLiteral("origin"), p.origin},
            {QStringLiteral("comment"), p.comment},
            {QStringLiteral("releaseAt"), release},
            {QStringLiteral("validUntil"), timeToJson(p.validUntil)},
            {QStringLiteral("createdAt"), timeToJson(p.createdAt)},
            {QStringLiteral("usedBy"), p.usedBy ? QJsonValue(p.usedBy) : QJsonValue()},
            {QStringLiteral("usedAt"), timeToJson(p.usedAt)},
            {QStringLiteral("revokedAt"), timeToJson(p.revokedAt)},
            {QStringLiteral("active"), p.isActive(now)},
    };
}

} // namespace

std::optional<HttpResponse> readReleaseAt(const QJsonObject &body, bool approve,
                                          ReleaseRequest *release)
{
    *release = ReleaseRequest::now();
    const QJsonValue value = body.value(field);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!approve)
        return invalid(QStringLiteral("field releaseAt: only an approval can be released later"));
    if (!value.isString())
        return invalid(
                QStringLiteral("field releaseAt: must be \"window\" or an ISO 8601 time such as"
                               " \"2026-12-01T22:00:00Z\""));
    const QString text = value.toString().trimmed();
    if (text == QLatin1String("window")) {
        *release = ReleaseRequest::nextWindow();
        return std::nullopt;
    }
    const std::optional<QDateTime> at = zonedTime(text);
    if (!at)
        return invalid(QStringLiteral("field releaseAt: '%1' is not an ISO 8601 time with its zone"
                                      " (\"2026-12-01T22:00:00Z\" or"
                                      " \"2026-12-01T23:00:00+01:00\") nor \"window\"")
                               .arg(text.left(64)));
    *release = ReleaseRequest::atTime(*at);
    return std::nullopt;
}

HttpResponse cancelRelease(Engine &engine, const HttpRequest &request, qint64 approvalId,
                           const QString &caller)
{
    if (auto refused = refuseUnlessJson(request))
        return *refused;
    QJsonObject body;
    if (auto failure = parseJsonObject(request.body, &body, true))
        return HttpResponse::error(failure->status, failure->error, failure->detail);
    JsonFields fields(body);
    const QString named = fields.optionalString(QStringLiteral("cancelledBy"));
    if (!fields.ok())
        return invalid(fields.problem());
    const QString cancelledBy = ApiCaller::person(caller, named);
    const Engine::CancelReleaseResult result =
            engine.cancelRelease(approvalId, cancelledBy, QStringLiteral("api"));
    switch (result.outcome) {
    case Engine::CancelReleaseOutcome::Cancelled:
        return HttpResponse::json(200, approvalToJson(result.approval));
    case Engine::CancelReleaseOutcome::NotFound:
        return HttpResponse::error(404, QStringLiteral("not found"), result.message);
    case Engine::CancelReleaseOutcome::NotScheduled:
        return HttpResponse::error(409, QStringLiteral("no release to cancel"), result.message);
    case Engine::CancelReleaseOutcome::Released:
        return HttpResponse::error(409, QStringLiteral("already released"), result.message);
    case Engine::CancelReleaseOutcome::Failed:
        break;
    }
    return HttpResponse::error(503, QStringLiteral("not stored"), result.message);
}

void addRoutes(Router &router, Engine &engine, const QString &apiCaller)
{
    using P = Router::Params;
    const QString post = QStringLiteral("POST");
    const Access api = Access::operatorOnly();
    const auto notFound = [] {
        return HttpResponse::error(404, QStringLiteral("not found"), QStringLiteral("no such id"));
    };
    router.add(post, QStringLiteral("/api/approvals/{id}/cancel-release"), api,
               [&engine, &apiCaller, notFound](const HttpRequest &r, const P &p) {
                   qint64 id = 0;
                   if (!ApiCaller::parseApprovalId(p.value(QStringLiteral("id")), &id))
                       return notFound();
                   return cancelRelease(engine, r, id, apiCaller);
               });
    router.add(QStringLiteral("GET"), QStringLiteral("/api/pre-approvals"), api,
               [&engine](const HttpRequest &r, const P &) { return listPreApprovals(engine, r); });
    router.add(post, QStringLiteral("/api/pre-approvals"), api,
               [&engine, &apiCaller](const HttpRequest &r, const P &) {
                   return createPreApproval(engine, r, apiCaller);
               });
    router.add(post, QStringLiteral("/api/pre-approvals/{id}/revoke"), api,
               [&engine, &apiCaller, notFound](const HttpRequest &, const P &p) {
                   qint64 id = 0;
                   if (!ApiCaller::parseApprovalId(p.value(QStringLiteral("id")), &id))
                       return notFound();
                   return revokePreApproval(engine, id, apiCaller);
               });
}

HttpResponse createPreApproval(Engine &engine, const HttpRequest &request, const QString &caller)
{
    if (auto refused = refuseUnlessJson(request))
        return *refused;
    QJsonObject body;
    if (auto failure = parseJsonObject(request.body, &body))
        return HttpResponse::error(failure->status, failure->error, failure->detail);
    JsonFields fields(body);
    PreApproval record;
    record.pipeline = fields.requiredString(QStringLiteral("pipeline"));
    record.stage = fields.optionalString(QStringLiteral("stage"));
    record.environment = fields.optionalString(QStringLiteral("environment"));
    record.connector = fields.optionalString(QStringLiteral("connector"));
    record.comment = fields.optionalString(QStringLiteral("comment"));
    record.decidedBy = fields.optionalString(QStringLiteral("decidedBy"));
    const QString validUntil = fields.requiredString(QStringLiteral("validUntil"));
    if (!fields.ok())
        return invalid(fields.problem());
    const std::optional<QDateTime> until = zonedTime(validUntil);
    if (!until)
        return invalid(QStringLiteral("field validUntil: '%1' is not an ISO 8601 time with its"
                                      " zone (\"2026-12-01T22:00:00Z\")")
                               .arg(validUntil.left(64)));
    record.validUntil = *until;
    if (auto refused = readReleaseAt(body, true, &record.release))
        return *refused;
    // The operator token names nobody, so the approver rules refuse its pre-approval
    // where a person is needed.
    record.identityProven = !caller.isEmpty();
    record.decidedBy = ApiCaller::person(caller, record.decidedBy);
    record.origin = QStringLiteral("api");
    const Engine::PreApprovalResult result = engine.recordPreApproval(record);
    switch (result.outcome) {
    case Engine::PreApprovalOutcome::Recorded:
        return HttpResponse::json(201, preApprovalToJson(result.record, engine.now()));
    case Engine::PreApprovalOutcome::Invalid:
        return HttpResponse::error(422, QStringLiteral("pre-approval refused"), result.message);
    default:
        break;
    }
    return HttpResponse::error(503, QStringLiteral("not stored"), result.message);
}

HttpResponse listPreApprovals(Engine &engine, const HttpRequest &request)
{
    const QString state = request.query.queryItemValue(QStringLiteral("state"));
    if (!state.isEmpty() && state != QLatin1String("active") && state != QLatin1String("all"))
        return invalid(QStringLiteral("state must be active (default) or all"));
    QJsonArray list;
    const QDateTime now = engine.now();
    for (const PreApproval &record : engine.preApprovals(state != QLatin1String("all")))
        list.append(preApprovalToJson(record, now));
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("preApprovals"), list}});
}

HttpResponse revokePreApproval(Engine &engine, qint64 id, const QString &caller)
{
    const Engine::PreApprovalResult result =
            engine.revokePreApproval(id, caller.isEmpty() ? QStringLiteral("api") : caller);
    switch (result.outcome) {
    case Engine::PreApprovalOutcome::Revoked:
        return HttpResponse::json(200, preApprovalToJson(result.record, engine.now()));
    case Engine::PreApprovalOutcome::NotFound:
        return HttpResponse::error(404, QStringLiteral("not found"), result.message);
    case Engine::PreApprovalOutcome::Closed:
        return HttpResponse::error(409, QStringLiteral("not active"), result.message);
    default:
        break;
    }
    return HttpResponse::error(503, QStringLiteral("not stored"), result.message);
}

} // namespace ReleaseEndpoints
