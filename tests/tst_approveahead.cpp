// Approve ahead, deploy in the window (issue 18, item 2), on SQLite and PostgreSQL: an
// approval decided now with a release time is recorded at once (timeline, audit ledger)
// while its callback waits in the outbox until the release time; it goes out after a
// restart too; "Cancel release" returns the item to pending and removes the waiting
// callback; "window" takes the next opening of the policies' time windows. Through the
// real control API on loopback with a fake callback target that records when each
// callback arrived, the real binary for the CLI, and real clicks and keys in the main
// window offscreen.
#include "core/scheduledrelease.h"
#include "gates/policy.h"
#include "models/approvaltablemodel.h"
#include "models/localtime.h"
#include "models/timelinemodel.h"
#include "support/fakehttpserver.h"
#include "support/testcore.h"
#include "support/testdatabase.h"
#include "support/testhttp.h"
#include "support/testrequire.h"
#include "support/windowclicks.h"
#include "ui/consolesettings.h"
#include "ui/detailpane.h"
#include "ui/mainwindow.h"
#include "ui/preapprovaldialog.h"
#include "ui/releaseatdialog.h"
#include "ui/releasecontrols.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

namespace {

// Tuesday, 1 December 2026, a minute before ten in the evening (UTC).
const QDateTime tuesdayEvening(QDate(2026, 12, 1), QTime(21, 59, 58), Qt::UTC);

QString iso(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

// Every day 22:00-23:00 UTC, but not during the freeze 22:00-22:30: the release
// window of the "prod" deployments.
Policy nightWindowPolicy()
{
    Policy policy;
    policy.name = QStringLiteral("prod nights");
    policy.environment = QStringLiteral("prod");
    Gate window;
    window.kind = Gate::Kind::TimeWindow;
    window.name = QStringLiteral("night");
    window.days = {1, 2, 3, 4, 5, 6, 7};
    window.fromMinute = 22 * 60;
    window.toMinute = 23 * 60;
    window.timeZone = QTimeZone::utc();
    Gate freeze = window;
    freeze.name = QStringLiteral("backup freeze");
    freeze.toMinute = 22 * 60 + 30;
    freeze.inverse = true;
    policy.gates = {window, freeze};
    return policy;
}

} // namespace

class tst_ApproveAhead : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();
    void releasesAtItsTimeNotBefore();
    void survivesRestart();
    void cancelRemovesTheCallback();
    void windowTakesTheNextOpening();
    void badReleaseTimes_data();
    void badReleaseTimes();
    void commandLine();
    void windowByKeysAndClicks();
    void preApprovalOfAScheduledRun();
    void preApprovalRefusalsAndRevoke();
    void preApprovalDialog();

private:
    void startCore();
    qint64 post(const QString &name, const QString &environment = QStringLiteral("prod"),
                const QJsonObject &extra = {});
    TestReply call(const QString &path, const QJsonObject &body);
    QJsonObject fetch(qint64 id);
    QStringList timeline(qint64 id);
    QStringList auditActions(qint64 id);
    // Decides a fresh item now and waits for its callback: a callback of an item whose
    // release time had come would have been sent in the same round (or earlier).
    bool markerDelivered(const QString &name);
    int callbacksTo(const QString &name) const;
    void runCli(const QStringList &arguments, int *exitCode, QByteArray *out, QByteArray *err);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<TestCore> m_core;
    std::unique_ptr<FakeHttpServer> m_target;
    // Path -> when it arrived: the real time and the engine's clock at that moment.
    QHash<QString, QDateTime> m_arrivedAt;
    QHash<QString, QDateTime> m_arrivedAtClock;
    QTemporaryDir m_config;
};

void tst_ApproveAhead::initTestCase_data()
{
    TestDatabase::addEngines();
}

void tst_ApproveAhead::initTestCase()
{
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("GatehouseApproveAheadTests"));
    ConsoleSettings::open()->setValue(QStringLiteral("ui/undoSeconds"), 0);
}

void tst_ApproveAhead::init()
{
    m_db = std::make_unique<TestDatabase>();
    GATEHOUSE_CREATE_TEST_DATABASE(*m_db);
    m_target = std::make_unique<FakeHttpServer>();
    QVERIFY(m_target->start());
    connect(m_target.get(), &FakeHttpServer::received, this, [this](const RecordedRequest &r) {
        m_arrivedAt.insert(r.path, QDateTime::currentDateTimeUtc());
        m_arrivedAtClock.insert(r.path, m_core ? m_core->clock.now() : QDateTime());
    });
    startCore();
}

void tst_ApproveAhead::cleanup()
{
    m_core.reset();
    m_target.reset();
    m_db.reset();
    m_arrivedAt.clear();
    m_arrivedAtClock.clear();
}

void tst_ApproveAhead::startCore()
{
    m_core = std::make_unique<TestCore>(TestCore::fastPolicy(), m_db->location());
    QVERIFY(m_core->listen());
    m_core->engine->releaseWindows()->setPolicies({nightWindowPolicy()});
    m_core->engine->decisionRules()->setConsoleDecider({QStringLiteral("anna"), {}, true});
    m_core->outbox->start();
}

qint64 tst_ApproveAhead::post(const QString &name, const QString &environment,
                              const QJsonObject &extra)
{
    QJsonObject body{{QStringLiteral("title"), QStringLiteral("Deploy %1").arg(name)},
                     {QStringLiteral("externalId"), name},
                     {QStringLiteral("pipeline"), QStringLiteral("shop")},
                     {QStringLiteral("stage"), QStringLiteral("deploy")},
                     {QStringLiteral("environment"), environment},
                     {QStringLiteral("callbackUrl"),
                      m_target->url(QStringLiteral("/cb/") + name).toString()}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    const TestReply reply = TestHttp::postJson(m_core->url(QStringLiteral("/hooks/generic")), body,
                                               TestCore::webhookAuth());
    if (reply.status != 201)
        qWarning() << reply.status << reply.body;
    return reply.json().value(QStringLiteral("id")).toInteger();
}

TestReply tst_ApproveAhead::call(const QString &path, const QJsonObject &body)
{
    return TestHttp::postJson(m_core->url(path), body, m_core->operatorAuth());
}

QJsonObject tst_ApproveAhead::fetch(qint64 id)
{
    return TestHttp::send(QStringLiteral("GET"),
                          m_core->url(QStringLiteral("/api/approvals/%1").arg(id)), {},
                          m_core->operatorAuth())
            .json();
}

QStringList tst_ApproveAhead::timeline(qint64 id)
{
    QStringList lines;
    for (const QJsonValue &entry : fetch(id).value(QStringLiteral("timeline")).toArray())
        lines.append(entry.toObject().value(QStringLiteral("type")).toString() + QLatin1String(": ")
                     + entry.toObject().value(QStringLiteral("message")).toString());
    return lines;
}

QStringList tst_ApproveAhead::auditActions(qint64 id)
{
    QString error;
    QStringList actions;
    for (const AuditEntry &entry : m_core->store.auditLedger().entries({}, {}, &error)) {
        if (entry.approvalId == id)
            actions.append(entry.action + QLatin1Char(' ') + entry.actor + QLatin1Char(' ')
                           + entry.detail);
    }
    return actions;
}

int tst_ApproveAhead::callbacksTo(const QString &name) const
{
    return int(std::count_if(
            m_target->requests.cbegin(), m_target->requests.cend(),
            [&](const RecordedRequest &r) { return r.path == QLatin1String("/cb/") + name; }));
}

bool tst_ApproveAhead::markerDelivered(const QString &name)
{
    const qint64 id = post(name);
    if (call(QStringLiteral("/api/approvals/%1/approve").arg(id), {}).status != 200)
        return false;
    return QTest::qWaitFor([&] { return callbacksTo(name) == 1; }, 10000)
            && QTest::qWaitFor(
                    [&] {
                        return fetch(id).value(QStringLiteral("delivery")).toString()
                                == QLatin1String("delivered");
                    },
                    10000);
}

void tst_ApproveAhead::releasesAtItsTimeNotBefore()
{
    const qint64 id = post(QStringLiteral("r1"));
    QVERIFY(id > 0);
    const QDateTime releaseAt = QDateTime::currentDateTimeUtc().addSecs(3);
    const TestReply approved =
            call(QStringLiteral("/api/approvals/%1/approve").arg(id),
                 {{QStringLiteral("comment"), QStringLiteral("after the backup")},
                  {QStringLiteral("decidedBy"), QStringLiteral("anna")},
                  {QStringLiteral("releaseAt"), iso(releaseAt)}});
    QCOMPARE(approved.status, 200);
    // The decision is recorded now: who, why, when; the callback waits.
    const QJsonObject decided = approved.json();
    QCOMPARE(decided.value(QStringLiteral("state")), QStringLiteral("approved"));
    QCOMPARE(decided.value(QStringLiteral("decidedBy")), QStringLiteral("anna"));
    QCOMPARE(decided.value(QStringLiteral("comment")), QStringLiteral("after the backup"));
    QCOMPARE(decided.value(QStringLiteral("delivery")), QStringLiteral("queued"));
    QCOMPARE(QDateTime::fromString(decided.value(QStringLiteral("releaseAt")).toString(),
                                   Qt::ISODateWithMs),
             releaseAt);
    // The row and the detail pane read "Approved, releases <local time>".
    const std::optional<Approval> stored = m_core->engine->approval(id);
    QVERIFY(stored);
    QCOMPARE(ApprovalTableModel::stateLabel(*stored),
             QStringLiteral("Approved, releases %1").arg(LocalTime::text(releaseAt)));
    const QStringList lines = timeline(id);
    QVERIFY2(lines.contains(QStringLiteral("decided: Approved by anna from api: \"after the"
                                           " backup\"")),
             qPrintable(lines.join(QLatin1Char('\n'))));
    QVERIFY2(lines.contains(QStringLiteral("release: Release at %1: the callback waits until then")
                                    .arg(releaseAt.toString(Qt::ISODate))),
             qPrintable(lines.join(QLatin1Char('\n'))));
    QCOMPARE(auditActions(id),
             QStringList({QStringLiteral("approved anna after the backup"),
                          QStringLiteral("release-scheduled anna releases at %1")
                                  .arg(releaseAt.toString(Qt::ISODate))}));

    // It arrives, once, and not before its time.
    QTRY_VERIFY_WITH_TIMEOUT(m_arrivedAt.contains(QStringLiteral("/cb/r1")), 15000);
    QVERIFY2(m_arrivedAt.value(QStringLiteral("/cb/r1")) >= releaseAt,
             qPrintable(iso(m_arrivedAt.value(QStringLiteral("/cb/r1")))));
    QCOMPARE(QJsonDocument::fromJson(m_target->requests.constFirst().body)
                     .object()
                     .value(QStringLiteral("decision")),
             QStringLiteral("approved"));
    QTRY_COMPARE(fetch(id).value(QStringLiteral("delivery")), QStringLiteral("delivered"));
    QCOMPARE(callbacksTo(QStringLiteral("r1")), 1);
    // After the release the row shows the normal approved state.
    QCOMPARE(ApprovalTableModel::stateLabel(*m_core->engine->approval(id)),
             QStringLiteral("Approved, delivered"));
}

void tst_ApproveAhead::survivesRestart()
{
    m_core->clock.set(tuesdayEvening);
    const qint64 id = post(QStringLiteral("s1"));
    const QDateTime releaseAt = tuesdayEvening.addSecs(2);
    QCOMPARE(call(QStringLiteral("/api/approvals/%1/approve").arg(id),
                  {{QStringLiteral("releaseAt"), iso(releaseAt)}})
                     .status,
             200);

    // A restart before the release time: the callback waits in the database.
    m_core.reset();
    startCore();
    m_core->clock.set(tuesdayEvening.addSecs(1));
    QVERIFY(markerDelivered(QStringLiteral("m1")));
    QCOMPARE(callbacksTo(QStringLiteral("s1")), 0);
    QCOMPARE(fetch(id).value(QStringLiteral("delivery")), QStringLiteral("queued"));

    // Its time comes: it goes out from the restarted instance.
    m_core->clock.set(releaseAt.addMSecs(1));
    m_core->outbox->wake();
    QTRY_COMPARE_WITH_TIMEOUT(callbacksTo(QStringLiteral("s1")), 1, 10000);
    QVERIFY(m_arrivedAtClock.value(QStringLiteral("/cb/s1")) >= releaseAt);
    QTRY_COMPARE(fetch(id).value(QStringLiteral("delivery")), QStringLiteral("delivered"));
}

void tst_ApproveAhead::cancelRemovesTheCallback()
{
    m_core->clock.set(tuesdayEvening);
    const qint64 id = post(QStringLiteral("c1"));
    const QDateTime releaseAt = tuesdayEvening.addSecs(2);
    QCOMPARE(call(QStringLiteral("/api/approvals/%1/approve").arg(id),
                  {{QStringLiteral("decidedBy"), QStringLiteral("anna")},
                   {QStringLiteral("releaseAt"), iso(releaseAt)}})
                     .status,
             200);
    QVERIFY(m_core->store.hasQueuedOutbox(id));

    const TestReply cancelled = call(QStringLiteral("/api/approvals/%1/cancel-release").arg(id),
                                     {{QStringLiteral("cancelledBy"), QStringLiteral("bob")}});
    QCOMPARE(cancelled.status, 200);
    QCOMPARE(cancelled.json().value(QStringLiteral("state")), QStringLiteral("pending"));
    QCOMPARE(cancelled.json().value(QStringLiteral("delivery")), QStringLiteral("none"));
    QVERIFY(cancelled.json().value(QStringLiteral("releaseAt")).isNull());
    QVERIFY(cancelled.json().value(QStringLiteral("decidedBy")).toString().isEmpty());
    // The waiting callback went in the same transaction.
    QVERIFY(!m_core->store.hasQueuedOutbox(id));
    const QStringList lines = timeline(id);
    QVERIFY2(lines.contains(QStringLiteral(
                     "release-cancelled: Release cancelled by bob from api: the approval by anna"
                     " is withdrawn, no callback was sent, and the item waits for a decision"
                     " again")),
             qPrintable(lines.join(QLatin1Char('\n'))));
    QCOMPARE(auditActions(id).last(),
             QStringLiteral("release-cancelled bob approval by anna withdrawn before its release"
                            " at %1")
                     .arg(releaseAt.toString(Qt::ISODate)));

    // Twice: nothing left to cancel.
    const TestReply again = call(QStringLiteral("/api/approvals/%1/cancel-release").arg(id), {});
    QCOMPARE(again.status, 409);
    QCOMPARE(again.json().value(QStringLiteral("error")), QStringLiteral("no release to cancel"));
    QCOMPARE(call(QStringLiteral("/api/approvals/999999/cancel-release"), {}).status, 404);

    // Past the release time nothing goes out for it...
    m_core->clock.set(releaseAt.addSecs(1));
    QVERIFY(markerDelivered(QStringLiteral("m2")));
    QCOMPARE(callbacksTo(QStringLiteral("c1")), 0);
    // ...and it can be decided again, as any pending item.
    QCOMPARE(call(QStringLiteral("/api/approvals/%1/approve").arg(id), {}).status, 200);
    QTRY_COMPARE(callbacksTo(QStringLiteral("c1")), 1);
    // Once released, there is no cancelling it.
    const TestReply late = call(QStringLiteral("/api/approvals/%1/cancel-release").arg(id), {});
    QCOMPARE(late.status, 409);
}

void tst_ApproveAhead::windowTakesTheNextOpening()
{
    m_core->clock.set(tuesdayEvening);
    const qint64 id = post(QStringLiteral("w1"));
    const TestReply approved = call(QStringLiteral("/api/approvals/%1/approve").arg(id),
                                    {{QStringLiteral("releaseAt"), QStringLiteral("window")}});
    QCOMPARE(approved.status, 200);
    // The window opens at 22:00, the freeze lasts until 22:30.
    const QDateTime expected(QDate(2026, 12, 1), QTime(22, 30), Qt::UTC);
    QCOMPARE(QDateTime::fromString(approved.json().value(QStringLiteral("releaseAt")).toString(),
                                   Qt::ISODateWithMs),
             expected);
    QVERIFY2(timeline(id).contains(QStringLiteral(
                     "release: Release at 2026-12-01T22:30:00Z, when the change window of"
                     " policy “prod nights” opens: the callback waits until then")),
             qPrintable(timeline(id).join(QLatin1Char('\n'))));

    m_core->clock.set(expected.addSecs(-1));
    QVERIFY(markerDelivered(QStringLiteral("m3")));
    QCOMPARE(callbacksTo(QStringLiteral("w1")), 0);
    m_core->clock.set(expected);
    m_core->outbox->wake();
    QTRY_COMPARE_WITH_TIMEOUT(callbacksTo(QStringLiteral("w1")), 1, 10000);
    QVERIFY(m_arrivedAtClock.value(QStringLiteral("/cb/w1")) >= expected);
}

void tst_ApproveAhead::badReleaseTimes_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QJsonValue>("releaseAt");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("detail");
    const QString approve = QStringLiteral("approve");
    QTest::newRow("a number") << approve << "prod" << QJsonValue(5) << 400
                              << "field releaseAt: must be \"window\" or an ISO 8601 time";
    QTest::newRow("no zone") << approve << "prod"
                             << QJsonValue(QStringLiteral("2026-12-01T23:00:00")) << 400
                             << "is not an ISO 8601 time with its zone";
    QTest::newRow("words") << approve << "prod" << QJsonValue(QStringLiteral("tonight")) << 400
                           << "'tonight' is not an ISO 8601 time";
    QTest::newRow("on a rejection") << "reject"
                                    << "prod" << QJsonValue(QStringLiteral("window")) << 400
                                    << "only an approval can be released later";
    QTest::newRow("past") << approve << "prod" << QJsonValue(QStringLiteral("2026-12-01T21:00:00Z"))
                          << 422 << "The release time 2026-12-01T21:00:00Z has passed";
    QTest::newRow("after the deadline")
            << approve << "prod" << QJsonValue(QStringLiteral("2026-12-02T23:00:00Z")) << 422
            << "is after the item's deadline";
    QTest::newRow("no window") << approve << "dev" << QJsonValue(QStringLiteral("window")) << 422
                               << "No policy of this item has a time window";
}

void tst_ApproveAhead::badReleaseTimes()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, environment);
    QFETCH(QJsonValue, releaseAt);
    QFETCH(int, status);
    QFETCH(QString, detail);
    m_core->clock.set(tuesdayEvening);
    const qint64 id = post(QStringLiteral("bad"), environment,
                           {{QStringLiteral("timeoutMinutes"), 120}}); // until 23:59:58
    const TestReply refused = call(QStringLiteral("/api/approvals/%1/%2").arg(id).arg(endpoint),
                                   {{QStringLiteral("comment"), QStringLiteral("no")},
                                    {QStringLiteral("releaseAt"), releaseAt}});
    QCOMPARE(refused.status, status);
    QVERIFY2(refused.json().value(QStringLiteral("detail")).toString().contains(detail),
             refused.body.constData());
    // Nothing half written: still pending, nothing queued, no ledger entry.
    QCOMPARE(fetch(id).value(QStringLiteral("state")), QStringLiteral("pending"));
    QVERIFY(!m_core->store.hasQueuedOutbox(id));
    QVERIFY(auditActions(id).isEmpty());
}

void tst_ApproveAhead::runCli(const QStringList &arguments, int *exitCode, QByteArray *out,
                              QByteArray *err)
{
    // The server runs in this thread: wait with the event loop turning.
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GATEHOUSE_TOKEN"), QString::fromLatin1(TestCore::operatorToken));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_db->tempDir() + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_db->tempDir() + QStringLiteral("/data"));
    process.setProcessEnvironment(env);
    process.start(qEnvironmentVariable("GATEHOUSE_BINARY"),
                  arguments
                          + QStringList{QStringLiteral("--server"),
                                        QStringLiteral("http://127.0.0.1:%1").arg(m_core->port)});
    QVERIFY(QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 30000));
    *exitCode = process.exitCode();
    *out = process.readAllStandardOutput();
    *err = process.readAllStandardError();
}

void tst_ApproveAhead::commandLine()
{
    if (qEnvironmentVariableIsEmpty("GATEHOUSE_BINARY"))
        REQUIRE_OR_SKIP("binary", "GATEHOUSE_BINARY is not set (ctest sets it)");
    const qint64 id = post(QStringLiteral("cli"));
    // A person types local time at the terminal.
    QDateTime local = QDateTime::currentDateTime().addSecs(2 * 3600);
    local.setTime(QTime(local.time().hour(), local.time().minute()));
    int exitCode = -1;
    QByteArray out, err;
    runCli({QStringLiteral("approve"), QString::number(id), QStringLiteral("--release-at"),
            local.toString(QStringLiteral("yyyy-MM-dd HH:mm")), QStringLiteral("-m"),
            QStringLiteral("from the terminal"), QStringLiteral("--as"), QStringLiteral("carl")},
           &exitCode, &out, &err);
    QVERIFY2(exitCode == 0, err.constData());
    QCOMPARE(QString::fromUtf8(out).trimmed(),
             QStringLiteral("Approved %1; releases %2.")
                     .arg(id)
                     .arg(local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    const QJsonObject approved = fetch(id);
    QCOMPARE(approved.value(QStringLiteral("decidedBy")), QStringLiteral("carl"));
    QCOMPARE(QDateTime::fromString(approved.value(QStringLiteral("releaseAt")).toString(),
                                   Qt::ISODateWithMs),
             local.toUTC());
    // `show` says when it releases.
    runCli({QStringLiteral("show"), QString::number(id)}, &exitCode, &out, &err);
    QVERIFY2(exitCode == 0, err.constData());
    QVERIFY2(out.contains("Releases at:")
                     && out.contains(
                             approved.value(QStringLiteral("releaseAt")).toString().toUtf8()),
             out.constData());

    runCli({QStringLiteral("cancel-release"), QString::number(id), QStringLiteral("--as"),
            QStringLiteral("dora")},
           &exitCode, &out, &err);
    QVERIFY2(exitCode == 0, err.constData());
    QCOMPARE(fetch(id).value(QStringLiteral("state")), QStringLiteral("pending"));
    QVERIFY(timeline(id).constLast().startsWith(
            QStringLiteral("release-cancelled: Release cancelled by dora from api")));

    // A value the terminal cannot read is a usage error (2); a past time the server
    // refuses (1), with its reason.
    runCli({QStringLiteral("approve"), QString::number(id), QStringLiteral("--release-at"),
            QStringLiteral("soon")},
           &exitCode, &out, &err);
    QCOMPARE(exitCode, 2);
    QVERIFY2(err.contains("--release-at must be \"window\""), err.constData());
    runCli({QStringLiteral("approve"), QString::number(id), QStringLiteral("--release-at"),
            QStringLiteral("2001-01-01T00:00:00Z")},
           &exitCode, &out, &err);
    QCOMPARE(exitCode, 1);
    QVERIFY2(err.contains("has passed"), err.constData());
    QCOMPARE(fetch(id).value(QStringLiteral("state")), QStringLiteral("pending"));
}

void tst_ApproveAhead::windowByKeysAndClicks()
{
    m_core->clock.set(tuesdayEvening);
    const qint64 id = post(QStringLiteral("ui"));
    const qint64 devId = post(QStringLiteral("ui-dev"), QStringLiteral("dev"));
    MainWindow window(m_core->engine.get(), QStringLiteral("http://127.0.0.1"),
                      TestCore::operatorToken);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ReleaseControls *controls = window.detailPane()->releaseControls();

    // An item without a time window in its policies: "release at" only.
    QVERIFY(WindowClicks::selectRowOf(window, devId));
    QVERIFY(controls->laterButton()->isVisible());
    QVERIFY(!controls->windowAction()->isVisible());
    QVERIFY(!controls->cancelButton()->isVisible());

    // From the keyboard: focus on "Approve later", Space opens its menu, Down to
    // "Approve for the next change window", Return.
    QVERIFY(WindowClicks::selectRowOf(window, id));
    QVERIFY(controls->windowAction()->isVisible());
    const auto chooseFromMenu = [controls](QAction *wanted) {
        QTimer::singleShot(0, controls, [controls, wanted] {
            QMenu *menu = controls->laterButton()->menu();
            if (!QTest::qWaitFor([menu] { return menu->isVisible(); }, 5000))
                return;
            for (int i = 0; i < 4 && menu->activeAction() != wanted; ++i)
                QTest::keyClick(menu, Qt::Key_Down);
            QTest::keyClick(menu, Qt::Key_Return);
        });
        controls->laterButton()->setFocus();
        QTest::keyClick(controls->laterButton(), Qt::Key_Space);
    };
    window.detailPane()->commentField()->setFocus();
    QTest::keyClicks(window.detailPane()->commentField(), QStringLiteral("night run"));
    chooseFromMenu(controls->windowAction());
    const QDateTime expected(QDate(2026, 12, 1), QTime(22, 30), Qt::UTC);
    QTRY_COMPARE(ScheduledRelease::at(*m_core->engine->approval(id)), expected);
    const Approval approved = *m_core->engine->approval(id);
    QCOMPARE(approved.decidedBy, QStringLiteral("anna"));
    QCOMPARE(approved.decisionOrigin, QStringLiteral("window"));
    QCOMPARE(approved.comment, QStringLiteral("night run"));
    // The row and the pane say when it releases.
    const QString label = QStringLiteral("Approved, releases %1").arg(LocalTime::text(expected));
    QTRY_COMPARE(window.approvalModel()
                         ->index(window.approvalModel()->rowOf(id), ApprovalTableModel::StateColumn)
                         .data()
                         .toString(),
                 label);
    const auto paneSays = [&] {
        const QList<QLabel *> labels = window.detailPane()->findChildren<QLabel *>();
        return std::any_of(labels.cbegin(), labels.cend(), [&](QLabel *l) {
            return l->isVisible() && l->text().startsWith(label);
        });
    };
    QTRY_VERIFY(paneSays());

    // "Cancel release" by a click: pending again, named on the timeline.
    QTRY_VERIFY(controls->cancelButton()->isVisible());
    QTest::mouseClick(controls->cancelButton(), Qt::LeftButton);
    QTRY_VERIFY(m_core->engine->approval(id)->isPending());
    QVERIFY(timeline(id).constLast().startsWith(
            QStringLiteral("release-cancelled: Release cancelled by anna from window")));
    QTRY_VERIFY(!controls->cancelButton()->isVisible());

    // "Approve, release at…": a time typed into the dialog, then its Approve button.
    // Pending again, it is back in the inbox's pending rows: select it there.
    QVERIFY(WindowClicks::selectRowOf(window, id));
    QTRY_VERIFY(controls->laterButton()->isVisible());
    chooseFromMenu(controls->releaseAtAction());
    QTRY_VERIFY(controls->dialog() && controls->dialog()->isVisible());
    ReleaseAtDialog *dialog = controls->dialog();
    QDateTime local = tuesdayEvening.addSecs(3 * 3600).toLocalTime();
    local.setTime(QTime(local.time().hour(), local.time().minute()));
    QDateTimeEdit *edit = dialog->timeEdit();
    edit->setFocus();
    edit->setCurrentSection(QDateTimeEdit::YearSection);
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(edit, local.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    QCOMPARE(edit->dateTime(), local);
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_COMPARE(ScheduledRelease::at(*m_core->engine->approval(id)), local.toUTC());
    QCOMPARE(m_core->engine->approval(id)->state, ApprovalState::Approved);
}

void tst_ApproveAhead::preApprovalOfAScheduledRun()
{
    m_core->clock.set(tuesdayEvening);
    const TestReply recorded =
            call(QStringLiteral("/api/pre-approvals"),
                 {{QStringLiteral("pipeline"), QStringLiteral("shop")},
                  {QStringLiteral("stage"), QStringLiteral("deploy")},
                  {QStringLiteral("environment"), QStringLiteral("prod")},
                  {QStringLiteral("comment"), QStringLiteral("nightly release")},
                  {QStringLiteral("decidedBy"), QStringLiteral("erin")},
                  {QStringLiteral("validUntil"), iso(tuesdayEvening.addSecs(3600))},
                  {QStringLiteral("releaseAt"), QStringLiteral("window")}});
    QCOMPARE(recorded.status, 201);
    const qint64 preId = recorded.json().value(QStringLiteral("id")).toInteger();
    QVERIFY(preId > 0);
    QCOMPARE(recorded.json().value(QStringLiteral("active")), true);
    QCOMPARE(recorded.json().value(QStringLiteral("releaseAt")), QStringLiteral("window"));
    const TestReply listed =
            TestHttp::send(QStringLiteral("GET"), m_core->url(QStringLiteral("/api/pre-approvals")),
                           {}, m_core->operatorAuth());
    QCOMPARE(listed.status, 200);
    QCOMPARE(listed.json().value(QStringLiteral("preApprovals")).toArray().size(), 1);
    QVERIFY(auditActions(0).contains(
            QStringLiteral("pre-approved erin #%1 valid until 2026-12-01T22:59:58Z, releases in"
                           " the next change window: nightly release")
                    .arg(preId)));

    // Another deployment is not covered.
    const qint64 other = post(QStringLiteral("p0"), QStringLiteral("dev"));
    QCOMPARE(fetch(other).value(QStringLiteral("state")), QStringLiteral("pending"));

    // The run arrives: approved in erin's name at once, released in the window.
    const qint64 id = post(QStringLiteral("p1"));
    const QJsonObject arrived = fetch(id);
    QCOMPARE(arrived.value(QStringLiteral("state")), QStringLiteral("approved"));
    QCOMPARE(arrived.value(QStringLiteral("decidedBy")), QStringLiteral("erin"));
    QCOMPARE(arrived.value(QStringLiteral("decisionOrigin")), QStringLiteral("preapproval"));
    QCOMPARE(arrived.value(QStringLiteral("comment")), QStringLiteral("nightly release"));
    const QDateTime opening(QDate(2026, 12, 1), QTime(22, 30), Qt::UTC);
    QCOMPARE(QDateTime::fromString(arrived.value(QStringLiteral("releaseAt")).toString(),
                                   Qt::ISODateWithMs),
             opening);
    QVERIFY2(timeline(id).contains(QStringLiteral("preapproval: Pre-approval #%1 by erin"
                                                  " (recorded 2026-12-01T21:59:58Z) applied")
                                           .arg(preId)),
             qPrintable(timeline(id).join(QLatin1Char('\n'))));
    QVERIFY(timeline(id).contains(
            QStringLiteral("decided: Approved by erin from preapproval: \"nightly release\"")));
    QCOMPARE(auditActions(id),
             QStringList({QStringLiteral("approved erin nightly release"),
                          QStringLiteral("release-scheduled erin releases at 2026-12-01T22:30:00Z"
                                         " (change window of prod nights)")}));

    // Used once: the next run of the same deployment waits for a person.
    const qint64 next = post(QStringLiteral("p2"));
    QCOMPARE(fetch(next).value(QStringLiteral("state")), QStringLiteral("pending"));
    const TestReply revoke = call(QStringLiteral("/api/pre-approvals/%1/revoke").arg(preId), {});
    QCOMPARE(revoke.status, 409);

    // Released when the window opens, not before.
    m_core->clock.set(opening.addSecs(-1));
    QVERIFY(markerDelivered(QStringLiteral("m4")));
    QCOMPARE(callbacksTo(QStringLiteral("p1")), 0);
    m_core->clock.set(opening);
    m_core->outbox->wake();
    QTRY_COMPARE_WITH_TIMEOUT(callbacksTo(QStringLiteral("p1")), 1, 10000);
}

void tst_ApproveAhead::preApprovalRefusalsAndRevoke()
{
    m_core->clock.set(tuesdayEvening);
    const QString until = iso(tuesdayEvening.addSecs(3600));
    const auto refused = [this](const QJsonObject &body) {
        return call(QStringLiteral("/api/pre-approvals"), body);
    };
    TestReply reply = refused({{QStringLiteral("validUntil"), until}});
    QCOMPARE(reply.status, 400);
    QVERIFY2(reply.json()
                     .value(QStringLiteral("detail"))
                     .toString()
                     .contains(QStringLiteral("pipeline")),
             reply.body.constData());
    reply = refused({{QStringLiteral("pipeline"), QStringLiteral("shop")},
                     {QStringLiteral("validUntil"), QStringLiteral("2026-12-01 23:00")}});
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.json()
                    .value(QStringLiteral("detail"))
                    .toString()
                    .contains(QStringLiteral("field validUntil")));
    reply = refused({{QStringLiteral("pipeline"), QStringLiteral("shop")},
                     {QStringLiteral("validUntil"), iso(tuesdayEvening.addSecs(-60))}});
    QCOMPARE(reply.status, 422);
    reply = refused({{QStringLiteral("pipeline"), QStringLiteral("shop")},
                     {QStringLiteral("environment"), QStringLiteral("dev")},
                     {QStringLiteral("validUntil"), until},
                     {QStringLiteral("releaseAt"), QStringLiteral("window")}});
    QCOMPARE(reply.status, 422);
    QVERIFY(reply.json()
                    .value(QStringLiteral("detail"))
                    .toString()
                    .contains(QStringLiteral("has a time window")));
    QCOMPARE(call(QStringLiteral("/api/pre-approvals/424242/revoke"), {}).status, 404);
    QVERIFY(m_core->engine->preApprovals(false).isEmpty());

    // Revoked before its run arrives: the run waits for a person.
    reply = refused({{QStringLiteral("pipeline"), QStringLiteral("shop")},
                     {QStringLiteral("stage"), QStringLiteral("deploy")},
                     {QStringLiteral("environment"), QStringLiteral("prod")},
                     {QStringLiteral("validUntil"), until}});
    QCOMPARE(reply.status, 201);
    const qint64 preId = reply.json().value(QStringLiteral("id")).toInteger();
    const TestReply revoked = call(QStringLiteral("/api/pre-approvals/%1/revoke").arg(preId), {});
    QCOMPARE(revoked.status, 200);
    QCOMPARE(revoked.json().value(QStringLiteral("active")), false);
    const qint64 id = post(QStringLiteral("after-revoke"));
    QCOMPARE(fetch(id).value(QStringLiteral("state")), QStringLiteral("pending"));
}

void tst_ApproveAhead::preApprovalDialog()
{
    m_core->clock.set(tuesdayEvening);
    MainWindow window(m_core->engine.get(), QStringLiteral("http://127.0.0.1"),
                      TestCore::operatorToken);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *open = nullptr;
    for (QAction *menu : window.menuBar()->actions()) {
        for (QAction *action : menu->menu() ? menu->menu()->actions() : QList<QAction *>()) {
            if (action->text() == QStringLiteral("Approve a scheduled run a&head…"))
                open = action;
        }
    }
    QVERIFY(open);
    open->trigger();
    // The dialog deletes itself once closed: a QPointer sees it go.
    QPointer<PreApprovalDialog> dialog;
    QTRY_VERIFY((dialog = window.findChild<PreApprovalDialog *>()) && dialog->isVisible());
    QTest::keyClicks(dialog->pipelineField(), QStringLiteral("shop"));
    QTest::keyClicks(dialog->stageField(), QStringLiteral("deploy"));
    QTest::keyClicks(dialog->environmentField(), QStringLiteral("prod"));
    QTest::keyClicks(dialog->commentField(), QStringLiteral("weekly train"));
    // "In the next change window", chosen with the keyboard.
    dialog->releaseChoice()->setFocus();
    QTest::keyClick(dialog->releaseChoice(), Qt::Key_Down);
    QTest::keyClick(dialog->releaseChoice(), Qt::Key_Down);
    QCOMPARE(dialog->releaseChoice()->currentIndex(), 2);
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    const QVector<PreApproval> recorded = m_core->engine->preApprovals(true);
    QCOMPARE(recorded.size(), 1);
    QCOMPARE(recorded.first().decidedBy, QStringLiteral("anna"));
    QCOMPARE(recorded.first().origin, QStringLiteral("window"));
    QCOMPARE(recorded.first().comment, QStringLiteral("weekly train"));
    QCOMPARE(recorded.first().environment, QStringLiteral("prod"));
    QCOMPARE(recorded.first().release.when, ReleaseRequest::When::NextWindow);
    // Valid until the suggestion: a day after the dialog opened.
    QVERIFY(recorded.first().validUntil > tuesdayEvening);
}

QTEST_MAIN(tst_ApproveAhead)
#include "tst_approveahead.moc"
