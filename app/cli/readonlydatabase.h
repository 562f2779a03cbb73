// ReadOnlyDatabase: a connection to Gatehouse's database that cannot change it, for the
// command-line tools that read it beside a running Gatehouse (the sealed operator
// token, the audit ledger). Unlike Store::open it runs no migration and creates no
// file: a SQLite file is opened read-only, a PostgreSQL session is made read-only.
#pragma once

#include <QString>

class QSettings;

class ReadOnlyDatabase
{
public:
    enum class Problem { None, Usage, Missing, Unreadable };

    // Which database the app uses, in the app's order: the --db argument, the settings'
    // store/url, store/path, the default file in the data folder.
    static QString configuredLocation(const QString &argument, const QSettings &settings);

    explicit ReadOnlyDatabase(const QString &connectionName);
    ~ReadOnlyDatabase();
    ReadOnlyDatabase(const ReadOnlyDatabase &) = delete;
    ReadOnlyDatabase &operator=(const ReadOnlyDatabase &) = delete;

    // location: a SQLite file or a postgresql:// URL (the password from PGPASSWORD,
    // ~/.pgpass or the keychain, as the app finds it).
    Problem open(const QString &location, QString *error);
    QString connectionName() const { return m_connectionName; }
    bool isPostgres() const { return m_postgres; }
    QString displayName() const { return m_displayName; }
    // The sealed value of a row of sealed_secrets; empty when there is none.
    QString sealedSecret(const QString &name) const;

private:
    QString m_connectionName;
    QString m_displayName;
    bool m_postgres = false;
};
