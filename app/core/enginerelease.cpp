// Approve ahead, deploy in the window (issue 18, item 2): the Engine's part that holds
// a decision's callback back until its release time, and takes the release back.
// The decision itself goes through Engine::decide(), which calls recordRelease() in its
// transaction; the callback waits in the outbox with the release time as its first
// attempt, so it survives restarts and, in team mode, any instance sends it.
#include "engine.h"

#include "core/scheduledrelease.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcEngine)

namespace {

QString isoText(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODate);
}

} // namespace

bool Engine::resolveRelease(const Approval &approval, const ReleaseRequest &release, QDateTime *at,
                            QString *window, QString *problem) const
{
    const QDateTime from = now();
    if (release.when == ReleaseRequest::When::NextWindow) {
        if (!m_releaseWindows->hasWindow(approval)) {
            *problem = tr("No policy of this item has a time window: there is no change window to"
                          " release in");
            return false;
        }
        const std::optional<ReleaseWindows::Opening> opening =
                m_releaseWindows->nextOpening(approval, from);
        if (!opening) {
            *problem = tr("The change window of this item does not open within %n days", nullptr,
                          ReleaseWindows::horizonDays);
            return false;
        }
        *at = opening->at;
        *window = opening->policy;
    } else {
        if (!release.at.isValid()) {
            *problem = tr("The release time is not a valid time");
            return false;
        }
        // A past time is refused rather than read as "now": it most likely is a mistake
        // (a wrong date or time zone), and "now" is a plain approval.
        if (release.at <= from) {
            *problem = tr("The release time %1 has passed; approve without a release time to"
                          " release now")
                               .arg(isoText(release.at));
            return false;
        }
        *at = release.at;
    }
    // After the deadline the waiting system has given up: the callback would come too late.
    if (approval.deadline.isValid() && *at > approval.deadline) {
        *problem = tr("The release time %1 is after the item's deadline %2")
                           .arg(isoText(*at), isoText(approval.deadline));
        return false;
    }
    return true;
}

bool Engine::recordRelease(Approval *decided, const QDateTime &at, const QString &window)
{
    ScheduledRelease::record(decided, at, window);
    if (!m_store.updateApproval(*decided))
        return false;
    log(decided->id, QStringLiteral("release"),
        window.isEmpty() ? tr("Release at %1: the callback waits until then").arg(isoText(at))
                         : tr("Release at %1, when the change window of policy “%2” opens: the"
                              " callback waits until then")
                                   .arg(isoText(at), window));
    AuditEntry entry;
    entry.at = now();
    entry.action = QStringLiteral("release-scheduled");
    entry.approvalId = decided->id;
    entry.subject = QStringLiteral("%1 %2: %3")
                            .arg(decided->connector, decided->externalId, decided->title);
    entry.actor = decided->decidedBy;
    entry.origin = decided->decisionOrigin;
    entry.detail = window.isEmpty()
            ? QStringLiteral("releases at %1").arg(isoText(at))
            : QStringLiteral("releases at %1 (change window of %2)").arg(isoText(at), window);
    return m_store.appendAudit(&entry);
}

Engine::CancelReleaseResult Engine::cancelRelease(qint64 approvalId, const QString &cancelledBy,
                                                  const QString &origin)
{
    CancelReleaseResult result;
    m_pendingEntries.clear();
    if (!m_store.begin()) {
        result.message = tr("The database is not available");
        return result;
    }
    const auto refuse = [&](CancelReleaseOutcome outcome, const QString &message) {
        m_store.rollback();
        result.outcome = outcome;
        result.message = message;
        return result;
    };
    // The ledger's head first, then the approval row: the order every writer keeps.
    QString error;
    if (!m_store.auditLedger().lockHead(&error))
        return refuse(CancelReleaseOutcome::Failed, error);
    std::optional<Approval> approval;
    if (m_store.lockApproval(approvalId))
        approval = m_store.approval(approvalId);
    if (!approval)
        return refuse(CancelReleaseOutcome::NotFound,
                      tr("Approval %1 does not exist").arg(approvalId));
    result.approval = *approval;
    const QDateTime releaseAt = ScheduledRelease::at(*approval);
    if (approval->state != ApprovalState::Approved || !releaseAt.isValid())
        return refuse(CancelReleaseOutcome::NotScheduled,
                      tr("Approval %1 was not approved ahead: there is no release to cancel")
                              .arg(approvalId));
    // The calls not yet sent go; one already taken by a delivery (or sent) means too late.
    const int dropped = ScheduledRelease::waiting(*approval, now())
            ? m_store.dropUnsentDecisions(approvalId, now())
            : 0;
    if (dropped < 0)
        return refuse(CancelReleaseOutcome::Failed, m_store.lastError());
    if (dropped == 0 || m_store.hasUndeliveredDecision(approvalId))
        return refuse(CancelReleaseOutcome::Released,
                      tr("Approval %1 was released at %2: its callback has gone or is on its way")
                              .arg(approvalId)
                              .arg(isoText(releaseAt)));

    const QString approvedBy = approval->decidedBy;
    Approval reopened = *approval;
    reopened.state = ApprovalState::Pending;
    reopened.delivery = DeliveryState::None;
    reopened.decidedBy.clear();
    reopened.decisionOrigin.clear();
    reopened.comment.clear();
    reopened.decidedAt = QDateTime();
    reopened.lastDeliveryError.clear();
    reopened.updatedAt = now();
    ScheduledRelease::clear(&reopened);
    const QString line = tr("Release cancelled by %1 from %2: the approval by %3 is withdrawn, no"
                            " callback was sent, and the item waits for a decision again")
                                 .arg(cancelledBy, origin, approvedBy);
    log(approvalId, QStringLiteral("release-cancelled"), line);
    AuditEntry entry;
    entry.at = now();
    entry.action = QStringLiteral("release-cancelled");
    entry.approvalId = approvalId;
    entry.subject = QStringLiteral("%1 %2: %3")
                            .arg(reopened.connector, reopened.externalId, reopened.title);
    entry.actor = cancelledBy;
    entry.origin = origin;
    entry.detail = QStringLiteral("approval by %1 withdrawn before its release at %2")
                           .arg(approvedBy, isoText(releaseAt));
    if (!m_store.updateApproval(reopened) || !m_store.appendAudit(&entry) || !m_store.commit()) {
        const QString failure = m_store.lastError();
        return refuse(CancelReleaseOutcome::Failed, failure);
    }
    result.outcome = CancelReleaseOutcome::Cancelled;
    result.approval = reopened;
    result.message = line;
    publish(reopened, m_pendingEntries);
    scheduleExpiry(); // pending again: its deadline counts again
    notifyOutbox(); // status calls that queued behind the withdrawn callback may go now
    qCInfo(lcEngine).noquote() << "approval" << approvalId << line;
    return result;
}

void Engine::requestApproveAhead(qint64 approvalId, const QString &comment, const QString &origin,
                                 const QString &decidedBy, const QDateTime &releaseAt,
                                 bool nextWindow)
{
    Decision decision{Verdict::Approve, decidedBy, origin, comment};
    decision.release =
            nextWindow ? ReleaseRequest::nextWindow() : ReleaseRequest::atTime(releaseAt);
    const DecideResult result = decide(approvalId, decision);
    emit decisionFinished(approvalId,
                          result.outcome == DecideOutcome::Decided
                                  || result.outcome == DecideOutcome::Voted,
                          result.message);
}

void Engine::requestCancelRelease(qint64 approvalId, const QString &origin,
                                  const QString &cancelledBy)
{
    const CancelReleaseResult result = cancelRelease(approvalId, cancelledBy, origin);
    emit decisionFinished(approvalId, result.outcome == CancelReleaseOutcome::Cancelled,
                          result.message);
}
