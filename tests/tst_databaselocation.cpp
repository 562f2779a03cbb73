// DatabaseLocation: what --db and store/url accept. A plain path is SQLite; a libpq URI
// selects PostgreSQL with its parts and options; a password in the URL and a URL of any
// other kind are refused, by the parser and by the executable (non-zero exit, a clear
// message that never repeats the password).
#include "store/databaselocation.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

class tst_DatabaseLocation : public QObject
{
    Q_OBJECT
private slots:
    void plainPathIsSqlite_data();
    void plainPathIsSqlite();
    void postgresUrl();
    void urlOptionsBecomeConnectOptions();
    void refused_data();
    void refused();
    void executableRefuses_data();
    void executableRefuses();
};

void tst_DatabaseLocation::plainPathIsSqlite_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("absolute") << QStringLiteral("/var/lib/gatehouse/g.sqlite");
    QTest::newRow("relative") << QStringLiteral("data/g.sqlite");
    QTest::newRow("colon in name") << QStringLiteral("backup:2024.sqlite");
}

void tst_DatabaseLocation::plainPathIsSqlite()
{
    QFETCH(QString, text);
    QString error;
    const auto location = DatabaseLocation::parse(text, &error);
    QVERIFY2(location, qPrintable(error));
    QVERIFY(!location->isPostgres());
    QCOMPARE(location->driverName(), QStringLiteral("QSQLITE"));
    QCOMPARE(location->path(), text);
}

void tst_DatabaseLocation::postgresUrl()
{
    QString error;
    const auto location = DatabaseLocation::parse(
            QStringLiteral("postgresql://gate%40keeper@db.example.net:6543/approvals"), &error);
    QVERIFY2(location, qPrintable(error));
    QVERIFY(location->isPostgres());
    QCOMPARE(location->driverName(), QStringLiteral("QPSQL"));
    QCOMPARE(location->host(), QStringLiteral("db.example.net"));
    QCOMPARE(location->port(), 6543);
    QCOMPARE(location->userName(), QStringLiteral("gate@keeper"));
    QCOMPARE(location->databaseName(), QStringLiteral("approvals"));
    QCOMPARE(location->keychainKey(),
             QStringLiteral("postgresql/gate@keeper@db.example.net:6543/approvals"));
    // The short scheme too, with libpq's defaults for what is left out.
    const auto minimal = DatabaseLocation::parse(QStringLiteral("postgres:///gatehouse"), &error);
    QVERIFY2(minimal, qPrintable(error));
    QCOMPARE(minimal->host(), QString());
    QCOMPARE(minimal->port(), -1);
    QCOMPARE(minimal->databaseName(), QStringLiteral("gatehouse"));
}

void tst_DatabaseLocation::urlOptionsBecomeConnectOptions()
{
    QString error;
    const auto location = DatabaseLocation::parse(
            QStringLiteral(
                    "postgresql://anna@db/gh?sslmode=verify-full&sslrootcert=/etc/ca%20it.pem"
                    "&host=/run/postgresql&application_name=o'brien"),
            &error);
    QVERIFY2(location, qPrintable(error));
    QCOMPARE(location->host(), QStringLiteral("/run/postgresql")); // a unix socket directory
    QCOMPARE(location->connectOptions(),
             QStringLiteral("sslmode='verify-full';sslrootcert='/etc/ca it.pem';"
                            "application_name='o\\'brien';connect_timeout='10'"));
    // What QSqlDatabase gets: no password, the options as given.
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("probe"));
    location->configure(db);
    QCOMPARE(db.hostName(), QStringLiteral("/run/postgresql"));
    QCOMPARE(db.userName(), QStringLiteral("anna"));
    QCOMPARE(db.databaseName(), QStringLiteral("gh"));
    QCOMPARE(db.password(), QString());
    QCOMPARE(db.connectOptions(), location->connectOptions());
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
}

void tst_DatabaseLocation::refused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("mysql") << QStringLiteral("mysql://root@127.0.0.1/gh")
                           << QStringLiteral("unsupported database URL 'mysql://...'");
    QTest::newRow("http") << QStringLiteral("http://127.0.0.1/gh.sqlite")
                          << QStringLiteral("unsupported database URL 'http://...'");
    QTest::newRow("sqlite url") << QStringLiteral("sqlite:///tmp/g.sqlite")
                                << QStringLiteral("give a file path for SQLite");
    QTest::newRow("password in user info")
            << QStringLiteral("postgresql://anna:hunter2@db/gh")
            << QStringLiteral("a password in the database URL is refused");
    QTest::newRow("empty password") << QStringLiteral("postgresql://anna:@db/gh")
                                    << QStringLiteral("a password in the database URL is refused");
    QTest::newRow("password parameter")
            << QStringLiteral("postgresql://anna@db/gh?password=hunter2")
            << QStringLiteral("a password in the database URL");
    QTest::newRow("unknown parameter") << QStringLiteral("postgresql://anna@db/gh?colour=blue")
                                       << QStringLiteral("unknown parameter 'colour'");
    QTest::newRow("two path parts")
            << QStringLiteral("postgresql://anna@db/gh/x") << QStringLiteral("one database name");
    QTest::newRow("bad port") << QStringLiteral("postgresql://anna@db/gh?port=99999")
                              << QStringLiteral("port must be 1 to 65535");
    QTest::newRow("semicolon") << QStringLiteral("postgresql://anna@db/gh?options=a;b")
                               << QStringLiteral("holds a ';'");
    QTest::newRow("empty") << QString() << QStringLiteral("no database given");
}

void tst_DatabaseLocation::refused()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!DatabaseLocation::parse(text, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1String("hunter2")), qPrintable(error));
}

void tst_DatabaseLocation::executableRefuses_data()
{
    QTest::addColumn<QString>("db");
    QTest::addColumn<QString>("message");
    QTest::newRow("mysql") << QStringLiteral("mysql://root@127.0.0.1/gh")
                           << QStringLiteral("unsupported database URL 'mysql://...'");
    QTest::newRow("http") << QStringLiteral("http://127.0.0.1:1/x")
                          << QStringLiteral("unsupported database URL 'http://...'");
    QTest::newRow("password") << QStringLiteral("postgresql://anna:hunter2@127.0.0.1:1/gh")
                              << QStringLiteral("a password in the database URL is refused");
}

void tst_DatabaseLocation::executableRefuses()
{
    QFETCH(QString, db);
    QFETCH(QString, message);
    const QString binary = qEnvironmentVariable("GATEHOUSE_BINARY");
    if (binary.isEmpty())
        QSKIP("GATEHOUSE_BINARY is not set (ctest sets it)");
    QTemporaryDir dir;
    QProcess gatehouse;
    gatehouse.setWorkingDirectory(dir.path());
    gatehouse.start(binary,
                    {QStringLiteral("--headless"), QStringLiteral("--port"), QStringLiteral("0"),
                     QStringLiteral("--db"), db});
    QVERIFY(gatehouse.waitForFinished(15000));
    QCOMPARE(gatehouse.exitStatus(), QProcess::NormalExit);
    QCOMPARE(gatehouse.exitCode(), 2);
    const QString stderrText = QString::fromUtf8(gatehouse.readAllStandardError());
    QVERIFY2(stderrText.contains(message), qPrintable(stderrText));
    QVERIFY2(!stderrText.contains(QLatin1String("hunter2")), qPrintable(stderrText));
    // Nothing was created under a name that looks like the URL.
    QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());
}

QTEST_GUILESS_MAIN(tst_DatabaseLocation)
#include "tst_databaselocation.moc"
