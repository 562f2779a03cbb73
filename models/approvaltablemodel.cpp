#include "approvaltablemodel.h"

#include "connectors/connectorregistry.h"
#include "core/scheduledrelease.h"
#include "gates/decisionrules.h"
#include "localtime.h"
#include "models/iconcache.h"
#include "relativetime.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QIcon>
#include <QJsonArray>
#include <QJsonObject>

namespace {

constexpr int batchIntervalMs = 50;

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                          : QString();
}

// "HTTP 503" reads "503"; any other error keeps its first line, at most 60 characters.
QString deliveryErrorShort(const QString &error)
{
    QString text = error.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (text.startsWith(QLatin1String("HTTP ")))
        text = text.mid(5);
    return text.size() > 60 ? text.left(59) + QChar(0x2026) : text;
}

QString stateText(const Approval &a)
{
    switch (a.state) {
    case ApprovalState::Pending: {
        // A quorum under way: "1 of 2 approvals: anna".
        const QString votes = DecisionRules::progress(a);
        if (!votes.isEmpty())
            return votes;
        // What the approval waits for, named: a source, the gates, or a person.
        if (a.kind == QLatin1String("fanin")) {
            const QJsonArray expected =
                    a.metadata.value(QStringLiteral("expectedSources")).toArray();
            const QJsonArray arrived = a.metadata.value(QStringLiteral("sources")).toArray();
            QStringList missing;
            for (const QJsonValue &source : expected) {
                if (!arrived.contains(source))
                    missing.append(source.toString());
            }
            if (!missing.isEmpty())
                return ApprovalTableModel::tr("Waiting for %1 (%2 of %n)", nullptr,
                                              int(expected.size()))
                        .arg(missing.join(QStringLiteral(", ")), QString::number(arrived.size()));
        }
        // A policy's gates at work: how far they are, and how long they may still take.
        const QJsonObject gates = a.metadata.value(QStringLiteral("gates")).toObject();
        // An Azure gate polls us: how often it has asked so far (the time left is in
        // the deadline column when the user told us its timeout).
        const int polls = a.metadata.value(QStringLiteral("evaluations")).toInt();
        if (gates.isEmpty() && polls > 0)
            return polls == 1
                    ? ApprovalTableModel::tr("Pending, evaluated once")
                    : ApprovalTableModel::tr("Pending, evaluated %n times", nullptr, polls);
        if (gates.isEmpty())
            return ApprovalTableModel::tr("Pending");
        if (gates.value(QStringLiteral("ready")).toBool())
            return ApprovalTableModel::tr("Gates green, waiting for approval");
        const QString progress =
                ApprovalTableModel::tr("Gates: %1 of %n green", nullptr,
                                       gates.value(QStringLiteral("total")).toInt())
                        .arg(gates.value(QStringLiteral("green")).toInt());
        const QDateTime timeoutAt = QDateTime::fromString(
                gates.value(QStringLiteral("timeoutAt")).toString(), Qt::ISODateWithMs);
        if (!timeoutAt.isValid() || QDateTime::currentDateTimeUtc() >= timeoutAt)
            return progress;
        // The same words as the deadline column: "in 1 h 29 min".
        return ApprovalTableModel::tr("%1, time out %2")
                .arg(progress, RelativeTime::until(timeoutAt));
    }
    case ApprovalState::Approved:
        // Approved ahead: the callback waits for its release time (issue 18, item 2).
        if (ScheduledRelease::waiting(a, QDateTime::currentDateTimeUtc()))
            return ApprovalTableModel::tr("Approved, releases %1")
                    .arg(LocalTime::text(ScheduledRelease::at(a)));
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
        // What the target answered ("HTTP 503", "Connection refused"), shortened.
        if (!a.lastDeliveryError.isEmpty())
            return ApprovalTableModel::tr("%1, delivery failed: %2")
                    .arg(verdict, deliveryErrorShort(a.lastDeliveryError));
        return ApprovalTableModel::tr("%1, delivery failed").arg(verdict);
    case DeliveryState::Delivered:
        return ApprovalTableModel::tr("%1, delivered").arg(verdict);
    case DeliveryState::None:
        break;
    }
    return verdict;
}

QString originText(const QString &origin)
{
    if (origin == QLatin1String("window"))
        return ApprovalTableModel::tr("window");
    if (origin == QLatin1String("tray"))
        return ApprovalTableModel::tr("tray");
    if (origin == QLatin1String("link"))
        return ApprovalTableModel::tr("link");
    if (origin == QLatin1String("api"))
        return ApprovalTableModel::tr("API");
    if (origin == QLatin1String("policy"))
        return ApprovalTableModel::tr("policy");
    if (origin == QLatin1String("timeout"))
        return ApprovalTableModel::tr("timeout");
    return origin;
}

} // namespace

ApprovalTableModel::GroupState ApprovalTableModel::GroupTally::state() const
{
    if (total < 2)
        return GroupState::None;
    if (failed > 0)
        return GroupState::Failed;
    return approved == total ? GroupState::Passed : GroupState::Waiting;
}

ApprovalTableModel::ApprovalTableModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(batchIntervalMs);
    connect(&m_batchTimer, &QTimer::timeout, this, &ApprovalTableModel::flush);
    m_clockTimer.setInterval(15000);
    connect(&m_clockTimer, &QTimer::timeout, this, [this] {
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, WaitingColumn), index(rowCount() - 1, DeadlineColumn));
        checkExpiring();
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

QString ApprovalTableModel::kindLabel(const QString &kind)
{
    // The connectors name their kinds (ConnectorRegistry); unknown kinds show as stored.
    const std::optional<ConnectorKind> known = ConnectorRegistry::kind(kind);
    return known ? known->labelText() : kind;
}

QString ApprovalTableModel::stateLabel(const Approval &a)
{
    return stateText(a);
}

QString ApprovalTableModel::originLabel(const QString &origin)
{
    return originText(origin);
}

QString ApprovalTableModel::kindIconPath(const QString &kind)
{
    const std::optional<ConnectorKind> known = ConnectorRegistry::kind(kind);
    return known && !known->icon.isEmpty() ? known->icon
                                           : QStringLiteral(":/icons/kind-generic.svg");
}

QString ApprovalTableModel::lookingText(const Approval &a)
{
    return a.isPending() && !a.assignee.isEmpty() ? tr("%1 is looking").arg(a.assignee) : QString();
}

QString ApprovalTableModel::stateIconPath(const Approval &a)
{
    if (a.delivery == DeliveryState::Failed)
        return QStringLiteral(":/icons/state-deliveryfailed.svg");
    return QStringLiteral(":/icons/state-%1.svg").arg(stateName(a.state));
}

QString ApprovalTableModel::waitingText(const Approval &a) const
{
    const QDateTime end = a.isPending() ? QDateTime::currentDateTimeUtc() : a.decidedAt;
    return RelativeTime::duration(a.createdAt.secsTo(end));
}

QString ApprovalTableModel::deadlineText(const Approval &a) const
{
    if (!a.deadline.isValid() || !a.isPending())
        return {};
    return RelativeTime::until(a.deadline);
}

QString ApprovalTableModel::groupSummary(const Approval &a) const
{
    if (a.groupKey.isEmpty())
        return {};
    const GroupTally tally = m_groups.value(a.groupKey);
    const QString name = !a.stage.isEmpty() ? a.stage
            : !a.pipeline.isEmpty()         ? a.pipeline
                                            : a.groupKey;
    switch (tally.state()) {
    case GroupState::None:
        return {};
    case GroupState::Waiting:
        return tr("%1: %2 of %3 approved, waiting").arg(name).arg(tally.approved).arg(tally.total);
    case GroupState::Passed:
        return tr("%1: all %2 approved").arg(name).arg(tally.total);
    case GroupState::Failed:
        return tr("%1: failed, %2 of %3 rejected or expired")
                .arg(name)
                .arg(tally.failed)
                .arg(tally.total);
    }
    return {};
}

QString ApprovalTableModel::searchKey(const Approval &a)
{
    return QStringList{a.title,       a.description, a.pipeline,    a.stage,
                       a.environment, a.connector,   a.requestedBy, a.externalId,
                       a.decidedBy,   a.comment,     a.assignee}
            .join(QLatin1Char('\n'))
            .toLower();
}

QVariant ApprovalTableModel::sortValue(const Approval &a, int column) const
{
    switch (column) {
    case WaitingColumn:
        return a.createdAt.toMSecsSinceEpoch();
    case DeadlineColumn:
        return a.deadline.isValid() ? a.deadline.toMSecsSinceEpoch()
                                    : std::numeric_limits<qint64>::max();
    case StateColumn:
        return int(a.state);
    case GroupColumn:
        return int(m_groups.value(a.groupKey).state());
    case DecidedAtColumn:
        return a.decidedAt.isValid() ? a.decidedAt.toMSecsSinceEpoch() : 0;
    default:
        return {};
    }
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
            return kindLabel(a.kind);
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
        case GroupColumn: {
            const GroupTally tally = m_groups.value(a.groupKey);
            switch (tally.state()) {
            case GroupState::None:
                return QString();
            case GroupState::Waiting:
                return tr("%1 of %2 approved").arg(tally.approved).arg(tally.total);
            case GroupState::Passed:
                return tr("all %1 approved").arg(tally.total);
            case GroupState::Failed:
                return tr("failed");
            }
            return QString();
        }
        case DecidedByColumn:
            return a.decidedBy;
        case DecidedAtColumn:
            return timeText(a.decidedAt);
        case OriginColumn:
            return originText(a.decisionOrigin);
        case CommentColumn:
            return a.comment;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == KindColumn)
            return cachedIcon(kindIconPath(a.kind));
        if (index.column() == StateColumn)
            return cachedIcon(stateIconPath(a));
        break;
    case Qt::ToolTipRole:
        if (index.column() == StateColumn && !a.lastDeliveryError.isEmpty())
            return a.lastDeliveryError;
        if (index.column() == TitleColumn)
            return a.description.left(500);
        if (index.column() == KindColumn) // the column may be too narrow for the word
            return kindLabel(a.kind);
        if (index.column() == StateColumn) {
            // The whole state, which a narrow column cuts ("Pending, evaluated o..."),
            // and the run's group beneath it.
            const QString group = groupSummary(a);
            return group.isEmpty() ? stateText(a) : stateText(a) + QLatin1Char('\n') + group;
        }
        if (index.column() == GroupColumn)
            return groupSummary(a);
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
        if (index.column() == GroupColumn) {
            const GroupState group = m_groups.value(a.groupKey).state();
            if (group == GroupState::Failed)
                return QBrush(QColor(0xc6, 0x28, 0x28));
            if (group == GroupState::Passed)
                return QBrush(QColor(0x2e, 0x7d, 0x32));
        }
        break;
    case IdRole:
        return a.id;
    case StateRole:
        return int(a.state);
    case KindRole:
        return a.kind;
    case SourceRole:
        return a.connector;
    case EnvironmentRole:
        return a.environment;
    case DeliveryRole:
        return int(a.delivery);
    case GroupKeyRole:
        return a.groupKey;
    case GroupStateRole:
        return int(m_groups.value(a.groupKey).state());
    case GroupSummaryRole:
        return groupSummary(a);
    case DecidedAtRole:
        return a.decidedAt;
    case AssigneeRole:
        return a.assignee;
    case SearchTextRole:
        return m_searchText.at(index.row());
    case SortRole: {
        const QVariant raw = sortValue(a, index.column());
        return raw.isValid() ? raw : data(index, Qt::DisplayRole).toString().toLower();
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
        return tr("Pipeline / stage / env.");
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
    case GroupColumn:
        return tr("Group");
    case DecidedByColumn:
        return tr("Decided by");
    case DecidedAtColumn:
        return tr("Decided at");
    case OriginColumn:
        return tr("From");
    case CommentColumn:
        return tr("Comment");
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

bool ApprovalTableModel::recountGroups()
{
    QHash<QString, GroupTally> groups;
    for (const Approval &a : std::as_const(m_rows)) {
        if (a.groupKey.isEmpty())
            continue;
        GroupTally &tally = groups[a.groupKey];
        ++tally.total;
        if (a.state == ApprovalState::Approved)
            ++tally.approved;
        else if (a.isFinal())
            ++tally.failed;
    }
    if (groups == m_groups)
        return false;
    m_groups = std::move(groups);
    return true;
}

void ApprovalTableModel::setApprovals(const QVector<Approval> &approvals)
{
    beginResetModel();
    m_rows = approvals;
    m_rowById.clear();
    m_searchText.clear();
    m_searchText.reserve(m_rows.size());
    m_sortKeys.clear();
    m_sortKeys.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row) {
        m_rowById.insert(m_rows.at(row).id, row);
        m_searchText.append(searchKey(m_rows.at(row)));
        m_sortKeys.append(ApprovalSortKeys::of(m_rows.at(row)));
    }
    recountGroups();
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
    QVector<Approval> failedNow;
    QVector<Approval> timedOutNow;
    bool groupsChanged = false;
    for (const Approval &approval : batch) {
        const int row = m_rowById.value(approval.id, -1);
        if (row >= 0) {
            if (approval.delivery == DeliveryState::Failed
                && m_rows.at(row).delivery != DeliveryState::Failed)
                failedNow.append(approval);
            if (approval.kind == QLatin1String("fanin") && approval.state == ApprovalState::Expired
                && m_rows.at(row).isPending())
                timedOutNow.append(approval);
            m_rows[row] = approval;
            m_searchText[row] = searchKey(approval);
            m_sortKeys[row] = ApprovalSortKeys::of(approval);
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
            m_searchText.append(searchKey(approval));
            m_sortKeys.append(ApprovalSortKeys::of(approval));
        }
        groupsChanged = recountGroups();
        endInsertRows();
        for (const Approval &approval : fresh) {
            if (approval.isPending())
                emit approvalArrived(approval);
        }
    }
    // A decision on one check changes what every row of its group shows.
    groupsChanged = recountGroups() || groupsChanged;
    if (groupsChanged)
        emit dataChanged(index(0, StateColumn), index(rowCount() - 1, GroupColumn));
    for (const Approval &approval : std::as_const(failedNow))
        emit deliveryFailed(approval);
    for (const Approval &approval : std::as_const(timedOutNow))
        emit fanInTimedOut(approval);
    emit pendingCountChanged(pendingCount());
    checkExpiring();
}

void ApprovalTableModel::checkExpiring()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Approval &a : std::as_const(m_rows)) {
        if (!a.isPending() || !a.deadline.isValid() || m_expiryAnnounced.contains(a.id))
            continue;
        const qint64 left = now.secsTo(a.deadline);
        if (left > 0 && left <= expiryWarningSecs) {
            m_expiryAnnounced.insert(a.id);
            emit expiringSoon(a);
        }
    }
}
