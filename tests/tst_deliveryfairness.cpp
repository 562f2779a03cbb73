// Delivery starvation: callbacks that hang (a tarpit) must not hold up a fresh
// decision's callback, whether it goes to another host (each host gets a fair share of
// the slots) or to the same host (first attempts never wait behind retries). Proved
// by the order of arrival that the tarpit and the fake record, not by a stopwatch.
#include "support/fakehttpserver.h"
#include "support/testcore.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace {

// Accepts every connection and reads the request, then never answers, except to
// paths starting with /fresh (answered 200 at once). Records the paths in order.
class Tarpit : public QTcpServer
{
public:
    QStringList paths;
    int ended = 0; // connections the client gave up on

    explicit Tarpit(QObject *parent = nullptr) : QTcpServer(parent)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                auto *head = new QByteArray;
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket, head] {
                    *head += socket->readAll();
                    if (!head->contains("\r\n\r\n") || head->isEmpty())
                        return;
                    const QByteArray path = head->split(' ').value(1);
                    head->clear();
                    paths.append(QString::fromLatin1(path));
                    if (path.startsWith("/fresh"))
                        socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n"
                                      "Content-Type: application/json\r\n\r\n{}");
                });
                connect(socket, &QTcpSocket::disconnected, socket, [this, socket, head] {
                    ++ended;
                    delete head;
                    socket->deleteLater();
                });
            }
        });
    }
    int count(const QString &prefix) const
    {
        return int(std::count_if(paths.cbegin(), paths.cend(),
                                 [&](const QString &path) { return path.startsWith(prefix); }));
    }
};

DeliveryPolicy tarpitPolicy(int requestTimeoutMs)
{
    DeliveryPolicy policy = TestCore::fastPolicy();
    policy.maxConcurrent = 8;
    policy.maxAttempts = 1000;
    policy.requestTimeoutMs = requestTimeoutMs;
    policy.allowTargets = {QStringLiteral("127.0.0.0/8")}; // the fakes are on loopback
    return policy;
}

// 24 decided approvals whose callbacks go to the tarpit.
void decideSlowApprovals(TestCore &core, const Tarpit &tarpit)
{
    for (int i = 0; i < 24; ++i)
        core.decidedGeneric(
                QStringLiteral("http://127.0.0.2:%1/slow/%2").arg(tarpit.serverPort()).arg(i),
                QStringLiteral("slow-%1").arg(i));
}

} // namespace

class tst_DeliveryFairness : public QObject
{
    Q_OBJECT
private slots:
    void sharesArePerHost();
    void freshDecisionPassesRetries();
    void firstAttemptsAreListedFirst();
};

void tst_DeliveryFairness::sharesArePerHost()
{
    // The tarpit holds every call for longer than the test runs.
    const DeliveryPolicy policy = tarpitPolicy(60000);
    Tarpit tarpit;
    QVERIFY(tarpit.listen(QHostAddress(QStringLiteral("127.0.0.2"))));
    TestCore core(policy);
    core.outbox->start();
    decideSlowApprovals(core, tarpit);
    QTRY_COMPARE(tarpit.paths.size(), policy.perHostLimit());

    FakeHttpServer real;
    QVERIFY(real.start());
    QElapsedTimer clock;
    clock.start();
    const qint64 fresh = core.decidedGeneric(real.url(QStringLiteral("/decision")).toString(),
                                             QStringLiteral("fresh"));
    QTRY_COMPARE(real.requests.size(), 1);
    qInfo("fresh callback arrived %lld ms after the decision, beside %d hanging calls",
          clock.elapsed(), int(tarpit.paths.size()));
    QTRY_COMPARE(core.engine->approval(fresh)->delivery, DeliveryState::Delivered);
    // It waited for none of the hanging calls: they are all still hanging, and the
    // tarpit got no more than its share.
    QCOMPARE(tarpit.ended, 0);
    QCOMPARE(tarpit.paths.size(), policy.perHostLimit());
    QCOMPARE(core.outbox->inFlight(), policy.perHostLimit());
}

void tst_DeliveryFairness::freshDecisionPassesRetries()
{
    // The tarpit's calls time out quickly and come back as retries, again and again.
    const DeliveryPolicy policy = tarpitPolicy(300);
    Tarpit tarpit;
    QVERIFY(tarpit.listen(QHostAddress(QStringLiteral("127.0.0.2"))));
    TestCore core(policy);
    core.outbox->start();
    decideSlowApprovals(core, tarpit);
    // Wait until every approval had its first attempt and retries are under way.
    QTRY_VERIFY_WITH_TIMEOUT(QSet<QString>(tarpit.paths.cbegin(), tarpit.paths.cend()).size() == 24
                                     && tarpit.paths.size() > 30,
                             30000);

    const int before = tarpit.paths.size();
    const qint64 fresh = core.decidedGeneric(
            QStringLiteral("http://127.0.0.2:%1/fresh").arg(tarpit.serverPort()),
            QStringLiteral("fresh"));
    QTRY_COMPARE(tarpit.count(QStringLiteral("/fresh")), 1);
    // Same host, yet the first attempt went ahead of the retries due with it: no more
    // calls started in between than the host has slots.
    const int position = int(tarpit.paths.indexOf(QStringLiteral("/fresh")));
    QVERIFY2(position - before <= policy.perHostLimit(),
             qPrintable(QStringLiteral("%1 calls went first").arg(position - before)));
    QTRY_COMPARE(core.engine->approval(fresh)->delivery, DeliveryState::Delivered);
}

void tst_DeliveryFairness::firstAttemptsAreListedFirst()
{
    // The store's order is the worker's: a fresh row comes before older retries.
    TestCore core;
    const qint64 old =
            core.decidedGeneric(QStringLiteral("http://127.0.0.2:9/a"), QStringLiteral("old"));
    QVector<OutboxItem> due = core.engine->dueDeliveries(10);
    QCOMPARE(due.size(), 1);
    core.engine->deliveryStarted(due.first());
    core.engine->deliveryFailed(due.first(), QStringLiteral("timed out"), core.clock.now());
    const qint64 fresh =
            core.decidedGeneric(QStringLiteral("http://127.0.0.2:9/b"), QStringLiteral("fresh"));
    due = core.engine->dueDeliveries(10);
    QCOMPARE(due.size(), 2);
    QCOMPARE(due.at(0).approvalId, fresh);
    QCOMPARE(due.at(1).approvalId, old);
    QCOMPARE(due.at(1).attempts, 1);
}

QTEST_GUILESS_MAIN(tst_DeliveryFairness)
#include "tst_deliveryfairness.moc"
