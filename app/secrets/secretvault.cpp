#include "secretvault.h"

#include <sodium.h>

namespace {
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

SecretVault::SecretVault()
{
    sodiumReady();
}

SecretVault::~SecretVault()
{
    if (!m_key.isEmpty())
        sodium_memzero(m_key.data(), size_t(m_key.size()));
}

int SecretVault::keyBytes()
{
    return crypto_secretbox_KEYBYTES;
}

QByteArray SecretVault::generateKey()
{
    sodiumReady();
    QByteArray key(crypto_secretbox_KEYBYTES, Qt::Uninitialized);
    crypto_secretbox_keygen(reinterpret_cast<unsigned char *>(key.data()));
    return key;
}

bool SecretVault::setKey(const QByteArray &key)
{
    if (key.size() != keyBytes())
        return false;
    m_key = key;
    return true;
}

QString SecretVault::seal(const QByteArray &plaintext) const
{
    if (!hasKey())
        return {};
    QByteArray out(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + plaintext.size(),
                   Qt::Uninitialized);
    auto *nonce = reinterpret_cast<unsigned char *>(out.data());
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES,
                          reinterpret_cast<const unsigned char *>(plaintext.constData()),
                          quint64(plaintext.size()), nonce,
                          reinterpret_cast<const unsigned char *>(m_key.constData()));
    return QString::fromLatin1(out.toBase64());
}

bool SecretVault::open(const QString &sealed, QByteArray *plaintext) const
{
    if (!hasKey())
        return false;
    const QByteArray raw = QByteArray::fromBase64(sealed.toLatin1());
    const int overhead = crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES;
    if (raw.size() < overhead)
        return false;
    QByteArray out(raw.size() - overhead, Qt::Uninitialized);
    const auto *nonce = reinterpret_cast<const unsigned char *>(raw.constData());
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char *>(out.data()),
                                   nonce + crypto_secretbox_NONCEBYTES,
                                   quint64(raw.size() - crypto_secretbox_NONCEBYTES), nonce,
                                   reinterpret_cast<const unsigned char *>(m_key.constData()))
        != 0)
        return false;
    *plaintext = out;
    return true;
}
