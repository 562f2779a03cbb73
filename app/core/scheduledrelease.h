// ScheduledRelease: reads and writes the release of an approval decided ahead (issue 18,
// item 2), kept in metadata "release": {"at": ISO time, "window": policy name or absent,
// "by": who approved}. One place for the key, so the engine, the models and the API read
// it alike.
#pragma once

#include "core/approval.h"

#include <QDateTime>
#include <QString>

namespace ScheduledRelease {

QString metadataKey();
// The release time; invalid when the approval was not decided ahead.
QDateTime at(const Approval &approval);
// Approved ahead and the callback still waits for its release time.
bool waiting(const Approval &approval, const QDateTime &now);
// window: the policy whose change window chose the time; empty for a time given.
void record(Approval *approval, const QDateTime &at, const QString &window);
void clear(Approval *approval);

} // namespace ScheduledRelease
