// TimelineModel: the timeline of the approval shown in the detail pane. Entries come
// from the Engine (a full load on selection, then one signal per new entry); the rows
// are those entries as TimelinePresentation folds them for reading (deliveries in one
// line, repeated gate samples in one line), and a fold opens with toggle().
#pragma once

#include "core/timelineentry.h"
#include "models/timelinepresentation.h"

#include <QAbstractListModel>
#include <QSet>
#include <QVector>

class TimelineModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        TypeRole = Qt::UserRole + 1, // the entry's type; "fold" for a fold
        TimeRole,
        RowKindRole, // TimelinePresentation::RowKind as int
        FoldSizeRole, // how many lines a fold holds (1 for a line)
        ExpandedRole, // a fold: open
        PersonRole, // a person's act (decided, link, ...), not the machinery's
    };
    explicit TimelineModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    qint64 approvalId() const { return m_approvalId; }
    int entryCount() const { return int(m_entries.size()); }
    // Where deliveries go, as the fold names it ("Delivered to Azure Pipelines ✓").
    void setTarget(const QString &target);

public slots:
    void showApproval(qint64 approvalId); // clears; entries follow via setEntries
    void setEntries(qint64 approvalId, const QVector<TimelineEntry> &entries);
    void append(const TimelineEntry &entry);
    // Opens or closes the fold at row; a plain line: nothing happens.
    void toggle(int row);

private:
    void present(); // recomputes the rows, telling the views only what changed

    qint64 m_approvalId = 0;
    QString m_target;
    QVector<TimelineEntry> m_entries;
    QVector<TimelinePresentation::Row> m_rows;
    QSet<QString> m_expanded;
};
