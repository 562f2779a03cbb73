#include "targetguard.h"

#include <QRegularExpression>

namespace {

struct RefusedRange
{
    QPair<QHostAddress, int> subnet;
    const char *kind;
};

// The addresses a callback must not reach without an allow-list entry. IPv4-mapped
// and NAT64 IPv6 addresses are judged by the IPv4 address inside them.
const QList<RefusedRange> &refusedRanges()
{
    static const QList<RefusedRange> ranges = [] {
        const QList<QPair<const char *, const char *>> table{
                {"0.0.0.0/8", "unspecified"},
                {"127.0.0.0/8", "loopback"},
                {"10.0.0.0/8", "private"},
                {"172.16.0.0/12", "private"},
                {"192.168.0.0/16", "private"},
                {"100.64.0.0/10", "shared (carrier NAT)"},
                {"169.254.0.0/16", "link-local"},
                {"192.0.0.0/24", "reserved"},
                {"224.0.0.0/4", "multicast"},
                {"240.0.0.0/4", "reserved"},
                {"::/128", "unspecified"},
                {"::1/128", "loopback"},
                {"::/96", "reserved"},
                {"fe80::/10", "link-local"},
                {"fec0::/10", "private"},
                {"fc00::/7", "private"},
                {"ff00::/8", "multicast"},
        };
        QList<RefusedRange> list;
        for (const auto &[range, kind] : table)
            list.append({QHostAddress::parseSubnet(QLatin1String(range)), kind});
        return list;
    }();
    return ranges;
}

// An IPv6 address that carries an IPv4 one (::ffff:a.b.c.d, 64:ff9b::a.b.c.d) as that
// IPv4 address; anything else unchanged.
QHostAddress embeddedIPv4(const QHostAddress &address)
{
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return address;
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);
    if (mapped)
        return QHostAddress(v4);
    static const auto nat64 = QHostAddress::parseSubnet(QStringLiteral("64:ff9b::/96"));
    if (address.isInSubnet(nat64)) {
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        return QHostAddress(quint32(bytes[12]) << 24 | quint32(bytes[13]) << 16
                            | quint32(bytes[14]) << 8 | quint32(bytes[15]));
    }
    return address;
}

QString normalizedHost(QString host)
{
    host = host.toLower();
    while (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    return host;
}

const QString allowHint =
        QStringLiteral(" (allow it with delivery/allowTargets or GATEHOUSE_DELIVERY_ALLOW)");

} // namespace

TargetGuard::TargetGuard(const QStringList &entries, QStringList *invalid)
{
    static const QRegularExpression hostName(QStringLiteral("^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$"));
    for (const QString &raw : entries) {
        const QString entry = normalizedHost(raw.trimmed());
        if (entry.isEmpty())
            continue;
        QHostAddress address;
        if (entry.contains(QLatin1Char('/'))) {
            const auto subnet = QHostAddress::parseSubnet(entry);
            if (subnet.first.isNull()) {
                if (invalid)
                    invalid->append(raw.trimmed());
                continue;
            }
            m_ranges.append(subnet);
        } else if (address.setAddress(entry)) {
            m_ranges.append(
                    {address, address.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128});
        } else if (hostName.match(entry).hasMatch()) {
            m_hosts.append(entry);
        } else if (invalid) {
            invalid->append(raw.trimmed());
        }
    }
}

TargetGuard TargetGuard::withEnvironment(const QStringList &configured, QStringList *invalid)
{
    return TargetGuard(configured + parseList(qEnvironmentVariable(environmentVariable)), invalid);
}

QStringList TargetGuard::parseList(const QString &commaSeparated)
{
    QStringList entries;
    for (const QString &part : commaSeparated.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            entries.append(part.trimmed());
    }
    return entries;
}

QString TargetGuard::refusedKind(const QHostAddress &input)
{
    if (input.isNull())
        return QStringLiteral("invalid");
    const QHostAddress address = embeddedIPv4(input);
    for (const RefusedRange &range : refusedRanges()) {
        if (address.isInSubnet(range.subnet))
            return QLatin1String(range.kind);
    }
    return {};
}

bool TargetGuard::allowsHost(const QString &host) const
{
    return !host.isEmpty() && m_hosts.contains(normalizedHost(host));
}

bool TargetGuard::allowsAddress(const QHostAddress &input) const
{
    if (refusedKind(input).isEmpty())
        return true;
    const QHostAddress address = embeddedIPv4(input);
    for (const auto &range : m_ranges) {
        if (input.isInSubnet(range) || address.isInSubnet(range))
            return true;
    }
    return false;
}

QString TargetGuard::checkUrl(const QUrl &url) const
{
    if (!url.userInfo().isEmpty())
        return QStringLiteral("carries credentials (user:password@); Gatehouse keeps credentials"
                              " sealed, never in URLs");
    const QString host = normalizedHost(url.host());
    if (allowsHost(host))
        return {};
    QHostAddress literal;
    if (literal.setAddress(host))
        return checkAddress(host, literal);
    if (host == QLatin1String("localhost") || host.endsWith(QLatin1String(".localhost"))) {
        if (!allowsAddress(QHostAddress(QHostAddress::LocalHost))
            || !allowsAddress(QHostAddress(QHostAddress::LocalHostIPv6)))
            return QStringLiteral("names %1, a loopback address").arg(host) + allowHint;
    }
    return {};
}

QString TargetGuard::checkAddress(const QString &host, const QHostAddress &address) const
{
    if (allowsHost(host) || allowsAddress(address))
        return {};
    const QString shown = address.toString();
    const QString kind = refusedKind(address);
    return normalizedHost(host) == shown.toLower()
            ? QStringLiteral("%1 is a %2 address").arg(shown, kind) + allowHint
            : QStringLiteral("%1 resolves to %2, a %3 address").arg(host, shown, kind) + allowHint;
}
