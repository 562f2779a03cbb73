#include "relativetime.h"

#include <QCoreApplication>

namespace RelativeTime {

// The texts keep the table model's translation context, where they were first written
// (so their translations stay); literal calls, so that lupdate finds them, with plain
// variables as counts (lupdate 6.4 never returns from `int(seconds / 60)` there).

QString duration(qint64 seconds)
{
    seconds = qMax<qint64>(0, seconds);
    const int minutes = int(seconds / 60);
    const int days = int(seconds / 86400);
    if (seconds < 60)
        return QCoreApplication::translate("ApprovalTableModel", "%n s", nullptr, int(seconds));
    if (seconds < 3600)
        return QCoreApplication::translate("ApprovalTableModel", "%n min", nullptr, minutes);
    if (seconds < 48 * 3600)
        return QCoreApplication::translate("ApprovalTableModel", "%1 h %2 min")
                .arg(seconds / 3600)
                .arg((seconds % 3600) / 60);
    return QCoreApplication::translate("ApprovalTableModel", "%n days", nullptr, days);
}

QString until(const QDateTime &at, const QDateTime &now)
{
    if (!at.isValid())
        return {};
    const qint64 left = now.secsTo(at);
    return left <= 0
            ? QCoreApplication::translate("ApprovalTableModel", "due")
            : QCoreApplication::translate("ApprovalTableModel", "in %1").arg(duration(left));
}

} // namespace RelativeTime
