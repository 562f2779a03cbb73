// ApprovalFilterProxy: what the table shows: a scope (pending, decided, all, needs me,
// delivery failed), a kind,
// a source, an environment, a state, and a search text matched against title,
// description, pipeline, source, ... Each setter re-filters only when something changed.
// Sorting uses the model's raw SortRole, so "waiting" sorts by time, not by text.
#pragma once

#include <QSortFilterProxyModel>

class ApprovalFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    // NeedsMe: pending and waiting for a person (NeedsMeRule); DeliveryFailed: decided,
    // but the callback was given up on; AssignedToMe: pending and taken by the current
    // user ("Assign to me").
    enum class Scope { All, Pending, Decided, NeedsMe, DeliveryFailed, AssignedToMe };
    // "DeliveryFailed" is a state for the operator though not for the engine.
    enum class StateFilter { Any, Pending, Approved, Rejected, Expired, Cancelled, DeliveryFailed };

    explicit ApprovalFilterProxy(QObject *parent = nullptr);
    void setSourceModel(QAbstractItemModel *model) override;

    void setSearchText(const QString &text);
    void setPendingOnly(bool pendingOnly); // Scope::Pending or Scope::All
    bool pendingOnly() const { return m_scope == Scope::Pending; }
    void setScope(Scope scope);
    Scope scope() const { return m_scope; }
    void setKindFilter(const QString &kind); // empty: every kind
    QString kindFilter() const { return m_kind; }
    void setSourceFilter(const QString &source); // empty: every source
    void setEnvironmentFilter(const QString &environment); // empty: every environment
    void setStateFilter(StateFilter state);
    StateFilter stateFilter() const { return m_state; }
    // The console's user: "Needs me" puts what they hold first and what others hold
    // last (NeedsMeRule::assignmentRank); AssignedToMe shows what they hold.
    void setCurrentUser(const QString &name);
    QString currentUser() const { return m_me; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    // Times and states compare as numbers straight from the rows, not through QVariant:
    // sorting 100,000 rows stays well inside a frame.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    template<typename T>
    void update(T &field, const T &value)
    {
        if (field == value)
            return;
        field = value;
        if (&field != static_cast<void *>(&m_search))
            m_verdicts.clear(); // only a longer search text can reuse the last verdicts
        refilter();
    }
    void refilter();
    bool accepts(int sourceRow) const;

    // The verdict of every source row for the filters as they are, computed once per
    // change of a filter (the proxy asks again while it rebuilds its mapping) and
    // reused when the search text only grows: a row that did not match "pay" cannot
    // match "paym". Dropped whenever the source rows change.
    QVector<bool> m_verdicts;
    QString m_verdictSearch;
    QVector<QMetaObject::Connection> m_sourceConnections;

    QString m_search;
    QString m_kind;
    QString m_source;
    QString m_environment;
    QString m_me;
    Scope m_scope = Scope::All;
    StateFilter m_state = StateFilter::Any;
};
