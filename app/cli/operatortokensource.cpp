#include "operatortokensource.h"

#include "secrets/keychain.h"
#include "secrets/secretvault.h"
#include "secrets/vaultkeyloader.h"
#include "store/databaselocation.h"
#include "store/store.h"

#include <QFileInfo>

namespace {
// The names GatehouseService and VaultKeyLoader store them under.
const QString sealedTokenName = QStringLiteral("operator-token");
const QString vaultKeyEntry = QStringLiteral("vault-key");

} // namespace

QByteArray OperatorTokenSource::vaultKey(const Local &local, QString *error)
{
    if (!local.keyFile.isEmpty()) {
        const VaultKey key = VaultKeyLoader::loadFromFile(local.keyFile, false);
        *error = key.error;
        return key.key;
    }
    QString keychainError;
    const QByteArray stored = Keychain::read(vaultKeyEntry, &keychainError);
    if (stored.size() == SecretVault::keyBytes())
        return stored;
    const VaultKey key = VaultKeyLoader::loadFromFile(local.fallbackKeyFile, false);
    if (!key.error.isEmpty())
        *error = keychainError.isEmpty()
                ? QStringLiteral("the keychain holds no vault key and %1").arg(key.error)
                : QStringLiteral("no keychain (%1) and %2").arg(keychainError, key.error);
    return key.key;
}

QByteArray OperatorTokenSource::find(const Local &local, QString *error)
{
    for (const char *variable : {"GATEHOUSE_TOKEN", "GATEHOUSE_OPERATOR_TOKEN"}) {
        const QByteArray token = qgetenv(variable).trimmed();
        if (!token.isEmpty())
            return token;
    }
    QString localError;
    const QByteArray token = unsealLocal(local, &localError);
    if (token.isEmpty())
        *error = QStringLiteral("no operator token: set GATEHOUSE_TOKEN (the local Gatehouse's"
                                " token could not be read: %1)")
                         .arg(localError);
    return token;
}

QByteArray OperatorTokenSource::unsealLocal(const Local &local, QString *error)
{
    auto location = DatabaseLocation::parse(local.databasePath, error);
    if (!location)
        return {};
    // Opening a SQLite file that is not there would create an empty database.
    if (!location->isPostgres() && !QFileInfo::exists(location->path())) {
        *error = QStringLiteral("no database at %1").arg(location->path());
        return {};
    }
    if (location->isPostgres() && !qEnvironmentVariableIsSet("PGPASSWORD")) {
        QString ignored;
        const QByteArray password = Keychain::read(location->keychainKey(), &ignored);
        if (!password.isEmpty())
            location->setPassword(QString::fromUtf8(password));
    }
    const QByteArray key = vaultKey(local, error);
    if (key.isEmpty())
        return {};
    Store store;
    if (!store.open(*location, error))
        return {};
    const QString sealed = store.sealedSecret(sealedTokenName);
    SecretVault vault;
    QByteArray token;
    if (sealed.isEmpty() || !vault.setKey(key) || !vault.open(sealed, &token)) {
        *error = sealed.isEmpty()
                ? QStringLiteral("%1 holds no operator token").arg(location->displayName())
                : QStringLiteral("the vault key does not open the operator token in %1")
                          .arg(location->displayName());
        return {};
    }
    return token;
}
