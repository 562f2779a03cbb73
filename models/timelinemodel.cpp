#include "timelinemodel.h"

#include "localtime.h"

#include <QBrush>
#include <QColor>
#include <QFont>

using namespace TimelinePresentation;

TimelineModel::TimelineModel(QObject *parent) : QAbstractListModel(parent) { }

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const TimelineEntry &entry = m_entries.at(row.entries.first());
    const bool fold = row.kind == RowKind::DeliveryFold || row.kind == RowKind::GateFold;
    switch (role) {
    case Qt::DisplayRole: {
        // Lines were written with UTC instants; the reader sees them in local time.
        const QString text =
                fold ? foldText(row, m_entries, m_target) : LocalTime::localized(entry.message);
        const QString indent = row.kind == RowKind::Member ? QStringLiteral("      ") : QString();
        return QStringLiteral("%1%2  %3").arg(indent, LocalTime::text(entry.at), text);
    }
    case Qt::ToolTipRole:
        return fold
                ? (row.expanded ? tr("Click to fold these lines") : tr("Click to show each line"))
                : entry.at.toUTC().toString(Qt::ISODateWithMs);
    case Qt::FontRole:
        // What people did stands out in the type too, not only by colour.
        if (row.kind == RowKind::Line && actor(entry.type) == Actor::Person) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::ForegroundRole:
        if (row.kind == RowKind::Member)
            return QBrush(QColor(0x5f, 0x63, 0x68));
        break;
    case TypeRole:
        return fold ? QStringLiteral("fold") : entry.type;
    case TimeRole:
        return entry.at;
    case RowKindRole:
        return int(row.kind);
    case FoldSizeRole:
        return int(row.entries.size());
    case ExpandedRole:
        return row.expanded;
    case PersonRole:
        return !fold && actor(entry.type) == Actor::Person;
    }
    return {};
}

void TimelineModel::setTarget(const QString &target)
{
    if (target == m_target)
        return;
    m_target = target;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1), {Qt::DisplayRole});
}

void TimelineModel::showApproval(qint64 approvalId)
{
    beginResetModel();
    m_approvalId = approvalId;
    m_entries.clear();
    m_rows.clear();
    m_expanded.clear();
    endResetModel();
}

void TimelineModel::setEntries(qint64 approvalId, const QVector<TimelineEntry> &entries)
{
    if (approvalId != m_approvalId)
        return; // an answer for an earlier selection
    beginResetModel();
    m_entries = entries;
    m_rows = rows(m_entries, m_expanded);
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
    m_entries.append(entry);
    present();
}

void TimelineModel::toggle(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    const Row &fold = m_rows.at(row);
    if (fold.kind != RowKind::DeliveryFold && fold.kind != RowKind::GateFold)
        return;
    if (!m_expanded.remove(fold.key))
        m_expanded.insert(fold.key);
    present();
}

void TimelineModel::present()
{
    QVector<Row> next = rows(m_entries, m_expanded);
    // The rows before the first that changed stay (a fold there may have grown: its
    // text changes); the rest is removed and inserted, so a view keeps its place and
    // follows new lines at the end.
    int same = 0;
    while (same < m_rows.size() && same < next.size() && m_rows.at(same).key == next.at(same).key
           && m_rows.at(same).kind == next.at(same).kind)
        ++same;
    if (same < m_rows.size()) {
        beginRemoveRows({}, same, int(m_rows.size()) - 1);
        m_rows.resize(same);
        endRemoveRows();
    }
    QVector<Row> added = next.mid(same);
    next.resize(same);
    std::swap(m_rows, next); // the kept rows, with their new members and state
    if (!added.isEmpty()) {
        beginInsertRows({}, same, same + int(added.size()) - 1);
        m_rows += added;
        endInsertRows();
    }
    if (same > 0)
        emit dataChanged(index(0), index(same - 1));
}
