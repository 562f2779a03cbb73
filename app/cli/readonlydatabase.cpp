#include "readonlydatabase.h"

#include "secrets/keychain.h"
#include "store/databaselocation.h"

#include <QFileInfo>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

QString ReadOnlyDatabase::configuredLocation(const QString &argument, const QSettings &settings)
{
    if (!argument.isEmpty())
        return argument;
    const QString url = settings.value(QStringLiteral("store/url")).toString();
    if (!url.isEmpty())
        return url;
    return settings
            .value(QStringLiteral("store/path"),
                   QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                           + QStringLiteral("/gatehouse.sqlite"))
            .toString();
}

ReadOnlyDatabase::ReadOnlyDatabase(const QString &connectionName) : m_connectionName(connectionName)
{ }

ReadOnlyDatabase::~ReadOnlyDatabase()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

ReadOnlyDatabase::Problem ReadOnlyDatabase::open(const QString &text, QString *error)
{
    auto location = DatabaseLocation::parse(text, error);
    if (!location)
        return Problem::Usage;
    m_postgres = location->isPostgres();
    m_displayName = location->displayName();
    if (!m_postgres && !QFileInfo::exists(location->path())) {
        *error = QStringLiteral("no database at %1").arg(location->path());
        return Problem::Missing;
    }
    if (m_postgres && !qEnvironmentVariableIsSet("PGPASSWORD")) {
        QString ignored;
        const QByteArray password = Keychain::read(location->keychainKey(), &ignored);
        if (!password.isEmpty())
            location->setPassword(QString::fromUtf8(password));
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(location->driverName(), m_connectionName);
    location->configure(db);
    if (!m_postgres)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open()) {
        *error = QStringLiteral("cannot open %1: %2").arg(m_displayName, db.lastError().text());
        return Problem::Unreadable;
    }
    QSqlQuery readOnly(db);
    if (m_postgres
        && !readOnly.exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"))) {
        *error = readOnly.lastError().text();
        return Problem::Unreadable;
    }
    return Problem::None;
}

QString ReadOnlyDatabase::sealedSecret(const QString &name) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT sealed FROM sealed_secrets WHERE name = :name"));
    query.bindValue(QStringLiteral(":name"), name);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toString();
}
