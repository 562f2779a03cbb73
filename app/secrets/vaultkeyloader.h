// VaultKeyLoader: finds the vault key at start. First the OS keychain (QtKeychain,
// service "Gatehouse"); where there is none (a server without a desktop keyring),
// an owner-only key file, created on first use and refused if others may read it.
#pragma once

#include <QByteArray>
#include <QString>

struct VaultKey
{
    QByteArray key;
    QString source; // "keychain" or the key file path
    QString warning; // said to the user when the keychain could not be used
    QString error; // non-empty: no key could be had
};

class VaultKeyLoader
{
public:
    // keyFile: explicit key file (skips the keychain); fallbackKeyFile: used when no
    // keychain answers. Blocks on a local event loop: call it once, at start.
    static VaultKey load(const QString &keyFile, const QString &fallbackKeyFile,
                         const QString &keychainEntry = QStringLiteral("vault-key"));
    static VaultKey loadFromFile(const QString &path, bool createIfMissing);
};
