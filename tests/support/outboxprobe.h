// OutboxProbe: what the outbox holds, read from the database file through a connection
// of its own. Every outbound call goes through the outbox, so a test that wants to
// show "nothing more will be sent" waits until the outbox is settled (no row queued or
// being sent), then counts: a call that would come later would still sit there.
#pragma once

#include <QString>

namespace OutboxProbe {
// Rows for one approval (any state); approvalId 0: all rows.
int rows(const QString &databasePath, qint64 approvalId = 0);
// True when no row (of the approval, or at all for 0) is queued or being sent.
bool settled(const QString &databasePath, qint64 approvalId = 0);
} // namespace OutboxProbe
