#include "testdatabase.h"

#include "store/databaselocation.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

namespace {
QAtomicInteger<quint64> serial;

const char *serverUrlVariable = "GATEHOUSE_TEST_PG_URL";
} // namespace

void TestDatabase::addEngines()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

QString TestDatabase::currentEngine()
{
    QFETCH_GLOBAL(QString, engine);
    return engine;
}

TestDatabase::~TestDatabase()
{
    if (!m_postgresName.isEmpty()) {
        QString why;
        // FORCE: a connection the test left open does not keep the database alive.
        if (!runOnServer(
                    QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_postgresName),
                    &why))
            qWarning("TestDatabase: %s", qPrintable(why));
    }
}

TestDatabase::Outcome TestDatabase::create(const QString &engine, QString *why)
{
    if (engine == QLatin1String("sqlite")) {
        m_location = m_dir.filePath(QStringLiteral("gatehouse.sqlite"));
        return Outcome::Ready;
    }
    const QString server = qEnvironmentVariable(serverUrlVariable);
    if (server.isEmpty()) {
        *why = QStringLiteral("no PostgreSQL: %1 is not set (run through scripts/with-postgres.sh)")
                       .arg(QLatin1String(serverUrlVariable));
        return qEnvironmentVariableIntValue("GATEHOUSE_REQUIRE_POSTGRES") == 1 ? Outcome::Fail
                                                                               : Outcome::Skip;
    }
    // Unique across the parallel test processes and within one.
    const QString name = QStringLiteral("gh_%1_%2_%3")
                                 .arg(QCoreApplication::applicationPid())
                                 .arg(serial.fetchAndAddRelaxed(1))
                                 .arg(QRandomGenerator::system()->generate() % 100000);
    if (!runOnServer(QStringLiteral("CREATE DATABASE %1").arg(name), why))
        return Outcome::Fail; // the server was promised: not reaching it is a failure
    m_postgresName = name;
    QUrl url(server);
    url.setPath(QLatin1Char('/') + name);
    m_location = url.toString();
    return Outcome::Ready;
}

bool TestDatabase::runOnServer(const QString &sql, QString *why)
{
    return run(qEnvironmentVariable(serverUrlVariable), sql, why);
}

bool TestDatabase::runInDatabase(const QString &sql, QString *why) const
{
    return run(m_location, sql, why);
}

bool TestDatabase::run(const QString &url, const QString &sql, QString *why)
{
    const QString connection = QStringLiteral("test-admin-%1").arg(serial.fetchAndAddRelaxed(1));
    bool ok = false;
    {
        QString error;
        const auto location = DatabaseLocation::parse(url, &error);
        if (!location) {
            *why = error;
            return false;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(location->driverName(), connection);
        location->configure(db);
        if (!db.open()) {
            *why = QStringLiteral("cannot reach the test PostgreSQL server: %1")
                           .arg(db.lastError().text());
        } else {
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok)
                *why = QStringLiteral("%1: %2").arg(sql, query.lastError().text());
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}
