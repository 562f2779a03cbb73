// Pre-approvals of a scheduled run (issue 18, item 2): "approvals of a scheduled run
// ahead of time work the same way". A person records an approval for a pipeline, stage
// and environment before the run waits; the first matching wait to arrive is approved
// with the recorded who and why (the approver rules apply to that person as if they
// clicked), and released by the recorded rule: at a time (at once if it has passed by
// then) or in the next change window.
#include "engine.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcEngine)

namespace {

// Months ahead are a plan, not an approval: a pre-approval lasts at most this long.
constexpr qint64 maxValidityDays = 31;

QString keysText(const PreApproval &p)
{
    QString text = QStringLiteral("%1/%2/%3").arg(p.pipeline, p.stage, p.environment);
    if (!p.connector.isEmpty())
        text = p.connector + QLatin1Char(' ') + text;
    return text;
}

QString releaseText(const ReleaseRequest &release)
{
    switch (release.when) {
    case ReleaseRequest::When::At:
        return QStringLiteral("releases at %1").arg(release.at.toUTC().toString(Qt::ISODate));
    case ReleaseRequest::When::NextWindow:
        return QStringLiteral("releases in the next change window");
    case ReleaseRequest::When::Now:
        break;
    }
    return QStringLiteral("releases at once");
}

} // namespace

Engine::PreApprovalResult Engine::recordPreApproval(const PreApproval &request)
{
    PreApprovalResult result;
    result.outcome = PreApprovalOutcome::Invalid;
    const QDateTime at = now();
    PreApproval record = request;
    record.id = 0;
    record.usedBy = 0;
    record.usedAt = record.revokedAt = QDateTime();
    record.createdAt = at;
    if (record.pipeline.trimmed().isEmpty()) {
        result.message = tr("A pre-approval names the pipeline of the run it approves");
        return result;
    }
    if (record.decidedBy.trimmed().isEmpty()) {
        result.message = tr("A pre-approval names who approves");
        return result;
    }
    if (!record.validUntil.isValid() || record.validUntil <= at) {
        result.message = tr("validUntil must be a time still to come");
        return result;
    }
    if (record.validUntil > at.addDays(maxValidityDays)) {
        result.message = tr("A pre-approval lasts at most %n days", nullptr, int(maxValidityDays));
        return result;
    }
    if (record.release.when == ReleaseRequest::When::At && record.release.at <= at) {
        result.message = tr("The release time %1 has passed")
                                 .arg(record.release.at.toUTC().toString(Qt::ISODate));
        return result;
    }
    if (record.release.when == ReleaseRequest::When::NextWindow) {
        Approval probe;
        probe.connector = record.connector;
        probe.pipeline = record.pipeline;
        probe.stage = record.stage;
        probe.environment = record.environment;
        if (!m_releaseWindows->hasWindow(probe)) {
            result.message = tr("No policy for %1 has a time window: there is no change window"
                                " to release in")
                                     .arg(keysText(record));
            return result;
        }
    }
    result.outcome = PreApprovalOutcome::Failed;
    if (!m_store.begin()) {
        result.message = tr("The database is not available");
        return result;
    }
    QString error;
    if (!m_store.auditLedger().lockHead(&error)) {
        m_store.rollback();
        result.message = error;
        return result;
    }
    record.id = m_store.insertPreApproval(record);
    AuditEntry entry;
    entry.at = at;
    entry.action = QStringLiteral("pre-approved");
    entry.subject = keysText(record);
    entry.actor = record.decidedBy;
    entry.origin = record.origin;
    entry.detail = QStringLiteral("#%1 valid until %2, %3%4")
                           .arg(record.id)
                           .arg(record.validUntil.toUTC().toString(Qt::ISODate),
                                releaseText(record.release),
                                record.comment.isEmpty() ? QString()
                                                         : QStringLiteral(": ") + record.comment);
    if (record.id == 0 || !m_store.appendAudit(&entry) || !m_store.commit()) {
        result.message = m_store.lastError();
        m_store.rollback();
        return result;
    }
    result.outcome = PreApprovalOutcome::Recorded;
    result.record = record;
    m_groupHasPreApprovals = true;
    result.message =
            tr("Pre-approval #%1 for %2 recorded; valid until %3")
                    .arg(record.id)
                    .arg(keysText(record), record.validUntil.toUTC().toString(Qt::ISODate));
    qCInfo(lcEngine).noquote() << result.message << "by" << record.decidedBy;
    return result;
}

Engine::PreApprovalResult Engine::revokePreApproval(qint64 id, const QString &revokedBy)
{
    PreApprovalResult result;
    const std::optional<PreApproval> record = m_store.preApproval(id);
    if (!record) {
        result.outcome = PreApprovalOutcome::NotFound;
        result.message = tr("Pre-approval %1 does not exist").arg(id);
        return result;
    }
    result.record = *record;
    QString error;
    if (!m_store.begin()) {
        result.message = tr("The database is not available");
        return result;
    }
    if (!m_store.auditLedger().lockHead(&error)) {
        m_store.rollback();
        result.message = error;
        return result;
    }
    if (!m_store.revokePreApproval(id, now())) {
        m_store.rollback();
        result.outcome = PreApprovalOutcome::Closed;
        result.message = record->usedBy != 0
                ? tr("Pre-approval %1 was used by approval %2").arg(id).arg(record->usedBy)
                : tr("Pre-approval %1 is no longer active").arg(id);
        return result;
    }
    AuditEntry entry;
    entry.at = now();
    entry.action = QStringLiteral("pre-approval-revoked");
    entry.subject = keysText(*record);
    entry.actor = revokedBy;
    entry.origin = QStringLiteral("api");
    entry.detail = QStringLiteral("#%1 by %2").arg(id).arg(record->decidedBy);
    if (!m_store.appendAudit(&entry) || !m_store.commit()) {
        result.outcome = PreApprovalOutcome::Failed;
        result.message = m_store.lastError();
        m_store.rollback();
        return result;
    }
    result.outcome = PreApprovalOutcome::Revoked;
    result.record = *m_store.preApproval(id);
    result.message = tr("Pre-approval %1 revoked by %2").arg(id).arg(revokedBy);
    return result;
}

QVector<PreApproval> Engine::preApprovals(bool activeOnly) const
{
    return m_store.preApprovals(activeOnly, now());
}

std::optional<Approval> Engine::applyPreApproval(const Approval &arrived)
{
    if (arrived.pipeline.isEmpty())
        return std::nullopt; // a pre-approval always names its pipeline
    if (m_grouping) {
        if (!m_groupHasPreApprovals)
            m_groupHasPreApprovals = m_store.anyActivePreApproval(now());
        if (!*m_groupHasPreApprovals)
            return std::nullopt;
    }
    const std::optional<PreApproval> pre = m_store.matchingPreApproval(arrived, now());
    if (!pre)
        return std::nullopt;
    Decision decision{Verdict::Approve, pre->decidedBy, QStringLiteral("preapproval"), pre->comment,
                      pre->identityProven};
    // A release time that passed before the run arrived means: at once.
    if (pre->release.when == ReleaseRequest::When::NextWindow
        || (pre->release.when == ReleaseRequest::When::At && pre->release.at > now()))
        decision.release = pre->release;
    const QString line = tr("Pre-approval #%1 by %2 (recorded %3) applied")
                                 .arg(pre->id)
                                 .arg(pre->decidedBy, pre->createdAt.toUTC().toString(Qt::ISODate));
    const qint64 preId = pre->id;
    const DecideResult result = decide(arrived.id, decision, [this, preId, &arrived, &line] {
        if (!m_store.markPreApprovalUsed(preId, arrived.id, now()))
            return false;
        log(arrived.id, QStringLiteral("preapproval"), line);
        return true;
    });
    if (result.outcome == DecideOutcome::Decided)
        return result.approval;
    // Refused by an approver rule, held for gates, a release time it cannot use: the
    // item waits for a person, and its timeline says why the pre-approval did not count.
    m_pendingEntries.clear();
    if (m_store.begin()) {
        log(arrived.id, QStringLiteral("preapproval"),
            tr("Pre-approval #%1 by %2 not applied: %3")
                    .arg(preId)
                    .arg(pre->decidedBy, result.message));
        if (m_store.commit())
            publish(result.approval.id ? result.approval : arrived, m_pendingEntries);
        else
            m_store.rollback();
    }
    return std::nullopt;
}

void Engine::requestPreApproval(const PreApproval &request)
{
    const PreApprovalResult result = recordPreApproval(request);
    emit preApprovalFinished(result.outcome == PreApprovalOutcome::Recorded, result.message);
}
