#include "approvalwatcher.h"

#include <algorithm>

QString ApprovalWatcher::signature(const QJsonObject &a)
{
    QString text;
    for (const char *key : {"state", "delivery", "decidedBy", "updatedAt", "lastDeliveryError"})
        text += a.value(QLatin1String(key)).toString() + QLatin1Char('\x1f');
    return text;
}

QVector<ApprovalWatcher::Change> ApprovalWatcher::update(const QJsonArray &approvals)
{
    // Oldest first, so that the lines read in the order things happened.
    QVector<QJsonObject> sorted;
    for (const QJsonValue &value : approvals)
        sorted.append(value.toObject());
    std::sort(sorted.begin(), sorted.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QStringLiteral("id")).toInteger()
                < b.value(QStringLiteral("id")).toInteger();
    });
    QVector<Change> changes;
    for (const QJsonObject &approval : sorted) {
        const qint64 id = approval.value(QStringLiteral("id")).toInteger();
        const QString now = signature(approval);
        const bool pending =
                approval.value(QStringLiteral("state")).toString() == QLatin1String("pending");
        const auto known = m_seen.constFind(id);
        if (known == m_seen.constEnd()) {
            if (!m_baseline)
                changes.append({QStringLiteral("new"), approval});
            else if (pending)
                changes.append({QStringLiteral("waiting"), approval});
        } else if (*known != now) {
            changes.append({QStringLiteral("changed"), approval});
        }
        m_seen.insert(id, now);
        if (pending)
            m_pending.insert(id);
        else
            m_pending.remove(id);
    }
    m_baseline = false;
    return changes;
}

QVector<qint64> ApprovalWatcher::missingPending(const QJsonArray &approvals) const
{
    QSet<qint64> present;
    for (const QJsonValue &value : approvals)
        present.insert(value.toObject().value(QStringLiteral("id")).toInteger());
    QVector<qint64> missing;
    for (const qint64 id : m_pending) {
        if (!present.contains(id))
            missing.append(id);
    }
    std::sort(missing.begin(), missing.end());
    return missing;
}
