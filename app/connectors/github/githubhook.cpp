#include "githubhook.h"

#include "connectors/jsonparse.h"
#include "core/engine.h"
#include "receiver/webhookreceiver.h"

GitHubHook::GitHubHook(Engine &engine, std::shared_ptr<GitHubConnector> connector)
    : m_engine(engine), m_connector(std::move(connector))
{ }

void GitHubHook::install(WebhookReceiver &receiver)
{
    m_engine.addConnector(m_connector);
    m_receiver = &receiver;
    receiver.addRoute(QStringLiteral("POST"), path(), Access::webhook(m_connector->name()),
                      [this](const HttpRequest &r, const Router::Params &) { return handle(r); });
}

HttpResponse GitHubHook::handle(const HttpRequest &request)
{
    const QString event = QString::fromLatin1(request.header("X-GitHub-Event")).trimmed();
    if (event.isEmpty())
        return HttpResponse::error(400, QStringLiteral("missing header"),
                                   QStringLiteral("the X-GitHub-Event header names the event; "
                                                  "this endpoint takes GitHub App webhooks"));
    if (auto refused = refuseUnlessJson(request))
        return *refused;
    const auto ignored = [&event](const QString &why) {
        return HttpResponse::json(202,
                                  {{QStringLiteral("status"), QStringLiteral("ignored")},
                                   {QStringLiteral("event"), event},
                                   {QStringLiteral("detail"), why}});
    };
    if (event == QLatin1String("ping"))
        return HttpResponse::json(200, {{QStringLiteral("status"), QStringLiteral("pong")}});
    if (event == QLatin1String("deployment_review")) {
        if (m_reviewHint)
            m_reviewHint();
        return ignored(QStringLiteral("required-reviewer waits are read from the REST API "
                                      "(github/repositories); Gatehouse looks now"));
    }
    if (event != QLatin1String("deployment_protection_rule"))
        return ignored(QStringLiteral("Gatehouse acts on deployment_protection_rule events only"));

    QJsonObject body;
    if (auto failure = parseJsonObject(request.body, &body))
        return HttpResponse::error(failure->status, failure->error, failure->detail);
    const QString action = body.value(QStringLiteral("action")).toString();
    if (action != QLatin1String("requested"))
        return ignored(QStringLiteral("action '%1' needs nothing from Gatehouse").arg(action));

    return m_receiver->ingest(m_connector->parseProtectionRule(body, m_engine.now()));
}
