#include "sidebarmodel.h"

#include "connectors/connectorregistry.h"
#include "models/approvaltablemodel.h"
#include "models/iconcache.h"
#include "models/needsmerule.h"

#include <QIcon>

namespace {
// The kinds with a view of their own (a sidebar label), in registry order.
QList<ConnectorKind> sidebarKinds()
{
    QList<ConnectorKind> kinds;
    for (const ConnectorKind &kind : ConnectorRegistry::kinds()) {
        if (kind.sidebarLabel && *kind.sidebarLabel)
            kinds.append(kind);
    }
    return kinds;
}
} // namespace

int SidebarModel::historyView()
{
    static const int row = ChecksView + int(sidebarKinds().size());
    return row;
}

int SidebarModel::deliveryFailedView()
{
    return historyView() + 1;
}

int SidebarModel::assignedToMeView()
{
    return deliveryFailedView() + 1;
}

SidebarModel::SidebarModel(ApprovalTableModel *approvals, QObject *parent)
    : QAbstractListModel(parent), m_approvals(approvals)
{
    using Scope = ApprovalFilterProxy::Scope;
    // Kind views list every state of their kind: the count says what still waits.
    m_entries = {
            {tr("Needs me"), QString(), Scope::NeedsMe,
             QStringLiteral(":/icons/state-pending.svg")},
            {tr("Pending"), QString(), Scope::Pending, QStringLiteral(":/icons/state-pending.svg")},
    };
    for (const ConnectorKind &kind : sidebarKinds())
        m_entries.append({kind.sidebarText(), kind.id, Scope::All,
                          ApprovalTableModel::kindIconPath(kind.id)});
    m_entries.append(
            {tr("History"), QString(), Scope::Decided, QStringLiteral(":/icons/history.svg")});
    m_entries.append({tr("Delivery failed"), QString(), Scope::DeliveryFailed,
                      QStringLiteral(":/icons/state-deliveryfailed.svg")});
    // Last, so that the rows before it (and their Ctrl+digit keys) stay where they were.
    m_entries.append({tr("Assigned to me"), QString(), Scope::AssignedToMe,
                      QStringLiteral(":/icons/state-pending.svg")});
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
        if (index.row() == deliveryFailedView())
            return tr("%1: %n failed", nullptr, entry.count).arg(entry.label);
        return index.row() == historyView()
                ? tr("%1: %n decided", nullptr, entry.count).arg(entry.label)
                : tr("%1: %n pending", nullptr, entry.count).arg(entry.label);
    case Qt::ToolTipRole:
        if (index.row() == NeedsMeView)
            return tr("%n waiting for you, the soonest deadline first", nullptr, entry.count);
        if (index.row() == deliveryFailedView())
            return tr("%n decisions whose callback failed; Ctrl+R retries", nullptr, entry.count);
        if (index.row() == assignedToMeView())
            return tr("%n you have taken (Ctrl+T takes or releases one)", nullptr, entry.count);
        return index.row() == historyView() ? tr("%n decided approvals", nullptr, entry.count)
                                            : tr("%n waiting for a decision", nullptr, entry.count);
    case Qt::DecorationRole:
        return cachedIcon(entry.icon);
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

void SidebarModel::setCurrentUser(const QString &name)
{
    m_me = name;
    recount();
}

void SidebarModel::recount()
{
    m_recountTimer.stop();
    QVector<int> counts(m_entries.size(), 0);
    for (const Approval &a : m_approvals->approvals()) {
        if (a.delivery == DeliveryState::Failed)
            ++counts[deliveryFailedView()];
        if (!a.isPending()) {
            ++counts[historyView()];
            continue;
        }
        ++counts[PendingView];
        if (!m_me.isEmpty() && a.assignee == m_me)
            ++counts[assignedToMeView()];
        if (NeedsMeRule::applies(a))
            ++counts[NeedsMeView];
        for (int row = ChecksView; row < historyView(); ++row) {
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
