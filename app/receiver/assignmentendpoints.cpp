#include "assignmentendpoints.h"

#include "connectors/jsonfields.h"
#include "connectors/jsonparse.h"
#include "core/approvaljson.h"
#include "core/engine.h"
#include "receiver/apicaller.h"

namespace {

HttpResponse answer(const Engine::AssignResult &result)
{
    switch (result.outcome) {
    case Engine::AssignOutcome::Assigned:
    case Engine::AssignOutcome::Released:
    case Engine::AssignOutcome::Unchanged:
        return HttpResponse::json(200, approvalToJson(result.approval));
    case Engine::AssignOutcome::HeldByOther: {
        // Names the holder, so a script (or a person) can decide whether to take over.
        const QJsonObject json = approvalToJson(result.approval);
        return HttpResponse::json(
                409,
                {{QStringLiteral("error"), QStringLiteral("assigned to someone else")},
                 {QStringLiteral("detail"),
                  result.message + QStringLiteral("; send {\"force\": true} to take it over")},
                 {QStringLiteral("assignee"), json.value(QStringLiteral("assignee"))},
                 {QStringLiteral("assignedAt"), json.value(QStringLiteral("assignedAt"))}});
    }
    case Engine::AssignOutcome::Decided:
        return HttpResponse::error(409, QStringLiteral("already decided"), result.message);
    case Engine::AssignOutcome::NotFound:
        return HttpResponse::error(404, QStringLiteral("not found"), result.message);
    case Engine::AssignOutcome::Failed:
        break;
    }
    return HttpResponse::error(503, QStringLiteral("not stored"), result.message);
}

HttpResponse change(Engine &engine, const HttpRequest &request, const QString &idText,
                    const QString &caller, bool take)
{
    if (auto refused = refuseUnlessJson(request))
        return *refused;
    QJsonObject body;
    if (auto failure = parseJsonObject(request.body, &body, true))
        return HttpResponse::error(failure->status, failure->error, failure->detail);
    const QJsonValue force = body.value(QStringLiteral("force"));
    if (!force.isUndefined() && !force.isBool())
        return HttpResponse::error(400, QStringLiteral("invalid field"),
                                   QStringLiteral("force must be true or false"));
    JsonFields fields(body);
    QString person = fields.optionalString(QStringLiteral("assignee")).trimmed();
    if (!fields.ok())
        return HttpResponse::error(400, QStringLiteral("invalid field"), fields.problem());
    // A personal token names its owner; the shared token is this instance's user's.
    if (!caller.isEmpty())
        person = caller;
    else if (person.isEmpty())
        person = engine.decisionRules()->consoleDecider().name;
    if (person.isEmpty())
        return HttpResponse::error(400, QStringLiteral("missing field"),
                                   QStringLiteral("name the assignee: \"assignee\""));
    if (person.size() > 200)
        return HttpResponse::error(400, QStringLiteral("invalid field"),
                                   QStringLiteral("assignee is longer than 200 characters"));
    qint64 id = 0;
    if (!ApiCaller::parseApprovalId(idText, &id))
        return HttpResponse::error(404, QStringLiteral("not found"),
                                   QStringLiteral("no approval with that id"));
    const QString origin = QStringLiteral("api");
    return answer(take ? engine.assign(id, person, origin, force.toBool())
                       : engine.release(id, person, origin, force.toBool()));
}

} // namespace

namespace AssignmentEndpoints {

HttpResponse take(Engine &engine, const HttpRequest &request, const QString &idText,
                  const QString &caller)
{
    return change(engine, request, idText, caller, true);
}

HttpResponse release(Engine &engine, const HttpRequest &request, const QString &idText,
                     const QString &caller)
{
    return change(engine, request, idText, caller, false);
}

} // namespace AssignmentEndpoints
