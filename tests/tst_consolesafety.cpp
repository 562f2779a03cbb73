// Deciding safely in the real window (offscreen) on the real service: the wheel edits
// only a focused settings field; a policy change that takes the person away or shortens
// a timeout is confirmed; Tab leaves the table, the next pending approval is selected
// after a decision, Down/Enter in the search field and j/k move; the bulk pane lists
// the selection; a production decision is confirmed; the undo window holds a decision
// back (Undo: nothing decided, no callback) and commits it when it expires.
#include "core/engine.h"
#include "models/approvalfilterproxy.h"
#include "models/approvaltablemodel.h"
#include "models/sidebarmodel.h"
#include "models/timelinemodel.h"
#include "service/gatehouseservice.h"
#include "service/pendingdecisions.h"
#include "support/fakehttpserver.h"
#include "support/messageboxanswer.h"
#include "support/testhttp.h"
#include "ui/consolesettings.h"
#include "ui/detailpane.h"
#include "ui/mainwindow.h"
#include "ui/settingsdialog.h"
#include "ui/undocountdown.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

class tst_ConsoleSafety : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void wheelEditsOnlyTheFocusedField();
    void shortenedTimeoutAsksBeforeSaving();
    void tabLeavesTheTable();
    void nextPendingIsSelectedAfterADecision();
    void searchFieldLeadsToTheFirstResult();
    void jAndKMoveTheSelection();
    void bulkPaneListsTheSelection();
    void productionDecisionIsConfirmed();
    void undoInsideTheWindowDecidesNothing();
    void decisionIsCommittedWhenTheWindowExpires();
    void needsMeComesFirstSoonestDeadlineOnTop();

private:
    qint64 postWebhook(const QString &title, const QString &externalId,
                       const QString &environment = QStringLiteral("staging"),
                       int timeoutMinutes = 0);
    void openWindow();
    qint64 selectedId() const;
    void selectRowOf(qint64 id);
    QList<qint64> callbackIds() const;
    static void wheel(QWidget *widget);
    static bool showActive(QWidget *window);
    static void snapshot(QWidget *window, const QString &name);
    static void setUndoSeconds(int seconds);

    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<ServiceThread> service;
    std::unique_ptr<FakeHttpServer> target;
    std::unique_ptr<MainWindow> window;
};

void tst_ConsoleSafety::initTestCase()
{
    static QTemporaryDir config; // the window's QSettings stay away from the user's
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("GatehouseTests"));
}

void tst_ConsoleSafety::init()
{
    dir = std::make_unique<QTemporaryDir>();
    ConsoleSettings::setFile(dir->filePath(QStringLiteral("gatehouse.ini")));
    target = std::make_unique<FakeHttpServer>();
    QVERIFY(target->start());
    ServiceConfig config;
    config.databasePath = dir->filePath(QStringLiteral("g.sqlite"));
    config.port = 0;
    config.keyFile = dir->filePath(QStringLiteral("vault.key"));
    config.operatorToken = "safety-test-token";
    config.inbound.insert(
            QStringLiteral("generic"),
            {QStringLiteral("token"), "hook-secret", QStringLiteral("environment"), {}, {}});
    service = std::make_unique<ServiceThread>();
    QString error;
    QVERIFY2(service->start(config, &error), qPrintable(error));
}

void tst_ConsoleSafety::cleanup()
{
    window.reset();
    service.reset();
    target.reset();
    ConsoleSettings::setFile({});
    dir.reset();
}

qint64 tst_ConsoleSafety::postWebhook(const QString &title, const QString &externalId,
                                      const QString &environment, int timeoutMinutes)
{
    const QUrl url(
            QStringLiteral("http://127.0.0.1:%1/hooks/generic").arg(service->service()->port()));
    QJsonObject body{
            {QStringLiteral("title"), title},
            {QStringLiteral("externalId"), externalId},
            {QStringLiteral("environment"), environment},
            {QStringLiteral("callbackUrl"), target->url(QStringLiteral("/cb")).toString()}};
    if (timeoutMinutes > 0)
        body.insert(QStringLiteral("timeoutMinutes"), timeoutMinutes);
    const TestReply reply =
            TestHttp::postJson(url, body, {{"Authorization", "Bearer hook-secret"}});
    return reply.json().value(QStringLiteral("id")).toInteger();
}

void tst_ConsoleSafety::openWindow()
{
    window = std::make_unique<MainWindow>(service->service()->engine(),
                                          QStringLiteral("http://127.0.0.1"), "safety-test-token");
    QVERIFY(showActive(window.get()));
}

qint64 tst_ConsoleSafety::selectedId() const
{
    const QModelIndexList rows = window->table()->selectionModel()->selectedRows();
    return rows.size() == 1 ? rows.first().data(ApprovalTableModel::IdRole).toLongLong() : 0;
}

void tst_ConsoleSafety::selectRowOf(qint64 id)
{
    QTableView *table = window->table();
    QModelIndex index;
    QTRY_VERIFY((index = window->proxy()->mapFromSource(window->approvalModel()->index(
                         window->approvalModel()->rowOf(id), ApprovalTableModel::TitleColumn)))
                        .isValid());
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    QTRY_COMPARE(selectedId(), id);
}

QList<qint64> tst_ConsoleSafety::callbackIds() const
{
    QList<qint64> ids;
    for (const RecordedRequest &request : target->requests) {
        if (request.path == QLatin1String("/cb"))
            ids.append(QJsonDocument::fromJson(request.body)
                               .object()
                               .value(QStringLiteral("id"))
                               .toInteger());
    }
    return ids;
}

// Shown and active: keys, shortcuts and the focus need an active window.
bool tst_ConsoleSafety::showActive(QWidget *window)
{
    window->show();
    if (!QTest::qWaitForWindowExposed(window))
        return false;
    window->activateWindow();
    return QTest::qWaitForWindowActive(window);
}

// GATEHOUSE_SCREENSHOTS=dir: the window as the test sees it, for the README.
void tst_ConsoleSafety::snapshot(QWidget *window, const QString &name)
{
    const QString dir = qEnvironmentVariable("GATEHOUSE_SCREENSHOTS");
    if (!dir.isEmpty())
        QVERIFY(window->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

// A real wheel notch up, as the mouse sends it to the widget under the pointer.
void tst_ConsoleSafety::wheel(QWidget *widget)
{
    const QPointF pos = QRectF(widget->rect()).center();
    QWheelEvent event(pos, widget->mapToGlobal(pos), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &event);
}

void tst_ConsoleSafety::setUndoSeconds(int seconds)
{
    ConsoleSettings::open()->setValue(QStringLiteral("ui/undoSeconds"), seconds);
}

void tst_ConsoleSafety::wheelEditsOnlyTheFocusedField()
{
    SettingsDialog dialog{SettingsService(service->service())};
    QVERIFY(showActive(&dialog));
    // A policy, so that the Policies page has its spin boxes and combo boxes in use.
    dialog.tabs()->setCurrentIndex(2);
    for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
        if (button->accessibleName() == QStringLiteral("Add policy"))
            QTest::mouseClick(button, Qt::LeftButton);
    }
    dialog.findChild<QDialogButtonBox *>()->setFocus(); // no field has the focus
    int spinBoxes = 0;
    int combos = 0;
    for (int tab = 0; tab < dialog.tabs()->count(); ++tab) {
        dialog.tabs()->setCurrentIndex(tab);
        for (QAbstractSpinBox *box :
             dialog.tabs()->widget(tab)->findChildren<QAbstractSpinBox *>()) {
            if (!box->isVisible() || !box->isEnabled())
                continue;
            QCOMPARE(box->focusPolicy(), Qt::StrongFocus);
            const QString before = box->text();
            wheel(box);
            QVERIFY2(box->text() == before, qPrintable(box->accessibleName()));
            ++spinBoxes;
        }
        for (QComboBox *combo : dialog.tabs()->widget(tab)->findChildren<QComboBox *>()) {
            if (!combo->isVisible() || !combo->isEnabled() || combo->count() < 2)
                continue;
            QCOMPARE(combo->focusPolicy(), Qt::StrongFocus);
            const int before = combo->currentIndex();
            wheel(combo);
            QVERIFY2(combo->currentIndex() == before, qPrintable(combo->accessibleName()));
            ++combos;
        }
    }
    QVERIFY(spinBoxes >= 5); // port, quiet hours, undo window, link lifetime, policy timings
    QVERIFY(combos >= 2); // language, order of a policy, gate kind ...
    // The focused field is the one the wheel edits.
    dialog.tabs()->setCurrentIndex(0);
    QSpinBox *port = dialog.portField();
    const int before = port->value();
    QTest::mouseClick(port, Qt::LeftButton);
    QTRY_VERIFY(port->hasFocus());
    wheel(port);
    QCOMPARE(port->value(), before + 1);
}

void tst_ConsoleSafety::shortenedTimeoutAsksBeforeSaving()
{
    const QString path = dir->filePath(QStringLiteral("policies.json"));
    const QByteArray json = R"j({"policies":[{"name":"prod","timeoutSecs":3600,
"gates":[{"name":"g","type":"timeWindow","days":["Monday"]}]}]}
)j";
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(json);
    file.close();
    ConsoleSettings::open()->setValue(QStringLiteral("gates/policyFile"), path);
    SettingsDialog dialog{SettingsService(service->service())};
    QVERIFY(showActive(&dialog));
    dialog.tabs()->setCurrentIndex(2);
    auto *policies = dialog.findChild<QListWidget *>();
    QTest::mouseClick(policies->viewport(), Qt::LeftButton, {},
                      policies->visualItemRect(policies->item(0)).center());
    QSpinBox *timeout = nullptr;
    for (QSpinBox *box : dialog.findChildren<QSpinBox *>()) {
        if (box->accessibleName() == QStringLiteral("Timeout"))
            timeout = box;
    }
    QVERIFY(timeout);
    QCOMPARE(timeout->value(), 3600);
    QTest::mouseClick(timeout, Qt::LeftButton);
    timeout->selectAll();
    QTest::keyClicks(timeout, QStringLiteral("3597"));
    QCOMPARE(timeout->value(), 3597);
    QPushButton *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    {
        MessageBoxAnswer cancel(QStringLiteral("policyChangesConfirm"), QMessageBox::Cancel);
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(cancel.shown, 1);
        QVERIFY2(cancel.informativeText.contains(
                         QStringLiteral("“prod”: timeout shortened from 3600 s to 3597 s")),
                 qPrintable(cancel.informativeText));
    }
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), json); // nothing written
    file.close();
    {
        MessageBoxAnswer confirm(QStringLiteral("policyChangesConfirm"), QMessageBox::Save);
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(confirm.shown, 1);
    }
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("3597"));
}

void tst_ConsoleSafety::tabLeavesTheTable()
{
    openWindow();
    const qint64 first = postWebhook(QStringLiteral("Deploy a"), QStringLiteral("t1"));
    postWebhook(QStringLiteral("Deploy b"), QStringLiteral("t2"));
    QTRY_COMPARE(window->table()->model()->rowCount(), 2);
    selectRowOf(first);
    QVERIFY(window->table()->hasFocus());
    QTest::keyClick(window->table(), Qt::Key_Tab);
    QVERIFY(!window->table()->hasFocus());
    QCOMPARE(selectedId(), first); // the selection did not walk on
}

void tst_ConsoleSafety::nextPendingIsSelectedAfterADecision()
{
    setUndoSeconds(0);
    openWindow();
    const qint64 a = postWebhook(QStringLiteral("Deploy a"), QStringLiteral("n1"));
    const qint64 b = postWebhook(QStringLiteral("Deploy b"), QStringLiteral("n2"));
    const qint64 c = postWebhook(QStringLiteral("Deploy c"), QStringLiteral("n3"));
    QTRY_COMPARE(window->table()->model()->rowCount(), 3);
    window->table()->sortByColumn(ApprovalTableModel::TitleColumn, Qt::AscendingOrder);
    selectRowOf(a);
    QTest::keyClick(window->table(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(selectedId(), b); // at once: the next Ctrl+Return means b
    QTRY_COMPARE(window->table()->model()->rowCount(), 2);
    QCOMPARE(selectedId(), b);
    QTest::keyClick(window->table(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(selectedId(), c);
    QTRY_COMPARE(callbackIds().size(), 2);
    QCOMPARE(callbackIds(), (QList<qint64>{a, b}));
}

void tst_ConsoleSafety::searchFieldLeadsToTheFirstResult()
{
    openWindow();
    postWebhook(QStringLiteral("Deploy payments"), QStringLiteral("s1"));
    const qint64 search = postWebhook(QStringLiteral("Deploy search"), QStringLiteral("s2"));
    QTRY_COMPARE(window->table()->model()->rowCount(), 2);
    window->searchField()->setFocus();
    QTest::keyClicks(window->searchField(), QStringLiteral("sear"));
    QCOMPARE(window->table()->model()->rowCount(), 1);
    QTest::keyClick(window->searchField(), Qt::Key_Down);
    QVERIFY(window->table()->hasFocus());
    QCOMPARE(selectedId(), search);
    // Enter does the same.
    window->table()->clearSelection();
    window->searchField()->setFocus();
    QTest::keyClick(window->searchField(), Qt::Key_Return);
    QVERIFY(window->table()->hasFocus());
    QCOMPARE(selectedId(), search);
}

void tst_ConsoleSafety::jAndKMoveTheSelection()
{
    openWindow();
    const qint64 a = postWebhook(QStringLiteral("Deploy a"), QStringLiteral("j1"));
    const qint64 b = postWebhook(QStringLiteral("Deploy b"), QStringLiteral("j2"));
    QTRY_COMPARE(window->table()->model()->rowCount(), 2);
    window->table()->sortByColumn(ApprovalTableModel::TitleColumn, Qt::AscendingOrder);
    selectRowOf(a);
    QTest::keyClick(window->table(), Qt::Key_J);
    QCOMPARE(selectedId(), b);
    QTest::keyClick(window->table(), Qt::Key_K);
    QCOMPARE(selectedId(), a);
    // In a text field they are letters.
    QTest::keyClick(window->detailPane()->commentField(), Qt::Key_J);
    QCOMPARE(window->detailPane()->commentField()->text(), QStringLiteral("j"));
    QCOMPARE(selectedId(), a);
}

void tst_ConsoleSafety::bulkPaneListsTheSelection()
{
    openWindow();
    postWebhook(QStringLiteral("Deploy shop 3.1"), QStringLiteral("b1"),
                QStringLiteral("production"));
    postWebhook(QStringLiteral("Deploy blog 2.0"), QStringLiteral("b2"), QStringLiteral("staging"));
    QTRY_COMPARE(window->table()->model()->rowCount(), 2);
    window->table()->setFocus();
    QTest::keyClick(window->table(), Qt::Key_A, Qt::ControlModifier);
    QListWidget *list = window->detailPane()->selectionList();
    QTRY_COMPARE(list->count(), 2);
    QVERIFY(list->isVisible());
    QStringList items;
    for (int i = 0; i < list->count(); ++i)
        items.append(list->item(i)->text());
    items.sort();
    snapshot(window.get(), QStringLiteral("decide-bulk"));
    QCOMPARE(items,
             (QStringList{QStringLiteral("Deploy blog 2.0 · staging"),
                          QStringLiteral("Deploy shop 3.1 · production")}));
}

void tst_ConsoleSafety::productionDecisionIsConfirmed()
{
    setUndoSeconds(0);
    ConsoleSettings::open()->setValue(QStringLiteral("ui/confirmProduction"), true);
    openWindow();
    const qint64 id = postWebhook(QStringLiteral("Deploy shop 3.1"), QStringLiteral("p1"),
                                  QStringLiteral("production"));
    selectRowOf(id);
    {
        MessageBoxAnswer cancel(QStringLiteral("productionConfirm"), QMessageBox::Cancel);
        QTest::keyClick(window->table(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(cancel.shown, 1);
        QVERIFY(cancel.informativeText.contains(QStringLiteral("Deploy shop 3.1 · production")));
    }
    // Cancelled: nothing held, nothing sent to the engine, still pending and selected.
    QVERIFY(window->pendingDecisions()->held().isEmpty());
    QVERIFY(window->approvalModel()->approvalById(id)->isPending());
    QCOMPARE(selectedId(), id);
    window->activateWindow(); // offscreen has no window manager to do it when the box goes
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    {
        MessageBoxAnswer yes(QStringLiteral("productionConfirm"), QMessageBox::Yes);
        QTest::keyClick(window->table(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(yes.shown, 1);
    }
    QTRY_COMPARE(callbackIds(), QList<qint64>{id});
}

void tst_ConsoleSafety::undoInsideTheWindowDecidesNothing()
{
    setUndoSeconds(1);
    openWindow();
    const qint64 undone = postWebhook(QStringLiteral("Deploy shop 3.1"), QStringLiteral("u1"));
    const qint64 later = postWebhook(QStringLiteral("Deploy blog 2.0"), QStringLiteral("u2"));
    QTRY_COMPARE(window->table()->model()->rowCount(), 2);
    PendingDecisions *pending = window->pendingDecisions();
    QSignalSpy committed(pending, &PendingDecisions::committed);
    QSignalSpy undoneSpy(pending, &PendingDecisions::undone);
    selectRowOf(undone);
    QTest::mouseClick(window->detailPane()->approveButton(), Qt::LeftButton);
    UndoCountdown *countdown = window->undoCountdown();
    QVERIFY(countdown->isVisible());
    QCOMPARE(countdown->label()->text(), QStringLiteral("Approving “Deploy shop 3.1” in 1 s"));
    // The whole countdown is readable in the status bar (once the layout has run).
    QTRY_VERIFY(countdown->label()->width() >= countdown->label()->sizeHint().width());
    snapshot(window.get(), QStringLiteral("decide-undo"));
    QTest::mouseClick(countdown->undoButton(), Qt::LeftButton);
    QCOMPARE(undoneSpy.count(), 1);
    QVERIFY(!countdown->isVisible());
    QVERIFY(window->statusText().contains(QStringLiteral("Undone")));
    // A later decision with the same window: the undone one, had it stayed, would have
    // been committed first. Once the later one is out, the undone one never went.
    selectRowOf(later);
    QTest::mouseClick(window->detailPane()->approveButton(), Qt::LeftButton);
    QVERIFY(committed.wait(5000));
    QCOMPARE(committed.count(), 1);
    QCOMPARE(committed.at(0).at(0).value<PendingDecision>().ids, QList<qint64>{later});
    QTRY_COMPARE(callbackIds(), QList<qint64>{later});
    QVERIFY(window->approvalModel()->approvalById(undone)->isPending());
    QVERIFY(!window->approvalModel()->approvalById(undone)->decidedAt.isValid());
}

void tst_ConsoleSafety::decisionIsCommittedWhenTheWindowExpires()
{
    setUndoSeconds(1);
    openWindow();
    const qint64 id = postWebhook(QStringLiteral("Deploy shop 3.2"), QStringLiteral("e1"));
    selectRowOf(id);
    QSignalSpy committed(window->pendingDecisions(), &PendingDecisions::committed);
    QTest::keyClick(window->table(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(window->undoCountdown()->isVisible());
    QVERIFY(window->approvalModel()->approvalById(id)->isPending()); // held, not yet decided
    QCOMPARE(target->requests.size(), 0);
    QVERIFY(committed.wait(5000));
    QTRY_COMPARE(callbackIds(), QList<qint64>{id});
    QTRY_COMPARE(window->approvalModel()->approvalById(id)->state, ApprovalState::Approved);
    QCOMPARE(window->approvalModel()->approvalById(id)->decisionOrigin, QStringLiteral("window"));
    QVERIFY(!window->undoCountdown()->isVisible());
}

void tst_ConsoleSafety::needsMeComesFirstSoonestDeadlineOnTop()
{
    openWindow();
    const qint64 later = postWebhook(QStringLiteral("Deploy later"), QStringLiteral("d1"),
                                     QStringLiteral("staging"), 90);
    const qint64 never = postWebhook(QStringLiteral("Deploy whenever"), QStringLiteral("d2"));
    const qint64 soon = postWebhook(QStringLiteral("Deploy soon"), QStringLiteral("d3"),
                                    QStringLiteral("staging"), 7);
    QCOMPARE(window->sidebar()->currentIndex().row(), int(SidebarModel::NeedsMeView));
    QTRY_COMPARE(window->table()->model()->rowCount(), 3);
    const auto order = [this] {
        QList<qint64> ids;
        for (int row = 0; row < window->table()->model()->rowCount(); ++row)
            ids.append(window->table()
                               ->model()
                               ->index(row, 0)
                               .data(ApprovalTableModel::IdRole)
                               .toLongLong());
        return ids;
    };
    QCOMPARE(order(), (QList<qint64>{soon, later, never}));
    // Away and back with clicks: the same order.
    QListView *sidebar = window->sidebar();
    for (const int view : {int(SidebarModel::historyView()), int(SidebarModel::NeedsMeView)}) {
        const QRect rect = sidebar->visualRect(sidebar->model()->index(view, 0));
        QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(sidebar->currentIndex().row(), view);
    }
    QCOMPARE(order(), (QList<qint64>{soon, later, never}));
}

QTEST_MAIN(tst_ConsoleSafety)
#include "tst_consolesafety.moc"
