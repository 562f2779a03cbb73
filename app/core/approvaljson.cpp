#include "approvaljson.h"

#include "core/scheduledrelease.h"

QJsonValue timeToJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonObject approvalToJson(const Approval &a)
{
    return QJsonObject{
            {QStringLiteral("id"), a.id},
            {QStringLiteral("externalId"), a.externalId},
            {QStringLiteral("connector"), a.connector},
            {QStringLiteral("kind"), a.kind},
            {QStringLiteral("title"), a.title},
            {QStringLiteral("description"), a.description},
            {QStringLiteral("pipeline"), a.pipeline},
            {QStringLiteral("stage"), a.stage},
            {QStringLiteral("environment"), a.environment},
            {QStringLiteral("requestedBy"), a.requestedBy},
            {QStringLiteral("group"), a.groupKey},
            {QStringLiteral("state"), stateName(a.state)},
            {QStringLiteral("delivery"), stateName(a.delivery)},
            {QStringLiteral("createdAt"), timeToJson(a.createdAt)},
            {QStringLiteral("updatedAt"), timeToJson(a.updatedAt)},
            {QStringLiteral("deadline"), timeToJson(a.deadline)},
            {QStringLiteral("decidedBy"), a.decidedBy},
            {QStringLiteral("decisionOrigin"), a.decisionOrigin},
            {QStringLiteral("comment"), a.comment},
            {QStringLiteral("decidedAt"), timeToJson(a.decidedAt)},
            {QStringLiteral("lastDeliveryError"), a.lastDeliveryError},
            // Approved ahead: when the callback goes out (null otherwise).
            {QStringLiteral("releaseAt"), timeToJson(ScheduledRelease::at(a))},
            // Who is looking at it ("Assign to me"); null when nobody is.
            {QStringLiteral("assignee"),
             a.assignee.isEmpty() ? QJsonValue() : QJsonValue(a.assignee)},
            {QStringLiteral("assignedAt"), timeToJson(a.assignedAt)},
    };
}

QJsonObject timelineEntryToJson(const TimelineEntry &e)
{
    return QJsonObject{
            {QStringLiteral("id"), e.id},
            {QStringLiteral("at"), timeToJson(e.at)},
            {QStringLiteral("type"), e.type},
            {QStringLiteral("message"), e.message},
    };
}
