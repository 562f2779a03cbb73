#include "scheduledrelease.h"

#include <QJsonObject>

namespace ScheduledRelease {

QString metadataKey()
{
    return QStringLiteral("release");
}

QDateTime at(const Approval &approval)
{
    const QJsonObject release = approval.metadata.value(metadataKey()).toObject();
    return QDateTime::fromString(release.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
}

bool waiting(const Approval &approval, const QDateTime &now)
{
    // Queued only: once the callback is being sent, delivered or failed, the item shows
    // the delivery as any approved one does.
    const QDateTime releaseAt = at(approval);
    return approval.state == ApprovalState::Approved && approval.delivery == DeliveryState::Queued
            && releaseAt.isValid() && releaseAt > now;
}

void record(Approval *approval, const QDateTime &at, const QString &window)
{
    QJsonObject release{{QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs)}};
    if (!window.isEmpty())
        release.insert(QStringLiteral("window"), window);
    approval->metadata.insert(metadataKey(), release);
}

void clear(Approval *approval)
{
    approval->metadata.remove(metadataKey());
}

} // namespace ScheduledRelease
