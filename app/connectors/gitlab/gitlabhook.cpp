#include "gitlabhook.h"

#include "connectors/gitlab/gitlabconnector.h"
#include "core/engine.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcGitLab, "gatehouse.gitlab")

namespace {

HttpResponse ignored(const QString &reason)
{
    return HttpResponse::json(200, {{QStringLiteral("ignored"), reason}});
}

} // namespace

HttpResponse GitLabHook::receive(InboundContext &context, const GitLabConnector &connector,
                                 const HttpRequest &request)
{
    // The settings page's "Test" button sends other events too: a 2xx keeps the hook on.
    const QByteArray kind = request.header("X-Gitlab-Event");
    if (!kind.isEmpty() && kind != GitLabConnector::eventHeaderValue().toLatin1())
        return ignored(QStringLiteral("only Deployment events are read, not '%1'")
                               .arg(QString::fromLatin1(kind.left(64))));
    GitLabEvent event = connector.parse(request);
    switch (event.kind) {
    case GitLabEvent::Kind::Invalid:
        return HttpResponse::error(400, QStringLiteral("invalid JSON"), event.reason);
    case GitLabEvent::Kind::Ignored:
        return ignored(event.reason);
    case GitLabEvent::Kind::Blocked:
        // Field limits, then the Engine; a 5xx when not stored (GitLab tries again later).
        return context.ingest(ParseOutcome::ok(std::move(event.webhook)));
    case GitLabEvent::Kind::Update:
        break;
    }

    // Same thread as the Engine: nothing slips in between this look and what follows.
    Engine &engine = context.engine();
    const std::optional<Approval> existing =
            engine.approvalByExternalId(connector.name(), event.externalId);
    if (!existing)
        return ignored(QStringLiteral("no approval waits for deployment %1").arg(event.externalId));
    const QString line = GitLabConnector::describe(event);
    const std::optional<OutboundRequest> reread = connector.rereadRequest(*existing);
    bool ok = true;
    if (existing->isPending() && reread) {
        // The event is a hint; the re-read says what holds (several approvers may be
        // needed, and GitLab sends one event per approver).
        ok = engine.announce(existing->id, line, {*reread}, {});
    } else {
        engine.postStatus(existing->id, line);
    }
    if (!ok) {
        qCWarning(lcGitLab).noquote() << "cannot record" << line << "on approval" << existing->id;
        return HttpResponse::error(503, QStringLiteral("not stored"),
                                   QStringLiteral("the event could not be stored; retry later"));
    }
    const std::optional<Approval> now = engine.approval(existing->id);
    return HttpResponse::json(
            200,
            {{QStringLiteral("id"), existing->id},
             {QStringLiteral("state"), stateName(now ? now->state : existing->state)}});
}
