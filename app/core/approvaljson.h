// JSON views of approvals and timeline entries: the shape of the control API and of
// JSON exports. Field names are part of the public contract (README).
#pragma once

#include "core/approval.h"
#include "core/timelineentry.h"

#include <QJsonObject>

QJsonObject approvalToJson(const Approval &approval);
QJsonObject timelineEntryToJson(const TimelineEntry &entry);
