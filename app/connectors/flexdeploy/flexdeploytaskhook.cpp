#include "flexdeploytaskhook.h"

#include "connectors/flexdeploy/flexdeployconnector.h"
#include "core/engine.h"
#include "core/linksettings.h"
#include "receiver/fieldlimits.h"

#include <QCoreApplication>

HttpResponse FlexDeployTaskHook::receive(InboundContext &context,
                                         const FlexDeployConnector &flexDeploy,
                                         const HttpRequest &request)
{
    if (auto refused = refuseUnlessJson(request))
        return *refused;
    Engine &engine = context.engine();
    const LinkSettings &settings = context.linkSettings();
    double minutes = 0;
    const ParseOutcome outcome = flexDeploy.parse(request, &minutes);
    if (!outcome.parsed)
        return HttpResponse::error(outcome.status, outcome.error, outcome.detail);
    if (auto refused = FieldLimits::refuse(outcome.parsed->approval))
        return *refused;
    const Engine::IngestResult stored = engine.ingest(*outcome.parsed);
    if (!stored.ok)
        return HttpResponse::error(503, QStringLiteral("not stored"),
                                   QStringLiteral("the approval could not be stored; retry later"));

    QJsonObject answer{{QStringLiteral("id"), stored.approval.id},
                       {QStringLiteral("state"), stateName(stored.approval.state)}};
    // A decided task gets no new links; a repeat of a pending one gets fresh links,
    // because the first token was never stored in a form that could be sent again. The
    // earlier links are revoked with it: only the newest pair works.
    if (stored.approval.isPending()) {
        const qint64 lifetime =
                minutes > 0 ? qint64(minutes * 60 * 1000) : settings.defaultLifetimeMs;
        const auto issued =
                engine.issueActionToken(stored.approval.id, ActionTokens::decidePurpose, lifetime,
                                        ActionTokens::defaultBytes, !stored.created);
        if (!issued)
            return HttpResponse::error(
                    503, QStringLiteral("not stored"),
                    QStringLiteral("the approval could not be stored; retry later"));
        const QString path = QStringLiteral("/act/") + QString::fromLatin1(issued->token);
        const QUrl approveUrl = settings.link(path, QStringLiteral("decision=approve"));
        const QUrl rejectUrl = settings.link(path, QStringLiteral("decision=reject"));
        answer.insert(QStringLiteral("approveUrl"), approveUrl.toString(QUrl::FullyEncoded));
        answer.insert(QStringLiteral("rejectUrl"), rejectUrl.toString(QUrl::FullyEncoded));
        answer.insert(QStringLiteral("expiresAt"), issued->expiresAt.toString(Qt::ISODateWithMs));
        const QList<OutboundRequest> chat = flexDeploy.chatRequests(stored.approval);
        if (stored.created && !chat.isEmpty()) {
            engine.announce(
                    stored.approval.id,
                    QCoreApplication::translate(
                            "TaskHooks", "Task announced in chat with approve and reject links"),
                    chat,
                    {{FlexDeployConnector::chatMessageSecret(),
                      flexDeploy.chatMessage(stored.approval, approveUrl, rejectUrl)}});
        }
    }
    return HttpResponse::json(stored.created ? 201 : 200, answer);
}
