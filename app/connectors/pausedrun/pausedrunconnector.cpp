#include "pausedrunconnector.h"

#include "connectors/jsonfields.h"
#include "connectors/jsonparse.h"
#include "core/pathsegment.h"

#include <QJsonDocument>

namespace {
constexpr double maxMinutes = 60.0 * 24 * 30;
}

PausedRunConnector::PausedRunConnector(const QList<RestartTarget> &targets,
                                       qint64 defaultLifetimeMs)
    : m_defaultLifetimeMs(defaultLifetimeMs)
{
    for (const RestartTarget &target : targets)
        m_targets.insert(target.name, target);
}

ParseOutcome PausedRunConnector::parse(const HttpRequest &request, const QDateTime &now) const
{
    QJsonObject body;
    if (auto failure = parseJsonObject(request.body, &body))
        return *failure;
    JsonFields fields(body);
    const QString targetName = fields.requiredString(QStringLiteral("target"));
    QString title = fields.optionalString(QStringLiteral("title"));
    const QString description = fields.optionalString(QStringLiteral("description"));
    const double minutes = fields.optionalNumber(QStringLiteral("expiresInMinutes"), 0);
    if (!fields.ok())
        return ParseOutcome::fail(400, QStringLiteral("invalid field"), fields.problem());
    const QJsonValue data = body.value(QStringLiteral("data"));
    if (!data.isObject())
        return ParseOutcome::fail(400, QStringLiteral("invalid field"),
                                  QStringLiteral("field 'data' must be a JSON object"));
    if (minutes < 0 || minutes > maxMinutes)
        return ParseOutcome::fail(
                400, QStringLiteral("invalid field"),
                QStringLiteral("field 'expiresInMinutes' must be between 1 and %1")
                        .arg(maxMinutes));
    const auto target = m_targets.constFind(targetName);
    if (target == m_targets.constEnd())
        return ParseOutcome::fail(
                422, QStringLiteral("unknown target"),
                QStringLiteral("no restart target named '%1' is configured").arg(targetName));
    const QString unsafe = target->unsafePathField(data.toObject());
    if (!unsafe.isEmpty())
        return ParseOutcome::fail(
                400, QStringLiteral("invalid field"),
                QStringLiteral("field 'data.%1' %2").arg(unsafe, PathSegment::rule()));
    // Fail now, not at restart time, if the templates name a field the data lacks.
    QString problem;
    target->render(data.toObject(), &problem);
    if (!problem.isEmpty())
        return ParseOutcome::fail(422, QStringLiteral("invalid data"), problem);

    Approval a;
    a.connector = name();
    a.kind = QStringLiteral("pausedrun");
    a.title = title.isEmpty() ? QStringLiteral("Restart %1").arg(targetName) : title;
    a.description = description;
    a.pipeline = targetName;
    a.deadline = now.addMSecs(minutes > 0 ? qint64(minutes * 60 * 1000) : m_defaultLifetimeMs);
    a.metadata.insert(QStringLiteral("target"), targetName);
    a.metadata.insert(QStringLiteral("data"), data);
    return ParseOutcome::ok({a, {}});
}

QList<OutboundRequest> PausedRunConnector::decisionRequests(const Approval &decided) const
{
    // Rejected or expired: the run stays closed; only an approval restarts it.
    if (decided.state != ApprovalState::Approved)
        return {};
    const auto target =
            m_targets.constFind(decided.metadata.value(QStringLiteral("target")).toString());
    if (target == m_targets.constEnd())
        return {};
    QString problem;
    OutboundRequest request =
            target->render(decided.metadata.value(QStringLiteral("data")).toObject(), &problem);
    if (!problem.isEmpty())
        return {};
    return {request};
}
