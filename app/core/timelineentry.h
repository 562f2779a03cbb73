// TimelineEntry: one line of the append-only log of an approval.
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

struct TimelineEntry
{
    qint64 id = 0;
    qint64 approvalId = 0;
    QDateTime at;
    QString type; // "received", "updated", "decided", "delivery", "status", "expired", ...
    QString message; // human readable, already free of secrets
};

Q_DECLARE_METATYPE(TimelineEntry)
