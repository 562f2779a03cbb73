// LocalTime: the one way the console writes a point in time: local time,
// "yyyy-MM-dd HH:mm:ss". The detail pane and the timeline both use it, so a deadline in
// the pane and the same instant in a timeline line read alike.
#pragma once

#include <QDateTime>
#include <QString>

namespace LocalTime {

// at in the user's time zone; empty when at is invalid.
QString text(const QDateTime &at);

// at, shorter, for a narrow field: "HH:mm" on the same local day as now, else the date
// "yyyy-MM-dd"; empty when at is invalid.
QString compactText(const QDateTime &at, const QDateTime &now = QDateTime::currentDateTime());

// text with every ISO 8601 instant that names its zone ("...Z", "...+02:00"), as the
// engine writes into stored timeline lines, rewritten with text() above.
QString localized(const QString &text);

} // namespace LocalTime
