// The window, offscreen, on the real service in its own thread: a webhook shows up
// in the table, a real mouse click on Approve delivers the callback to a fake
// server, the timeline follows, search filters, a refused decision is shown; the
// sidebar and the filter combos, the context menu and the inline reject, bulk
// decisions with per-item results, the tray menu, in-window notifications, export,
// the settings and connect dialogs, and the German translation.
#include "core/engine.h"
#include "models/approvalexporter.h"
#include "models/approvalfilterproxy.h"
#include "models/approvaltablemodel.h"
#include "models/sidebarmodel.h"
#include "models/timelinemodel.h"
#include "service/gatehouseservice.h"
#include "support/fakehttpserver.h"
#include "support/testhttp.h"
#include "support/testservice.h"
#include "support/windowclicks.h"
#include "ui/connectdialog.h"
#include "ui/consolesettings.h"
#include "ui/decisionresults.h"
#include "ui/detailpane.h"
#include "ui/exportdialog.h"
#include "ui/mainwindow.h"
#include "ui/notificationbanner.h"
#include "ui/rejectbar.h"
#include "ui/settingsdialog.h"
#include "ui/trayicon.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QToolButton>
#include <QTranslator>

class tst_MainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void webhookShowsUpAndClickApproveDeliversCallback();
    void rejectWithReasonAndTimelineFollows();
    void searchFilters();
    void decisionElsewhereIsShown();
    void bulkApproveSelection();
    void sidebarSwitchesViews();
    void filterCombos();
    void contextMenuApproveDeliversCallback();
    void contextMenuRejectAsksInline();
    void bulkDecisionShowsPerItemResults();
    void trayMenuDecidesWithOriginTray();
    void notificationsShowInWindowWithoutTray(); // and retrying the failed delivery
    void timelineFollowsUnlessScrolledUp();
    void exportWritesSelection();
    void settingsDialogWritesKeys();
    void connectDialogShowsEndpoint();
    void germanTranslationShows();
    void frenchTranslationShows();
    void layoutIsRemembered();
    void everyControlHasAnAccessibleName();
    void historyShowsWhoAndWhen();

private:
    qint64 postWebhook(const QString &title, const QString &externalId,
                       const QJsonObject &extra = {});
    qint64 postAzure(const QString &path, const QString &task, const QString &title);
    void clickSidebar(int view);
    bool waitForCallbacks(int count);

    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<ServiceThread> service;
    std::unique_ptr<FakeHttpServer> target;
    std::unique_ptr<MainWindow> window;
};

void tst_MainWindow::initTestCase()
{
    // The window remembers its layout in QSettings: keep the tests' away from the user's.
    static QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("GatehouseTests"));
}

void tst_MainWindow::init()
{
    dir = std::make_unique<QTemporaryDir>();
    target = std::make_unique<FakeHttpServer>();
    QVERIFY(target->start());
    ServiceConfig config = TestService::config(dir->path(), "window-test-token");
    TestService::acceptToken(config, {QStringLiteral("generic"), QStringLiteral("azure")});
    service = std::make_unique<ServiceThread>();
    QString error;
    QVERIFY2(service->start(config, &error), qPrintable(error));
    // Decisions go out at once here; the undo window has its own tests (tst_consolesafety).
    ConsoleSettings::open()->setValue(QStringLiteral("ui/undoSeconds"), 0);
    window = std::make_unique<MainWindow>(service->service()->engine(),
                                          QStringLiteral("http://127.0.0.1"), "window-test-token");
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
}

void tst_MainWindow::cleanup()
{
    window.reset();
    service.reset();
    target.reset();
    dir.reset();
}

qint64 tst_MainWindow::postWebhook(const QString &title, const QString &externalId,
                                   const QJsonObject &extra)
{
    const QUrl url(
            QStringLiteral("http://127.0.0.1:%1/hooks/generic").arg(service->service()->port()));
    QJsonObject body{
            {QStringLiteral("title"), title},
            {QStringLiteral("externalId"), externalId},
            {QStringLiteral("pipeline"), QStringLiteral("shop")},
            {QStringLiteral("callbackUrl"), target->url(QStringLiteral("/cb")).toString()}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    const TestReply reply =
            TestHttp::postJson(url, body, {{"Authorization", "Bearer hook-secret"}});
    return reply.json().value(QStringLiteral("id")).toInteger();
}

qint64 tst_MainWindow::postAzure(const QString &path, const QString &task, const QString &title)
{
    const QUrl url(
            QStringLiteral("http://127.0.0.1:%1%2").arg(service->service()->port()).arg(path));
    const QList<QPair<QByteArray, QByteArray>> headers{
            {"Content-Type", "application/json"},
            {"PlanUrl", target->url(QStringLiteral("/org/")).toString().toUtf8()},
            {"ProjectId", "p1"},
            {"HubName", "checks"},
            {"PlanId", "plan-1"},
            {"JobId", "job-1"},
            {"TaskInstanceId", task.toUtf8()},
            {"AuthToken", "job-token"},
            {"X-Gatehouse-Secret", "hook-secret"},
    };
    const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("title"), title},
                                      {QStringLiteral("environment"), QStringLiteral("staging")}})
                    .toJson(QJsonDocument::Compact);
    const TestReply reply = TestHttp::send(QStringLiteral("POST"), url, body, headers);
    return reply.json().value(QStringLiteral("id")).toInteger()
            + reply.json().value(QStringLiteral("approvalId")).toInteger();
}

void tst_MainWindow::clickSidebar(int view)
{
    QListView *sidebar = window->sidebar();
    const QRect rect = sidebar->visualRect(sidebar->model()->index(view, 0));
    QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(sidebar->currentIndex().row(), view);
}

bool tst_MainWindow::waitForCallbacks(int count)
{
    int callbacks = 0;
    for (int i = 0; i < 200 && callbacks < count; ++i) {
        QTest::qWait(25);
        callbacks = int(std::count_if(
                target->requests.cbegin(), target->requests.cend(),
                [](const RecordedRequest &r) { return r.path == QLatin1String("/cb"); }));
    }
    return callbacks == count;
}

void tst_MainWindow::webhookShowsUpAndClickApproveDeliversCallback()
{
    const qint64 id = postWebhook(QStringLiteral("Ship shop 3.1"), QStringLiteral("r1"));
    QVERIFY(id > 0);
    QTRY_COMPARE(window->table()->model()->rowCount(), 1);
    QCOMPARE(window->windowTitle(), QStringLiteral("Gatehouse (1)"));
    QVERIFY(WindowClicks::selectRowOf(*window, id));
    QTRY_COMPARE(window->timelineModel()->rowCount(), 1);
    QPushButton *approve = window->detailPane()->approveButton();
    QVERIFY(approve->isEnabled());
    QTest::mouseClick(approve, Qt::LeftButton);
    QTRY_COMPARE(target->requests.size(), 1);
    const QJsonObject body = QJsonDocument::fromJson(target->requests.first().body).object();
    QCOMPARE(body.value(QStringLiteral("decision")).toString(), QStringLiteral("approved"));
    QCOMPARE(body.value(QStringLiteral("id")).toInteger(), id);
    // The row leaves the pending view; the timeline shows decided and delivered.
    QTRY_COMPARE(window->table()->model()->rowCount(), 0);
    QTRY_VERIFY(window->approvalModel()->approvalById(id)->delivery == DeliveryState::Delivered);
}

void tst_MainWindow::rejectWithReasonAndTimelineFollows()
{
    const qint64 id = postWebhook(QStringLiteral("Ship shop 3.2"), QStringLiteral("r2"));
    QVERIFY(WindowClicks::selectRowOf(*window, id));
    QTest::keyClicks(window->detailPane()->commentField(), QStringLiteral("tests are red"));
    QTest::mouseClick(window->detailPane()->rejectButton(), Qt::LeftButton);
    QTRY_COMPARE(target->requests.size(), 1);
    const QJsonObject body = QJsonDocument::fromJson(target->requests.first().body).object();
    QCOMPARE(body.value(QStringLiteral("decision")).toString(), QStringLiteral("rejected"));
    QCOMPARE(body.value(QStringLiteral("comment")).toString(), QStringLiteral("tests are red"));
    // The timeline grew live (received, decided, queued, delivered) without reselecting.
    QTRY_VERIFY(window->timelineModel()->entryCount() >= 4);
}

void tst_MainWindow::searchFilters()
{
    postWebhook(QStringLiteral("Deploy payments"), QStringLiteral("s1"));
    postWebhook(QStringLiteral("Deploy search"), QStringLiteral("s2"));
    QTRY_COMPARE(window->table()->model()->rowCount(), 2);
    QTest::keyClicks(window->searchField(), QStringLiteral("paym"));
    QCOMPARE(window->table()->model()->rowCount(), 1);
    QCOMPARE(window->table()->model()->index(0, ApprovalTableModel::TitleColumn).data().toString(),
             QStringLiteral("Deploy payments"));
    window->searchField()->clear();
    QCOMPARE(window->table()->model()->rowCount(), 2);
}

void tst_MainWindow::decisionElsewhereIsShown()
{
    const qint64 id = postWebhook(QStringLiteral("Race me"), QStringLiteral("x1"));
    QVERIFY(WindowClicks::selectRowOf(*window, id));
    // Someone approves through the API while the row is selected here...
    const QUrl api(QStringLiteral("http://127.0.0.1:%1/api/approvals/%2/approve")
                           .arg(service->service()->port())
                           .arg(id));
    QCOMPARE(TestHttp::send(QStringLiteral("POST"), api, "{\"decidedBy\":\"erin\"}",
                            {{"Authorization", "Bearer window-test-token"}})
                     .status,
             200);
    // ...and a reject that was already on its way is refused and says so.
    Engine *engine = service->service()->engine();
    QMetaObject::invokeMethod(engine, [engine, id] {
        engine->requestDecision(id, false, {}, QStringLiteral("window"), QStringLiteral("me"));
    });
    const auto statusShows = [this](const QString &text) {
        const auto labels = window->statusBar()->findChildren<QLabel *>();
        return std::any_of(labels.cbegin(), labels.cend(),
                           [&](QLabel *l) { return l->text().contains(text); });
    };
    QTRY_VERIFY(statusShows(QStringLiteral("Already approved by erin")));
    QTRY_VERIFY(!window->detailPane()->approveButton()->isEnabled());
}

void tst_MainWindow::bulkApproveSelection()
{
    for (int i = 0; i < 3; ++i)
        postWebhook(QStringLiteral("Bulk %1").arg(i), QStringLiteral("b%1").arg(i));
    QTRY_COMPARE(window->table()->model()->rowCount(), 3);
    window->table()->selectAll();
    QTest::mouseClick(window->detailPane()->approveButton(), Qt::LeftButton);
    QTRY_COMPARE(target->requests.size(), 3);
    QTRY_COMPARE(window->table()->model()->rowCount(), 0);
}

void tst_MainWindow::sidebarSwitchesViews()
{
    postWebhook(QStringLiteral("Generic one"), QStringLiteral("g1"));
    const qint64 check = postAzure(QStringLiteral("/hooks/azure/check"), QStringLiteral("task-1"),
                                   QStringLiteral("Azure check"));
    const qint64 gate = postAzure(QStringLiteral("/hooks/azure/gate"), QStringLiteral("task-2"),
                                  QStringLiteral("Azure gate"));
    QVERIFY(check > 0);
    QVERIFY(gate > 0);
    QTRY_COMPARE(window->table()->model()->rowCount(), 3);
    SidebarModel *sidebar = window->sidebarModel();
    QTRY_COMPARE(sidebar->count(SidebarModel::PendingView), 3);
    QCOMPARE(sidebar->count(SidebarModel::ChecksView), 1);
    QCOMPARE(sidebar->count(SidebarModel::GatesView), 1);
    QCOMPARE(sidebar->index(SidebarModel::ChecksView).data().toString(),
             QStringLiteral("Checks (1)"));

    clickSidebar(SidebarModel::ChecksView);
    QCOMPARE(window->table()->model()->rowCount(), 1);
    QCOMPARE(window->table()->model()->index(0, ApprovalTableModel::TitleColumn).data().toString(),
             QStringLiteral("Azure check"));
    clickSidebar(SidebarModel::GatesView);
    QCOMPARE(window->table()->model()->rowCount(), 1);
    clickSidebar(SidebarModel::TasksView);
    QCOMPARE(window->table()->model()->rowCount(), 0);
    clickSidebar(SidebarModel::historyView());
    QCOMPARE(window->table()->model()->rowCount(), 0);
    QVERIFY(window->stateFilter()->isEnabled());

    // Keyboard: Ctrl+1 back to Needs me, Ctrl+2 to Pending, Ctrl+3 to Checks.
    QTest::keyClick(window.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window->sidebar()->currentIndex().row(), int(SidebarModel::NeedsMeView));
    QVERIFY(!window->stateFilter()->isEnabled());
    QTest::keyClick(window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window->sidebar()->currentIndex().row(), int(SidebarModel::PendingView));
    QCOMPARE(window->table()->model()->rowCount(), 3);
    QVERIFY(!window->stateFilter()->isEnabled());
    QTest::keyClick(window.get(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(window->table()->model()->rowCount(), 1);

    // Deciding the check moves it to History and lowers the counts live.
    Engine *engine = service->service()->engine();
    QMetaObject::invokeMethod(engine, [engine, check] {
        engine->requestDecision(check, true, {}, QStringLiteral("window"), QStringLiteral("me"));
    });
    QTRY_COMPARE(sidebar->count(SidebarModel::ChecksView), 0);
    QCOMPARE(sidebar->count(SidebarModel::historyView()), 1);
    QCOMPARE(window->table()->model()->rowCount(), 1); // the Checks view lists decided checks too
    clickSidebar(SidebarModel::historyView());
    QCOMPARE(window->table()->model()->rowCount(), 1);
}

void tst_MainWindow::filterCombos()
{
    postWebhook(QStringLiteral("To prod"), QStringLiteral("f1"),
                {{QStringLiteral("environment"), QStringLiteral("prod")}});
    postWebhook(QStringLiteral("To staging"), QStringLiteral("f2"),
                {{QStringLiteral("environment"), QStringLiteral("staging")}});
    postAzure(QStringLiteral("/hooks/azure/check"), QStringLiteral("task-f"),
              QStringLiteral("Check staging"));
    QTRY_COMPARE(window->table()->model()->rowCount(), 3);
    QComboBox *environments = window->environmentFilter();
    QTRY_COMPARE(environments->count(), 3); // All, prod, staging: fed from the data
    QCOMPARE(environments->itemText(0), QStringLiteral("All environments"));
    environments->setCurrentIndex(environments->findText(QStringLiteral("staging")));
    QCOMPARE(window->table()->model()->rowCount(), 2);
    QComboBox *sources = window->sourceFilter();
    QTRY_COMPARE(sources->count(), 3); // All, azure, generic
    sources->setCurrentIndex(sources->findText(QStringLiteral("azure")));
    QCOMPARE(window->table()->model()->rowCount(), 1);
    sources->setCurrentIndex(0);
    environments->setCurrentIndex(0);
    QCOMPARE(window->table()->model()->rowCount(), 3);

    // State filter in the History view: only rejected ones.
    const qint64 id = window->approvalModel()->approvals().first().id;
    Engine *engine = service->service()->engine();
    QMetaObject::invokeMethod(engine, [engine, id] {
        engine->requestDecision(id, false, {}, QStringLiteral("window"), QStringLiteral("me"));
    });
    QTRY_COMPARE(window->sidebarModel()->count(SidebarModel::historyView()), 1);
    clickSidebar(SidebarModel::ChecksView);
    QComboBox *states = window->stateFilter();
    // History sits after the last kind view (each connector's kinds come before it).
    clickSidebar(SidebarModel::historyView());
    states->setCurrentIndex(states->findText(QStringLiteral("Approved")));
    QCOMPARE(window->table()->model()->rowCount(), 0);
    states->setCurrentIndex(states->findText(QStringLiteral("Rejected")));
    QCOMPARE(window->table()->model()->rowCount(), 1);
}

void tst_MainWindow::contextMenuApproveDeliversCallback()
{
    const qint64 id = postWebhook(QStringLiteral("Approve me by menu"), QStringLiteral("m1"));
    QVERIFY(WindowClicks::selectRowOf(*window, id));
    QTableView *table = window->table();
    const QModelIndex index = table->currentIndex();
    const QPoint pos = table->visualRect(index).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, table->viewport()->mapToGlobal(pos));
    QApplication::sendEvent(table->viewport(), &event);
    QMenu *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    QVERIFY(menu);
    QCOMPARE(menu, window->contextMenu());
    QAction *approve = window->approveAction();
    QVERIFY(menu->actions().contains(approve));
    QVERIFY(approve->isEnabled());
    QVERIFY(window->retryAction()->isEnabled() == false);
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(approve).center());
    QVERIFY(waitForCallbacks(1));
    const QJsonObject body = QJsonDocument::fromJson(target->requests.last().body).object();
    QCOMPARE(body.value(QStringLiteral("decision")).toString(), QStringLiteral("approved"));
    QCOMPARE(body.value(QStringLiteral("id")).toInteger(), id);
    QTRY_COMPARE(window->approvalModel()->approvalById(id)->decisionOrigin,
                 QStringLiteral("window"));

    // Copy id from the same menu.
    clickSidebar(SidebarModel::historyView());
    QVERIFY(WindowClicks::selectRowOf(*window, id));
    window->copyIdAction()->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), QString::number(id));
}

void tst_MainWindow::contextMenuRejectAsksInline()
{
    const qint64 id = postWebhook(QStringLiteral("Reject me inline"), QStringLiteral("m2"));
    QVERIFY(WindowClicks::selectRowOf(*window, id));
    RejectBar *bar = window->rejectBar();
    QVERIFY(!bar->isVisible());
    QTest::keyClick(window->table(), Qt::Key_Backspace, Qt::ControlModifier); // the menu's shortcut
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->ids(), QList<qint64>{id});
    QVERIFY(target->requests.isEmpty()); // nothing decided yet: it asks first
    // Escape cancels; asking again and Enter rejects with the reason.
    QTest::keyClick(bar->reasonField(), Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
    window->rejectAction()->trigger();
    QVERIFY(bar->isVisible());
    QTest::keyClicks(bar->reasonField(), QStringLiteral("change freeze"));
    QTest::keyClick(bar->reasonField(), Qt::Key_Return);
    QVERIFY(!bar->isVisible());
    QVERIFY(waitForCallbacks(1));
    const QJsonObject body = QJsonDocument::fromJson(target->requests.last().body).object();
    QCOMPARE(body.value(QStringLiteral("decision")).toString(), QStringLiteral("rejected"));
    QCOMPARE(body.value(QStringLiteral("comment")).toString(), QStringLiteral("change freeze"));
}

void tst_MainWindow::bulkDecisionShowsPerItemResults()
{
    QList<qint64> ids;
    for (int i = 0; i < 4; ++i)
        ids.append(
                postWebhook(QStringLiteral("Bulk item %1").arg(i), QStringLiteral("bi%1").arg(i)));
    QTRY_COMPARE(window->table()->model()->rowCount(), 4);
    // One of them is decided elsewhere first: the bulk answer must say so for that one.
    const QUrl api(QStringLiteral("http://127.0.0.1:%1/api/approvals/%2/approve")
                           .arg(service->service()->port())
                           .arg(ids.at(2)));
    QCOMPARE(TestHttp::send(QStringLiteral("POST"), api, "{\"decidedBy\":\"erin\"}",
                            {{"Authorization", "Bearer window-test-token"}})
                     .status,
             200);
    window->decideIds(ids, true, QStringLiteral("release train"), QStringLiteral("window"));
    DecisionResults *results = window->decisionResults();
    QVERIFY(results->isVisible());
    QCOMPARE(results->total(), 4);
    QTRY_COMPARE(results->done(), 4);
    QCOMPARE(results->refused(), 1);
    QCOMPARE(results->list()->count(), 4);
    QVERIFY(results->list()->item(2)->text().contains(QStringLiteral("Already approved by erin")));
    QVERIFY(results->list()->item(0)->text().contains(QStringLiteral("Approved by")));
    QCOMPARE(results->summary(), QStringLiteral("Approved 3 of 4; 1 refused"));
    QTRY_COMPARE(window->statusText(), QStringLiteral("Approved 3 of 4; 1 refused"));
    QVERIFY(waitForCallbacks(4));

    // Through the selection and the Approve action, as a user does it.
    for (int i = 0; i < 3; ++i)
        postWebhook(QStringLiteral("Second wave %1").arg(i), QStringLiteral("sw%1").arg(i));
    QTRY_COMPARE(window->table()->model()->rowCount(), 3);
    window->table()->setFocus();
    QTest::keyClick(window->table(), Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(window->selectedIds(true).size(), 3);
    QTest::keyClick(window->table(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(results->done(), 3);
    QCOMPARE(results->refused(), 0);
    QTRY_COMPARE(window->table()->model()->rowCount(), 0);
}

void tst_MainWindow::trayMenuDecidesWithOriginTray()
{
    const qint64 first = postWebhook(QStringLiteral("Tray approve"), QStringLiteral("t1"),
                                     {{QStringLiteral("timeoutMinutes"), 30}});
    const qint64 second = postWebhook(QStringLiteral("Tray reject"), QStringLiteral("t2"));
    QTRY_COMPARE(window->table()->model()->rowCount(), 2);
    TrayIcon *tray = window->trayIcon();
    QCOMPARE(tray->toolTip(), QStringLiteral("Gatehouse: 2 pending approvals"));
    QVERIFY(tray->badgeColor().isValid());
    QVERIFY(!tray->icon().isNull());
    tray->refreshMenu();
    QMenu *menu = tray->menu();
    const auto submenuFor = [menu](const QString &title) -> QMenu * {
        for (QAction *action : menu->actions()) {
            if (action->menu() && action->text() == title)
                return action->menu();
        }
        return nullptr;
    };
    // The one with a deadline is the most urgent: first after the header.
    QCOMPARE(menu->actions().at(1)->text(), QStringLiteral("Tray approve"));
    QMenu *approveMenu = submenuFor(QStringLiteral("Tray approve"));
    QVERIFY(approveMenu);
    QCOMPARE(approveMenu->actions().size(), 2);
    approveMenu->actions().at(0)->trigger(); // Approve: asks nothing
    QVERIFY(waitForCallbacks(1));
    QTRY_COMPARE(window->approvalModel()->approvalById(first)->decisionOrigin,
                 QStringLiteral("tray"));
    QCOMPARE(window->approvalModel()->approvalById(first)->state, ApprovalState::Approved);

    tray->refreshMenu();
    QVERIFY(!submenuFor(QStringLiteral("Tray approve"))); // decided: gone from the menu
    QMenu *rejectMenu = submenuFor(QStringLiteral("Tray reject"));
    QVERIFY(rejectMenu);
    rejectMenu->actions().at(1)->trigger();
    QVERIFY(waitForCallbacks(2));
    QTRY_COMPARE(window->approvalModel()->approvalById(second)->state, ApprovalState::Rejected);
    QCOMPARE(window->approvalModel()->approvalById(second)->decisionOrigin, QStringLiteral("tray"));
    QTRY_COMPARE(tray->toolTip(), QStringLiteral("Gatehouse: nothing waits"));

    // "Open Gatehouse" brings the window back.
    window->hide();
    tray->refreshMenu();
    const QList<QAction *> actions = menu->actions();
    const auto open = std::find_if(actions.cbegin(), actions.cend(), [](QAction *a) {
        return a->text() == QStringLiteral("Open Gatehouse");
    });
    QVERIFY(open != actions.cend());
    (*open)->trigger();
    QVERIFY(window->isVisible());

    // The badge: a number painted on the icon.
    const QImage plain = TrayIcon::badgeIcon(0, Qt::red).pixmap(32, 32).toImage();
    const QImage badged = TrayIcon::badgeIcon(7, Qt::red).pixmap(32, 32).toImage();
    QVERIFY(plain != badged);
    QVERIFY(TrayIcon::isQuiet(QTime(23, 0), QTime(22, 0), QTime(7, 0)));
    QVERIFY(!TrayIcon::isQuiet(QTime(12, 0), QTime(22, 0), QTime(7, 0)));
    QVERIFY(TrayIcon::isQuiet(QTime(12, 30), QTime(12, 0), QTime(13, 0)));
}

void tst_MainWindow::notificationsShowInWindowWithoutTray()
{
    QVERIFY(!window->trayIcon()->isAvailable()); // offscreen has no system tray
    postWebhook(QStringLiteral("Banner one"), QStringLiteral("n1"));
    postWebhook(QStringLiteral("Banner two"), QStringLiteral("n2"));
    QTRY_VERIFY(window->banner()->isVisible());
    QVERIFY(window->banner()->text().startsWith(QStringLiteral("2 new approvals")));
    QVERIFY(window->banner()->text().contains(QStringLiteral("Banner one")));
    // A delivery that gives up is announced too.
    target->setScript({{500, "{}"}});
    const qint64 failing = postWebhook(QStringLiteral("Will fail"), QStringLiteral("n3"));
    QTRY_COMPARE(window->table()->model()->rowCount(), 3);
    Engine *engine = service->service()->engine();
    QMetaObject::invokeMethod(engine, [engine, failing] {
        engine->requestDecision(failing, true, {}, QStringLiteral("window"), QStringLiteral("me"));
    });
    QTRY_VERIFY_WITH_TIMEOUT(window->banner()->text().startsWith(QStringLiteral("Delivery failed")),
                             20000);
    QVERIFY(window->banner()->text().contains(QStringLiteral("Will fail")));

    // The operator retries from the History view once the target is back.
    target->setScript({{200, "{}"}});
    clickSidebar(SidebarModel::historyView());
    window->stateFilter()->setCurrentIndex(
            window->stateFilter()->findText(QStringLiteral("Delivery failed")));
    QCOMPARE(window->table()->model()->rowCount(), 1);
    QVERIFY(WindowClicks::selectRowOf(*window, failing));
    QVERIFY(window->retryAction()->isEnabled());
    const int before = int(target->requests.size());
    QTest::keyClick(window->table(), Qt::Key_R, Qt::ControlModifier);
    QTRY_COMPARE(int(target->requests.size()), before + 1);
    QTRY_COMPARE(window->approvalModel()->approvalById(failing)->delivery,
                 DeliveryState::Delivered);
    QTRY_COMPARE(window->table()->model()->rowCount(), 0); // no longer "delivery failed"
}

void tst_MainWindow::timelineFollowsUnlessScrolledUp()
{
    const qint64 id = postWebhook(QStringLiteral("Follow me"), QStringLiteral("tl1"));
    QVERIFY(WindowClicks::selectRowOf(*window, id));
    QTRY_COMPARE(window->timelineModel()->rowCount(), 1);
    Engine *engine = service->service()->engine();
    for (int i = 0; i < 40; ++i)
        QMetaObject::invokeMethod(engine, [engine, id, i] {
            engine->postStatus(id, QStringLiteral("status line %1").arg(i));
        });
    QTRY_COMPARE(window->timelineModel()->rowCount(), 41);
    QScrollBar *bar = window->detailPane()->timelineView()->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 0);
    QTRY_COMPARE(bar->value(), bar->maximum()); // followed the end
    bar->setValue(0); // the user scrolls up to read
    QMetaObject::invokeMethod(engine,
                              [engine, id] { engine->postStatus(id, QStringLiteral("one more")); });
    QTRY_COMPARE(window->timelineModel()->rowCount(), 42);
    // Following is a queued scrollToBottom, posted when the row came in: a call queued
    // now runs after it would have.
    bool flushed = false;
    QMetaObject::invokeMethod(
            window.get(), [&] { flushed = true; }, Qt::QueuedConnection);
    QTRY_VERIFY(flushed);
    QCOMPARE(bar->value(), 0); // and stays there
}

void tst_MainWindow::exportWritesSelection()
{
    const qint64 a = postWebhook(QStringLiteral("Export A"), QStringLiteral("e1"));
    const qint64 b = postWebhook(QStringLiteral("Export B"), QStringLiteral("e2"));
    postWebhook(QStringLiteral("Not exported"), QStringLiteral("e3"));
    QTRY_COMPARE(window->table()->model()->rowCount(), 3);
    QVERIFY(WindowClicks::selectRowOf(*window, a));
    const QModelIndex second = window->proxy()->mapFromSource(
            window->approvalModel()->index(window->approvalModel()->rowOf(b), 1));
    QTest::mouseClick(window->table()->viewport(), Qt::LeftButton, Qt::ControlModifier,
                      window->table()->visualRect(second).center());
    QCOMPARE(window->selectedIds(false).size(), 2);
    QVector<Approval> expected;
    for (const qint64 id : window->selectedIds(false))
        expected.append(*window->approvalModel()->approvalById(id));
    QSignalSpy finished(window->exporter(), &ApprovalExporter::finished);
    const QString csvPath = dir->filePath(QStringLiteral("selection.csv"));
    window->exportApprovals(csvPath, ApprovalExporter::Format::Csv, true);
    QTRY_COMPARE(finished.count(), 1);
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readAll(), ApprovalExporter::toCsv(expected));
    QTRY_VERIFY(window->statusText().startsWith(QStringLiteral("Exported 2 approvals")));

    // A date range exports what was decided in it, as JSON.
    Engine *engine = service->service()->engine();
    QMetaObject::invokeMethod(engine, [engine, a] {
        engine->requestDecision(a, true, {}, QStringLiteral("window"), QStringLiteral("me"));
    });
    QTRY_VERIFY(window->approvalModel()->approvalById(a)->isFinal());
    const QString jsonPath = dir->filePath(QStringLiteral("range.json"));
    window->exportApprovals(jsonPath, ApprovalExporter::Format::Json, false, QDate::currentDate(),
                            QDate::currentDate());
    QTRY_COMPARE(finished.count(), 2);
    QFile json(jsonPath);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonArray array = QJsonDocument::fromJson(json.readAll()).array();
    QCOMPARE(array.size(), 1);
    QCOMPARE(array.first().toObject().value(QStringLiteral("id")).toInteger(), a);
}

void tst_MainWindow::settingsDialogWritesKeys()
{
    SettingsDialog dialog;
    dialog.addressField()->setText(QStringLiteral("0.0.0.0"));
    dialog.portField()->setValue(9443);
    dialog.languageField()->setCurrentIndex(dialog.languageField()->findData(QStringLiteral("de")));
    dialog.quietField()->setChecked(true);
    dialog.quietFromField()->setTime(QTime(21, 30));
    dialog.quietToField()->setTime(QTime(6, 45));
    QCOMPARE(dialog.validationError(), QString());
    QSettings settings(dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    dialog.save(settings);
    QCOMPARE(settings.value(QStringLiteral("receiver/address")).toString(),
             QStringLiteral("0.0.0.0"));
    QCOMPARE(settings.value(QStringLiteral("receiver/port")).toInt(), 9443);
    QCOMPARE(settings.value(QStringLiteral("ui/language")).toString(), QStringLiteral("de"));
    QCOMPARE(settings.value(QStringLiteral("notifications/quietFrom")).toString(),
             QStringLiteral("21:30"));
    QCOMPARE(settings.value(QStringLiteral("notifications/quietTo")).toString(),
             QStringLiteral("06:45"));
    QVERIFY(!settings.contains(QStringLiteral("receiver/tlsCert")));
    // Reading back shows the same; a bad address is refused before saving.
    SettingsDialog again;
    again.load(settings);
    QCOMPARE(again.portField()->value(), 9443);
    QVERIFY(again.quietField()->isChecked());
    again.addressField()->setText(QStringLiteral("not an address"));
    QVERIFY(!again.validationError().isEmpty());

    // With --config the dialog saves to that file, where main.cpp reads it.
    const QString ini = dir->filePath(QStringLiteral("config.ini"));
    ConsoleSettings::setFile(ini);
    SettingsDialog configured;
    configured.portField()->setValue(8555);
    configured.accept();
    ConsoleSettings::setFile({});
    QCOMPARE(QSettings(ini, QSettings::IniFormat).value(QStringLiteral("receiver/port")).toInt(),
             8555);
}

void tst_MainWindow::connectDialogShowsEndpoint()
{
    const QString endpoint = QStringLiteral("http://127.0.0.1:%1").arg(service->service()->port());
    const auto all = ConnectDialog::connectInstructions(endpoint);
    QCOMPARE(all.size(),
             9); // generic, two Azure, FlexDeploy, paused run, Jenkins, GitHub, GitLab, the API
    QCOMPARE(all.at(0).url, endpoint + QStringLiteral("/hooks/generic"));
    QCOMPARE(all.at(1).url, endpoint + QStringLiteral("/hooks/azure/check"));
    QVERIFY(all.at(1).headers.contains(
            QStringLiteral("\"TaskInstanceId\": \"$(system.TaskInstanceId)\"")));
    // The generic sample payload is accepted by this very endpoint.
    QJsonObject sample = QJsonDocument::fromJson(all.at(0).payload.toUtf8()).object();
    sample.insert(QStringLiteral("callbackUrl"), target->url(QStringLiteral("/cb")).toString());
    QCOMPARE(TestHttp::postJson(QUrl(all.at(0).url), sample).status, 401); // closed by default
    QCOMPARE(TestHttp::postJson(QUrl(all.at(0).url), sample,
                                {{"Authorization", "Bearer hook-secret"}})
                     .status,
             201);
    // With webhook secrets, each sender is told the header to add.
    const auto secured = ConnectDialog::connectInstructions(
            endpoint,
            {{QStringLiteral("generic"), QStringLiteral("s3cret")},
             {QStringLiteral("azure"), QStringLiteral("az-s3cret")}});
    QCOMPARE(secured.at(0).headers,
             QStringLiteral("Content-Type: application/json\nAuthorization: Bearer s3cret"));
    QVERIFY(secured.at(1).headers.startsWith(
            QStringLiteral("{\n    \"X-Gatehouse-Secret\": \"az-s3cret\",\n    \"Content-Type\"")));
    QCOMPARE(secured.at(3).headers, all.at(3).headers); // no FlexDeploy secret given
    ConnectDialog dialog(endpoint);
    QCOMPARE(dialog.tabs()->count(), all.size());
    const auto buttons = dialog.tabs()->widget(0)->findChildren<QPushButton *>();
    QCOMPARE(buttons.size(), 3);
    for (QPushButton *button : buttons)
        QVERIFY(!button->accessibleName().isEmpty());
    buttons.first()->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), all.at(0).url);
}

void tst_MainWindow::germanTranslationShows()
{
    QTranslator german;
    QVERIFY(german.load(QStringLiteral(":/i18n/gatehouse_de.qm")));
    QVERIFY(QCoreApplication::installTranslator(&german));
    MainWindow translated(service->service()->engine(), QStringLiteral("http://127.0.0.1"), "t");
    QCOMPARE(translated.detailPane()->approveButton()->text(), QStringLiteral("&Genehmigen"));
    QCOMPARE(translated.sidebarModel()
                     ->index(SidebarModel::TasksView)
                     .data(SidebarModel::LabelRole)
                     .toString(),
             QStringLiteral("Menschliche Aufgaben"));
    QCOMPARE(translated.trayIcon()->toolTip(), QStringLiteral("Gatehouse: nichts wartet"));
    QCOMPARE(ApprovalTableModel::tr("%n min", nullptr, 1), QStringLiteral("1 Min."));
    QCOMPARE(DecisionResults::tr("%1; %n refused", nullptr, 2),
             QStringLiteral("%1; 2 zurückgewiesen"));
    QCoreApplication::removeTranslator(&german);
}

void tst_MainWindow::historyShowsWhoAndWhen()
{
    const qint64 id = postWebhook(QStringLiteral("For the record"), QStringLiteral("h1"));
    QVERIFY(WindowClicks::selectRowOf(*window, id));
    QTest::keyClicks(window->detailPane()->commentField(), QStringLiteral("looks good"));
    QTest::mouseClick(window->detailPane()->approveButton(), Qt::LeftButton);
    QTRY_COMPARE(window->table()->model()->rowCount(), 0);
    clickSidebar(SidebarModel::historyView());
    QCOMPARE(window->table()->model()->rowCount(), 1);
    QTableView *table = window->table();
    QVERIFY(!table->isColumnHidden(ApprovalTableModel::DecidedByColumn));
    QVERIFY(!table->isColumnHidden(ApprovalTableModel::OriginColumn));
    QVERIFY(table->isColumnHidden(ApprovalTableModel::DeadlineColumn));
    const auto cell = [table](int column) {
        return table->model()->index(0, column).data().toString();
    };
    QCOMPARE(cell(ApprovalTableModel::OriginColumn), QStringLiteral("window"));
    QCOMPARE(cell(ApprovalTableModel::CommentColumn), QStringLiteral("looks good"));
    QVERIFY(!cell(ApprovalTableModel::DecidedAtColumn).isEmpty());
    QTRY_VERIFY(cell(ApprovalTableModel::StateColumn) == QStringLiteral("Approved, delivered"));
    // Back in the inbox the inbox columns return.
    clickSidebar(SidebarModel::PendingView);
    QVERIFY(table->isColumnHidden(ApprovalTableModel::DecidedByColumn));
    QVERIFY(!table->isColumnHidden(ApprovalTableModel::DeadlineColumn));
}

void tst_MainWindow::frenchTranslationShows()
{
    QTranslator french;
    QVERIFY(french.load(QStringLiteral(":/i18n/gatehouse_fr.qm")));
    QVERIFY(QCoreApplication::installTranslator(&french));
    MainWindow translated(service->service()->engine(), QStringLiteral("http://127.0.0.1"), "t");
    QCOMPARE(translated.detailPane()->rejectButton()->text(), QStringLiteral("&Rejeter"));
    QCOMPARE(translated.sidebarModel()
                     ->index(SidebarModel::historyView())
                     .data(SidebarModel::LabelRole)
                     .toString(),
             QStringLiteral("Historique"));
    QCOMPARE(TrayIcon::tr("%n new approvals", nullptr, 1),
             QStringLiteral("1 nouvelle approbation"));
    QCOMPARE(TrayIcon::tr("%n new approvals", nullptr, 3),
             QStringLiteral("3 nouvelles approbations"));
    QCoreApplication::removeTranslator(&french);
}

void tst_MainWindow::layoutIsRemembered()
{
    QHeaderView *header = window->table()->horizontalHeader();
    window->table()->sortByColumn(ApprovalTableModel::TitleColumn, Qt::AscendingOrder);
    header->resizeSection(ApprovalTableModel::TitleColumn, 333);
    clickSidebar(SidebarModel::historyView());
    window->table()->sortByColumn(ApprovalTableModel::CommentColumn, Qt::DescendingOrder);
    window->close(); // saves: there is no tray offscreen, so it really closes
    window = std::make_unique<MainWindow>(service->service()->engine(),
                                          QStringLiteral("http://127.0.0.1"), "t");
    header = window->table()->horizontalHeader();
    QCOMPARE(header->sortIndicatorSection(), int(ApprovalTableModel::TitleColumn));
    QCOMPARE(header->sectionSize(ApprovalTableModel::TitleColumn), 333);
    clickSidebar(SidebarModel::historyView()); // each view keeps its own columns and sort
    QCOMPARE(header->sortIndicatorSection(), int(ApprovalTableModel::CommentColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QSettings().remove(QStringLiteral("window")); // the next tests start from the defaults
}

namespace {
// Controls a screen reader announces by name: inputs, buttons, views, progress bars.
QStringList unnamedControls(QWidget *root)
{
    QStringList unnamed;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        const QWidget *parent = w->parentWidget();
        // Parts of composite Qt widgets are named by their owner.
        if (qobject_cast<QHeaderView *>(w) || qobject_cast<QAbstractSpinBox *>(w->parentWidget())
            || (parent
                && (qobject_cast<const QComboBox *>(parent)
                    || qobject_cast<const QLineEdit *>(parent) || parent->inherits("QMenuBar")
                    || parent->inherits("QComboBoxPrivateContainer")
                    || parent->inherits("QAbstractScrollArea"))))
            continue;
        const bool control = qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
                || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QAbstractButton *>(w)
                || qobject_cast<QAbstractItemView *>(w) || qobject_cast<QPlainTextEdit *>(w)
                || qobject_cast<QProgressBar *>(w);
        if (!control)
            continue;
        const auto *button = qobject_cast<QAbstractButton *>(w);
        if (w->accessibleName().isEmpty() && !(button && !button->text().isEmpty()))
            unnamed.append(
                    QStringLiteral("%1 %2 in %3")
                            .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                                 QString::fromLatin1(parent ? parent->metaObject()->className()
                                                            : "")));
    }
    return unnamed;
}
} // namespace

void tst_MainWindow::everyControlHasAnAccessibleName()
{
    QCOMPARE(unnamedControls(window.get()), QStringList());
    SettingsDialog settings;
    QCOMPARE(unnamedControls(&settings), QStringList());
    ConnectDialog connect(QStringLiteral("http://127.0.0.1:8470"));
    QCOMPARE(unnamedControls(&connect), QStringList());
    ExportDialog exportDialog(2);
    QCOMPARE(unnamedControls(&exportDialog), QStringList());
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
