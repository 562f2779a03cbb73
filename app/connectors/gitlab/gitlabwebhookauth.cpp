#include "gitlabwebhookauth.h"

namespace {

InboundAuth::Verdict verifySignature(const QByteArray &secret, const HttpRequest &request,
                                     const QDateTime &now)
{
    const QByteArray id = request.header("webhook-id").trimmed();
    const QByteArray timestamp = request.header("webhook-timestamp").trimmed();
    const QByteArray signatures = request.header("webhook-signature").trimmed();
    if (id.isEmpty() || timestamp.isEmpty())
        return {false,
                QStringLiteral("a signed delivery needs 'webhook-id' and 'webhook-timestamp'")};
    bool ok = false;
    const qint64 sentAt = timestamp.toLongLong(&ok);
    if (!ok || qAbs(now.toSecsSinceEpoch() - sentAt) > GitLabWebhookAuth::toleranceSecs)
        return {false, QStringLiteral("webhook-timestamp is more than 5 minutes from now")};
    QList<QByteArray> keys;
    if (secret.startsWith("whsec_"))
        keys.append(QByteArray::fromBase64(secret.mid(6)));
    keys.append(secret);
    bool match = false;
    for (const QByteArray &key : std::as_const(keys)) {
        const QByteArray expected = GitLabWebhookAuth::signature(key, id, timestamp, request.body);
        // Several signatures during a key rotation; other versions are ignored.
        for (const QByteArray &entry : signatures.split(' ')) {
            if (entry.startsWith("v1,"))
                match |= InboundAuth::constantTimeEquals(entry.mid(3), expected);
        }
    }
    return match ? InboundAuth::Verdict{true, {}}
                 : InboundAuth::Verdict{false, QStringLiteral("no webhook-signature matches")};
}

} // namespace

QByteArray GitLabWebhookAuth::signature(const QByteArray &key, const QByteArray &id,
                                        const QByteArray &timestamp, const QByteArray &body)
{
    return InboundAuth::hmacSha256(key, id + '.' + timestamp + '.' + body).toBase64();
}

InboundAuth::Verdict GitLabWebhookAuth::verify(const QByteArray &secret, const HttpRequest &request,
                                               const QDateTime &now)
{
    if (request.hasHeader("webhook-signature"))
        return verifySignature(secret, request, now);
    const QByteArray token = request.header("X-Gitlab-Token");
    if (token.isEmpty())
        return {false,
                QStringLiteral("set the webhook's secret token (sent as 'X-Gitlab-Token') or its "
                               "signing token to Gatehouse's GitLab secret")};
    return InboundAuth::constantTimeEquals(token, secret)
            ? InboundAuth::Verdict{true, {}}
            : InboundAuth::Verdict{false, QStringLiteral("the credentials were not accepted")};
}
