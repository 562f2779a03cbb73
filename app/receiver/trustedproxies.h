// TrustedProxies: which peers may tell us who the client is. Behind a reverse proxy
// every request comes from the proxy's address, so rate limits and the security log
// would lump all clients together. When the peer is one of these addresses or ranges
// (setting receiver/trustedProxies), the client is the rightmost X-Forwarded-For entry
// that is not itself a trusted proxy: entries to its left were written by the client
// and prove nothing. From any other peer, X-Forwarded-For is ignored.
#pragma once

#include <QHostAddress>
#include <QPair>
#include <QString>
#include <QVector>

#include <optional>

struct HttpRequest;

class TrustedProxies
{
public:
    // "10.0.0.5, 192.168.0.0/16, ::1": addresses and CIDR ranges, comma-separated.
    static std::optional<TrustedProxies> parse(const QString &list, QString *error);

    bool isEmpty() const { return m_ranges.isEmpty(); }
    bool contains(const QHostAddress &address) const;
    // The address the request is on behalf of: the peer itself unless a trusted proxy.
    QHostAddress clientOf(const HttpRequest &request) const;

private:
    QVector<QPair<QHostAddress, int>> m_ranges;
};
