// Races through the threaded receiver, as production runs it: every client its own
// thread, the service's receiver threads handing the requests to the engine thread,
// which handles those arriving together in one group (as savepoints of one
// transaction). A fan-in whose sources all report at once completes once and calls
// back once; confirmations of one restart link restart the run once.
#include "support/concurrentclients.h"
#include "support/fakehttpserver.h"
#include "support/sideconnection.h"
#include "support/testhttp.h"
#include "support/testservice.h"

#include "connectors/fanin/faninconnector.h"
#include "core/engine.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

class tst_Races : public QObject
{
    Q_OBJECT
private slots:
    void faninSourcesAtOnceCompleteOnce();
    void restartConfirmationsAtOnceRestartOnce();

private:
    static std::optional<Approval> onlyApproval(ServiceThread &service);
    static int outboxRows(const QTemporaryDir &dir);
};

int tst_Races::outboxRows(const QTemporaryDir &dir)
{
    SideConnection side(dir.filePath(QStringLiteral("g.sqlite")));
    return side.value(QStringLiteral("SELECT COUNT(*) FROM outbox")).toInt();
}

std::optional<Approval> tst_Races::onlyApproval(ServiceThread &service)
{
    Engine *engine = service.service()->engine();
    QVector<Approval> approvals;
    QMetaObject::invokeMethod(
            engine, [&] { approvals = engine->approvals({}); }, Qt::BlockingQueuedConnection);
    if (approvals.size() != 1)
        return std::nullopt;
    return approvals.first();
}

void tst_Races::faninSourcesAtOnceCompleteOnce()
{
    FakeHttpServer target;
    QVERIFY(target.start());
    QTemporaryDir dir;
    QStringList regions;
    for (int i = 0; i < 8; ++i)
        regions.append(QStringLiteral("region%1").arg(i));
    QFile groups(dir.filePath(QStringLiteral("fanin.json")));
    QVERIFY(groups.open(QIODevice::WriteOnly));
    groups.write(QStringLiteral(R"({"groups":[{"name":"acr-push","expectedSources":["%1"],)"
                                R"("callback":{"url":"%2"}}]})")
                         .arg(regions.join(QStringLiteral("\",\"")),
                              target.url(QStringLiteral("/all")).toString())
                         .toUtf8());
    groups.close();
    ServiceConfig config = TestService::config(dir.path(), "races-token");
    config.faninFile = groups.fileName();
    TestService::acceptToken(config, {QStringLiteral("fanin")});
    config.receiverThreads = 8;
    ServiceThread service;
    QVERIFY(TestService::start(service, config));

    // Every region twice, all at the same moment.
    const QByteArray body =
            R"({"id":"evt-1","action":"push","target":{"repository":"r","tag":"v1"}})";
    ConcurrentClients clients;
    for (int round = 0; round < 2; ++round) {
        for (const QString &region : std::as_const(regions))
            clients.add(QStringLiteral("POST"),
                        QUrl(QStringLiteral("http://127.0.0.1:%1/hooks/fanin/acr-push?region=%2")
                                     .arg(service.service()->port())
                                     .arg(region)),
                        body, {{"Authorization", QByteArray("Bearer ") + TestService::hookSecret}});
    }
    clients.start();
    QVERIFY(clients.wait());
    int created = 0;
    for (const TestReply &reply : clients.replies()) {
        QVERIFY2(reply.status == 200 || reply.status == 201, reply.body.constData());
        created += reply.status == 201;
    }
    QCOMPARE(created, 1);
    const std::optional<Approval> approval = onlyApproval(service);
    QVERIFY(approval);
    QStringList arrived = FanInConnector::arrived(*approval);
    arrived.sort();
    regions.sort();
    QCOMPARE(arrived, regions);
    QCOMPARE(approval->state, ApprovalState::Approved);
    QTRY_COMPARE(onlyApproval(service)->delivery, DeliveryState::Delivered);
    // One call queued, one sent: no second completion queued a twin behind it.
    QCOMPARE(outboxRows(dir), 1);
    QCOMPARE(target.requests.size(), 1);
}

void tst_Races::restartConfirmationsAtOnceRestartOnce()
{
    FakeHttpServer target;
    QVERIFY(target.start());
    QTemporaryDir dir;
    ServiceConfig config = TestService::config(dir.path(), "races-token");
    TestService::acceptToken(config, {QStringLiteral("pipelines")});
    config.restartTargets.append(RestartTarget::generic(
            QStringLiteral("second"), target.url(QStringLiteral("/start")).toString()));
    config.receiverThreads = 8;
    ServiceThread service;
    QVERIFY(TestService::start(service, config));

    const TestReply paused = TestHttp::postJson(
            QUrl(QStringLiteral("http://127.0.0.1:%1/hooks/pipelines/pause")
                         .arg(service.service()->port())),
            {{QStringLiteral("target"), QStringLiteral("second")},
             {QStringLiteral("data"),
              QJsonObject{{QStringLiteral("runId"), QStringLiteral("r-1")}}}},
            {{"Authorization", QByteArray("Bearer ") + TestService::hookSecret}});
    QCOMPARE(paused.status, 201);
    const QUrl restartUrl(paused.json().value(QStringLiteral("restartUrl")).toString());
    QVERIFY(restartUrl.isValid());

    constexpr int confirmations = 6;
    ConcurrentClients clients;
    for (int i = 0; i < confirmations; ++i)
        clients.add(QStringLiteral("POST"), restartUrl, "decision=approve",
                    {{"Content-Type", "application/x-www-form-urlencoded"}});
    clients.start();
    QVERIFY(clients.wait());
    int restarted = 0;
    for (const TestReply &reply : clients.replies()) {
        if (reply.status == 200) {
            ++restarted;
            QVERIFY(reply.body.contains("Restart requested"));
        } else {
            // Every loser is told the link was used (or the run decided): nothing changed.
            QCOMPARE(reply.status, 409);
            QVERIFY2(reply.body.contains("Nothing was changed"), reply.body.constData());
        }
    }
    QCOMPARE(restarted, 1);
    QTRY_COMPARE(onlyApproval(service)->delivery, DeliveryState::Delivered);
    QCOMPARE(outboxRows(dir), 1);
    QCOMPARE(target.requests.size(), 1);
    QCOMPARE(target.requests.first().path, QStringLiteral("/start"));
}

QTEST_GUILESS_MAIN(tst_Races)
#include "tst_races.moc"
