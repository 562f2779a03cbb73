// ApprovalTableModel: approvals as table rows for the views. A thin adapter fed by
// the Engine's signals; updates are batched so that a flood of webhooks becomes a few
// model changes per frame instead of thousands. It also keeps the aggregate state of
// each group (the checks of one run and stage), because a group is only meaningful
// across rows and the views must not compute it themselves.
#pragma once

#include "core/approval.h"
#include "models/approvalsortkeys.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
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
        GroupColumn,
        DecidedByColumn,
        DecidedAtColumn,
        OriginColumn,
        CommentColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        SortRole, // raw value for sorting: numbers and times sort as such
        StateRole, // ApprovalState as int
        SearchTextRole, // everything the search field matches against
        KindRole, // "check", "gate", ...
        SourceRole, // connector name
        EnvironmentRole,
        DeliveryRole, // DeliveryState as int
        GroupKeyRole,
        GroupStateRole, // GroupState as int
        GroupSummaryRole, // "prod: 2 of 3 approved, waiting"; empty for a lone approval
        DecidedAtRole, // QDateTime (UTC), invalid while pending
        AssigneeRole, // who is looking at it ("Assign to me"); empty: nobody
    };
    // The aggregate of a group: all must pass, one failure fails the stage.
    enum class GroupState { None, Waiting, Passed, Failed };

    struct GroupTally
    {
        int total = 0;
        int approved = 0;
        int failed = 0; // rejected, expired or cancelled
        bool operator==(const GroupTally &o) const
        {
            return total == o.total && approved == o.approved && failed == o.failed;
        }
        GroupState state() const;
    };

    explicit ApprovalTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Approval *approvalAt(int row) const;
    // Everything the search field matches, lower case, kept per row so that filtering
    // 100,000 rows per keystroke allocates nothing.
    const QString &searchTextAt(int row) const { return m_searchText.at(row); }
    // The row's times as numbers, for the proxy's comparisons.
    const ApprovalSortKeys &sortKeysAt(int row) const { return m_sortKeys.at(row); }
    const Approval *approvalById(qint64 id) const;
    const QVector<Approval> &approvals() const { return m_rows; }
    int rowOf(qint64 id) const { return m_rowById.value(id, -1); }
    int pendingCount() const;
    GroupTally groupTally(const QString &groupKey) const { return m_groups.value(groupKey); }
    QString groupSummary(const Approval &a) const;

    static QString kindLabel(const QString &kind);
    static QString stateLabel(const Approval &a); // "Approved, delivered"
    static QString originLabel(const QString &origin); // "window", "tray", ... translated
    static QString kindIconPath(const QString &kind);
    // "anna is looking" for a pending approval someone holds; empty otherwise.
    static QString lookingText(const Approval &a);
    static QString stateIconPath(const Approval &a);
    // Approvals whose deadline is nearer than this are announced once.
    static constexpr qint64 expiryWarningSecs = 10 * 60;

public slots:
    void setApprovals(const QVector<Approval> &approvals);
    void upsert(const Approval &approval); // batched
    void flush(); // applies batched updates now
    void checkExpiring(); // announces approvals about to expire (also on a timer)

signals:
    void approvalArrived(const Approval &approval); // a pending approval new to this model
    void pendingCountChanged(int count);
    void deliveryFailed(const Approval &approval); // delivery gave up since the last update
    void expiringSoon(const Approval &approval); // once per approval
    // A fan-in that was pending here ended as timed out (not every source reported).
    void fanInTimedOut(const Approval &approval);

private:
    QString waitingText(const Approval &a) const;
    QString deadlineText(const Approval &a) const;
    QVariant sortValue(const Approval &a, int column) const;
    static QString searchKey(const Approval &a);
    bool recountGroups(); // true when any group changed

    QVector<QString> m_searchText; // parallel to m_rows
    QVector<ApprovalSortKeys> m_sortKeys; // parallel to m_rows
    QVector<Approval> m_rows;
    QHash<qint64, int> m_rowById;
    QHash<QString, GroupTally> m_groups;
    QSet<qint64> m_expiryAnnounced;
    QVector<Approval> m_batch;
    QTimer m_batchTimer;
    QTimer m_clockTimer; // keeps "waiting since" and countdowns live
};
