// Engine members for "Assign to me" (issue 18 item 7): who is looking at an approval.
// The store's conditional update is the arbiter, as for decisions: of two takes at
// once, one wins, and the other is told who holds it. In team mode the change reaches
// every console as any other change does (change_seq and a notification, in the same
// transaction).
#include "engine.h"

namespace {

// "10:02" today, "2026-11-29 10:02" on another day (local time, as the window shows it).
QString sinceText(const QDateTime &at)
{
    const QDateTime local = at.toLocalTime();
    return local.date() == QDate::currentDate()
            ? local.toString(QStringLiteral("HH:mm"))
            : local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

QString Engine::lookingSince(const Approval &approval)
{
    return tr("%1 is looking at this since %2")
            .arg(approval.assignee, sinceText(approval.assignedAt));
}

Engine::AssignResult Engine::assign(qint64 approvalId, const QString &person, const QString &origin,
                                    bool takeOver)
{
    return changeAssignee(approvalId, person, person, origin, takeOver);
}

Engine::AssignResult Engine::release(qint64 approvalId, const QString &person,
                                     const QString &origin, bool takeOver)
{
    return changeAssignee(approvalId, person, QString(), origin, takeOver);
}

Engine::AssignResult Engine::changeAssignee(qint64 approvalId, const QString &person,
                                            const QString &to, const QString &origin, bool takeOver)
{
    AssignResult result;
    m_pendingEntries.clear();
    if (person.trimmed().isEmpty()) {
        result.message = tr("Nobody to name: the caller has no name");
        return result;
    }
    const std::optional<Approval> current = m_store.approval(approvalId);
    if (!current) {
        result.outcome = AssignOutcome::NotFound;
        result.message = tr("Approval %1 does not exist").arg(approvalId);
        return result;
    }
    result.approval = *current;
    if (current->isFinal()) {
        result.outcome = AssignOutcome::Decided;
        result.message = tr("Already %1 by %2: nobody needs to look at it")
                                 .arg(stateName(current->state), current->decidedBy);
        return result;
    }
    const QString holder = current->assignee;
    if (holder == to) {
        result.outcome = AssignOutcome::Unchanged;
        result.message = to.isEmpty() ? tr("Nobody is looking at this") : lookingSince(*current);
        return result;
    }
    if (!holder.isEmpty() && holder != person && !takeOver) {
        result.outcome = AssignOutcome::HeldByOther;
        result.message = lookingSince(*current);
        return result;
    }
    const QDateTime at = now();
    if (!m_store.begin()) {
        result.message = tr("The database is not available");
        return result;
    }
    if (!m_store.setAssigneeIf(approvalId, holder, to, at)) {
        m_store.rollback();
        // Another console took it (or decided it) since it was read: say what it is now.
        const std::optional<Approval> changed = m_store.approval(approvalId);
        if (changed)
            result.approval = *changed;
        result.outcome = !changed             ? AssignOutcome::NotFound
                : changed->isFinal()          ? AssignOutcome::Decided
                : changed->assignee.isEmpty() ? AssignOutcome::Failed
                                              : AssignOutcome::HeldByOther;
        result.message = changed && !changed->isFinal() && !changed->assignee.isEmpty()
                ? lookingSince(*changed)
                : tr("It changed meanwhile; try again");
        return result;
    }
    const QString before = holder.isEmpty() || holder == person
            ? QString()
            : tr("; %1 was looking since %2").arg(holder, sinceText(current->assignedAt));
    const QString line = to.isEmpty() ? tr("Released by %1 from %2").arg(person, origin) + before
            : holder.isEmpty()
            ? tr("Taken by %1 from %2: %1 is looking at this").arg(person, origin)
            : tr("Taken over by %1 from %2").arg(person, origin) + before;
    log(approvalId,
        to.isEmpty()               ? QStringLiteral("released")
                : holder.isEmpty() ? QStringLiteral("assigned")
                                   : QStringLiteral("taken-over"),
        line);
    if (!m_store.commit()) {
        result.message = m_store.lastError();
        return result;
    }
    Approval updated = *current;
    updated.assignee = to;
    updated.assignedAt = to.isEmpty() ? QDateTime() : at;
    updated.updatedAt = at;
    result.outcome = to.isEmpty() ? AssignOutcome::Released : AssignOutcome::Assigned;
    result.approval = updated;
    result.message = line;
    publish(updated, m_pendingEntries);
    return result;
}

void Engine::releaseOnDecision(Approval &decided)
{
    // The decision's own update cleared the columns (Store::recordDecisionIfPending).
    if (!decided.assignee.isEmpty())
        log(decided.id, QStringLiteral("released"),
            tr("Released: %1 was looking at this since %2; it is decided")
                    .arg(decided.assignee, sinceText(decided.assignedAt)));
    decided.assignee.clear();
    decided.assignedAt = QDateTime();
}

void Engine::requestAssign(qint64 approvalId, const QString &person, bool takeOver)
{
    const AssignResult result = assign(approvalId, person, QStringLiteral("window"), takeOver);
    emit assignmentFinished(approvalId, result.ok(), result.message);
}

void Engine::requestRelease(qint64 approvalId, const QString &person)
{
    const AssignResult result = release(approvalId, person, QStringLiteral("window"), false);
    emit assignmentFinished(approvalId, result.ok(), result.message);
}
