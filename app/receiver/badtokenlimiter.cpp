#include "badtokenlimiter.h"

namespace {
constexpr int maxTrackedAddresses = 4096;
}

void BadTokenLimiter::prune(QVector<QDateTime> &times, const QDateTime &now) const
{
    const QDateTime cutoff = now.addMSecs(-m_windowMs);
    while (!times.isEmpty() && times.constFirst() <= cutoff)
        times.removeFirst();
}

int BadTokenLimiter::blockedFor(const QHostAddress &address, const QDateTime &now)
{
    const auto it = m_failures.find(address.toString());
    if (it == m_failures.end())
        return 0;
    prune(*it, now);
    if (it->size() < m_limit) {
        if (it->isEmpty())
            m_failures.erase(it);
        return 0;
    }
    const qint64 waitMs = now.msecsTo(it->constFirst().addMSecs(m_windowMs));
    return int(qMax<qint64>(1, (waitMs + 999) / 1000));
}

void BadTokenLimiter::recordFailure(const QHostAddress &address, const QDateTime &now)
{
    if (m_failures.size() >= maxTrackedAddresses) {
        for (auto it = m_failures.begin(); it != m_failures.end();) {
            prune(*it, now);
            it = it->isEmpty() ? m_failures.erase(it) : std::next(it);
        }
        // Still full: a flood from many addresses; forget the lot rather than grow.
        if (m_failures.size() >= maxTrackedAddresses)
            m_failures.clear();
    }
    QVector<QDateTime> &times = m_failures[address.toString()];
    times.append(now);
    // Only the newest `limit` refusals matter for the decision.
    while (times.size() > m_limit)
        times.removeFirst();
}
