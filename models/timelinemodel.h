// TimelineModel: the timeline of the approval shown in the detail pane. Entries come
// from the Engine (a full load on selection, then one signal per new entry).
#pragma once

#include "core/timelineentry.h"

#include <QAbstractListModel>
#include <QVector>

class TimelineModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { TypeRole = Qt::UserRole + 1, TimeRole };
    explicit TimelineModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    qint64 approvalId() const { return m_approvalId; }

public slots:
    void showApproval(qint64 approvalId); // clears; entries follow via setEntries
    void setEntries(qint64 approvalId, const QVector<TimelineEntry> &entries);
    void append(const TimelineEntry &entry);

private:
    qint64 m_approvalId = 0;
    QVector<TimelineEntry> m_entries;
};
