#include "actiontokens.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace ActionTokens {

QByteArray generate(int bytes)
{
    bytes = qMax(bytes, defaultBytes);
    const int words = (bytes + 3) / 4;
    QByteArray raw(words * 4, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), words);
    raw.truncate(bytes);
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray hash(const QByteArray &token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex();
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

bool looksValid(const QByteArray &token)
{
    // 32 bytes encode to 43 characters; anything far longer is not ours.
    if (token.size() < 43 || token.size() > 256)
        return false;
    for (const char c : token) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '_';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace ActionTokens
