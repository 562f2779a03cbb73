#include "pendingdecisions.h"

#include <algorithm>

namespace {
// Often enough for a countdown in whole seconds to look steady.
constexpr int tickMs = 200;
} // namespace

PendingDecisions::PendingDecisions(const Clock *clock, QObject *parent)
    : QObject(parent),
      m_ownClock(clock ? nullptr : std::make_unique<Clock>()),
      m_clock(clock ? clock : m_ownClock.get())
{
    m_timer.setInterval(tickMs);
    connect(&m_timer, &QTimer::timeout, this, &PendingDecisions::tick);
}

PendingDecisions::~PendingDecisions() = default;

qint64 PendingDecisions::add(const QList<qint64> &ids, bool approve, const QString &comment,
                             const QString &origin, const QString &label, const QJsonObject &inputs)
{
    PendingDecision decision;
    for (const qint64 id : ids) {
        if (!isHeld(id) && !decision.ids.contains(id))
            decision.ids.append(id);
    }
    if (decision.ids.isEmpty())
        return 0;
    decision.batch = m_nextBatch++;
    decision.approve = approve;
    decision.comment = comment;
    decision.origin = origin;
    decision.label = label;
    decision.inputs = inputs;
    decision.commitAt = m_clock->now().addMSecs(m_windowMs);
    m_held.append(decision);
    if (m_windowMs == 0) {
        commit(int(m_held.size()) - 1);
        return decision.batch;
    }
    if (!m_timer.isActive())
        m_timer.start();
    emit changed();
    return decision.batch;
}

bool PendingDecisions::undo(qint64 batch)
{
    for (int i = 0; i < m_held.size(); ++i) {
        if (m_held.at(i).batch != batch)
            continue;
        const PendingDecision decision = m_held.takeAt(i);
        if (m_held.isEmpty())
            m_timer.stop();
        emit undone(decision);
        emit changed();
        return true;
    }
    return false;
}

bool PendingDecisions::undoLatest()
{
    return !m_held.isEmpty() && undo(m_held.constLast().batch);
}

bool PendingDecisions::isHeld(qint64 approvalId) const
{
    return std::any_of(m_held.cbegin(), m_held.cend(), [approvalId](const PendingDecision &d) {
        return d.ids.contains(approvalId);
    });
}

int PendingDecisions::remainingMs(const PendingDecision &decision) const
{
    return int(qMax<qint64>(0, m_clock->now().msecsTo(decision.commitAt)));
}

void PendingDecisions::tick()
{
    const QDateTime now = m_clock->now();
    bool any = false;
    for (int i = 0; i < m_held.size();) {
        if (m_held.at(i).commitAt <= now) {
            commit(i);
            any = true;
        } else {
            ++i;
        }
    }
    if (!any && !m_held.isEmpty())
        emit changed(); // the countdown moves on
}

void PendingDecisions::commitAll()
{
    while (!m_held.isEmpty())
        commit(0);
}

void PendingDecisions::commit(int index)
{
    const PendingDecision decision = m_held.takeAt(index);
    if (m_held.isEmpty())
        m_timer.stop();
    emit committed(decision);
    emit changed();
}
