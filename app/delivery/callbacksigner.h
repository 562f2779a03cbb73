// CallbackSigner: signs outbound callbacks the Standard Webhooks way
// (https://www.standardwebhooks.com), so that their receiver can tell a real decision
// from a forged one with any Standard Webhooks library: webhook-id (stable across
// retries), webhook-timestamp (seconds) and webhook-signature
// "v1,<base64 HMAC-SHA256 of id.timestamp.body>" under a "whsec_<base64 key>" secret.
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace CallbackSigner {
// The vault name of the signing secret ("whsec_..."), shared by every signed callback.
QString secretName();
// A fresh secret: "whsec_" + base64 of 32 random bytes.
QByteArray generateSecret();
// True for "whsec_<base64 of at least 16 bytes>" (the form every library accepts).
bool isValidSecret(const QByteArray &secret);
// The signature header value for one message.
QByteArray signature(const QByteArray &secret, const QByteArray &id, qint64 timestamp,
                     const QByteArray &body);
// The three headers, in order.
QList<QPair<QByteArray, QByteArray>> headers(const QByteArray &secret, const QByteArray &id,
                                             qint64 timestamp, const QByteArray &body);
} // namespace CallbackSigner
