// ConnectionBudget: the connection caps shared by every receiver thread: one count over
// all of them (so the documented cap is the real one, not a share per thread) and one
// count per client address (so one noisy address cannot take every slot). Thread-safe.
#pragma once

#include <QHash>
#include <QHostAddress>
#include <QMutex>

#include <atomic>

class ConnectionBudget
{
public:
    enum class Verdict { Admitted, TooManyOverall, TooManyFromAddress };

    ConnectionBudget(int maxConnections, int maxPerAddress);

    // Takes one slot for a connection from peer, unless a cap is reached.
    Verdict acquire(const QHostAddress &peer);
    // Gives back a slot taken by acquire().
    void release(const QHostAddress &peer);
    int open() const { return m_open.load(); }
    int openFrom(const QHostAddress &peer) const;

private:
    static QHostAddress normalized(const QHostAddress &peer);

    const int m_maxConnections;
    const int m_maxPerAddress;
    std::atomic<int> m_open{0};
    mutable QMutex m_mutex;
    QHash<QHostAddress, int> m_perAddress;
};
