#include "approvalfilterproxy.h"

#include "models/approvaltablemodel.h"

ApprovalFilterProxy::ApprovalFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ApprovalTableModel::SortRole);
    setDynamicSortFilter(true);
}

void ApprovalFilterProxy::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateFilter();
}

void ApprovalFilterProxy::setPendingOnly(bool pendingOnly)
{
    if (pendingOnly == m_pendingOnly)
        return;
    m_pendingOnly = pendingOnly;
    invalidateFilter();
}

bool ApprovalFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_pendingOnly
        && index.data(ApprovalTableModel::StateRole).toInt() != int(ApprovalState::Pending))
        return false;
    if (m_search.isEmpty())
        return true;
    return index.data(ApprovalTableModel::SearchTextRole)
            .toString()
            .contains(m_search, Qt::CaseInsensitive);
}
