#include "githubhook.h"

#include "connectors/github/githubconnector.h"
#include "connectors/jsonparse.h"
#include "core/engine.h"

namespace {

HttpResponse ignored(const QString &event, const QString &why)
{
    return HttpResponse::json(202,
                              {{QStringLiteral("status"), QStringLiteral("ignored")},
                               {QStringLiteral("event"), event},
                               {QStringLiteral("detail"), why}});
}

} // namespace

ParseOutcome GitHubHook::parse(const GitHubConnector &connector, const HttpRequest &request,
                               const QDateTime &now)
{
    QJsonObject body;
    if (auto failure = parseJsonObject(request.body, &body))
        return ParseOutcome::fail(failure->status, failure->error, failure->detail);
    const QString action = body.value(QStringLiteral("action")).toString();
    if (action != QLatin1String("requested"))
        return ParseOutcome::fail(
                202, QStringLiteral("ignored"),
                QStringLiteral("action '%1' needs nothing from Gatehouse").arg(action));
    return connector.parseProtectionRule(body, now);
}

HttpResponse GitHubHook::receive(InboundContext &context, const GitHubConnector &connector,
                                 const HttpRequest &request)
{
    const QString event = QString::fromLatin1(request.header("X-GitHub-Event")).trimmed();
    if (event.isEmpty())
        return HttpResponse::error(400, QStringLiteral("missing header"),
                                   QStringLiteral("the X-GitHub-Event header names the event; "
                                                  "this endpoint takes GitHub App webhooks"));
    if (auto refused = refuseUnlessJson(request))
        return *refused;
    if (event == QLatin1String("ping"))
        return HttpResponse::json(200, {{QStringLiteral("status"), QStringLiteral("pong")}});
    if (event == QLatin1String("deployment_review")) {
        connector.reviewHint();
        return ignored(event,
                       QStringLiteral("required-reviewer waits are read from the REST API "
                                      "(github/repositories); Gatehouse looks now"));
    }
    if (event != QLatin1String("deployment_protection_rule"))
        return ignored(event,
                       QStringLiteral("Gatehouse acts on deployment_protection_rule events only"));

    const ParseOutcome outcome = parse(connector, request, context.engine().now());
    if (!outcome.parsed && outcome.status == 202)
        return ignored(event, outcome.detail);
    return context.ingest(outcome);
}
