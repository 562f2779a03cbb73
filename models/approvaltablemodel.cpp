#include "approvaltablemodel.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>

namespace {

constexpr int batchIntervalMs = 50;

QString durationText(qint64 seconds)
{
    if (seconds < 60)
        return ApprovalTableModel::tr("%n s", nullptr, int(seconds));
    if (seconds < 3600)
        return ApprovalTableModel::tr("%n min", nullptr, int(seconds / 60));
    if (seconds < 48 * 3600)
        return ApprovalTableModel::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
    return ApprovalTableModel::tr("%n days", nullptr, int(seconds / 86400));
}

QString stateText(const Approval &a)
{
    switch (a.state) {
    case ApprovalState::Pending:
        return ApprovalTableModel::tr("Pending");
    case ApprovalState::Approved:
        break;
    case ApprovalState::Rejected:
        break;
    case ApprovalState::Expired:
        return ApprovalTableModel::tr("Expired");
    case ApprovalState::Cancelled:
        return ApprovalTableModel::tr("Cancelled");
    }
    const QString verdict = a.state == ApprovalState::Approved ? ApprovalTableModel::tr("Approved")
                                                               : ApprovalTableModel::tr("Rejected");
    switch (a.delivery) {
    case DeliveryState::Queued:
    case DeliveryState::Delivering:
        return ApprovalTableModel::tr("%1, delivering").arg(verdict);
    case DeliveryState::Failed:
        return ApprovalTableModel::tr("%1, delivery failed").arg(verdict);
    case DeliveryState::Delivered:
        return ApprovalTableModel::tr("%1, delivered").arg(verdict);
    case DeliveryState::None:
        break;
    }
    return verdict;
}

} // namespace

ApprovalTableModel::ApprovalTableModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(batchIntervalMs);
    connect(&m_batchTimer, &QTimer::timeout, this, &ApprovalTableModel::flush);
    m_clockTimer.setInterval(15000);
    connect(&m_clockTimer, &QTimer::timeout, this, [this] {
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, WaitingColumn), index(rowCount() - 1, DeadlineColumn));
    });
    m_clockTimer.start();
}

int ApprovalTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ApprovalTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ApprovalTableModel::waitingText(const Approval &a) const
{
    const QDateTime end = a.isPending() ? QDateTime::currentDateTimeUtc() : a.decidedAt;
    return durationText(qMax<qint64>(0, a.createdAt.secsTo(end)));
}

QString ApprovalTableModel::deadlineText(const Approval &a) const
{
    if (!a.deadline.isValid() || !a.isPending())
        return {};
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(a.deadline);
    return left <= 0 ? tr("due") : tr("in %1").arg(durationText(left));
}

QVariant ApprovalTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Approval &a = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            return a.kind;
        case TitleColumn:
            return a.title;
        case PipelineColumn: {
            QStringList parts;
            for (const QString &part : {a.pipeline, a.stage, a.environment}) {
                if (!part.isEmpty())
                    parts.append(part);
            }
            return parts.join(QStringLiteral(" / "));
        }
        case SourceColumn:
            return a.connector;
        case RequestedByColumn:
            return a.requestedBy;
        case WaitingColumn:
            return waitingText(a);
        case DeadlineColumn:
            return deadlineText(a);
        case StateColumn:
            return stateText(a);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == StateColumn && !a.lastDeliveryError.isEmpty())
            return a.lastDeliveryError;
        if (index.column() == TitleColumn)
            return a.description.left(500);
        break;
    case Qt::ForegroundRole:
        if (index.column() == DeadlineColumn && a.isPending() && a.deadline.isValid()) {
            const qint64 left = QDateTime::currentDateTimeUtc().secsTo(a.deadline);
            if (left < 5 * 60)
                return QBrush(QColor(0xc6, 0x28, 0x28));
            if (left < 30 * 60)
                return QBrush(QColor(0xb2, 0x6a, 0x00));
        }
        if (index.column() == StateColumn && a.delivery == DeliveryState::Failed)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        break;
    case IdRole:
        return a.id;
    case StateRole:
        return int(a.state);
    case SearchTextRole:
        return QStringList{a.title,       a.description, a.pipeline,    a.stage,
                           a.environment, a.connector,   a.requestedBy, a.externalId}
                .join(QLatin1Char('\n'));
    case SortRole:
        switch (index.column()) {
        case WaitingColumn:
            return a.createdAt.toMSecsSinceEpoch();
        case DeadlineColumn:
            return a.deadline.isValid() ? a.deadline.toMSecsSinceEpoch()
                                        : std::numeric_limits<qint64>::max();
        case StateColumn:
            return int(a.state);
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    }
    return {};
}

QVariant ApprovalTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case TitleColumn:
        return tr("Title");
    case PipelineColumn:
        return tr("Pipeline / stage / environment");
    case SourceColumn:
        return tr("Source");
    case RequestedByColumn:
        return tr("Requested by");
    case WaitingColumn:
        return tr("Waiting");
    case DeadlineColumn:
        return tr("Deadline");
    case StateColumn:
        return tr("State");
    }
    return {};
}

const Approval *ApprovalTableModel::approvalAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

const Approval *ApprovalTableModel::approvalById(qint64 id) const
{
    return approvalAt(rowOf(id));
}

int ApprovalTableModel::pendingCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const Approval &a) { return a.isPending(); }));
}

void ApprovalTableModel::setApprovals(const QVector<Approval> &approvals)
{
    beginResetModel();
    m_rows = approvals;
    m_rowById.clear();
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowById.insert(m_rows.at(row).id, row);
    endResetModel();
    emit pendingCountChanged(pendingCount());
}

void ApprovalTableModel::upsert(const Approval &approval)
{
    m_batch.append(approval);
    if (!m_batchTimer.isActive())
        m_batchTimer.start();
}

void ApprovalTableModel::flush()
{
    m_batchTimer.stop();
    if (m_batch.isEmpty())
        return;
    const QVector<Approval> batch = std::exchange(m_batch, {});
    QVector<Approval> fresh;
    QHash<qint64, int> freshIndex;
    for (const Approval &approval : batch) {
        const int row = m_rowById.value(approval.id, -1);
        if (row >= 0) {
            m_rows[row] = approval;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        } else if (const int at = freshIndex.value(approval.id, -1); at >= 0) {
            fresh[at] = approval; // several updates of one new approval in one batch
        } else {
            freshIndex.insert(approval.id, int(fresh.size()));
            fresh.append(approval);
        }
    }
    if (!fresh.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        for (const Approval &approval : fresh) {
            m_rowById.insert(approval.id, int(m_rows.size()));
            m_rows.append(approval);
        }
        endInsertRows();
        for (const Approval &approval : fresh) {
            if (approval.isPending())
                emit approvalArrived(approval);
        }
    }
    emit pendingCountChanged(pendingCount());
}
