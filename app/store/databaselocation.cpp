#include "databaselocation.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QUrl>
#include <QUrlQuery>

namespace {

// libpq connection keywords a URL may carry in its query. "password" and
// "sslpassword" are not among them on purpose.
const QSet<QString> &passedKeywords()
{
    static const QSet<QString> keywords{
            QStringLiteral("sslmode"),
            QStringLiteral("sslrootcert"),
            QStringLiteral("sslcert"),
            QStringLiteral("sslkey"),
            QStringLiteral("sslcrl"),
            QStringLiteral("sslcrldir"),
            QStringLiteral("sslsni"),
            QStringLiteral("sslcompression"),
            QStringLiteral("ssl_min_protocol_version"),
            QStringLiteral("ssl_max_protocol_version"),
            QStringLiteral("channel_binding"),
            QStringLiteral("gssencmode"),
            QStringLiteral("krbsrvname"),
            QStringLiteral("requirepeer"),
            QStringLiteral("connect_timeout"),
            QStringLiteral("application_name"),
            QStringLiteral("keepalives"),
            QStringLiteral("keepalives_idle"),
            QStringLiteral("keepalives_interval"),
            QStringLiteral("keepalives_count"),
            QStringLiteral("tcp_user_timeout"),
            QStringLiteral("target_session_attrs"),
            QStringLiteral("passfile"),
            QStringLiteral("service"),
            QStringLiteral("hostaddr"),
            QStringLiteral("options"),
    };
    return keywords;
}

// A value in libpq's conninfo syntax: single-quoted, with \ and ' escaped.
QString conninfoValue(const QString &value)
{
    QString quoted = value;
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    quoted.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

const QString passwordHelp =
        QStringLiteral("give it in PGPASSWORD, a PGPASSFILE or ~/.pgpass, or the keychain entry");

} // namespace

DatabaseLocation DatabaseLocation::sqliteFile(const QString &path)
{
    DatabaseLocation location;
    location.m_path = path;
    location.m_text = path;
    return location;
}

std::optional<DatabaseLocation> DatabaseLocation::parse(const QString &text, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    static const QRegularExpression urlScheme(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)://"));
    const QRegularExpressionMatch scheme = urlScheme.match(text);
    if (!scheme.hasMatch()) {
        if (text.trimmed().isEmpty())
            return fail(QStringLiteral("no database given"));
        return sqliteFile(text);
    }
    // Only the scheme goes into messages: the rest may hold a password.
    const QString name = scheme.captured(1).toLower();
    if (name != QLatin1String("postgresql") && name != QLatin1String("postgres"))
        return fail(QStringLiteral("unsupported database URL '%1://...': give a file path for "
                                   "SQLite or a postgresql://user@host:port/dbname URL")
                            .arg(name));
    // Read the user info off the text itself: QUrl drops an empty password ("anna:@").
    const QString authority = text.mid(scheme.capturedLength())
                                      .section(QRegularExpression(QStringLiteral("[/?#]")), 0, 0);
    const bool hasPassword = authority.lastIndexOf(QLatin1Char('@')) > 0
            && authority.left(authority.lastIndexOf(QLatin1Char('@'))).contains(QLatin1Char(':'));
    if (hasPassword)
        return fail(QStringLiteral("a password in the database URL is refused (command lines and "
                                   "settings files are readable): %1 %2")
                            .arg(passwordHelp, DatabaseLocation().keychainKey()));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return fail(QStringLiteral("not a valid postgresql:// URL"));
    if (url.hasFragment())
        return fail(QStringLiteral("the database URL has a fragment ('#...'); remove it"));

    DatabaseLocation location;
    location.m_kind = Kind::PostgreSQL;
    location.m_host = url.host(QUrl::FullyDecoded);
    location.m_port = url.port(-1);
    location.m_user = url.userName(QUrl::FullyDecoded);
    QString path = url.path(QUrl::FullyDecoded);
    if (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    if (path.contains(QLatin1Char('/')))
        return fail(QStringLiteral("the database URL's path must be one database name, not '%1'")
                            .arg(path));
    location.m_database = path;

    QStringList options;
    bool hasApplicationName = false;
    bool hasConnectTimeout = false;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (key == QLatin1String("password") || key == QLatin1String("sslpassword"))
            return fail(QStringLiteral("a %1 in the database URL is refused: %2")
                                .arg(key, passwordHelp));
        if (value.contains(QLatin1Char(';')))
            return fail(QStringLiteral("the database URL parameter '%1' holds a ';', which the "
                                       "PostgreSQL driver cannot pass on")
                                .arg(key));
        if (key == QLatin1String("host")) {
            location.m_host = value; // also a unix socket directory
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            location.m_port = value.toInt(&ok);
            if (!ok || location.m_port <= 0 || location.m_port > 65535)
                return fail(QStringLiteral("the database URL's port must be 1 to 65535"));
        } else if (key == QLatin1String("dbname")) {
            location.m_database = value;
        } else if (key == QLatin1String("user")) {
            location.m_user = value;
        } else if (passedKeywords().contains(key)) {
            hasApplicationName |= key == QLatin1String("application_name");
            hasConnectTimeout |= key == QLatin1String("connect_timeout");
            options.append(key + QLatin1Char('=') + conninfoValue(value));
        } else {
            return fail(QStringLiteral("unknown parameter '%1' in the database URL").arg(key));
        }
    }
    // Shows in pg_stat_activity, so a DBA sees who holds a connection.
    if (!hasApplicationName)
        options.append(QStringLiteral("application_name='gatehouse'"));
    // libpq waits forever for an unanswering server by default.
    if (!hasConnectTimeout)
        options.append(QStringLiteral("connect_timeout='10'"));
    location.m_connectOptions = options.join(QLatin1Char(';'));
    location.m_text = url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    if (!location.m_user.isEmpty()) // the user name is not secret and helps
        location.m_text.replace(QLatin1String("://"),
                                QStringLiteral("://%1@").arg(location.m_user));
    return location;
}

QString DatabaseLocation::driverName() const
{
    return isPostgres() ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
}

QString DatabaseLocation::displayName() const
{
    return m_text;
}

QString DatabaseLocation::keychainKey() const
{
    return QStringLiteral("postgresql/%1@%2:%3/%4")
            .arg(m_user.isEmpty() ? QStringLiteral("<user>") : m_user,
                 m_host.isEmpty() ? QStringLiteral("<host>") : m_host,
                 m_port > 0 ? QString::number(m_port) : QStringLiteral("5432"),
                 m_database.isEmpty() ? QStringLiteral("<dbname>") : m_database);
}

void DatabaseLocation::configure(QSqlDatabase &db) const
{
    if (!isPostgres()) {
        db.setDatabaseName(m_path);
        return;
    }
    db.setHostName(m_host);
    db.setPort(m_port);
    db.setDatabaseName(m_database);
    db.setUserName(m_user);
    db.setPassword(m_password);
    db.setConnectOptions(m_connectOptions);
}
