// The audit ledger (issue 18, item 6), on SQLite and PostgreSQL: decisions and policy
// changes made through the real binary land in a hash chain; `gatehouse audit verify`
// finds an edited row, a rewritten (re-hashed) row and removed newest rows; an export
// checks out with an independent Python script (tests/audit_verify.py); concurrent
// writers on PostgreSQL keep one unbroken chain.
#include "store/auditledger.h"
#include "store/databaselocation.h"
#include "store/store.h"
#include "support/gatehouseprocess.h"
#include "support/testdatabase.h"
#include "support/testhttp.h"
#include "support/testrequire.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <csignal>
#include <thread>

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
} // namespace

class tst_Audit : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data();
    void initTestCase();
    void decisionsAndPoliciesVerifyAndTamper();
    void concurrentWritersKeepOneChain();

private:
    QProcessEnvironment environment(const TestDatabase &db) const;
    Run gatehouse(const QStringList &arguments, const TestDatabase &db,
                  const QString &outputFile = {});
    Run python(const QString &file);
    bool sql(const TestDatabase &db, const QString &statement, QVariant *firstValue = nullptr);
    Run verify(const TestDatabase &db, const QStringList &extra = {});

    QString m_binary;
    QString m_python;
};

void tst_Audit::initTestCase_data()
{
    TestDatabase::addEngines();
}

void tst_Audit::initTestCase()
{
    m_binary = qEnvironmentVariable("GATEHOUSE_BINARY");
    if (m_binary.isEmpty())
        REQUIRE_OR_SKIP("binary", "GATEHOUSE_BINARY is not set (ctest sets it)");
    m_python = QStandardPaths::findExecutable(QStringLiteral("python3"));
}

QProcessEnvironment tst_Audit::environment(const TestDatabase &db) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GATEHOUSE_OPERATOR_TOKEN"), QStringLiteral("audit-token"));
    env.insert(QStringLiteral("GATEHOUSE_SECRET_GENERIC"), QStringLiteral("audit-hook"));
    env.insert(QStringLiteral("GATEHOUSE_DELIVERY_ALLOW"), QStringLiteral("127.0.0.0/8,::1"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), db.tempDir() + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), db.tempDir() + QStringLiteral("/data"));
    return env;
}

Run tst_Audit::gatehouse(const QStringList &arguments, const TestDatabase &db,
                         const QString &outputFile)
{
    QProcess process;
    process.setProcessEnvironment(environment(db));
    if (!outputFile.isEmpty())
        process.setStandardOutputFile(outputFile);
    process.start(m_binary, arguments);
    Run run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

Run tst_Audit::verify(const TestDatabase &db, const QStringList &extra)
{
    return gatehouse(QStringList{QStringLiteral("audit"), QStringLiteral("verify"),
                                 QStringLiteral("--db"), db.location(),
                                 QStringLiteral("--key-file"),
                                 db.tempDir() + QStringLiteral("/vault.key")}
                             + extra,
                     db);
}

Run tst_Audit::python(const QString &file)
{
    QProcess process;
    process.start(m_python, {QStringLiteral(GATEHOUSE_SOURCE_DIR "/tests/audit_verify.py"), file});
    Run run;
    if (process.waitForFinished(30000)) {
        run.exitCode = process.exitCode();
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
    }
    return run;
}

bool tst_Audit::sql(const TestDatabase &db, const QString &statement, QVariant *firstValue)
{
    const QString name = QStringLiteral("tst_audit_edit");
    bool ok = false;
    {
        QString error;
        const auto location = DatabaseLocation::parse(db.location(), &error);
        QSqlDatabase connection = QSqlDatabase::addDatabase(location->driverName(), name);
        location->configure(connection);
        if (connection.open()) {
            QSqlQuery query(connection);
            ok = query.exec(statement);
            if (!ok)
                qWarning() << statement << query.lastError().text();
            if (ok && firstValue && query.next())
                *firstValue = query.value(0);
        } else {
            qWarning() << connection.lastError().text();
        }
        connection.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

void tst_Audit::decisionsAndPoliciesVerifyAndTamper()
{
    TestDatabase db;
    GATEHOUSE_CREATE_TEST_DATABASE(db);
    const QString dir = db.tempDir();
    {
        QFile policies(dir + QStringLiteral("/policies.json"));
        QVERIFY(policies.open(QIODevice::WriteOnly));
        policies.write(
                R"({"policies":[{"name":"staging watch","match":{"environment":"staging"},)"
                R"("timeoutSecs":600,"gates":[{"name":"office hours","type":"timeWindow",)"
                R"("days":["mon","tue","wed","thu","fri"],"from":"09:00","to":"17:00"}]}]})");
        QFile config(dir + QStringLiteral("/gatehouse.ini"));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("[gates]\npolicyFile=" + policies.fileName().toUtf8() + "\n");
    }

    QProcess server;
    // A failed check returns early: the server goes with it.
    const auto stopServer = qScopeGuard([&server] {
        if (server.state() != QProcess::NotRunning) {
            server.kill();
            server.waitForFinished(5000);
        }
    });
    server.setProcessEnvironment(environment(db));
    server.start(m_binary,
                 {QStringLiteral("--headless"), QStringLiteral("--port"), QStringLiteral("0"),
                  QStringLiteral("--db"), db.location(), QStringLiteral("--key-file"),
                  dir + QStringLiteral("/vault.key"), QStringLiteral("--config"),
                  dir + QStringLiteral("/gatehouse.ini")});
    QVERIFY(server.waitForStarted(5000));
    const quint16 port = GatehouseProcess::waitForPort(server);
    QVERIFY(port != 0);
    const auto url = [port](const QString &path) {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path));
    };
    QList<qint64> ids;
    for (int i = 1; i <= 3; ++i) {
        const TestReply created = TestHttp::postJson(
                url(QStringLiteral("/hooks/generic")),
                {{QStringLiteral("title"), QStringLiteral("Release %1").arg(i)},
                 {QStringLiteral("externalId"), QStringLiteral("rel-%1").arg(i)},
                 {QStringLiteral("callbackUrl"), QStringLiteral("http://127.0.0.1:9/cb")}},
                {{"X-Gatehouse-Secret", "audit-hook"}});
        QCOMPARE(created.status, 201);
        ids.append(created.json().value(QStringLiteral("id")).toInteger());
    }
    const QList<QPair<QByteArray, QByteArray>> auth{{"Authorization", "Bearer audit-token"}};
    const QList<std::tuple<QString, QByteArray>> decisions{
            {QStringLiteral("approve"), R"({"comment":"ship it","decidedBy":"anna"})"},
            {QStringLiteral("reject"),
             R"({"comment":"not now, \"later\"\nsee ticket","decidedBy":"ben"})"},
            {QStringLiteral("approve"), R"({"comment":"","decidedBy":"carla"})"}};
    for (int i = 0; i < 3; ++i) {
        const auto &[verb, body] = decisions.at(i);
        QCOMPARE(
                TestHttp::send(QStringLiteral("POST"),
                               url(QStringLiteral("/api/approvals/%1/%2").arg(ids.at(i)).arg(verb)),
                               body, auth)
                        .status,
                200);
    }
    // A decision that lost (already decided) writes no entry.
    QCOMPARE(TestHttp::send(QStringLiteral("POST"),
                            url(QStringLiteral("/api/approvals/%1/reject").arg(ids.at(0))),
                            R"({"comment":"late"})", auth)
                     .status,
             409);
    // A policy change put in force by a reload (SIGHUP) is recorded too.
    {
        QFile policies(dir + QStringLiteral("/policies.json"));
        QVERIFY(policies.open(QIODevice::WriteOnly | QIODevice::Truncate));
        policies.write(R"({"policies":[{"name":"one wait","match":{"environment":"prod"},)"
                       R"("supersede":"newest"}]})");
    }
    QByteArray seen;
    ::kill(pid_t(server.processId()), SIGHUP);
    QVERIFY(!GatehouseProcess::waitForOutput(server, QStringLiteral("reloaded the settings"), 20000,
                                             &seen)
                     .isEmpty());
    ::kill(pid_t(server.processId()), SIGTERM);
    QVERIFY(server.waitForFinished(15000));

    // The policies in force at start, 3 decisions, the policies of the reload.
    Run intact = verify(db);
    QCOMPARE(intact.exitCode, 0);
    QVERIFY2(intact.out.contains("OK: 5 entries") && intact.out.contains("sealed head matches"),
             intact.out + intact.err);

    const QString jsonl = dir + QStringLiteral("/audit.jsonl");
    const QString csv = dir + QStringLiteral("/audit.csv");
    QCOMPARE(gatehouse({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--db"),
                        db.location(), QStringLiteral("--from"), QStringLiteral("2000-01-01"),
                        QStringLiteral("--to"), QStringLiteral("2999-12-31")},
                       db, jsonl)
                     .exitCode,
             0);
    QCOMPARE(gatehouse({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--db"),
                        db.location(), QStringLiteral("--format"), QStringLiteral("csv")},
                       db, csv)
                     .exitCode,
             0);
    QFile exported(jsonl);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = exported.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 5);
    const QJsonObject policy = QJsonDocument::fromJson(lines.at(0)).object();
    QCOMPARE(policy.value(QStringLiteral("action")), QStringLiteral("policy-changed"));
    QCOMPARE(policy.value(QStringLiteral("origin")), QStringLiteral("start"));
    QVERIFY(policy.value(QStringLiteral("detail"))
                    .toString()
                    .contains(QLatin1String("staging watch")));
    const QJsonObject rejected = QJsonDocument::fromJson(lines.at(2)).object();
    QCOMPARE(rejected.value(QStringLiteral("seq")).toInteger(), 3);
    QCOMPARE(rejected.value(QStringLiteral("action")), QStringLiteral("rejected"));
    QCOMPARE(rejected.value(QStringLiteral("approvalId")).toInteger(), ids.at(1));
    QCOMPARE(rejected.value(QStringLiteral("actor")), QStringLiteral("ben"));
    QCOMPARE(rejected.value(QStringLiteral("origin")), QStringLiteral("api"));
    QCOMPARE(rejected.value(QStringLiteral("detail")),
             QStringLiteral("not now, \"later\"\nsee ticket"));
    QCOMPARE(rejected.value(QStringLiteral("subject")), QStringLiteral("generic rel-2: Release 2"));
    QCOMPARE(rejected.value(QStringLiteral("prevHash")),
             QJsonDocument::fromJson(lines.at(1)).object().value(QStringLiteral("hash")));
    const QJsonObject reloaded = QJsonDocument::fromJson(lines.at(4)).object();
    QCOMPARE(reloaded.value(QStringLiteral("action")), QStringLiteral("policy-changed"));
    QCOMPARE(reloaded.value(QStringLiteral("origin")), QStringLiteral("settings"));
    const QString reloadedDetail = reloaded.value(QStringLiteral("detail")).toString();
    QVERIFY2(reloadedDetail.contains(QLatin1String("\"one wait\""))
                     && reloadedDetail.contains(QLatin1String("supersede newest")),
             qPrintable(reloadedDetail));
    const QString fourthHash =
            QJsonDocument::fromJson(lines.at(3)).object().value(QStringLiteral("hash")).toString();

    if (m_python.isEmpty()) {
        QWARN("python3 not found: the independent check of the export is left out");
    } else {
        for (const QString &file : {jsonl, csv}) {
            const Run checked = python(file);
            QCOMPARE(checked.exitCode, 0);
            QVERIFY2(checked.out.startsWith("OK 5 entries"), checked.out + checked.err);
        }
        // The independent check is not a rubber stamp: an edited export fails it.
        QFile edited(dir + QStringLiteral("/edited.jsonl"));
        QVERIFY(edited.open(QIODevice::WriteOnly));
        QByteArray copy = lines.join('\n');
        copy.replace("\"actor\":\"ben\"", "\"actor\":\"bob\"");
        edited.write(copy + '\n');
        edited.close();
        const Run caught = python(edited.fileName());
        QCOMPARE(caught.exitCode, 1);
        QVERIFY2(caught.out.startsWith("entry 3 altered"), caught.out);
    }

    // An edited row: verify names it.
    QVERIFY(sql(db, QStringLiteral("UPDATE audit_ledger SET actor = 'mallory' WHERE seq = 3")));
    Run edited = verify(db);
    QCOMPARE(edited.exitCode, 1);
    QVERIFY2(edited.err.contains("FAILED at entry 3: entry 3 was altered"), edited.err);
    QVERIFY(sql(db, QStringLiteral("UPDATE audit_ledger SET actor = 'ben' WHERE seq = 3")));
    QCOMPARE(verify(db).exitCode, 0);

    // Rewritten with a correct hash of its own: the next entry's link gives it away.
    AuditEntry forged = AuditEntry();
    {
        QVariant prev;
        QVERIFY(sql(db, QStringLiteral("SELECT prev_hash FROM audit_ledger WHERE seq = 3"), &prev));
        forged.seq = 3;
        forged.at = QDateTime::fromMSecsSinceEpoch(rejected.value(QStringLiteral("at")).toInteger(),
                                                   Qt::UTC);
        forged.action = QStringLiteral("approved");
        forged.approvalId = ids.at(1);
        forged.subject = rejected.value(QStringLiteral("subject")).toString();
        forged.actor = QStringLiteral("ben");
        forged.origin = QStringLiteral("api");
        forged.detail = rejected.value(QStringLiteral("detail")).toString();
        forged.prevHash = prev.toString();
    }
    QVERIFY(sql(db,
                QStringLiteral("UPDATE audit_ledger SET action = 'approved', hash = '%1'"
                               " WHERE seq = 3")
                        .arg(AuditLedger::chainHash(forged.prevHash, forged))));
    Run rewritten = verify(db, {QStringLiteral("--json")});
    QCOMPARE(rewritten.exitCode, 1);
    QCOMPARE(QJsonDocument::fromJson(rewritten.out)
                     .object()
                     .value(QStringLiteral("firstBadEntry"))
                     .toInteger(),
             3);
    QVERIFY(sql(db,
                QStringLiteral("UPDATE audit_ledger SET action = 'rejected', hash = '%1'"
                               " WHERE seq = 3")
                        .arg(rejected.value(QStringLiteral("hash")).toString())));
    QCOMPARE(verify(db).exitCode, 0);

    // The newest entry removed: the sealed head still counts it.
    QVERIFY(sql(db, QStringLiteral("DELETE FROM audit_ledger WHERE seq = 5")));
    Run truncated = verify(db);
    QCOMPARE(truncated.exitCode, 1);
    QVERIFY2(truncated.err.contains("FAILED at entry 5: entries 5 to 5 were removed"),
             truncated.err);
    // ... and a head rewritten to match: its seal no longer opens to it.
    QVERIFY(sql(db,
                QStringLiteral("UPDATE audit_head SET count = 4, hash = '%1'").arg(fourthHash)));
    Run resealed = verify(db);
    QCOMPARE(resealed.exitCode, 1);
    QVERIFY2(resealed.err.contains("seal does not match"), resealed.err);
    // Without the key only the chain is checked, and verify says what that leaves out.
    Run noKey = gatehouse({QStringLiteral("audit"), QStringLiteral("verify"),
                           QStringLiteral("--db"), db.location(), QStringLiteral("--key-file"),
                           dir + QStringLiteral("/no-such.key")},
                          db);
    QCOMPARE(noKey.exitCode, 1);
    QVERIFY2(noKey.err.contains("could not be checked"), noKey.err);
}

void tst_Audit::concurrentWritersKeepOneChain()
{
    TestDatabase db;
    GATEHOUSE_CREATE_TEST_DATABASE(db);
    if (!db.isPostgres())
        QSKIP("one writer at a time by design on SQLite (one seat)");
    {
        Store setup; // migrations
        QString error;
        QVERIFY2(setup.open(db.location(), &error), qPrintable(error));
    }
    constexpr int writers = 4, each = 25;
    std::vector<std::thread> threads;
    QAtomicInt failures = 0;
    for (int w = 0; w < writers; ++w) {
        threads.emplace_back([&, w] {
            Store store;
            QString error;
            if (!store.open(db.location(), &error)) {
                failures.fetchAndAddRelaxed(each);
                return;
            }
            store.setAuditSealer(
                    [](const QByteArray &head) { return QString::fromLatin1(head.toBase64()); });
            for (int i = 0; i < each; ++i) {
                AuditEntry entry;
                entry.at = QDateTime::currentDateTimeUtc();
                entry.action = QStringLiteral("approved");
                entry.approvalId = w * 1000 + i;
                entry.actor = QStringLiteral("writer %1").arg(w);
                if (!store.begin() || !store.appendAudit(&entry) || !store.commit()) {
                    store.rollback();
                    failures.fetchAndAddRelaxed(1);
                }
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(failures.loadRelaxed(), 0);
    Store check;
    QString error;
    QVERIFY(check.open(db.location(), &error));
    const AuditLedger::Verdict verdict =
            check.auditLedger().verify([](const QString &sealed, QByteArray *plain) {
                *plain = QByteArray::fromBase64(sealed.toLatin1());
                return true;
            });
    QVERIFY2(verdict.ok, qPrintable(verdict.problem));
    QCOMPARE(verdict.count, qint64(writers * each));
    QVERIFY(verdict.headChecked);
}

QTEST_GUILESS_MAIN(tst_Audit)
#include "tst_audit.moc"
