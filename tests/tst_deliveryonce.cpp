// One process sends each call once per attempt, never twice behind the worker's back.
// A real worker on a real database (SQLite file, and PostgreSQL with leases when
// GATEHOUSE_TEST_PG_URL is set) against a target on loopback that records every request
// that reaches it, whole, with its Idempotency-Key:
// - a target that reads the call and hangs up without answering (a crashing handler,
//   a proxy giving up) sees exactly one request per attempt on the timeline: Qt's own
//   silent resend of a request whose connection closed would otherwise deliver it
//   again, with no attempt recorded;
// - a target that answers after longer than the lease, with many decisions at once,
//   gets each call once: the worker's sweeps (timer, wake-ups) never send a row that is
//   in flight, and do not spin while it is;
// - a call the target accepted whose record the database refused is recorded again
//   later, not sent again.
#include "support/sideconnection.h"
#include "support/testcore.h"
#include "support/testdatabase.h"

#include <QHash>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <array>

namespace {

// Reads each request whole (head and Content-Length body), records it, then either
// hangs up without a word or answers 200 after `answerAfterMs`.
class RecordingTarget : public QTcpServer
{
public:
    struct Arrival
    {
        QByteArray path;
        QByteArray idempotencyKey;
        QByteArray body;
    };
    QVector<Arrival> arrivals;
    bool hangUp = false;
    int answerAfterMs = 0;
    int answered = 0;

    explicit RecordingTarget(QObject *parent = nullptr) : QTcpServer(parent)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { read(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    int count(const QByteArray &path) const
    {
        return int(std::count_if(arrivals.cbegin(), arrivals.cend(),
                                 [&](const Arrival &a) { return a.path == path; }));
    }

private:
    QHash<QTcpSocket *, QByteArray> m_pending;

    void read(QTcpSocket *socket)
    {
        QByteArray &data = m_pending[socket];
        data += socket->readAll();
        const qsizetype headEnd = data.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const QByteArray head = data.left(headEnd);
        QByteArray key;
        qsizetype length = 0;
        for (const QByteArray &line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            const QByteArray name = line.left(colon).trimmed().toLower();
            if (name == "content-length")
                length = line.mid(colon + 1).trimmed().toLongLong();
            else if (name == "idempotency-key")
                key = line.mid(colon + 1).trimmed();
        }
        if (data.size() < headEnd + 4 + length)
            return; // the body is still on its way
        arrivals.append({head.split(' ').value(1), key, data.mid(headEnd + 4, length)});
        m_pending.remove(socket);
        if (hangUp) {
            socket->disconnectFromHost();
            return;
        }
        QTimer::singleShot(answerAfterMs, socket, [this, socket] {
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
            ++answered;
        });
    }
};

int timelineCount(TestCore &core, qint64 id, const QString &type)
{
    const QVector<TimelineEntry> entries = core.engine->timeline(id);
    return int(std::count_if(entries.cbegin(), entries.cend(),
                             [&](const TimelineEntry &e) { return e.type == type; }));
}

} // namespace

class tst_DeliveryOnce : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data();
    void hangUpAfterReadingCountsAsOneAttempt();
    void slowerThanTheLeaseIsSentOnce();
    void acceptedButNotRecordedIsNotSentAgain();
};

void tst_DeliveryOnce::initTestCase_data()
{
    TestDatabase::addEngines();
}

void tst_DeliveryOnce::hangUpAfterReadingCountsAsOneAttempt()
{
    TestDatabase db;
    GATEHOUSE_CREATE_TEST_DATABASE(db);
    RecordingTarget target;
    target.hangUp = true;
    QVERIFY(target.listen(QHostAddress::LocalHost));
    DeliveryPolicy policy = TestCore::fastPolicy();
    policy.maxAttempts = 2;
    policy.allowTargets = {QStringLiteral("127.0.0.0/8")};
    TestCore core(policy, db.location());
    core.outbox->start();

    const QString path = QStringLiteral("/hangs-up");
    const qint64 id = core.decidedGeneric(
            QStringLiteral("http://127.0.0.1:%1%2").arg(target.serverPort()).arg(path),
            QStringLiteral("hang-up"));
    // The worker gives up after its two attempts: everything it sent has arrived by then.
    QTRY_COMPARE_WITH_TIMEOUT(core.engine->approval(id)->delivery, DeliveryState::Failed, 20000);
    QCOMPARE(timelineCount(core, id, QStringLiteral("delivery-failed")), policy.maxAttempts);
    // One request per attempt: the target may have acted on each it read, so a request
    // the timeline does not show is a callback sent twice behind the worker's back.
    QCOMPARE(target.count(path.toLatin1()), policy.maxAttempts);
    QVERIFY2(core.engine->approval(id)->lastDeliveryError.contains(
                     QStringLiteral("closed before the target answered")),
             qPrintable(core.engine->approval(id)->lastDeliveryError));
    for (const RecordingTarget::Arrival &arrival : std::as_const(target.arrivals)) {
        QCOMPARE(arrival.idempotencyKey, QByteArray::number(id) + "-decision");
        QVERIFY(!arrival.body.isEmpty()); // the whole body went, not a truncated one
    }
}

void tst_DeliveryOnce::slowerThanTheLeaseIsSentOnce()
{
    TestDatabase db;
    GATEHOUSE_CREATE_TEST_DATABASE(db);
    // Qt opens at most six connections to one host and port: three targets, six calls
    // each, so that every call is at a target at the same time.
    constexpr int targets = 3;
    constexpr int perTarget = 6;
    std::array<RecordingTarget, targets> target;
    for (RecordingTarget &t : target) {
        t.answerAfterMs = 1500;
        QVERIFY(t.listen(QHostAddress::LocalHost));
    }
    DeliveryPolicy policy = TestCore::fastPolicy();
    policy.maxConcurrent = 80; // a host's share (a quarter) takes every call at once
    policy.requestTimeoutMs = 10000;
    policy.leaseMs = 200; // runs out long before the targets answer
    policy.allowTargets = {QStringLiteral("127.0.0.0/8")};
    TestCore core(policy, db.location());
    core.outbox->start();

    QVector<qint64> ids;
    for (int i = 0; i < targets * perTarget; ++i)
        ids.append(core.decidedGeneric(QStringLiteral("http://127.0.0.1:%1/slow/%2")
                                               .arg(target[i % targets].serverPort())
                                               .arg(i),
                                       QStringLiteral("slow-%1").arg(i)));
    const auto arrived = [&] {
        int n = 0;
        for (const RecordingTarget &t : target)
            n += int(t.arrivals.size());
        return n;
    };
    // Every call waits at a target at once, each for several leases.
    QTRY_COMPARE_WITH_TIMEOUT(arrived(), int(ids.size()), 10000);
    for (const RecordingTarget &t : target)
        QCOMPARE(t.answered, 0);
    QCOMPARE(core.outbox->inFlight(), int(ids.size()));
    // Nothing is due but what is in flight: the worker waits for the answers instead of
    // sweeping again and again (each sweep a query, in team mode an UPDATE).
    const int sweepsBeforeAnswers = core.outbox->sweeps();
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(ids.cbegin(), ids.cend(),
                                         [&](qint64 id) {
                                             return core.engine->approval(id)->delivery
                                                     == DeliveryState::Delivered;
                                         }),
                             20000);
    for (int i = 0; i < int(ids.size()); ++i) {
        QCOMPARE(target[i % targets].count("/slow/" + QByteArray::number(i)), 1);
        QCOMPARE(timelineCount(core, ids.at(i), QStringLiteral("delivered")), 1);
        QCOMPARE(timelineCount(core, ids.at(i), QStringLiteral("delivery-failed")), 0);
    }
    QCOMPARE(arrived(), int(ids.size()));
    // At most one sweep per answer (a finished call wakes the worker once).
    QVERIFY2(core.outbox->sweeps() - sweepsBeforeAnswers <= int(ids.size()),
             qPrintable(QStringLiteral("%1 sweeps while %2 calls waited for their answers")
                                .arg(core.outbox->sweeps() - sweepsBeforeAnswers)
                                .arg(ids.size())));
}

namespace {
bool recordWaits = false;
QtMessageHandler previousHandler = nullptr;
void noticeRecordWaits(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("the record of it waits")))
        recordWaits = true;
    previousHandler(type, context, message);
}
} // namespace

void tst_DeliveryOnce::acceptedButNotRecordedIsNotSentAgain()
{
    // The database is the same code's on both engines; SQLite lets a side connection
    // make the record fail (a trigger, as a full disk or a lost server would).
    if (TestDatabase::currentEngine() != QLatin1String("sqlite"))
        QSKIP("the store's failure is engine-neutral; proved on SQLite");
    RecordingTarget target;
    QVERIFY(target.listen(QHostAddress::LocalHost));
    DeliveryPolicy policy = TestCore::fastPolicy();
    policy.allowTargets = {QStringLiteral("127.0.0.0/8")};
    TestCore core(policy);
    SideConnection side(core.databasePath());
    QVERIFY(side.isOpen());
    QVERIFY(side.exec(QStringLiteral(
            "CREATE TRIGGER refuse_delivered BEFORE UPDATE OF state ON outbox"
            " WHEN NEW.state = 'delivered' BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
    recordWaits = false;
    previousHandler = qInstallMessageHandler(noticeRecordWaits);
    core.outbox->start();
    const qint64 id = core.decidedGeneric(
            QStringLiteral("http://127.0.0.1:%1/accepted").arg(target.serverPort()),
            QStringLiteral("accepted"));
    // The target accepts; the record fails. What comes first: the worker says the record
    // waits, or (the defect) it sends the call again, the row still reading "queued".
    QTRY_VERIFY_WITH_TIMEOUT(recordWaits || target.arrivals.size() >= 2, 10000);
    qInstallMessageHandler(previousHandler);
    QCOMPARE(int(target.arrivals.size()), 1);
    QCOMPARE(target.answered, 1);
    QCOMPARE(core.outbox->inFlight(), 1); // the approval keeps its slot meanwhile

    QVERIFY(side.exec(QStringLiteral("DROP TRIGGER refuse_delivered")));
    QTRY_COMPARE_WITH_TIMEOUT(core.engine->approval(id)->delivery, DeliveryState::Delivered, 10000);
    QCOMPARE(int(target.arrivals.size()), 1);
    QCOMPARE(timelineCount(core, id, QStringLiteral("delivered")), 1);
    QCOMPARE(core.outbox->inFlight(), 0);
}

QTEST_GUILESS_MAIN(tst_DeliveryOnce)
#include "tst_deliveryonce.moc"
