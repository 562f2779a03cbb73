// TargetGuard: decides which hosts Gatehouse may send an outbound call to. A webhook
// sender chooses callback URLs (and Azure's PlanUrl), so without it Gatehouse could be
// made to POST to its own control API, to the cloud metadata service or to anything on
// the private network behind it (SSRF). Loopback, link-local, private, unspecified,
// multicast and reserved addresses are refused unless an allow-list entry (a host name
// or a CIDR range, from the setting delivery/allowTargets and the environment variable
// GATEHOUSE_DELIVERY_ALLOW) covers them. The string check catches literal addresses at
// ingest; the outbox worker checks again on the resolved address and connects to
// exactly the address it checked (see OutboxWorker::resolveAndSend).
#pragma once

#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

class TargetGuard
{
public:
    static constexpr const char *environmentVariable = "GATEHOUSE_DELIVERY_ALLOW";

    // No allow-list: every refusable address is refused.
    TargetGuard() = default;
    // Entries: host names ("flexdeploy.corp"), addresses ("10.1.2.3", "::1") or CIDR
    // ranges ("10.1.0.0/16"); blanks are skipped. *invalid collects entries that are
    // none of these.
    explicit TargetGuard(const QStringList &entries, QStringList *invalid = nullptr);
    // The configured entries plus those of GATEHOUSE_DELIVERY_ALLOW, read now: every
    // composition (desktop, headless, tests) honours the variable the same way.
    static TargetGuard withEnvironment(const QStringList &configured = {},
                                       QStringList *invalid = nullptr);
    // Splits "a, b,c" into entries.
    static QStringList parseList(const QString &commaSeparated);

    // Why an address may not be called without an allow-list entry ("loopback",
    // "private", ...); empty: a public address. IPv4-mapped IPv6 counts as its IPv4.
    static QString refusedKind(const QHostAddress &address);

    bool allowsHost(const QString &host) const; // an allow-listed host name
    bool allowsAddress(const QHostAddress &address) const; // public, or in an allowed range
    // The problem with a URL before any name is resolved: credentials in it, a literal
    // address that is refused, or "localhost"; empty: no problem found yet.
    QString checkUrl(const QUrl &url) const;
    // The problem with one resolved address of host; empty: it may be called.
    QString checkAddress(const QString &host, const QHostAddress &address) const;

private:
    QStringList m_hosts; // lower case
    QList<QPair<QHostAddress, int>> m_ranges;
};
