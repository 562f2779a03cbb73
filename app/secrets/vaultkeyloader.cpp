#include "vaultkeyloader.h"

#include "secrets/keychain.h"
#include "secrets/secretvault.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

VaultKey VaultKeyLoader::loadFromFile(const QString &path, bool createIfMissing)
{
    VaultKey result;
    result.source = path;
    QFile file(path);
    if (!file.exists()) {
        if (!createIfMissing) {
            result.error = QStringLiteral("key file %1 does not exist").arg(path);
            return result;
        }
        QDir().mkpath(QFileInfo(path).absolutePath());
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            result.error =
                    QStringLiteral("cannot create key file %1: %2").arg(path, file.errorString());
            return result;
        }
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QByteArray key = SecretVault::generateKey();
        file.write(key.toBase64());
        file.close();
    }
    const QFileDevice::Permissions wider = QFileDevice::ReadGroup | QFileDevice::WriteGroup
            | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
            | QFileDevice::ExeOther;
    if (file.permissions() & wider) {
        result.error =
                QStringLiteral("key file %1 is readable by others; run chmod 600 on it").arg(path);
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = QStringLiteral("cannot read key file %1: %2").arg(path, file.errorString());
        return result;
    }
    const QByteArray key = QByteArray::fromBase64(file.readAll().trimmed());
    if (key.size() != SecretVault::keyBytes()) {
        result.error = QStringLiteral("key file %1 does not hold a %2-byte base64 key")
                               .arg(path)
                               .arg(SecretVault::keyBytes());
        return result;
    }
    result.key = key;
    return result;
}

VaultKey VaultKeyLoader::load(const QString &keyFile, const QString &fallbackKeyFile,
                              const QString &keychainEntry)
{
    if (!keyFile.isEmpty())
        return loadFromFile(keyFile, true);

    QString keychainError;
    const QByteArray stored = Keychain::read(keychainEntry, &keychainError);
    if (stored.size() == SecretVault::keyBytes())
        return {stored, QStringLiteral("keychain"), {}, {}};
    if (keychainError.isEmpty()) { // the keychain works but has no key yet
        const QByteArray key = SecretVault::generateKey();
        if (Keychain::write(keychainEntry, key, &keychainError))
            return {key, QStringLiteral("keychain"), {}, {}};
    }
    VaultKey fromFile = loadFromFile(fallbackKeyFile, true);
    if (fromFile.error.isEmpty()) {
        fromFile.warning =
                QStringLiteral("no OS keychain available (%1); secrets are sealed with the"
                               " owner-only key file %2")
                        .arg(keychainError, fallbackKeyFile);
    }
    return fromFile;
}
