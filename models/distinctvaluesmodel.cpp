#include "distinctvaluesmodel.h"

#include <QSet>

DistinctValuesModel::DistinctValuesModel(QAbstractItemModel *source, int role,
                                         const QString &allLabel, QObject *parent)
    : QAbstractListModel(parent), m_source(source), m_role(role), m_allLabel(allLabel)
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &DistinctValuesModel::publish);
    connect(source, &QAbstractItemModel::modelReset, this, &DistinctValuesModel::recountAll);
    connect(source, &QAbstractItemModel::layoutChanged, this, &DistinctValuesModel::recountAll);
    connect(source, &QAbstractItemModel::rowsMoved, this, &DistinctValuesModel::recountAll);
    connect(source, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent, int first, int last) {
                if (parent.isValid())
                    return;
                m_rowValues.insert(first, last - first + 1, QString());
                count(first, last, +1);
            });
    connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &parent, int first, int last) {
                if (parent.isValid())
                    return;
                count(first, last, -1);
                m_rowValues.remove(first, last - first + 1);
            });
    connect(source, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                if (topLeft.parent().isValid())
                    return;
                count(topLeft.row(), bottomRight.row(), -1);
                count(topLeft.row(), bottomRight.row(), +1);
            });
    refresh();
}

void DistinctValuesModel::recountAll()
{
    m_rowValues.clear();
    m_counts.clear();
    const int rows = m_source ? m_source->rowCount() : 0;
    m_rowValues.resize(rows);
    count(0, rows - 1, +1);
}

void DistinctValuesModel::count(int first, int last, int sign)
{
    for (int row = first; row <= last && row < m_rowValues.size(); ++row) {
        QString &value = m_rowValues[row];
        if (sign > 0)
            value = m_source->index(row, 0).data(m_role).toString();
        if (value.isEmpty())
            continue;
        int &rows = m_counts[value];
        rows += sign;
        // A value that comes or goes changes the list; a count that moves does not.
        if (rows == 0 || (sign > 0 && rows == 1))
            m_refreshTimer.start();
        if (rows == 0)
            m_counts.remove(value);
    }
}

int DistinctValuesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_values.size()) + 1;
}

QVariant DistinctValuesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool all = index.row() == 0;
    switch (role) {
    case Qt::DisplayRole:
        return all ? m_allLabel : m_values.at(index.row() - 1);
    case ValueRole:
        return all ? QString() : m_values.at(index.row() - 1);
    }
    return {};
}

void DistinctValuesModel::refresh()
{
    recountAll();
    publish();
}

void DistinctValuesModel::publish()
{
    m_refreshTimer.stop();
    const QHash<QString, int> &seen = m_counts;
    QStringList values = m_counts.keys();
    values.sort(Qt::CaseInsensitive);
    if (values == m_values)
        return;
    // Values only come and go at the edges of a sorted list in the common case, but a
    // merge keeps it correct in every case: remove what vanished, insert what is new.
    for (int i = int(m_values.size()) - 1; i >= 0; --i) {
        if (!seen.contains(m_values.at(i))) {
            beginRemoveRows({}, i + 1, i + 1);
            m_values.removeAt(i);
            endRemoveRows();
        }
    }
    for (int i = 0; i < values.size(); ++i) {
        if (i < m_values.size() && m_values.at(i) == values.at(i))
            continue;
        beginInsertRows({}, i + 1, i + 1);
        m_values.insert(i, values.at(i));
        endInsertRows();
    }
}
