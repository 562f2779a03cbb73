#include "timelinemodel.h"

#include "localtime.h"

TimelineModel::TimelineModel(QObject *parent) : QAbstractListModel(parent) { }

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        // Lines were written with UTC instants; the reader sees them in local time.
        return QStringLiteral("%1  %2").arg(LocalTime::text(entry.at),
                                            LocalTime::localized(entry.message));
    case Qt::ToolTipRole:
        return entry.at.toUTC().toString(Qt::ISODateWithMs);
    case TypeRole:
        return entry.type;
    case TimeRole:
        return entry.at;
    }
    return {};
}

void TimelineModel::showApproval(qint64 approvalId)
{
    beginResetModel();
    m_approvalId = approvalId;
    m_entries.clear();
    endResetModel();
}

void TimelineModel::setEntries(qint64 approvalId, const QVector<TimelineEntry> &entries)
{
    if (approvalId != m_approvalId)
        return; // an answer for an earlier selection
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void TimelineModel::append(const TimelineEntry &entry)
{
    if (entry.approvalId != m_approvalId)
        return;
    for (auto it = m_entries.crbegin(); it != m_entries.crend() && it->id >= entry.id; ++it) {
        if (it->id == entry.id)
            return; // already part of the full load
    }
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(entry);
    endInsertRows();
}
