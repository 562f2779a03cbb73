// TestDatabase: a fresh, empty database for one test, on the engine the test's global
// data row names ("sqlite" or "postgresql"; see addEngines). SQLite: a file in a
// temporary directory. PostgreSQL: a database of its own, created on the throw-away
// server of scripts/with-postgres.sh (GATEHOUSE_TEST_PG_URL) and dropped afterwards, so
// tests are independent and may run in parallel.
//
// Without GATEHOUSE_TEST_PG_URL the PostgreSQL rows skip, unless
// GATEHOUSE_REQUIRE_POSTGRES=1 (the test command sets it): then they fail.
#pragma once

#include <QString>
#include <QTemporaryDir>
#include <QTest>

class TestDatabase
{
public:
    enum class Outcome { Ready, Skip, Fail };

    // For initTestCase_data(): a column "engine" with the rows "sqlite" and "postgresql".
    static void addEngines();
    // The engine of the current global data row (only in tests that call addEngines()).
    static QString currentEngine();

    TestDatabase() = default;
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    // Creates the database on `engine`; on Skip or Fail, *why says why.
    Outcome create(const QString &engine, QString *why);
    bool isPostgres() const { return !m_postgresName.isEmpty(); }
    // What Store::open and --db take: a file path or a postgresql:// URL.
    QString location() const { return m_location; }
    // A scratch directory for the test (vault keys, SQLite files).
    QString tempDir() const { return m_dir.path(); }

    // The PostgreSQL database's name; empty on SQLite.
    QString postgresName() const { return m_postgresName; }
    // Runs one statement as the server's superuser, outside this test's database.
    static bool runOnServer(const QString &sql, QString *why);
    // Runs one statement as the server's superuser inside this test's database (grants
    // on its tables, for tests that connect as roles of their own).
    bool runInDatabase(const QString &sql, QString *why) const;

private:
    static bool run(const QString &url, const QString &sql, QString *why);
    QTemporaryDir m_dir;
    QString m_location;
    QString m_postgresName;
};

// Creates `db` on the current row's engine, or skips/fails the test function.
#define GATEHOUSE_CREATE_TEST_DATABASE(db) \
    GATEHOUSE_CREATE_TEST_DATABASE_ON(db, TestDatabase::currentEngine())

// Creates `db` on `engine` ("sqlite" or "postgresql"), or skips/fails the test function.
#define GATEHOUSE_CREATE_TEST_DATABASE_ON(db, engine) \
    do { \
        QString why_; \
        switch ((db).create((engine), &why_)) { \
        case TestDatabase::Outcome::Ready: \
            break; \
        case TestDatabase::Outcome::Skip: \
            QSKIP(qPrintable(why_)); \
        case TestDatabase::Outcome::Fail: \
            QFAIL(qPrintable(why_)); \
        } \
    } while (false)
