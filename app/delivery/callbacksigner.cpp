#include "callbacksigner.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace {
const QByteArray prefix = QByteArrayLiteral("whsec_");

QByteArray keyOf(const QByteArray &secret)
{
    return QByteArray::fromBase64(secret.startsWith(prefix) ? secret.mid(prefix.size()) : secret);
}
} // namespace

QString CallbackSigner::secretName()
{
    return QStringLiteral("callback-signing");
}

QByteArray CallbackSigner::generateSecret()
{
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), 8);
    return prefix + key.toBase64();
}

bool CallbackSigner::isValidSecret(const QByteArray &secret)
{
    if (!secret.startsWith(prefix))
        return false;
    const auto decoded = QByteArray::fromBase64Encoding(secret.mid(prefix.size()),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    return decoded && decoded.decoded.size() >= 16;
}

QByteArray CallbackSigner::signature(const QByteArray &secret, const QByteArray &id,
                                     qint64 timestamp, const QByteArray &body)
{
    const QByteArray content = id + '.' + QByteArray::number(timestamp) + '.' + body;
    return "v1,"
            + QMessageAuthenticationCode::hash(content, keyOf(secret), QCryptographicHash::Sha256)
                      .toBase64();
}

QList<QPair<QByteArray, QByteArray>> CallbackSigner::headers(const QByteArray &secret,
                                                             const QByteArray &id, qint64 timestamp,
                                                             const QByteArray &body)
{
    return {{QByteArrayLiteral("webhook-id"), id},
            {QByteArrayLiteral("webhook-timestamp"), QByteArray::number(timestamp)},
            {QByteArrayLiteral("webhook-signature"), signature(secret, id, timestamp, body)}};
}
