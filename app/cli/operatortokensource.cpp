#include "operatortokensource.h"

#include "cli/readonlydatabase.h"
#include "secrets/keychain.h"
#include "secrets/secretvault.h"
#include "secrets/vaultkeyloader.h"

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
    ReadOnlyDatabase database(QStringLiteral("gatehouse-token-cli"));
    if (database.open(local.databasePath, error) != ReadOnlyDatabase::Problem::None)
        return {};
    const QByteArray key = vaultKey(local, error);
    if (key.isEmpty())
        return {};
    const QString sealed = database.sealedSecret(sealedTokenName);
    SecretVault vault;
    QByteArray token;
    if (sealed.isEmpty() || !vault.setKey(key) || !vault.open(sealed, &token)) {
        *error = sealed.isEmpty()
                ? QStringLiteral("%1 holds no operator token").arg(database.displayName())
                : QStringLiteral("the vault key does not open the operator token in %1")
                          .arg(database.displayName());
        return {};
    }
    return token;
}
