// JSON views of approvals and timeline entries: the shape of the control API and of
// JSON exports. Field names are part of the public contract (README).
#pragma once

#include "core/approval.h"
#include "core/timelineentry.h"

#include <QJsonObject>

// A time as the API writes it everywhere: UTC ISO 8601 with milliseconds, null if unset.
QJsonValue timeToJson(const QDateTime &time);
QJsonObject approvalToJson(const Approval &approval);
QJsonObject timelineEntryToJson(const TimelineEntry &entry);
