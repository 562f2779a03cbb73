#include "approvaltext.h"

#include <QJsonArray>
#include <QStringList>

#include <iterator>

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

QStringList ApprovalText::listHeadings()
{
    return {tr("ID"), tr("STATE"), tr("KIND"), tr("AGE"), tr("WHERE"), tr("ASSIGNEE"), tr("TITLE")};
}

QString ApprovalText::listRow(const QStringList &cells)
{
    // The widths fit the usual values; a translated heading that is longer widens its
    // column, so that every line stays under its heading ("ALTER" is wider than "AGE").
    static constexpr int usual[] = {6, 9, 10, 4, 28, 10};
    const QStringList headings = listHeadings();
    QString row;
    for (int i = 0; i < cells.size(); ++i) {
        if (i < int(std::size(usual)))
            row += cells.at(i).leftJustified(qMax(usual[i], int(headings.at(i).size())))
                    + QStringLiteral("  ");
        else
            row += cells.at(i);
    }
    return row;
}

QString ApprovalText::listHeader()
{
    return listRow(listHeadings());
}

QString ApprovalText::listLine(const QJsonObject &a, const QDateTime &now)
{
    return listRow({QString::number(a.value(QStringLiteral("id")).toInteger()), text(a, "state"),
                    text(a, "kind"), age(a.value(QStringLiteral("createdAt")).toString(), now),
                    where(a), text(a, "assignee"), // who is looking ("Assign to me")
                    text(a, "title")});
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
    // Approved ahead: the callback waits until then (cancel-release takes it back).
    field(tr("Releases at"), a.value(QStringLiteral("releaseAt")).toString());
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
