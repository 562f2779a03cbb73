// BadTokenLimiter: slows down guessing. It counts refused credentials or action tokens
// per remote address in a sliding window; past the limit, further refusals from the
// address get 429 until the oldest refusal leaves the window. Memory stays bounded
// under a flood of addresses: past the capacity, addresses whose refusals have all
// left the window go first, then the one refused longest ago (least recently used),
// so a flood never wipes the history of an address that is still guessing.
#pragma once

#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QVector>

#include <list>

class BadTokenLimiter
{
public:
    static constexpr int defaultCapacity = 16384;

    BadTokenLimiter(int limit = 10, qint64 windowMs = 60 * 1000, int capacity = defaultCapacity)
        : m_limit(limit), m_windowMs(windowMs), m_capacity(qMax(1, capacity))
    { }
    void configure(int limit, qint64 windowMs)
    {
        m_limit = limit;
        m_windowMs = windowMs;
    }

    // Seconds to wait, or 0 when the address may try again now.
    int blockedFor(const QHostAddress &address, const QDateTime &now);
    void recordFailure(const QHostAddress &address, const QDateTime &now);
    int trackedAddresses() const { return int(m_failures.size()); }

private:
    struct Entry
    {
        QVector<qint64> timesMs; // the newest `limit` refusals, oldest first
        std::list<QString>::iterator recency; // position in m_recency
    };
    void prune(QVector<qint64> &times, qint64 nowMs) const;
    void makeRoom(qint64 nowMs);

    int m_limit;
    qint64 m_windowMs;
    int m_capacity;
    QHash<QString, Entry> m_failures;
    std::list<QString> m_recency; // most recently refused first
};
