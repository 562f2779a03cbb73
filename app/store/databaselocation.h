// DatabaseLocation: what `--db` or the settings `store/url` / `store/path` name: a
// SQLite file (a plain path) or a PostgreSQL server (a libpq URI,
// postgresql://user@host:port/dbname?sslmode=verify-full). It refuses a URL of any
// other kind and a password inside the URL: the password comes from PGPASSWORD, a
// PGPASSFILE or ~/.pgpass (libpq reads them itself) or the keychain, never from a
// settings file or a command line that `ps` shows.
#pragma once

#include <QString>

#include <optional>

class QSqlDatabase;

class DatabaseLocation
{
public:
    enum class Kind { SQLite, PostgreSQL };

    static std::optional<DatabaseLocation> parse(const QString &text, QString *error);
    static DatabaseLocation sqliteFile(const QString &path);

    Kind kind() const { return m_kind; }
    bool isPostgres() const { return m_kind == Kind::PostgreSQL; }
    QString driverName() const;
    // The SQLite file; empty for PostgreSQL.
    QString path() const { return m_path; }
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString databaseName() const { return m_database; }
    QString userName() const { return m_user; }
    // libpq keywords from the URL's query, quoted for QPSQL's connect options.
    QString connectOptions() const { return m_connectOptions; }
    // For logs and messages; never holds a password.
    QString displayName() const;
    // The key of this server's password in the keychain: "postgresql/user@host:port/dbname".
    QString keychainKey() const;

    // Given by the keychain; PGPASSWORD and ~/.pgpass need nothing here.
    void setPassword(const QString &password) { m_password = password; }
    // Sets driver-independent parts (host, port, database, user, options) on db.
    void configure(QSqlDatabase &db) const;

private:
    Kind m_kind = Kind::SQLite;
    QString m_path;
    QString m_host;
    int m_port = -1;
    QString m_database;
    QString m_user;
    QString m_connectOptions;
    QString m_password;
    QString m_text;
};
