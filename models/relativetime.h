// RelativeTime: the one way the console says how long something lasts or how far away
// it is ("7 min", "2 h 58 min", "in 89 min"). The deadline column, the gate timeout
// in the state column and the detail pane all use it, so two texts about one instant
// cannot disagree (they once read "89 min left" and "in 2 h 58 min").
#pragma once

#include <QDateTime>
#include <QString>

namespace RelativeTime {

// "45 s", "7 min", "2 h 58 min", "3 days" (whole units, rounded down).
QString duration(qint64 seconds);

// "in 7 min" while at is ahead of now, "due" once it has passed; empty when invalid.
QString until(const QDateTime &at, const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace RelativeTime
