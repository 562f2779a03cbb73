// Team mode, live: real gatehouse processes and a console in this process on one
// PostgreSQL database. What one instance commits shows in the other's inbox model
// within a second (LISTEN/NOTIFY and the change sequence, ChangeListener); two decisions
// of one approval at once: one wins, the other is told who decided; a PostgreSQL restart
// under load loses no acknowledged webhook and every instance recovers by itself; the
// schedules' leadership fails over when the leader dies.
#include "core/engine.h"
#include "models/approvaltablemodel.h"
#include "models/timelinemodel.h"
#include "service/gatehouseservice.h"
#include "store/databaselocation.h"
#include "support/gatehouseprocess.h"
#include "support/testdatabase.h"
#include "support/testhttp.h"
#include "support/testrequire.h"
#include "ui/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

namespace {

const QByteArray hookSecret = "hook-secret";

// A console beside the receivers: B in these tests. Its inbox and timeline models are
// fed by the engine's signals exactly as the window's are (MainWindow::connectEngine).
struct Console
{
    ServiceThread service;
    ApprovalTableModel inbox;
    TimelineModel timeline;
    QAbstractItemModelTester inboxTester{&inbox};

    bool start(const QString &location, const QString &keyFile)
    {
        ServiceConfig config;
        config.databasePath = location;
        config.keyFile = keyFile;
        config.operatorToken = "t";
        config.receiverEnabled = false;
        QString why;
        if (!service.start(config, &why)) {
            qWarning().noquote() << "console:" << why;
            return false;
        }
        Engine *engine = service.service()->engine();
        QObject::connect(engine, &Engine::snapshotReady, &inbox, &ApprovalTableModel::setApprovals);
        QObject::connect(engine, &Engine::approvalUpserted, &inbox, &ApprovalTableModel::upsert);
        QObject::connect(engine, &Engine::timelineReady, &timeline, &TimelineModel::setEntries);
        QObject::connect(engine, &Engine::timelineAppended, &timeline, &TimelineModel::append);
        QMetaObject::invokeMethod(
                engine, [engine] { engine->requestSnapshot(1000); }, Qt::QueuedConnection);
        return true;
    }
    Engine *engine() const { return service.service()->engine(); }
    const Approval *approval(qint64 id) const { return inbox.approvalById(id); }
};

// A headless gatehouse process (a receiver behind the load balancer).
struct Receiver
{
    QProcess process;
    quint16 port = 0;
    QByteArray output; // what it printed so far, with MergedChannels its log too
    QProcess::ProcessChannelMode channels = QProcess::ForwardedErrorChannel;

    ~Receiver()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(10000);
        }
    }
    bool start(const QString &location, const QString &keyFile,
               const QProcessEnvironment &extra = {})
    {
        const QString binary = qEnvironmentVariable("GATEHOUSE_BINARY");
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("GATEHOUSE_OPERATOR_TOKEN"), QStringLiteral("t"));
        environment.insert(QStringLiteral("GATEHOUSE_SECRET_GENERIC"),
                           QString::fromLatin1(hookSecret));
        environment.insert(extra);
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(channels);
        process.start(binary,
                      {QStringLiteral("--headless"), QStringLiteral("--port"), QStringLiteral("0"),
                       QStringLiteral("--db"), location, QStringLiteral("--key-file"), keyFile});
        port = GatehouseProcess::waitForPort(process, 20000, &output);
        return port != 0;
    }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path));
    }
};

TestReply webhook(const Receiver &receiver, const QString &externalId, double timeoutMinutes = 0)
{
    QJsonObject body{{QStringLiteral("title"), QStringLiteral("Release %1").arg(externalId)},
                     {QStringLiteral("externalId"), externalId},
                     {QStringLiteral("callbackUrl"), QStringLiteral("http://127.0.0.1:9/cb")}};
    if (timeoutMinutes > 0)
        body.insert(QStringLiteral("timeoutMinutes"), timeoutMinutes);
    return TestHttp::postJson(receiver.url(QStringLiteral("/hooks/generic")), body,
                              {{"Authorization", "Bearer " + hookSecret}});
}

QNetworkRequest approveRequest(const Receiver &receiver, qint64 id)
{
    QNetworkRequest request(receiver.url(QStringLiteral("/api/approvals/%1/approve").arg(id)));
    request.setRawHeader("Authorization", "Bearer t");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    return request;
}

QString stateOf(const Receiver &receiver, qint64 id)
{
    return TestHttp::send(QStringLiteral("GET"),
                          receiver.url(QStringLiteral("/api/approvals/%1").arg(id)), {},
                          {{"Authorization", "Bearer t"}})
            .json()
            .value(QStringLiteral("state"))
            .toString();
}

bool haveBinary()
{
    return !qEnvironmentVariableIsEmpty("GATEHOUSE_BINARY");
}

} // namespace

class tst_TeamLive : public QObject
{
    Q_OBJECT
private slots:
    void webhookAtAShowsInBsInbox();
    void sameDecisionAtOnceOneWins();
    void restartedPostgresLosesNothing();
    void leadershipFailsOver();
    void statusBarSaysWhenLiveUpdatesStop();
};

void tst_TeamLive::webhookAtAShowsInBsInbox()
{
    if (!haveBinary())
        REQUIRE_OR_SKIP("binary", "GATEHOUSE_BINARY is not set (ctest sets it)");
    TestDatabase db;
    GATEHOUSE_CREATE_TEST_DATABASE_ON(db, QStringLiteral("postgresql"));
    const QString keyFile = db.tempDir() + QStringLiteral("/vault.key");
    Receiver a;
    QVERIFY(a.start(db.location(), keyFile));
    Console b;
    QVERIFY(b.start(db.location(), keyFile));

    // A webhook taken by A: in B's inbox within a second of A's acknowledgement.
    const TestReply created = webhook(a, QStringLiteral("rel-1"));
    QCOMPARE(created.status, 201);
    const qint64 id = created.json().value(QStringLiteral("id")).toInteger();
    QTRY_VERIFY_WITH_TIMEOUT(b.approval(id), 1000);
    QCOMPARE(b.approval(id)->title, QStringLiteral("Release rel-1"));
    QVERIFY(b.approval(id)->isPending());

    // B shows the approval's timeline; A's decision and its timeline line arrive live.
    b.timeline.showApproval(id);
    QMetaObject::invokeMethod(
            b.engine(), [engine = b.engine(), id] { engine->requestTimeline(id); },
            Qt::QueuedConnection);
    QTRY_VERIFY_WITH_TIMEOUT(b.timeline.rowCount() > 0, 5000);
    const int linesBefore = b.timeline.rowCount();
    const TestReply approved = TestHttp::send(
            QStringLiteral("POST"), a.url(QStringLiteral("/api/approvals/%1/approve").arg(id)),
            R"({"decidedBy":"anna"})",
            {{"Authorization", "Bearer t"}, {"Content-Type", "application/json"}});
    QCOMPARE(approved.status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(b.approval(id)->state == ApprovalState::Approved, 1000);
    QCOMPARE(b.approval(id)->decidedBy, QStringLiteral("anna"));
    QTRY_VERIFY_WITH_TIMEOUT(b.timeline.rowCount() > linesBefore, 1000);
    bool decisionLine = false;
    for (int row = linesBefore; row < b.timeline.rowCount(); ++row)
        decisionLine |= b.timeline.index(row).data().toString().contains(QLatin1String("anna"));
    QVERIFY2(decisionLine, "the decision's timeline line names the decider");
}

void tst_TeamLive::sameDecisionAtOnceOneWins()
{
    if (!haveBinary())
        REQUIRE_OR_SKIP("binary", "GATEHOUSE_BINARY is not set (ctest sets it)");
    TestDatabase db;
    GATEHOUSE_CREATE_TEST_DATABASE_ON(db, QStringLiteral("postgresql"));
    const QString keyFile = db.tempDir() + QStringLiteral("/vault.key");
    Receiver a;
    QVERIFY(a.start(db.location(), keyFile));
    Console b;
    QVERIFY(b.start(db.location(), keyFile));
    QNetworkAccessManager network;
    QSignalSpy finished(b.engine(), &Engine::decisionFinished);

    // anna approves through A's API while bob clicks in console B, at the same moment:
    // both requests are on their way before either is answered. Several rounds, so that
    // each side wins some.
    int aWon = 0;
    int bWon = 0;
    for (int round = 0; round < 8; ++round) {
        const TestReply created = webhook(a, QStringLiteral("race-%1").arg(round));
        QCOMPARE(created.status, 201);
        const qint64 id = created.json().value(QStringLiteral("id")).toInteger();
        QTRY_VERIFY_WITH_TIMEOUT(b.approval(id), 1000);

        finished.clear();
        QNetworkReply *reply =
                network.post(approveRequest(a, id), QByteArray(R"({"decidedBy":"anna"})"));
        const auto deleteReply = qScopeGuard([reply] { reply->deleteLater(); });
        // bob's click goes a few milliseconds later in some rounds, as A's HTTP round trip
        // takes that long: both sides get to win.
        QTimer::singleShot(round % 4 * 3, b.engine(), [engine = b.engine(), id] {
            engine->requestDecision(id, true, {}, QStringLiteral("window"), QStringLiteral("bob"));
        });
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished() && finished.size() == 1, 10000);

        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        const bool bDecided = finished.at(0).at(1).toBool();
        const QString bMessage = finished.at(0).at(2).toString();
        QCOMPARE(finished.at(0).at(0).toLongLong(), id);
        // Exactly one wins ...
        QVERIFY2((status == 200) != bDecided,
                 qPrintable(QStringLiteral("round %1: A answered %2, B %3 (%4)")
                                    .arg(round)
                                    .arg(status)
                                    .arg(bDecided)
                                    .arg(bMessage)));
        // ... and the other is told who decided.
        if (bDecided) {
            ++bWon;
            QCOMPARE(status, 409);
            QVERIFY2(QString::fromUtf8(QJsonDocument(answer).toJson())
                             .contains(QLatin1String("bob")),
                     QJsonDocument(answer).toJson().constData());
        } else {
            ++aWon;
            QVERIFY2(bMessage.contains(QLatin1String("anna")), qPrintable(bMessage));
        }
        const QString winner = bDecided ? QStringLiteral("bob") : QStringLiteral("anna");
        QTRY_COMPARE_WITH_TIMEOUT(b.approval(id)->decidedBy, winner, 1000);
    }
    qInfo("A won %d rounds, B %d", aWon, bWon);
}

namespace {

// A PostgreSQL server of this test's own (scripts/with-postgres.sh, kept running by a
// `cat` that waits on its standard input), since restarting the shared one would cut
// every other test that runs at the same time.
struct PrivateServer
{
    QProcess script;
    QString url;
    QString password;
    QString restartCommand;

    ~PrivateServer()
    {
        if (script.state() != QProcess::NotRunning) {
            script.closeWriteChannel(); // `cat` ends, the script stops the server
            if (!script.waitForFinished(60000))
                script.kill();
        }
    }
    bool start(QString *why)
    {
        const QString withPostgres =
                QStringLiteral(GATEHOUSE_SOURCE_DIR "/scripts/with-postgres.sh");
        script.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        script.start(QStringLiteral("bash"),
                     {withPostgres, QStringLiteral("sh"), QStringLiteral("-c"),
                      QStringLiteral("printf '%s\\n%s\\n%s\\n' \"$GATEHOUSE_TEST_PG_URL\""
                                     " \"$PGPASSWORD\" \"$GATEHOUSE_TEST_PG_RESTART\"; cat")});
        QByteArray seen;
        QElapsedTimer timer;
        timer.start();
        while (seen.count('\n') < 3 && timer.elapsed() < 60000
               && script.state() != QProcess::NotRunning) {
            script.waitForReadyRead(1000);
            seen += script.readAllStandardOutput();
        }
        const QList<QByteArray> lines = seen.split('\n');
        if (lines.size() < 4) {
            *why = QStringLiteral("with-postgres.sh did not start a server");
            return false;
        }
        url = QString::fromUtf8(lines.at(0));
        password = QString::fromUtf8(lines.at(1));
        restartCommand = QString::fromUtf8(lines.at(2));
        return true;
    }
};

QSet<QString> storedExternalIds(const QString &url, QString *why)
{
    QSet<QString> ids;
    const auto location = DatabaseLocation::parse(url, why);
    if (!location)
        return ids;
    const QString name = QStringLiteral("tst_teamlive-check");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(location->driverName(), name);
        location->configure(db);
        if (!db.open()) {
            *why = db.lastError().text();
        } else {
            QSqlQuery query(db);
            query.exec(QStringLiteral("SELECT external_id FROM approvals"));
            while (query.next())
                ids.insert(query.value(0).toString());
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ids;
}

} // namespace

void tst_TeamLive::restartedPostgresLosesNothing()
{
    if (!haveBinary())
        REQUIRE_OR_SKIP("binary", "GATEHOUSE_BINARY is not set (ctest sets it)");
    if (qEnvironmentVariableIsEmpty("GATEHOUSE_TEST_PG_URL"))
        REQUIRE_OR_SKIP("postgres", "no PostgreSQL (run through scripts/with-postgres.sh)");
    PrivateServer server;
    QString why;
    QVERIFY2(server.start(&why), qPrintable(why));
    // This test's processes (and this process's console) log in to that server.
    const QByteArray sharedPassword = qgetenv("PGPASSWORD");
    qputenv("PGPASSWORD", server.password.toUtf8());
    const auto restorePassword = qScopeGuard([&] { qputenv("PGPASSWORD", sharedPassword); });
    QTemporaryDir dir;
    const QString keyFile = dir.path() + QStringLiteral("/vault.key");
    QProcessEnvironment password;
    password.insert(QStringLiteral("PGPASSWORD"), server.password);

    Receiver a, b;
    QVERIFY(a.start(server.url, keyFile, password));
    QVERIFY(b.start(server.url, keyFile, password));
    Console console;
    QVERIFY(console.start(server.url, keyFile));
    QSignalSpy live(console.engine(), &Engine::liveUpdatesChanged);

    // Webhooks to A and B in turn, while the server restarts under them. Every 2xx is
    // remembered; refusals (503 while it is down) are the sender's to retry.
    QStringList acknowledged;
    QProcess restart;
    restart.setProcessChannelMode(QProcess::ForwardedChannels);
    int afterRestart[2] = {0, 0};
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; timer.elapsed() < 90000; ++i) {
        if (i == 40)
            restart.start(server.restartCommand, {}); // runs while the load goes on
        const bool restarted = i > 40 && restart.state() == QProcess::NotRunning;
        const Receiver &receiver = i % 2 ? b : a;
        const QString externalId = QStringLiteral("load-%1").arg(i);
        const TestReply reply = webhook(receiver, externalId);
        if (reply.status / 100 == 2) {
            acknowledged.append(externalId);
            if (restarted)
                ++afterRestart[i % 2];
        }
        // Both recovered by themselves: each took webhooks after the restart.
        if (afterRestart[0] >= 5 && afterRestart[1] >= 5)
            break;
    }
    QCOMPARE(restart.exitStatus(), QProcess::NormalExit);
    QCOMPARE(restart.exitCode(), 0);
    QVERIFY2(afterRestart[0] >= 5 && afterRestart[1] >= 5,
             qPrintable(QStringLiteral("after the restart A took %1, B %2")
                                .arg(afterRestart[0])
                                .arg(afterRestart[1])));

    // Nothing acknowledged is lost.
    const QSet<QString> stored = storedExternalIds(server.url, &why);
    QVERIFY2(!stored.isEmpty(), qPrintable(why));
    for (const QString &externalId : std::as_const(acknowledged))
        QVERIFY2(stored.contains(externalId), qPrintable(externalId));

    // The console noticed, reconnected and caught up alone: it shows every webhook.
    QTRY_VERIFY_WITH_TIMEOUT(live.size() >= 2, 20000);
    QCOMPARE(live.first().at(0).toBool(), false);
    QCOMPARE(live.last().at(0).toBool(), true);
    const auto shown = [&] {
        QSet<QString> ids;
        for (const Approval &approval : console.inbox.approvals())
            ids.insert(approval.externalId);
        return ids;
    };
    QTRY_VERIFY_WITH_TIMEOUT(shown().contains(QSet<QString>(stored)), 10000);
}

void tst_TeamLive::leadershipFailsOver()
{
    if (!haveBinary())
        REQUIRE_OR_SKIP("binary", "GATEHOUSE_BINARY is not set (ctest sets it)");
    TestDatabase db;
    GATEHOUSE_CREATE_TEST_DATABASE_ON(db, QStringLiteral("postgresql"));
    const QString keyFile = db.tempDir() + QStringLiteral("/vault.key");
    const QString leads = QStringLiteral("this instance runs the schedules");
    Receiver a, b;
    a.channels = b.channels = QProcess::MergedChannels;
    QVERIFY(a.start(db.location(), keyFile));
    QVERIFY(!GatehouseProcess::waitForOutput(a.process, leads, 20000, &a.output).isEmpty());
    QVERIFY(b.start(db.location(), keyFile));
    // B follows while A leads: it has printed that it runs none.
    QVERIFY(!b.output.contains(leads.toUtf8()));

    // An approval due in three seconds; its leader dies before then.
    const TestReply created = webhook(a, QStringLiteral("due"), 0.05);
    QCOMPARE(created.status, 201);
    const qint64 id = created.json().value(QStringLiteral("id")).toInteger();
    a.process.kill();
    QVERIFY(a.process.waitForFinished(10000));

    // B takes the lead when A's session ends, and expires the approval.
    QVERIFY(!GatehouseProcess::waitForOutput(b.process, leads, 20000, &b.output).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(b, id), QStringLiteral("expired"), 20000);
}

void tst_TeamLive::statusBarSaysWhenLiveUpdatesStop()
{
    TestDatabase db;
    GATEHOUSE_CREATE_TEST_DATABASE_ON(db, QStringLiteral("postgresql"));
    Console b;
    QVERIFY(b.start(db.location(), db.tempDir() + QStringLiteral("/vault.key")));
    MainWindow window(b.engine(), {}, "t");
    window.show();
    QLabel *live = nullptr;
    for (QLabel *label : window.findChildren<QLabel *>()) {
        if (label->accessibleName() == QLatin1String("Live updates"))
            live = label;
    }
    QVERIFY(live);
    QVERIFY(!live->isVisible());

    // The database goes away under the console: no new connections, the open ones cut.
    QString why;
    const auto allowConnections = [&](bool allow) {
        return TestDatabase::runOnServer(
                QStringLiteral("ALTER DATABASE %1 WITH ALLOW_CONNECTIONS %2")
                        .arg(db.postgresName(),
                             allow ? QStringLiteral("true") : QStringLiteral("false")),
                &why);
    };
    QVERIFY2(allowConnections(false), qPrintable(why));
    const auto allowAgain = qScopeGuard([&] { allowConnections(true); });
    QVERIFY2(TestDatabase::runOnServer(
                     QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                                    " WHERE datname = '%1'")
                             .arg(db.postgresName()),
                     &why),
             qPrintable(why));
    QTRY_VERIFY_WITH_TIMEOUT(live->isVisible(), 10000);
    QCOMPARE(live->text(), QStringLiteral("Live updates lost, reconnecting…"));

    // Back: the console reconnects by itself and says so.
    QVERIFY2(allowConnections(true), qPrintable(why));
    QTRY_COMPARE_WITH_TIMEOUT(live->text(), QStringLiteral("Live updates back"), 20000);
    QVERIFY(live->isVisible());
}

QTEST_MAIN(tst_TeamLive)
#include "tst_teamlive.moc"
