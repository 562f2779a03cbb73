// ReleaseAtText: what `gatehouse approve ID --release-at TIME` accepts (issue 18,
// item 2), turned into the control API's "releaseAt": "window", an ISO 8601 time with
// its zone (sent as it is), or a local date and time as a person types it at the
// terminal ("2026-12-01 22:00", "2026-12-01T22:00:30"), sent in UTC.
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace ReleaseAtText {

// The value for "releaseAt"; std::nullopt with *problem for anything else.
std::optional<QString> toApi(const QString &text, QString *problem);

} // namespace ReleaseAtText
