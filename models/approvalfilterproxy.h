// ApprovalFilterProxy: what the table shows: a state filter ("pending only" or all)
// and a search text matched against title, description, pipeline, source, ...
// Sorting uses the model's raw SortRole, so "waiting" sorts by time, not by text.
#pragma once

#include <QSortFilterProxyModel>

#include <optional>

class ApprovalFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ApprovalFilterProxy(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setPendingOnly(bool pendingOnly);
    bool pendingOnly() const { return m_pendingOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    bool m_pendingOnly = false;
};
