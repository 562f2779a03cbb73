#include "taskhooks.h"

#include "connectors/flexdeployconnector.h"
#include "connectors/pausedrunconnector.h"
#include "core/engine.h"
#include "receiver/fieldlimits.h"

#include <QCoreApplication>

namespace {

HttpResponse notStored()
{
    return HttpResponse::error(503, QStringLiteral("not stored"),
                               QStringLiteral("the approval could not be stored; retry later"));
}

HttpResponse notConfigured(const QString &what)
{
    return HttpResponse::error(404, QStringLiteral("not configured"),
                               QStringLiteral("%1 is not configured").arg(what));
}

} // namespace

HttpResponse TaskHooks::flexDeployTask(const HttpRequest &request)
{
    if (auto refused = refuseUnlessJson(request))
        return *refused;
    const auto *flexDeploy = dynamic_cast<const FlexDeployConnector *>(
            m_engine.connector(QStringLiteral("flexdeploy")));
    if (!flexDeploy)
        return notConfigured(QStringLiteral("FlexDeploy"));
    double minutes = 0;
    const ParseOutcome outcome = flexDeploy->parse(request, &minutes);
    if (!outcome.parsed)
        return HttpResponse::error(outcome.status, outcome.error, outcome.detail);
    if (auto refused = FieldLimits::refuse(outcome.parsed->approval))
        return *refused;
    const Engine::IngestResult stored = m_engine.ingest(*outcome.parsed);
    if (!stored.ok)
        return notStored();

    QJsonObject answer{{QStringLiteral("id"), stored.approval.id},
                       {QStringLiteral("state"), stateName(stored.approval.state)}};
    // A decided task gets no new links; a repeat of a pending one gets fresh links,
    // because the first token was never stored in a form that could be sent again. The
    // earlier links are revoked with it: only the newest pair works.
    if (stored.approval.isPending()) {
        const qint64 lifetime =
                minutes > 0 ? qint64(minutes * 60 * 1000) : m_settings.defaultLifetimeMs;
        const auto issued =
                m_engine.issueActionToken(stored.approval.id, ActionTokens::decidePurpose, lifetime,
                                          ActionTokens::defaultBytes, !stored.created);
        if (!issued)
            return notStored();
        const QString path = QStringLiteral("/act/") + QString::fromLatin1(issued->token);
        const QUrl approveUrl = m_settings.link(path, QStringLiteral("decision=approve"));
        const QUrl rejectUrl = m_settings.link(path, QStringLiteral("decision=reject"));
        answer.insert(QStringLiteral("approveUrl"), approveUrl.toString(QUrl::FullyEncoded));
        answer.insert(QStringLiteral("rejectUrl"), rejectUrl.toString(QUrl::FullyEncoded));
        answer.insert(QStringLiteral("expiresAt"), issued->expiresAt.toString(Qt::ISODateWithMs));
        const QList<OutboundRequest> chat = flexDeploy->chatRequests(stored.approval);
        if (stored.created && !chat.isEmpty()) {
            m_engine.announce(
                    stored.approval.id,
                    QCoreApplication::translate(
                            "TaskHooks", "Task announced in chat with approve and reject links"),
                    chat,
                    {{FlexDeployConnector::chatMessageSecret(),
                      flexDeploy->chatMessage(stored.approval, approveUrl, rejectUrl)}});
        }
    }
    return HttpResponse::json(stored.created ? 201 : 200, answer);
}

HttpResponse TaskHooks::pausePipeline(const HttpRequest &request)
{
    if (auto refused = refuseUnlessJson(request))
        return *refused;
    const auto *paused = dynamic_cast<const PausedRunConnector *>(
            m_engine.connector(QStringLiteral("pausedruns")));
    if (!paused)
        return notConfigured(QStringLiteral("Pausable pipelines"));
    const ParseOutcome outcome = paused->parse(request, m_engine.now());
    if (!outcome.parsed)
        return HttpResponse::error(outcome.status, outcome.error, outcome.detail);
    if (auto refused = FieldLimits::refuse(outcome.parsed->approval))
        return *refused;
    const Engine::IngestResult stored = m_engine.ingest(*outcome.parsed);
    if (!stored.ok)
        return notStored();
    const qint64 lifetime = m_engine.now().msecsTo(stored.approval.deadline);
    const auto issued = m_engine.issueActionToken(stored.approval.id, ActionTokens::restartPurpose,
                                                  lifetime, ActionTokens::restartBytes);
    if (!issued)
        return notStored();
    const QString token = QString::fromLatin1(issued->token);
    return HttpResponse::json(
            201,
            {{QStringLiteral("id"), stored.approval.id},
             {QStringLiteral("token"), token},
             {QStringLiteral("restartUrl"),
              m_settings
                      .link(QStringLiteral("/pipelines/restart"), QStringLiteral("token=") + token)
                      .toString(QUrl::FullyEncoded)},
             {QStringLiteral("expiresAt"), issued->expiresAt.toString(Qt::ISODateWithMs)}});
}
