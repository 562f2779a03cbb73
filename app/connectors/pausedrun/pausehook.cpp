#include "pausehook.h"

#include "connectors/pausedrun/pausedrunconnector.h"
#include "core/engine.h"
#include "core/linksettings.h"
#include "receiver/fieldlimits.h"

HttpResponse PauseHook::receive(InboundContext &context, const PausedRunConnector &paused,
                                const HttpRequest &request)
{
    if (auto refused = refuseUnlessJson(request))
        return *refused;
    Engine &engine = context.engine();
    const ParseOutcome outcome = paused.parse(request, engine.now());
    if (!outcome.parsed)
        return HttpResponse::error(outcome.status, outcome.error, outcome.detail);
    if (auto refused = FieldLimits::refuse(outcome.parsed->approval))
        return *refused;
    const auto notStored = [] {
        return HttpResponse::error(503, QStringLiteral("not stored"),
                                   QStringLiteral("the approval could not be stored; retry later"));
    };
    const Engine::IngestResult stored = engine.ingest(*outcome.parsed);
    if (!stored.ok)
        return notStored();
    const qint64 lifetime = engine.now().msecsTo(stored.approval.deadline);
    const auto issued = engine.issueActionToken(stored.approval.id, ActionTokens::restartPurpose,
                                                lifetime, ActionTokens::restartBytes);
    if (!issued)
        return notStored();
    const QString token = QString::fromLatin1(issued->token);
    return HttpResponse::json(
            201,
            {{QStringLiteral("id"), stored.approval.id},
             {QStringLiteral("token"), token},
             {QStringLiteral("restartUrl"),
              context.linkSettings()
                      .link(QStringLiteral("/pipelines/restart"), QStringLiteral("token=") + token)
                      .toString(QUrl::FullyEncoded)},
             {QStringLiteral("expiresAt"), issued->expiresAt.toString(Qt::ISODateWithMs)}});
}
