// SecretVault: seals secrets (callback tokens, credentials) with authenticated
// encryption (libsodium secretbox, XSalsa20-Poly1305) under a 32-byte key that lives
// in the OS keychain or an owner-only key file. Sealed blobs can sit in the database;
// the key never does.
#pragma once

#include <QByteArray>
#include <QString>

class SecretVault
{
public:
    SecretVault();
    ~SecretVault();
    SecretVault(const SecretVault &) = delete;
    SecretVault &operator=(const SecretVault &) = delete;

    bool setKey(const QByteArray &key); // exactly keyBytes() bytes
    bool hasKey() const { return m_key.size() == keyBytes(); }
    static int keyBytes();
    static QByteArray generateKey();

    QString seal(const QByteArray &plaintext) const; // base64(nonce || box)
    // Returns false when the blob was not made with this key or was tampered with.
    bool open(const QString &sealed, QByteArray *plaintext) const;

private:
    QByteArray m_key;
};
