#include "badtokenlimiter.h"

void BadTokenLimiter::prune(QVector<qint64> &times, qint64 nowMs) const
{
    const qint64 cutoff = nowMs - m_windowMs;
    while (!times.isEmpty() && times.constFirst() <= cutoff)
        times.removeFirst();
}

int BadTokenLimiter::blockedFor(const QHostAddress &address, const QDateTime &now)
{
    const auto it = m_failures.find(address.toString());
    if (it == m_failures.end())
        return 0;
    const qint64 nowMs = now.toMSecsSinceEpoch();
    prune(it->timesMs, nowMs);
    if (it->timesMs.size() < m_limit) {
        if (it->timesMs.isEmpty()) {
            m_recency.erase(it->recency);
            m_failures.erase(it);
        }
        return 0;
    }
    // Still knocking while blocked: the address stays among the most recent, so a
    // flood of other addresses does not push it out and lift its block.
    m_recency.splice(m_recency.begin(), m_recency, it->recency);
    const qint64 waitMs = it->timesMs.constFirst() + m_windowMs - nowMs;
    return int(qMax<qint64>(1, (waitMs + 999) / 1000));
}

void BadTokenLimiter::makeRoom(qint64 nowMs)
{
    // Expired entries first, from the least recently refused end, where they gather.
    for (auto it = m_recency.end(); it != m_recency.begin() && m_failures.size() >= m_capacity;) {
        --it;
        const auto entry = m_failures.find(*it);
        prune(entry->timesMs, nowMs);
        if (!entry->timesMs.isEmpty())
            break; // everything more recent is younger still
        m_failures.erase(entry);
        it = m_recency.erase(it);
    }
    // Still full: a flood from many addresses. Forget the one refused longest ago.
    while (m_failures.size() >= m_capacity && !m_recency.empty()) {
        m_failures.remove(m_recency.back());
        m_recency.pop_back();
    }
}

void BadTokenLimiter::recordFailure(const QHostAddress &address, const QDateTime &now)
{
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const QString key = address.toString();
    auto it = m_failures.find(key);
    if (it == m_failures.end()) {
        makeRoom(nowMs);
        m_recency.push_front(key);
        it = m_failures.insert(key, Entry{{}, m_recency.begin()});
    } else {
        m_recency.splice(m_recency.begin(), m_recency, it->recency);
    }
    it->timesMs.append(nowMs);
    // Only the newest `limit` refusals matter for the decision.
    while (it->timesMs.size() > qMax(1, m_limit))
        it->timesMs.removeFirst();
}
