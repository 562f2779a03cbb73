#include "outboxprobe.h"

#include "support/sideconnection.h"

namespace {
int count(const QString &databasePath, qint64 approvalId, const QString &condition)
{
    SideConnection side(databasePath);
    QString sql = QStringLiteral("SELECT COUNT(*) FROM outbox WHERE ") + condition;
    if (approvalId != 0)
        sql += QStringLiteral(" AND approval_id = %1").arg(approvalId);
    const QVariant value = side.value(sql);
    return value.isValid() ? value.toInt() : -1;
}
} // namespace

int OutboxProbe::rows(const QString &databasePath, qint64 approvalId)
{
    return count(databasePath, approvalId, QStringLiteral("1 = 1"));
}

bool OutboxProbe::settled(const QString &databasePath, qint64 approvalId)
{
    return count(databasePath, approvalId, QStringLiteral("state IN ('queued', 'delivering')"))
            == 0;
}
