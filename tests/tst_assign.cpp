// "Assign to me" (issue 18 item 7), on SQLite and PostgreSQL: a person takes an
// approval through the real control API (POST/DELETE /api/approvals/{id}/assign), a
// hold of someone else answers 409 naming them until {"force": true} takes it over, a
// decision releases it, and the timeline says who took, released and took over. The
// window: real clicks on the detail pane's Take it / Release (and Ctrl+T, and the
// take-over question), the row's second line, "Needs me" ordering and "Assigned to me".
// Team mode: two consoles on one PostgreSQL database see each other's takes live.
#include "core/engine.h"
#include "models/approvalfilterproxy.h"
#include "models/approvaltablemodel.h"
#include "models/sidebarmodel.h"
#include "models/timelinemodel.h"
#include "service/gatehouseservice.h"
#include "support/messageboxanswer.h"
#include "support/testdatabase.h"
#include "support/testhttp.h"
#include "support/testservice.h"
#include "support/windowclicks.h"
#include "ui/approvalrowdelegate.h"
#include "ui/assignmentbar.h"
#include "ui/consolesettings.h"
#include "ui/detailpane.h"
#include "ui/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const QByteArray operatorToken = "operator-token";

struct Instance
{
    std::unique_ptr<ServiceThread> service = std::make_unique<ServiceThread>();
    quint16 port() const { return service->service()->port(); }
    Engine *engine() const { return service->service()->engine(); }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path));
    }
};

// An inbox fed by the engine's signals exactly as the window's is.
struct Inbox
{
    ApprovalTableModel model;
    QAbstractItemModelTester tester{&model};
    void follow(Engine *engine)
    {
        QObject::connect(engine, &Engine::snapshotReady, &model, &ApprovalTableModel::setApprovals);
        QObject::connect(engine, &Engine::approvalUpserted, &model, &ApprovalTableModel::upsert);
        QMetaObject::invokeMethod(
                engine, [engine] { engine->requestSnapshot(1000); }, Qt::QueuedConnection);
    }
    QString assigneeOf(qint64 id) const
    {
        const Approval *a = model.approvalById(id);
        return a ? a->assignee : QStringLiteral("<not listed>");
    }
};

QString timelineText(const TestReply &shown)
{
    QStringList lines;
    for (const QJsonValue &entry : shown.json().value(QStringLiteral("timeline")).toArray())
        lines.append(entry.toObject().value(QStringLiteral("type")).toString() + QLatin1Char(' ')
                     + entry.toObject().value(QStringLiteral("message")).toString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class tst_Assign : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data();
    void initTestCase();
    void takeReleaseAndTakeOverThroughTheApi();
    void badRequestsAreRefused();
    void decisionsReleaseTheItem();
    void windowTakesReleasesAndAsksBeforeTakingOver();
    void needsMeOrdersByWhoIsLooking();
    void twoConsolesSeeEachOthersTakesLive();
    void commandLineAssignsAndReleases();

private:
    static bool start(Instance &instance, const TestDatabase &db);
    static QByteArray createToken(Instance &instance, const QString &owner);
    static qint64 webhook(const Instance &instance, const QString &externalId,
                          const QJsonObject &extra = {});
    static TestReply assign(const Instance &instance, const QString &method, qint64 id,
                            const QByteArray &token, const QByteArray &body = "{}");
    static TestReply show(const Instance &instance, qint64 id);
};

void tst_Assign::initTestCase_data()
{
    TestDatabase::addEngines();
}

void tst_Assign::initTestCase()
{
    static QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("GatehouseTests"));
    // The single seat's user is the OS user.
    qputenv("USER", "carol");
}

bool tst_Assign::start(Instance &instance, const TestDatabase &db)
{
    ServiceConfig config = TestService::config(db.tempDir(), operatorToken);
    config.databasePath = db.location();
    TestService::acceptToken(config, {QStringLiteral("generic")});
    return TestService::start(*instance.service, config);
}

QByteArray tst_Assign::createToken(Instance &instance, const QString &owner)
{
    Engine *engine = instance.engine();
    QByteArray token;
    QMetaObject::invokeMethod(
            engine,
            [&] {
                QString error;
                if (const auto created = engine->personalTokens().create(
                            QStringLiteral("%1's laptop").arg(owner), owner, &error))
                    token = created->token;
            },
            Qt::BlockingQueuedConnection);
    return token;
}

qint64 tst_Assign::webhook(const Instance &instance, const QString &externalId,
                           const QJsonObject &extra)
{
    QJsonObject body{{QStringLiteral("title"), QStringLiteral("Release %1").arg(externalId)},
                     {QStringLiteral("externalId"), externalId},
                     {QStringLiteral("callbackUrl"), QStringLiteral("http://127.0.0.1:9/cb")}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    const TestReply reply = TestHttp::postJson(instance.url(QStringLiteral("/hooks/generic")), body,
                                               {{"Authorization", "Bearer hook-secret"}});
    if (reply.status != 201)
        qWarning() << reply.status << reply.body;
    return reply.json().value(QStringLiteral("id")).toInteger();
}

TestReply tst_Assign::assign(const Instance &instance, const QString &method, qint64 id,
                             const QByteArray &token, const QByteArray &body)
{
    return TestHttp::send(
            method, instance.url(QStringLiteral("/api/approvals/%1/assign").arg(id)), body,
            {{"Authorization", "Bearer " + token}, {"Content-Type", "application/json"}});
}

TestReply tst_Assign::show(const Instance &instance, qint64 id)
{
    return TestHttp::send(QStringLiteral("GET"),
                          instance.url(QStringLiteral("/api/approvals/%1").arg(id)), {},
                          {{"Authorization", "Bearer " + operatorToken}});
}

void tst_Assign::takeReleaseAndTakeOverThroughTheApi()
{
    TestDatabase db;
    GATEHOUSE_CREATE_TEST_DATABASE(db);
    Instance gatehouse;
    QVERIFY(start(gatehouse, db));
    const QByteArray anna = createToken(gatehouse, QStringLiteral("anna"));
    const QByteArray bob = createToken(gatehouse, QStringLiteral("bob"));
    QVERIFY(!anna.isEmpty() && !bob.isEmpty());
    const qint64 id = webhook(gatehouse, QStringLiteral("a1"));
    QVERIFY(id > 0);
    QCOMPARE(show(gatehouse, id).json().value(QStringLiteral("assignee")), QJsonValue());

    // Anna takes it: her token names her, whatever the body says.
    TestReply taken =
            assign(gatehouse, QStringLiteral("POST"), id, anna, R"({"assignee":"mallory"})");
    QCOMPARE(taken.status, 200);
    QCOMPARE(taken.json().value(QStringLiteral("assignee")).toString(), QStringLiteral("anna"));
    QVERIFY(!taken.json().value(QStringLiteral("assignedAt")).toString().isEmpty());
    // Taking it again changes nothing.
    QCOMPARE(assign(gatehouse, QStringLiteral("POST"), id, anna).status, 200);

    // Bob is told who holds it, and since when; nothing changes.
    const TestReply held = assign(gatehouse, QStringLiteral("POST"), id, bob);
    QCOMPARE(held.status, 409);
    QCOMPARE(held.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("assigned to someone else"));
    QCOMPARE(held.json().value(QStringLiteral("assignee")).toString(), QStringLiteral("anna"));
    QCOMPARE(held.json().value(QStringLiteral("assignedAt")),
             taken.json().value(QStringLiteral("assignedAt")));
    QVERIFY2(held.json()
                     .value(QStringLiteral("detail"))
                     .toString()
                     .startsWith(QLatin1String("anna is looking at this since ")),
             held.body);
    // Nor may he release her hold without force.
    QCOMPARE(assign(gatehouse, QStringLiteral("DELETE"), id, bob).status, 409);
    QCOMPARE(show(gatehouse, id).json().value(QStringLiteral("assignee")).toString(),
             QStringLiteral("anna"));

    // With force he takes it over.
    const TestReply over = assign(gatehouse, QStringLiteral("POST"), id, bob, R"({"force":true})");
    QCOMPARE(over.status, 200);
    QCOMPARE(over.json().value(QStringLiteral("assignee")).toString(), QStringLiteral("bob"));
    // The shared operator token: the body's name (as decidedBy for decisions).
    QCOMPARE(
            assign(gatehouse, QStringLiteral("DELETE"), id, operatorToken, R"({"assignee":"anna"})")
                    .status,
            409);
    const TestReply released = assign(gatehouse, QStringLiteral("DELETE"), id, bob);
    QCOMPARE(released.status, 200);
    QCOMPARE(released.json().value(QStringLiteral("assignee")), QJsonValue());
    // Releasing what nobody holds is done already.
    QCOMPARE(assign(gatehouse, QStringLiteral("DELETE"), id, bob).status, 200);

    // The shared operator token without a name: this instance's own user (USER=carol on
    // SQLite, the PostgreSQL role in team mode), as the window names it.
    const QString me = gatehouse.engine()->decisionRules()->consoleDecider().name;
    QVERIFY(!me.isEmpty());
    const TestReply byOperator = assign(gatehouse, QStringLiteral("POST"), id, operatorToken, {});
    QCOMPARE(byOperator.status, 200);
    QCOMPARE(byOperator.json().value(QStringLiteral("assignee")).toString(), me);

    const QString timeline = timelineText(show(gatehouse, id));
    QVERIFY2(timeline.contains(QLatin1String("assigned Taken by anna from api")),
             qPrintable(timeline));
    QVERIFY2(timeline.contains(QRegularExpression(
                     QStringLiteral("taken-over Taken over by bob from api; anna was looking "
                                    "since \\d\\d:\\d\\d"))),
             qPrintable(timeline));
    QVERIFY2(timeline.contains(QLatin1String("released Released by bob from api")),
             qPrintable(timeline));
    QVERIFY2(timeline.contains(QStringLiteral("assigned Taken by %1 from api").arg(me)),
             qPrintable(timeline));
    // The list carries the assignee too.
    const TestReply list =
            TestHttp::send(QStringLiteral("GET"), gatehouse.url(QStringLiteral("/api/approvals")),
                           {}, {{"Authorization", "Bearer " + operatorToken}});
    QCOMPARE(list.json()
                     .value(QStringLiteral("approvals"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("assignee"))
                     .toString(),
             me);
}

void tst_Assign::badRequestsAreRefused()
{
    TestDatabase db;
    GATEHOUSE_CREATE_TEST_DATABASE(db);
    Instance gatehouse;
    QVERIFY(start(gatehouse, db));
    const qint64 id = webhook(gatehouse, QStringLiteral("b1"));
    QVERIFY(id > 0);
    const auto refused = [&](const QByteArray &body, int status, const QString &error) {
        const TestReply reply = assign(gatehouse, QStringLiteral("POST"), id, operatorToken, body);
        if (reply.status != status
            || reply.json().value(QStringLiteral("error")).toString() != error) {
            qWarning() << body << reply.status << reply.body;
            return false;
        }
        return !reply.json().value(QStringLiteral("detail")).toString().isEmpty();
    };
    QVERIFY(refused(R"({"force":"yes"})", 400, QStringLiteral("invalid field")));
    QVERIFY(refused(R"({"assignee":42})", 400, QStringLiteral("invalid field")));
    QVERIFY(refused(R"({"force":)", 400, QStringLiteral("malformed JSON")));
    QVERIFY(refused(R"([1])", 400, QStringLiteral("malformed JSON")));
    const TestReply unknown =
            assign(gatehouse, QStringLiteral("POST"), id + 1000, operatorToken, "{}");
    QCOMPARE(unknown.status, 404);
    const TestReply noToken =
            TestHttp::send(QStringLiteral("POST"),
                           gatehouse.url(QStringLiteral("/api/approvals/%1/assign").arg(id)), "{}",
                           {{"Content-Type", "application/json"}});
    QCOMPARE(noToken.status, 401);
    // Nothing of it was written.
    QCOMPARE(show(gatehouse, id).json().value(QStringLiteral("assignee")), QJsonValue());
    QVERIFY(!timelineText(show(gatehouse, id)).contains(QLatin1String("Taken")));
}

void tst_Assign::decisionsReleaseTheItem()
{
    TestDatabase db;
    GATEHOUSE_CREATE_TEST_DATABASE(db);
    Instance gatehouse;
    QVERIFY(start(gatehouse, db));
    const QByteArray anna = createToken(gatehouse, QStringLiteral("anna"));

    // Decided through the API.
    const qint64 viaApi = webhook(gatehouse, QStringLiteral("d1"));
    QCOMPARE(assign(gatehouse, QStringLiteral("POST"), viaApi, anna).status, 200);
    const TestReply approved = TestHttp::send(
            QStringLiteral("POST"),
            gatehouse.url(QStringLiteral("/api/approvals/%1/approve").arg(viaApi)), "{}",
            {{"Authorization", "Bearer " + anna}, {"Content-Type", "application/json"}});
    QCOMPARE(approved.status, 200);
    QCOMPARE(approved.json().value(QStringLiteral("assignee")), QJsonValue());
    const TestReply shown = show(gatehouse, viaApi);
    QCOMPARE(shown.json().value(QStringLiteral("assignee")), QJsonValue());
    QCOMPARE(shown.json().value(QStringLiteral("assignedAt")), QJsonValue());
    QVERIFY2(timelineText(shown).contains(QRegularExpression(QStringLiteral(
                     "released Released: anna was looking at this since .*; it is decided"))),
             qPrintable(timelineText(shown)));
    // A decided item is nobody's to take.
    const TestReply late = assign(gatehouse, QStringLiteral("POST"), viaApi, anna);
    QCOMPARE(late.status, 409);
    QCOMPARE(late.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("already decided"));

    // Timed out (what Engine::expireDue decides) and cancelled by its source: released too.
    for (const auto &[origin, verdict] : {std::pair{QStringLiteral("timeout"), Verdict::Reject},
                                          std::pair{QStringLiteral("generic"), Verdict::Cancel}}) {
        const qint64 id = webhook(gatehouse, QStringLiteral("d-%1").arg(origin));
        QCOMPARE(assign(gatehouse, QStringLiteral("POST"), id, anna).status, 200);
        Engine *engine = gatehouse.engine();
        Engine::DecideOutcome outcome = Engine::DecideOutcome::Failed;
        QMetaObject::invokeMethod(
                engine,
                [&, id, origin = origin, verdict = verdict] {
                    outcome = engine->decide(id, {verdict, QStringLiteral("gatehouse"), origin, {}})
                                      .outcome;
                },
                Qt::BlockingQueuedConnection);
        QCOMPARE(outcome, Engine::DecideOutcome::Decided);
        const TestReply after = show(gatehouse, id);
        QCOMPARE(after.json().value(QStringLiteral("assignee")), QJsonValue());
        QVERIFY2(timelineText(after).contains(QLatin1String("it is decided")),
                 qPrintable(timelineText(after)));
    }
}

void tst_Assign::windowTakesReleasesAndAsksBeforeTakingOver()
{
    TestDatabase db;
    GATEHOUSE_CREATE_TEST_DATABASE(db);
    Instance gatehouse;
    QVERIFY(start(gatehouse, db));
    const QString me = gatehouse.engine()->decisionRules()->consoleDecider().name;
    const QByteArray bob = createToken(gatehouse, QStringLiteral("bob"));
    const qint64 id = webhook(gatehouse, QStringLiteral("w1"),
                              {{QStringLiteral("environment"), QStringLiteral("staging")}});
    QVERIFY(id > 0);
    MainWindow window(gatehouse.engine(), QStringLiteral("http://127.0.0.1"), operatorToken);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(WindowClicks::selectRowOf(window, id));
    AssignmentBar *bar = window.detailPane()->assignmentBar();
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->button()->text(), QStringLiteral("&Take it"));
    QCOMPARE(bar->label()->text(), QStringLiteral("Nobody is looking at this yet"));
    ApprovalTableModel *model = window.approvalModel();

    // A click on Take it: everyone sees this console's user looking.
    QSignalSpy answered(gatehouse.engine(), &Engine::assignmentFinished);
    QTest::mouseClick(bar->button(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 1, 10000);
    QVERIFY2(answered.at(0).at(1).toBool(), qPrintable(answered.at(0).at(2).toString()));
    QTRY_COMPARE_WITH_TIMEOUT(model->approvalById(id)->assignee, me, 10000);
    QTRY_COMPARE(bar->button()->text(), QStringLiteral("Re&lease"));
    QVERIFY(bar->label()->text().startsWith(QLatin1String("You are looking at this since ")));
    QVERIFY2(ApprovalRowDelegate::secondLine(*model->approvalById(id))
                     .contains(QStringLiteral("%1 is looking").arg(me)),
             qPrintable(ApprovalRowDelegate::secondLine(*model->approvalById(id))));
    QCOMPARE(show(gatehouse, id).json().value(QStringLiteral("assignee")).toString(), me);
    // "Assigned to me" counts and lists it.
    QTRY_COMPARE(window.sidebarModel()->count(SidebarModel::assignedToMeView()), 1);

    // Ctrl+T releases it again.
    window.table()->setFocus();
    QTest::keyClick(window.table(), Qt::Key_T, Qt::ControlModifier);
    QTRY_COMPARE(model->approvalById(id)->assignee, QString());
    QTRY_COMPARE(bar->button()->text(), QStringLiteral("&Take it"));
    QTRY_COMPARE(window.sidebarModel()->count(SidebarModel::assignedToMeView()), 0);

    // Bob takes it through the API: the pane says so, live.
    QCOMPARE(assign(gatehouse, QStringLiteral("POST"), id, bob).status, 200);
    QTRY_COMPARE(bar->button()->text(), QStringLiteral("&Take over…"));
    QVERIFY2(bar->label()->text().startsWith(QLatin1String("bob is looking at this since ")),
             qPrintable(bar->label()->text()));
    QVERIFY(ApprovalRowDelegate::secondLine(*model->approvalById(id))
                    .contains(QLatin1String("bob is looking")));

    // Taking it over asks first; No leaves it with bob.
    {
        MessageBoxAnswer no(QStringLiteral("takeOver"), QMessageBox::No);
        QTest::mouseClick(bar->button(), Qt::LeftButton);
        QCOMPARE(no.shown, 1);
        QVERIFY2(no.text.startsWith(QLatin1String("bob is looking at this since "))
                         && no.text.endsWith(QLatin1String(". Take it over?")),
                 qPrintable(no.text));
    }
    // Yes takes it over (the timeline line comes with it, so the No changed nothing).
    {
        MessageBoxAnswer yes(QStringLiteral("takeOver"), QMessageBox::Yes);
        QTest::mouseClick(bar->button(), Qt::LeftButton);
        QCOMPARE(yes.shown, 1);
    }
    QTRY_COMPARE(model->approvalById(id)->assignee, me);
    const QString timeline = timelineText(show(gatehouse, id));
    QCOMPARE(timeline.count(QLatin1String("taken-over ")), 1);
    QVERIFY2(timeline.contains(QStringLiteral("taken-over Taken over by %1 from window; bob was "
                                              "looking since")
                                       .arg(me)),
             qPrintable(timeline));

    // Approving from the window releases it.
    ConsoleSettings::open()->setValue(QStringLiteral("ui/undoSeconds"), 0);
    QTest::mouseClick(window.detailPane()->approveButton(), Qt::LeftButton);
    QTRY_COMPARE(model->approvalById(id)->state, ApprovalState::Approved);
    QCOMPARE(model->approvalById(id)->assignee, QString());
    QVERIFY(!bar->isVisible());
    QVERIFY(timelineText(show(gatehouse, id)).contains(QLatin1String("it is decided")));
}

void tst_Assign::needsMeOrdersByWhoIsLooking()
{
    // What the proxy does with rows (no service): mine, then free, then others', each
    // part by deadline; "Assigned to me" only mine.
    ApprovalTableModel model;
    ApprovalFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy);
    SidebarModel sidebar(&model);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVector<Approval> rows;
    const struct
    {
        qint64 id;
        QString assignee;
        int minutesLeft;
    } cases[] = {{1, QStringLiteral("bob"), 5},
                 {2, QString(), 30},
                 {3, QStringLiteral("carol"), 60},
                 {4, QString(), 10},
                 {5, QStringLiteral("carol"), 20}};
    for (const auto &c : cases) {
        Approval a;
        a.id = c.id;
        a.kind = QStringLiteral("generic");
        a.title = QStringLiteral("A%1").arg(c.id);
        a.createdAt = now;
        a.deadline = now.addSecs(c.minutesLeft * 60);
        a.assignee = c.assignee;
        a.assignedAt = c.assignee.isEmpty() ? QDateTime() : now;
        rows.append(a);
    }
    model.setApprovals(rows);
    proxy.setCurrentUser(QStringLiteral("carol"));
    sidebar.setCurrentUser(QStringLiteral("carol"));
    sidebar.apply(SidebarModel::NeedsMeView, &proxy);
    proxy.sort(ApprovalTableModel::DeadlineColumn, Qt::AscendingOrder);
    const auto order = [&] {
        QList<qint64> ids;
        for (int row = 0; row < proxy.rowCount(); ++row)
            ids.append(proxy.index(row, 0).data(ApprovalTableModel::IdRole).toLongLong());
        return ids;
    };
    QCOMPARE(order(), (QList<qint64>{5, 3, 4, 2, 1}));
    // Descending deadlines keep the parts in their order.
    proxy.sort(ApprovalTableModel::DeadlineColumn, Qt::DescendingOrder);
    QCOMPARE(order(), (QList<qint64>{3, 5, 2, 4, 1}));
    // Another view sorts by the column alone.
    sidebar.apply(SidebarModel::PendingView, &proxy);
    proxy.sort(ApprovalTableModel::DeadlineColumn, Qt::AscendingOrder);
    QCOMPARE(order(), (QList<qint64>{1, 4, 5, 2, 3}));
    sidebar.apply(SidebarModel::assignedToMeView(), &proxy);
    QCOMPARE(order(), (QList<qint64>{5, 3}));
    sidebar.recount();
    QCOMPARE(sidebar.count(SidebarModel::assignedToMeView()), 2);
    QCOMPARE(sidebar.index(SidebarModel::assignedToMeView())
                     .data(SidebarModel::LabelRole)
                     .toString(),
             QStringLiteral("Assigned to me"));
}

void tst_Assign::twoConsolesSeeEachOthersTakesLive()
{
    if (TestDatabase::currentEngine() != QLatin1String("postgresql"))
        QSKIP("team mode: PostgreSQL");
    TestDatabase db;
    GATEHOUSE_CREATE_TEST_DATABASE(db);
    Instance a, b;
    QVERIFY(start(a, db));
    QVERIFY(start(b, db));
    Inbox inboxA, inboxB;
    inboxA.follow(a.engine());
    inboxB.follow(b.engine());
    const QByteArray anna = createToken(a, QStringLiteral("anna"));
    const QByteArray bob = createToken(b, QStringLiteral("bob"));
    const qint64 id = webhook(a, QStringLiteral("team1"));
    QVERIFY(id > 0);
    QTRY_VERIFY_WITH_TIMEOUT(inboxB.model.approvalById(id), 2000);

    // Anna takes it at A: B's inbox shows her within a second or two.
    QCOMPARE(assign(a, QStringLiteral("POST"), id, anna).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(inboxB.assigneeOf(id), QStringLiteral("anna"), 2000);
    // Bob, at B, is told she holds it (B reads the shared database) ...
    const TestReply held = assign(b, QStringLiteral("POST"), id, bob);
    QCOMPARE(held.status, 409);
    QCOMPARE(held.json().value(QStringLiteral("assignee")).toString(), QStringLiteral("anna"));
    // ... takes it over, and A sees that live.
    QCOMPARE(assign(b, QStringLiteral("POST"), id, bob, R"({"force":true})").status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(inboxA.assigneeOf(id), QStringLiteral("bob"), 2000);
    // Bob decides at B: released on both.
    const TestReply approved = TestHttp::send(
            QStringLiteral("POST"), b.url(QStringLiteral("/api/approvals/%1/approve").arg(id)),
            "{}", {{"Authorization", "Bearer " + bob}, {"Content-Type", "application/json"}});
    QCOMPARE(approved.status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(inboxA.model.approvalById(id)->state, ApprovalState::Approved, 2000);
    QCOMPARE(inboxA.assigneeOf(id), QString());
    QCOMPARE(inboxB.assigneeOf(id), QString());
}

void tst_Assign::commandLineAssignsAndReleases()
{
    const QString binary = qEnvironmentVariable("GATEHOUSE_BINARY");
    if (binary.isEmpty())
        QSKIP("GATEHOUSE_BINARY is not set (ctest sets it)");
    TestDatabase db;
    GATEHOUSE_CREATE_TEST_DATABASE(db);
    Instance gatehouse;
    QVERIFY(start(gatehouse, db));
    const qint64 id = webhook(gatehouse, QStringLiteral("c1"));
    QVERIFY(id > 0);
    struct Run
    {
        int exitCode = -2;
        QString out, err;
    };
    const auto cli = [&](QStringList arguments) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("GATEHOUSE_TOKEN"), QString::fromLatin1(operatorToken));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), db.tempDir() + QStringLiteral("/config"));
        arguments << QStringLiteral("--server")
                  << QStringLiteral("http://127.0.0.1:%1").arg(gatehouse.port());
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(binary, arguments);
        Run run;
        if (!process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished();
            return run;
        }
        run.exitCode = process.exitCode();
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    };
    const QString idText = QString::number(id);
    Run run =
            cli({QStringLiteral("assign"), idText, QStringLiteral("--as"), QStringLiteral("anna")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(), QStringLiteral("anna is looking at %1.").arg(id));
    // Held: refused (exit 1), saying by whom and how to take it over.
    run = cli({QStringLiteral("assign"), idText, QStringLiteral("--as"), QStringLiteral("bob")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("anna is looking at it since"))
                     && run.err.contains(QLatin1String("--force")),
             qPrintable(run.err));
    run = cli({QStringLiteral("assign"), idText, QStringLiteral("--as"), QStringLiteral("bob"),
               QStringLiteral("--force")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(show(gatehouse, id).json().value(QStringLiteral("assignee")).toString(),
             QStringLiteral("bob"));
    // list and show print who is looking.
    run = cli({QStringLiteral("list")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QLatin1String("ASSIGNEE")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QRegularExpression(QStringLiteral("^%1 .* bob +Release c1$").arg(id),
                                                 QRegularExpression::MultilineOption)),
             qPrintable(run.out));
    run = cli({QStringLiteral("show"), idText});
    QVERIFY2(run.out.contains(
                     QRegularExpression(QStringLiteral("^Assigned to: +bob \\(looking since "),
                                        QRegularExpression::MultilineOption)),
             qPrintable(run.out));
    run = cli({QStringLiteral("release"), idText, QStringLiteral("--as"), QStringLiteral("bob")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(), QStringLiteral("Nobody is looking at %1.").arg(id));
    QCOMPARE(show(gatehouse, id).json().value(QStringLiteral("assignee")), QJsonValue());
}

QTEST_MAIN(tst_Assign)
#include "tst_assign.moc"
