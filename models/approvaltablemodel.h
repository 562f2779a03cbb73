// ApprovalTableModel: approvals as table rows for the views. A thin adapter fed by
// the Engine's signals; updates are batched so that a flood of webhooks becomes a few
// model changes per frame instead of thousands.
#pragma once

#include "core/approval.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimer>
#include <QVector>

class ApprovalTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        KindColumn,
        TitleColumn,
        PipelineColumn,
        SourceColumn,
        RequestedByColumn,
        WaitingColumn,
        DeadlineColumn,
        StateColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        SortRole, // raw value for sorting: numbers and times sort as such
        StateRole, // ApprovalState as int
        SearchTextRole, // everything the search field matches against
    };

    explicit ApprovalTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Approval *approvalAt(int row) const;
    const Approval *approvalById(qint64 id) const;
    int rowOf(qint64 id) const { return m_rowById.value(id, -1); }
    int pendingCount() const;

public slots:
    void setApprovals(const QVector<Approval> &approvals);
    void upsert(const Approval &approval); // batched
    void flush(); // applies batched updates now

signals:
    void approvalArrived(const Approval &approval); // a pending approval new to this model
    void pendingCountChanged(int count);

private:
    QString waitingText(const Approval &a) const;
    QString deadlineText(const Approval &a) const;

    QVector<Approval> m_rows;
    QHash<qint64, int> m_rowById;
    QVector<Approval> m_batch;
    QTimer m_batchTimer;
    QTimer m_clockTimer; // keeps "waiting since" and countdowns live
};
