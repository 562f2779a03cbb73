#include "connectionbudget.h"

ConnectionBudget::ConnectionBudget(int maxConnections, int maxPerAddress)
    : m_maxConnections(qMax(1, maxConnections)), m_maxPerAddress(qMax(1, maxPerAddress))
{ }

QHostAddress ConnectionBudget::normalized(const QHostAddress &peer)
{
    // ::ffff:1.2.3.4 and 1.2.3.4 are one client.
    bool isV4 = false;
    const quint32 v4 = peer.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : peer;
}

ConnectionBudget::Verdict ConnectionBudget::acquire(const QHostAddress &peer)
{
    if (m_open.fetch_add(1) >= m_maxConnections) {
        m_open.fetch_sub(1);
        return Verdict::TooManyOverall;
    }
    QMutexLocker lock(&m_mutex);
    int &fromPeer = m_perAddress[normalized(peer)];
    if (fromPeer >= m_maxPerAddress) {
        m_open.fetch_sub(1);
        return Verdict::TooManyFromAddress;
    }
    ++fromPeer;
    return Verdict::Admitted;
}

void ConnectionBudget::release(const QHostAddress &peer)
{
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_perAddress.find(normalized(peer));
        if (it != m_perAddress.end() && --it.value() <= 0)
            m_perAddress.erase(it);
    }
    m_open.fetch_sub(1);
}

int ConnectionBudget::openFrom(const QHostAddress &peer) const
{
    QMutexLocker lock(&m_mutex);
    return m_perAddress.value(normalized(peer));
}
