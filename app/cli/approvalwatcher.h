// ApprovalWatcher: what `gatehouse watch` prints. Fed with what each poll of the
// control API returned, it tells which approvals are new and which changed (state,
// delivery, decider, update time) since the poll before. The first poll is the
// baseline: its pending approvals are reported as "waiting", the rest stays quiet.
#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QVector>

class ApprovalWatcher
{
public:
    struct Change
    {
        QString event; // "waiting", "new" or "changed"
        QJsonObject approval;
    };

    // Approvals from one poll, in any order; an id seen twice counts once.
    QVector<Change> update(const QJsonArray &approvals);
    // Pending approvals known so far that the last poll did not include: the caller
    // fetches them one by one (they were decided and fell off the pending page).
    QVector<qint64> missingPending(const QJsonArray &approvals) const;

private:
    static QString signature(const QJsonObject &approval);

    QHash<qint64, QString> m_seen; // id -> signature
    QSet<qint64> m_pending;
    bool m_baseline = true;
};
