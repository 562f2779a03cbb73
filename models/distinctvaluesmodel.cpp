#include "distinctvaluesmodel.h"

#include <QSet>

DistinctValuesModel::DistinctValuesModel(QAbstractItemModel *source, int role,
                                         const QString &allLabel, QObject *parent)
    : QAbstractListModel(parent), m_source(source), m_role(role), m_allLabel(allLabel)
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &DistinctValuesModel::refresh);
    const auto schedule = [this] {
        m_refreshTimer.start();
    };
    connect(source, &QAbstractItemModel::modelReset, this, schedule);
    connect(source, &QAbstractItemModel::rowsInserted, this, schedule);
    connect(source, &QAbstractItemModel::rowsRemoved, this, schedule);
    connect(source, &QAbstractItemModel::dataChanged, this, schedule);
    refresh();
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
    m_refreshTimer.stop();
    if (!m_source)
        return;
    QSet<QString> seen;
    const int rows = m_source->rowCount();
    for (int row = 0; row < rows; ++row) {
        const QString value = m_source->index(row, 0).data(m_role).toString();
        if (!value.isEmpty())
            seen.insert(value);
    }
    QStringList values(seen.cbegin(), seen.cend());
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
