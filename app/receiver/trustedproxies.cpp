#include "trustedproxies.h"

#include "receiver/httpmessage.h"

namespace {

// A dual-stack socket reports IPv4 peers as ::ffff:a.b.c.d; ranges are written as IPv4.
QHostAddress plain(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}

// One X-Forwarded-For entry: "203.0.113.7", "[2001:db8::1]:443", "203.0.113.7:5000".
QHostAddress forwardedAddress(QByteArray entry)
{
    entry = entry.trimmed();
    if (entry.startsWith('[')) {
        const int close = entry.indexOf(']');
        return close > 0 ? QHostAddress(QString::fromLatin1(entry.mid(1, close - 1)))
                         : QHostAddress();
    }
    if (entry.count(':') == 1)
        entry = entry.left(entry.indexOf(':'));
    return QHostAddress(QString::fromLatin1(entry));
}

} // namespace

std::optional<TrustedProxies> TrustedProxies::parse(const QString &list, QString *error)
{
    TrustedProxies proxies;
    for (const QString &item : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString text = item.trimmed();
        if (text.isEmpty())
            continue;
        QPair<QHostAddress, int> range;
        if (text.contains(QLatin1Char('/'))) {
            range = QHostAddress::parseSubnet(text);
        } else {
            const QHostAddress address(text);
            range = {address, address.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32};
        }
        if (range.first.isNull()) {
            if (error)
                *error = QStringLiteral("receiver/trustedProxies: '%1' is not an address or a "
                                        "CIDR range")
                                 .arg(text);
            return std::nullopt;
        }
        proxies.m_ranges.append({plain(range.first), range.second});
    }
    return proxies;
}

bool TrustedProxies::contains(const QHostAddress &address) const
{
    const QHostAddress candidate = plain(address);
    for (const auto &range : m_ranges) {
        if (candidate.isInSubnet(range))
            return true;
    }
    return false;
}

QHostAddress TrustedProxies::clientOf(const HttpRequest &request) const
{
    if (!contains(request.remoteAddress))
        return request.remoteAddress;
    // Several X-Forwarded-For headers read as one list, in order.
    QList<QByteArray> hops;
    for (const auto &[name, value] : request.headers) {
        if (name.compare("X-Forwarded-For", Qt::CaseInsensitive) == 0)
            hops += value.split(',');
    }
    QHostAddress client = request.remoteAddress;
    for (auto it = hops.crbegin(); it != hops.crend(); ++it) {
        const QHostAddress hop = forwardedAddress(*it);
        if (hop.isNull())
            break; // garbage: the last trusted hop is as far as we can see
        client = plain(hop);
        if (!contains(client))
            break;
    }
    return client;
}
