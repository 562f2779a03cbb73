// SidebarModel: the views of the inbox (Needs me, Pending, one per kind that a connector
// of ConnectorRegistry gives a view: Checks, Gates, Human tasks, Paused runs, Fan-in, ...;
// then History, Delivery failed, Assigned to me), each with the filter it applies and
// a live count. "Needs me" comes first: what waits for a person, not for machines. Counts are
// recomputed from the approval model at most once per event-loop pass, so a burst of
// updates costs one pass over the rows, not one per update.
#pragma once

#include "models/approvalfilterproxy.h"

#include <QAbstractListModel>
#include <QTimer>
#include <QVector>

class ApprovalTableModel;

class SidebarModel : public QAbstractListModel
{
    Q_OBJECT
public:
    // The first rows; the kind views follow in registry order (the built-in connectors
    // first, so these names stay true), then History and Delivery failed.
    enum View {
        NeedsMeView,
        PendingView,
        ChecksView,
        GatesView,
        TasksView,
        PausedRunsView,
        FanInView
    };
    static int historyView(); // after the last kind view
    static int deliveryFailedView();
    static int assignedToMeView(); // the last row: what the console's user has taken
    enum Role {
        CountRole = Qt::UserRole + 1, // int: pending items (decided or failed ones)
        KindRole, // QString: the kind filter; empty for every kind
        ScopeRole, // int: ApprovalFilterProxy::Scope
        LabelRole, // the name without the count
    };

    explicit SidebarModel(ApprovalTableModel *approvals, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    int count(int view) const { return m_entries.at(view).count; }
    // Sets the proxy's kind and scope for the view in this row.
    void apply(int row, ApprovalFilterProxy *proxy) const;

    // The console's user, for "Assigned to me".
    void setCurrentUser(const QString &name);

public slots:
    void recount(); // now; normally scheduled

private:
    struct Entry
    {
        QString label;
        QString kind;
        ApprovalFilterProxy::Scope scope;
        QString icon;
        int count = 0;
    };
    QVector<Entry> m_entries;
    ApprovalTableModel *m_approvals;
    QString m_me;
    QTimer m_recountTimer;
};
