#include "faninhandler.h"

#include "core/actiontokens.h"

#include "core/engine.h"
#include "receiver/fieldlimits.h"
#include "receiver/webhookreceiver.h"

#include <QJsonArray>

FanInHandler::FanInHandler(Engine &engine, std::shared_ptr<FanInConnector> connector,
                           QObject *parent)
    : QObject(parent), m_engine(engine), m_owned(std::move(connector)), m_connector(m_owned.get())
{ }

FanInHandler::FanInHandler(Engine &engine, const FanInConnector &connector, InboundContext *context)
    : m_engine(engine), m_connector(&connector), m_context(context)
{ }

void FanInHandler::install(WebhookReceiver &receiver)
{
    m_engine.addConnector(m_owned);
    receiver.addConnectorRoutes(*m_owned);
}

bool FanInHandler::authorized(const FanInGroup &group, const HttpRequest &request) const
{
    if (group.authSecret.isEmpty())
        return true;
    const QByteArray expected = m_engine.secret(group.authSecret);
    return !expected.isEmpty()
            && ActionTokens::constantTimeEquals(request.header(group.authHeader), expected);
}

HttpResponse FanInHandler::handle(const HttpRequest &request, const QString &groupName)
{
    const FanInGroup *group = m_connector->group(groupName);
    if (!group)
        return HttpResponse::error(
                404, QStringLiteral("unknown fan-in group"),
                QStringLiteral("no fan-in group '%1'; configured: %2")
                        .arg(groupName, m_connector->groupNames().join(QStringLiteral(", "))));
    if (!authorized(*group, request)) {
        // Rate limited and logged like every other refused credential.
        const QString detail = QStringLiteral("send the group's shared secret in the '%1' header")
                                       .arg(QString::fromUtf8(group->authHeader));
        return m_context ? m_context->refuseCredentials(request, detail)
                         : HttpResponse::error(401, QStringLiteral("unauthorized"), detail);
    }
    if (auto refused = refuseUnlessJson(request))
        return *refused;
    QString source = request.query.queryItemValue(QStringLiteral("source"));
    if (source.isEmpty())
        source = request.query.queryItemValue(QStringLiteral("region"));
    const QString allowed = group->expectedSources.join(QStringLiteral(", "));
    if (source.isEmpty())
        return HttpResponse::error(
                400, QStringLiteral("missing source"),
                QStringLiteral("add ?source=NAME or ?region=NAME to the URL; expected: %1")
                        .arg(allowed));
    if (!group->expectedSources.contains(source))
        return HttpResponse::error(
                400, QStringLiteral("unknown source"),
                QStringLiteral("'%1' is not a source of group '%2'; expected one of: %3")
                        .arg(source, group->name, allowed));

    ParseOutcome outcome = m_connector->parse(*group, source, request, m_engine.now());
    if (!outcome.parsed)
        return HttpResponse::error(outcome.status, outcome.error, outcome.detail);
    if (auto refused = FieldLimits::refuse(outcome.parsed->approval))
        return *refused;

    // Same thread as the Engine: nothing can slip in between this look and the ingest.
    const std::optional<Approval> existing =
            m_engine.approvalByExternalId(m_connector->name(), outcome.parsed->approval.externalId);
    if (existing) {
        const bool late = existing->isFinal();
        const bool duplicate = FanInConnector::arrived(*existing).contains(source);
        if (late || duplicate) {
            m_engine.postStatus(existing->id,
                                late ? tr("%1 reported after the fan-in ended (%2); ignored")
                                                .arg(source, stateName(existing->state))
                                     : tr("%1 reported again; ignored").arg(source));
            return HttpResponse::json(
                    200,
                    {{QStringLiteral("id"), existing->id},
                     {QStringLiteral("state"), stateName(existing->state)},
                     {QStringLiteral("ignored"),
                      late ? QStringLiteral("late") : QStringLiteral("duplicate")}});
        }
        // The timeout runs from the first notification.
        outcome.parsed->approval.deadline = QDateTime();
    }

    const Engine::IngestResult result = m_engine.ingest(*outcome.parsed);
    if (!result.ok)
        return HttpResponse::error(
                503, QStringLiteral("not stored"),
                QStringLiteral("the notification could not be stored; retry later"));
    const Approval &a = result.approval;
    const QStringList arrived = FanInConnector::arrived(a);
    const QStringList missing = FanInConnector::missing(a);
    const int expected = int(arrived.size() + missing.size());
    m_engine.postStatus(a.id,
                        missing.isEmpty() ? tr("%1 arrived (%2 of %3): all sources have reported")
                                                    .arg(source)
                                                    .arg(arrived.size())
                                                    .arg(expected)
                                          : tr("%1 arrived (%2 of %3); missing: %4")
                                                    .arg(source)
                                                    .arg(arrived.size())
                                                    .arg(expected)
                                                    .arg(missing.join(QStringLiteral(", "))));
    QString state = stateName(a.state);
    if (missing.isEmpty()) {
        if (group->onComplete == FanInGroup::OnComplete::Callback) {
            const Engine::DecideResult decided = m_engine.decide(
                    a.id,
                    {Verdict::Approve, QStringLiteral("gatehouse"), QStringLiteral("policy"),
                     tr("All %n sources reported", nullptr, expected)});
            state = stateName(decided.approval.state);
        } else {
            m_engine.postStatus(a.id, tr("All sources reported: waiting for a human approval"));
        }
    }
    return HttpResponse::json(result.created ? 201 : 200,
                              {{QStringLiteral("id"), a.id},
                               {QStringLiteral("state"), state},
                               {QStringLiteral("arrived"), QJsonArray::fromStringList(arrived)},
                               {QStringLiteral("missing"), QJsonArray::fromStringList(missing)}});
}
