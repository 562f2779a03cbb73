#include "gitlabhook.h"

#include "connectors/gitlab/gitlabwebhookauth.h"
#include "core/engine.h"
#include "receiver/webhookreceiver.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcGitLab, "gatehouse.gitlab")

GitLabHook::GitLabHook(Engine &engine, std::shared_ptr<GitLabConnector> connector, QObject *parent)
    : QObject(parent), m_engine(engine), m_connector(std::move(connector))
{ }

void GitLabHook::install(WebhookReceiver &receiver)
{
    m_engine.addConnector(m_connector);
    receiver.setInboundVerifier(m_connector->name(), &GitLabWebhookAuth::verify);
    receiver.addRoute(QStringLiteral("POST"), path(), Access::webhook(m_connector->name()),
                      [this](const HttpRequest &r, const Router::Params &) { return handle(r); });
}

HttpResponse GitLabHook::ignored(const QString &reason) const
{
    return HttpResponse::json(200, {{QStringLiteral("ignored"), reason}});
}

HttpResponse GitLabHook::stored(const Approval &approval, int status) const
{
    return HttpResponse::json(status,
                              {{QStringLiteral("id"), approval.id},
                               {QStringLiteral("state"), stateName(approval.state)}});
}

HttpResponse GitLabHook::handle(const HttpRequest &request)
{
    // The settings page's "Test" button sends other events too: a 2xx keeps the hook on.
    const QByteArray kind = request.header("X-Gitlab-Event");
    if (!kind.isEmpty() && kind != GitLabConnector::eventHeaderValue().toLatin1())
        return ignored(QStringLiteral("only Deployment events are read, not '%1'")
                               .arg(QString::fromLatin1(kind.left(64))));
    GitLabEvent event = m_connector->parse(request);
    switch (event.kind) {
    case GitLabEvent::Kind::Invalid:
        return HttpResponse::error(400, QStringLiteral("invalid JSON"), event.reason);
    case GitLabEvent::Kind::Ignored:
        return ignored(event.reason);
    case GitLabEvent::Kind::Blocked: {
        const Engine::IngestResult result = m_engine.ingest(event.webhook);
        if (!result.ok) // a 5xx: GitLab tries again later
            return HttpResponse::error(503, QStringLiteral("not stored"),
                                       QStringLiteral("the deployment could not be stored; "
                                                      "retry later"));
        return stored(result.approval, result.created ? 201 : 200);
    }
    case GitLabEvent::Kind::Update:
        break;
    }

    // Same thread as the Engine: nothing slips in between this look and what follows.
    const std::optional<Approval> existing =
            m_engine.approvalByExternalId(m_connector->name(), event.externalId);
    if (!existing)
        return ignored(QStringLiteral("no approval waits for deployment %1").arg(event.externalId));
    const QString line = GitLabConnector::describe(event);
    const std::optional<OutboundRequest> reread = m_connector->rereadRequest(*existing);
    bool ok = true;
    if (existing->isPending() && reread) {
        // The event is a hint; the re-read says what holds (several approvers may be
        // needed, and GitLab sends one event per approver).
        ok = m_engine.announce(existing->id, line, {*reread}, {});
    } else {
        m_engine.postStatus(existing->id, line);
    }
    if (!ok) {
        qCWarning(lcGitLab).noquote() << "cannot record" << line << "on approval" << existing->id;
        return HttpResponse::error(503, QStringLiteral("not stored"),
                                   QStringLiteral("the event could not be stored; retry later"));
    }
    return stored(*m_engine.approval(existing->id), 200);
}
