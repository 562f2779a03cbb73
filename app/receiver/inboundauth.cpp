#include "inboundauth.h"

#include "core/actiontokens.h"

#include <QMessageAuthenticationCode>

InboundRule::Scheme InboundRule::schemeFromName(const QString &name, bool *ok)
{
    *ok = true;
    if (name == QLatin1String("token"))
        return Scheme::Token;
    if (name == QLatin1String("hmac-sha256"))
        return Scheme::HmacSha256;
    if (name == QLatin1String("standard-webhooks"))
        return Scheme::StandardWebhooks;
    if (name == QLatin1String("none"))
        return Scheme::None;
    *ok = false;
    return Scheme::Token;
}

QString InboundRule::schemeName(Scheme scheme)
{
    switch (scheme) {
    case Scheme::Token:
        return QStringLiteral("token");
    case Scheme::HmacSha256:
        return QStringLiteral("hmac-sha256");
    case Scheme::StandardWebhooks:
        return QStringLiteral("standard-webhooks");
    case Scheme::None:
        break;
    }
    return QStringLiteral("none");
}

bool InboundAuth::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    return ActionTokens::constantTimeEquals(a, b);
}

QByteArray InboundAuth::hmacSha256(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

InboundAuth::Verdict InboundAuth::check(const QString &connector, const HttpRequest &request,
                                        const QDateTime &now)
{
    const auto it = m_rules.constFind(connector);
    if (it == m_rules.constEnd()) // closed by default: no rule, no entry
        return {false, QStringLiteral("no credentials are configured for this endpoint")};
    if (it->scheme != InboundRule::Scheme::None && it->secret.isEmpty())
        return {false, QStringLiteral("no secret is configured for this endpoint")};
    switch (it->scheme) {
    case InboundRule::Scheme::Token:
        if (const auto own = m_verifiers.constFind(connector); own != m_verifiers.constEnd())
            return (*own)(it->secret, request, now);
        return checkToken(*it, request);
    case InboundRule::Scheme::HmacSha256:
        return checkHmac(*it, request, now);
    case InboundRule::Scheme::StandardWebhooks:
        return checkStandardWebhooks(*it, request, now);
    case InboundRule::Scheme::None:
        return {true, {}};
    }
    return {false, {}};
}

InboundAuth::Verdict InboundAuth::checkToken(const InboundRule &rule,
                                             const HttpRequest &request) const
{
    QList<QByteArray> offered;
    const QByteArray authorization = request.header("Authorization");
    if (authorization.startsWith("Bearer "))
        offered.append(authorization.mid(7).trimmed());
    if (authorization.startsWith("Basic ")) {
        // Azure DevOps' generic service connection: any user name, the secret as password.
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
        offered.append(decoded.mid(decoded.indexOf(':') + 1));
    }
    if (request.hasHeader("X-Gatehouse-Secret"))
        offered.append(request.header("X-Gatehouse-Secret").trimmed());
    if (request.query.hasQueryItem(QStringLiteral("code"))) // Azure Function keys
        offered.append(
                request.query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded).toUtf8());
    if (offered.isEmpty())
        return {false,
                QStringLiteral("send the connector secret as 'Authorization: Bearer <secret>',"
                               " 'X-Gatehouse-Secret: <secret>' or '?code=<secret>'")};
    bool match = false;
    for (const QByteArray &candidate : offered)
        match |= constantTimeEquals(candidate, rule.secret);
    return match ? Verdict{true, {}}
                 : Verdict{false, QStringLiteral("the credentials were not accepted")};
}

InboundAuth::Verdict InboundAuth::checkHmac(const InboundRule &rule, const HttpRequest &request,
                                            const QDateTime &now) const
{
    const QByteArray header = request.header(rule.signatureHeader).trimmed();
    const bool timed = !rule.timestampHeader.isEmpty();
    if (header.isEmpty())
        return {false,
                timed ? QStringLiteral("send the Unix time in '%1' and the HMAC-SHA256 signature "
                                       "of '<timestamp>.<body>' in '%2'")
                                .arg(QString::fromLatin1(rule.timestampHeader),
                                     QString::fromLatin1(rule.signatureHeader))
                      : QStringLiteral("send the HMAC-SHA256 signature of the body in '%1'")
                                .arg(QString::fromLatin1(rule.signatureHeader))};
    QByteArray signedPart = request.body;
    if (timed) {
        const QByteArray timestamp = request.header(rule.timestampHeader).trimmed();
        bool ok = false;
        const qint64 sentAt = timestamp.toLongLong(&ok);
        if (!ok || qAbs(now.toSecsSinceEpoch() - sentAt) > rule.replayWindowSecs)
            return {false,
                    QStringLiteral("'%1' must be the Unix time of sending, within %2 s of now")
                            .arg(QString::fromLatin1(rule.timestampHeader))
                            .arg(rule.replayWindowSecs)};
        signedPart = timestamp + '.' + request.body;
    }
    const QByteArray expected = rule.signaturePrefix + hmacSha256(rule.secret, signedPart).toHex();
    return constantTimeEquals(header.toLower(), expected)
            ? Verdict{true, {}}
            : Verdict{false, QStringLiteral("the signature does not match the body")};
}

InboundAuth::Verdict InboundAuth::checkStandardWebhooks(const InboundRule &rule,
                                                        const HttpRequest &request,
                                                        const QDateTime &now) const
{
    const QByteArray id = request.header("webhook-id");
    const QByteArray timestamp = request.header("webhook-timestamp");
    const QByteArray signatures = request.header("webhook-signature");
    if (id.isEmpty() || timestamp.isEmpty() || signatures.isEmpty())
        return {false,
                QStringLiteral("send the 'webhook-id', 'webhook-timestamp' and 'webhook-signature' "
                               "headers")};
    bool ok = false;
    const qint64 sentAt = timestamp.toLongLong(&ok);
    const qint64 nowSecs = now.toSecsSinceEpoch();
    if (!ok || qAbs(nowSecs - sentAt) > replayWindowSecs)
        return {false, QStringLiteral("webhook-timestamp is more than 5 minutes from now")};
    const QByteArray expected =
            hmacSha256(rule.secret, id + '.' + timestamp + '.' + request.body).toBase64();
    bool match = false;
    for (const QByteArray &entry : signatures.split(' ')) {
        // Several signatures may be sent during key rotation; other versions are ignored.
        if (entry.startsWith("v1,"))
            match |= constantTimeEquals(entry.mid(3), expected);
    }
    // A repeat of the same webhook-id inside the window is the sender's own retry: it
    // passes, and the connector's deduplication makes it harmless.
    return match ? Verdict{true, {}}
                 : Verdict{false, QStringLiteral("no webhook-signature matches")};
}
