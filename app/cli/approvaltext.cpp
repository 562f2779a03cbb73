#include "approvaltext.h"

#include <QJsonArray>
#include <QStringList>

namespace {
QString where(const QJsonObject &a)
{
    QStringList parts;
    for (const char *key : {"pipeline", "stage", "environment"}) {
        const QString value = a.value(QLatin1String(key)).toString();
        if (!value.isEmpty())
            parts.append(value);
    }
    return parts.isEmpty() ? QStringLiteral("-") : parts.join(QLatin1Char('/'));
}

QString text(const QJsonObject &a, const char *key)
{
    const QString value = a.value(QLatin1String(key)).toString();
    return value.isEmpty() ? QStringLiteral("-") : value;
}
} // namespace

QString ApprovalText::age(const QString &isoTime, const QDateTime &now)
{
    const QDateTime then = QDateTime::fromString(isoTime, Qt::ISODateWithMs);
    if (!then.isValid())
        return QStringLiteral("-");
    const qint64 seconds = qMax<qint64>(0, then.secsTo(now));
    if (seconds < 60)
        return QStringLiteral("%1s").arg(seconds);
    if (seconds < 3600)
        return QStringLiteral("%1m").arg(seconds / 60);
    if (seconds < 86400)
        return QStringLiteral("%1h").arg(seconds / 3600);
    return QStringLiteral("%1d").arg(seconds / 86400);
}

QString ApprovalText::listHeader()
{
    return QStringLiteral("%1  %2  %3  %4  %5  %6  %7")
            .arg(tr("ID"), -6)
            .arg(tr("STATE"), -9)
            .arg(tr("KIND"), -10)
            .arg(tr("AGE"), -4)
            .arg(tr("WHERE"), -28)
            .arg(tr("ASSIGNEE"), -10)
            .arg(tr("TITLE"));
}

QString ApprovalText::listLine(const QJsonObject &a, const QDateTime &now)
{
    return QStringLiteral("%1  %2  %3  %4  %5  %6  %7")
            .arg(QString::number(a.value(QStringLiteral("id")).toInteger()), -6)
            .arg(text(a, "state"), -9)
            .arg(text(a, "kind"), -10)
            .arg(age(a.value(QStringLiteral("createdAt")).toString(), now), -4)
            .arg(where(a), -28)
            .arg(text(a, "assignee"), -10) // who is looking ("Assign to me")
            .arg(text(a, "title"));
}

QString ApprovalText::details(const QJsonObject &a)
{
    QStringList lines;
    const auto field = [&](const QString &label, const QString &value) {
        if (!value.isEmpty())
            lines.append(QStringLiteral("%1 %2").arg(label + QLatin1Char(':'), -16).arg(value));
    };
    field(tr("Approval"), QString::number(a.value(QStringLiteral("id")).toInteger()));
    field(tr("Title"), a.value(QStringLiteral("title")).toString());
    field(tr("State"), a.value(QStringLiteral("state")).toString());
    field(tr("Kind"), a.value(QStringLiteral("kind")).toString());
    field(tr("Connector"), a.value(QStringLiteral("connector")).toString());
    field(tr("External id"), a.value(QStringLiteral("externalId")).toString());
    field(tr("Pipeline"), a.value(QStringLiteral("pipeline")).toString());
    field(tr("Stage"), a.value(QStringLiteral("stage")).toString());
    field(tr("Environment"), a.value(QStringLiteral("environment")).toString());
    field(tr("Requested by"), a.value(QStringLiteral("requestedBy")).toString());
    if (const QString assignee = a.value(QStringLiteral("assignee")).toString();
        !assignee.isEmpty())
        field(tr("Assigned to"),
              tr("%1 (looking since %2)")
                      .arg(assignee, a.value(QStringLiteral("assignedAt")).toString()));
    field(tr("Created"), a.value(QStringLiteral("createdAt")).toString());
    field(tr("Deadline"), a.value(QStringLiteral("deadline")).toString());
    field(tr("Decided by"), a.value(QStringLiteral("decidedBy")).toString());
    field(tr("Decided from"), a.value(QStringLiteral("decisionOrigin")).toString());
    field(tr("Decided at"), a.value(QStringLiteral("decidedAt")).toString());
    field(tr("Comment"), a.value(QStringLiteral("comment")).toString());
    field(tr("Delivery"), a.value(QStringLiteral("delivery")).toString());
    field(tr("Delivery error"), a.value(QStringLiteral("lastDeliveryError")).toString());
    const QString description = a.value(QStringLiteral("description")).toString();
    if (!description.isEmpty())
        lines << QString() << description;
    const QJsonArray timeline = a.value(QStringLiteral("timeline")).toArray();
    if (!timeline.isEmpty()) {
        lines << QString() << tr("Timeline:");
        for (const QJsonValue &value : timeline) {
            const QJsonObject entry = value.toObject();
            lines.append(QStringLiteral("  %1  %2  %3")
                                 .arg(entry.value(QStringLiteral("at")).toString(), -24)
                                 .arg(entry.value(QStringLiteral("type")).toString(), -10)
                                 .arg(entry.value(QStringLiteral("message")).toString()));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

QString ApprovalText::watchLine(const QString &event, const QJsonObject &approval,
                                const QDateTime &now)
{
    return QStringLiteral("%1  %2").arg(event, -7).arg(listLine(approval, now));
}
