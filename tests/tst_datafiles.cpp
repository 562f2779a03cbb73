// Data files (issue 12, item 8): another local user must not read the database. On a
// real SQLite store, and through the real service over HTTP: the folder Gatehouse
// creates is 0700; gatehouse.sqlite, -wal and -shm are 0600, also when an existing
// install left them 0644.
#include "service/gatehouseservice.h"
#include "store/datafiles.h"
#include "store/store.h"
#include "support/testhttp.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {

int modeOf(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

QString octal(int mode)
{
    return QString::number(mode, 8);
}

} // namespace

class tst_DataFiles : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void newStoreIsOwnerOnly();
    void existingInstallIsTightened();
    void ownDataFolderIsTightened();
    void runningServiceKeepsFilesOwnerOnly();

private:
    mode_t m_umask = 0;
};

void tst_DataFiles::initTestCase()
{
    // The usual desktop umask, under which SQLite alone creates 0644 files.
    m_umask = ::umask(022);
}

void tst_DataFiles::newStoreIsOwnerOnly()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("data/Gatehouse"));
    const QString path = folder + QStringLiteral("/gatehouse.sqlite");
    Store store;
    QString error;
    QVERIFY2(store.open(path, &error), qPrintable(error));
    QVERIFY(store.putSealedSecret(QStringLiteral("probe"), QStringLiteral("sealed"))); // a write
    QCOMPARE(octal(modeOf(folder)), octal(0700));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QVERIFY2(QFileInfo::exists(path + suffix), qPrintable(path + suffix));
        QCOMPARE(octal(modeOf(path + suffix)), octal(0600));
    }
    store.close();
}

void tst_DataFiles::existingInstallIsTightened()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gatehouse.sqlite"));
    {
        // An install from before the rule: SQLite's own files under umask 022, kept open so
        // that -wal and -shm exist too.
        QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode=WAL")));
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (x)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QCOMPARE(octal(modeOf(path + suffix)), octal(0644));

        Store store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QCOMPARE(octal(modeOf(path + suffix)), octal(0600));
        store.close();
        query.clear();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
}

void tst_DataFiles::ownDataFolderIsTightened()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("Gatehouse"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::setPermissions(folder,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                          | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                                          | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                          | QFileDevice::ExeOther));
    QCOMPARE(octal(modeOf(folder)), octal(0755));
    QString error;
    QVERIFY2(DataFiles::secureFolder(folder, &error), qPrintable(error));
    QCOMPARE(octal(modeOf(folder)), octal(0700));
}

void tst_DataFiles::runningServiceKeepsFilesOwnerOnly()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("state"));
    ServiceConfig config;
    config.databasePath = folder + QStringLiteral("/gatehouse.sqlite");
    config.port = 0;
    config.keyFile = dir.filePath(QStringLiteral("vault.key"));
    config.operatorToken = "operator-token-for-datafiles";
    config.inbound.insert(QStringLiteral("generic"),
                          {QStringLiteral("token"),
                           "generic-secret-for-datafiles",
                           QStringLiteral("environment"),
                           {},
                           "sha256="});
    ServiceThread service;
    QString error;
    QVERIFY2(service.start(config, &error), qPrintable(error));
    const QUrl url(
            QStringLiteral("http://127.0.0.1:%1/hooks/generic").arg(service.service()->port()));
    const TestReply reply =
            TestHttp::send(QStringLiteral("POST"), url,
                           R"({"title":"Deploy","callbackUrl":"http://127.0.0.1:9/cb"})",
                           {{"Authorization", "Bearer generic-secret-for-datafiles"},
                            {"Content-Type", "application/json"}});
    QCOMPARE(reply.status, 201);
    QCOMPARE(octal(modeOf(folder)), octal(0700));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QVERIFY2(QFileInfo::exists(config.databasePath + suffix), qPrintable(suffix));
        QCOMPARE(octal(modeOf(config.databasePath + suffix)), octal(0600));
    }
    service.stop();
}

QTEST_GUILESS_MAIN(tst_DataFiles)
#include "tst_datafiles.moc"
