// BadTokenLimiter: slows down guessing. It counts refused action tokens per remote
// address in a sliding window; past the limit, the address gets 429 until the oldest
// refusal leaves the window. Memory stays bounded under a flood of addresses.
#pragma once

#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QVector>

class BadTokenLimiter
{
public:
    BadTokenLimiter(int limit = 10, qint64 windowMs = 60 * 1000)
        : m_limit(limit), m_windowMs(windowMs)
    { }
    void configure(int limit, qint64 windowMs)
    {
        m_limit = limit;
        m_windowMs = windowMs;
    }

    // Seconds to wait, or 0 when the address may try a token now.
    int blockedFor(const QHostAddress &address, const QDateTime &now);
    void recordFailure(const QHostAddress &address, const QDateTime &now);

private:
    void prune(QVector<QDateTime> &times, const QDateTime &now) const;

    int m_limit;
    qint64 m_windowMs;
    QHash<QString, QVector<QDateTime>> m_failures;
};
