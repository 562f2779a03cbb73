#include "sidebarmodel.h"

#include "models/approvaltablemodel.h"
#include "models/needsmerule.h"

#include <QIcon>

SidebarModel::SidebarModel(ApprovalTableModel *approvals, QObject *parent)
    : QAbstractListModel(parent), m_approvals(approvals)
{
    using Scope = ApprovalFilterProxy::Scope;
    // Kind views list every state of their kind: the count says what still waits.
    m_entries = {
            {tr("Needs me"), QString(), Scope::NeedsMe,
             QStringLiteral(":/icons/state-pending.svg")},
            {tr("Pending"), QString(), Scope::Pending, QStringLiteral(":/icons/state-pending.svg")},
            {tr("Checks"), QStringLiteral("check"), Scope::All,
             ApprovalTableModel::kindIconPath(QStringLiteral("check"))},
            {tr("Gates"), QStringLiteral("gate"), Scope::All,
             ApprovalTableModel::kindIconPath(QStringLiteral("gate"))},
            {tr("Human tasks"), QStringLiteral("task"), Scope::All,
             ApprovalTableModel::kindIconPath(QStringLiteral("task"))},
            {tr("Paused runs"), QStringLiteral("pausedrun"), Scope::All,
             ApprovalTableModel::kindIconPath(QStringLiteral("pausedrun"))},
            {tr("Fan-in"), QStringLiteral("fanin"), Scope::All,
             ApprovalTableModel::kindIconPath(QStringLiteral("fanin"))},
            {tr("History"), QString(), Scope::Decided, QStringLiteral(":/icons/history.svg")},
            {tr("Delivery failed"), QString(), Scope::DeliveryFailed,
             QStringLiteral(":/icons/state-deliveryfailed.svg")},
            {tr("GitLab"), QStringLiteral("gitlab"), Scope::All,
             ApprovalTableModel::kindIconPath(QStringLiteral("gitlab"))},
    };
    m_recountTimer.setSingleShot(true);
    m_recountTimer.setInterval(0);
    connect(&m_recountTimer, &QTimer::timeout, this, &SidebarModel::recount);
    const auto schedule = [this] {
        m_recountTimer.start();
    };
    connect(approvals, &QAbstractItemModel::modelReset, this, schedule);
    connect(approvals, &QAbstractItemModel::rowsInserted, this, schedule);
    connect(approvals, &QAbstractItemModel::rowsRemoved, this, schedule);
    connect(approvals, &QAbstractItemModel::dataChanged, this, schedule);
    recount();
}

int SidebarModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant SidebarModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return entry.count > 0 ? tr("%1 (%2)").arg(entry.label).arg(entry.count) : entry.label;
    case Qt::AccessibleTextRole:
        if (index.row() == DeliveryFailedView)
            return tr("%1: %n failed", nullptr, entry.count).arg(entry.label);
        return index.row() == HistoryView
                ? tr("%1: %n decided", nullptr, entry.count).arg(entry.label)
                : tr("%1: %n pending", nullptr, entry.count).arg(entry.label);
    case Qt::ToolTipRole:
        if (index.row() == NeedsMeView)
            return tr("%n waiting for you, the soonest deadline first", nullptr, entry.count);
        if (index.row() == DeliveryFailedView)
            return tr("%n decisions whose callback failed; Ctrl+R retries", nullptr, entry.count);
        return index.row() == HistoryView ? tr("%n decided approvals", nullptr, entry.count)
                                          : tr("%n waiting for a decision", nullptr, entry.count);
    case Qt::DecorationRole:
        return QIcon(entry.icon);
    case CountRole:
        return entry.count;
    case KindRole:
        return entry.kind;
    case ScopeRole:
        return int(entry.scope);
    case LabelRole:
        return entry.label;
    }
    return {};
}

void SidebarModel::apply(int row, ApprovalFilterProxy *proxy) const
{
    if (row < 0 || row >= m_entries.size())
        return;
    proxy->setKindFilter(m_entries.at(row).kind);
    proxy->setScope(m_entries.at(row).scope);
}

void SidebarModel::recount()
{
    m_recountTimer.stop();
    QVector<int> counts(m_entries.size(), 0);
    for (const Approval &a : m_approvals->approvals()) {
        if (a.delivery == DeliveryState::Failed)
            ++counts[DeliveryFailedView];
        if (!a.isPending()) {
            ++counts[HistoryView];
            continue;
        }
        ++counts[PendingView];
        if (NeedsMeRule::applies(a))
            ++counts[NeedsMeView];
        for (int row = ChecksView; row < HistoryView; ++row) {
            if (m_entries.at(row).kind == a.kind)
                ++counts[row];
        }
    }
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).count == counts.at(row))
            continue;
        m_entries[row].count = counts.at(row);
        emit dataChanged(index(row), index(row), {Qt::DisplayRole, Qt::ToolTipRole, CountRole});
    }
}
