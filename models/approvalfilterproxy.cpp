#include "approvalfilterproxy.h"

#include "core/approval.h"
#include "models/approvaltablemodel.h"

ApprovalFilterProxy::ApprovalFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ApprovalTableModel::SortRole);
    setDynamicSortFilter(true);
}

void ApprovalFilterProxy::setSearchText(const QString &text)
{
    update(m_search, text.trimmed());
}

void ApprovalFilterProxy::setPendingOnly(bool pendingOnly)
{
    setScope(pendingOnly ? Scope::Pending : Scope::All);
}

void ApprovalFilterProxy::setScope(Scope scope)
{
    update(m_scope, scope);
}

void ApprovalFilterProxy::setKindFilter(const QString &kind)
{
    update(m_kind, kind);
}

void ApprovalFilterProxy::setSourceFilter(const QString &source)
{
    update(m_source, source);
}

void ApprovalFilterProxy::setEnvironmentFilter(const QString &environment)
{
    update(m_environment, environment);
}

void ApprovalFilterProxy::setStateFilter(StateFilter state)
{
    update(m_state, state);
}

bool ApprovalFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto state = ApprovalState(index.data(ApprovalTableModel::StateRole).toInt());
    if (m_scope == Scope::Pending && state != ApprovalState::Pending)
        return false;
    if (m_scope == Scope::Decided && state == ApprovalState::Pending)
        return false;
    switch (m_state) {
    case StateFilter::Any:
        break;
    case StateFilter::Pending:
    case StateFilter::Approved:
    case StateFilter::Rejected:
    case StateFilter::Expired:
    case StateFilter::Cancelled:
        // The filter's order after Any mirrors ApprovalState's.
        if (int(state) != int(m_state) - 1)
            return false;
        break;
    case StateFilter::DeliveryFailed:
        if (DeliveryState(index.data(ApprovalTableModel::DeliveryRole).toInt())
            != DeliveryState::Failed)
            return false;
        break;
    }
    if (!m_kind.isEmpty() && index.data(ApprovalTableModel::KindRole).toString() != m_kind)
        return false;
    if (!m_source.isEmpty() && index.data(ApprovalTableModel::SourceRole).toString() != m_source)
        return false;
    if (!m_environment.isEmpty()
        && index.data(ApprovalTableModel::EnvironmentRole).toString() != m_environment)
        return false;
    if (m_search.isEmpty())
        return true;
    return index.data(ApprovalTableModel::SearchTextRole)
            .toString()
            .contains(m_search, Qt::CaseInsensitive);
}
