// OperatorTokenSource: where the command-line client finds the operator token without
// it ever being on the command line (where `ps` shows it to every user):
//   1. GATEHOUSE_TOKEN, 2. GATEHOUSE_OPERATOR_TOKEN (the variable the server reads),
//   3. the token the local Gatehouse sealed in its database, opened with the vault key
//      it keeps in the OS keychain (or its key file). Nothing is created on the way: a
//      missing key or database is an error, not a new key.
#pragma once

#include <QByteArray>
#include <QString>

class OperatorTokenSource
{
public:
    struct Local
    {
        QString databasePath; // SQLite file or PostgreSQL URL, as --db takes it
        QString keyFile; // explicit vault key file (--key-file / GATEHOUSE_KEY_FILE)
        QString fallbackKeyFile; // the file the app uses when no keychain answers
    };

    static QByteArray find(const Local &local, QString *error);
    // The local Gatehouse's vault key: the key file if one is named, else the
    // keychain's entry, else the fallback key file. Never creates one.
    static QByteArray vaultKey(const Local &local, QString *error);

private:
    static QByteArray unsealLocal(const Local &local, QString *error);
};
