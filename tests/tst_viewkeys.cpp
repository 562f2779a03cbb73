// Every sidebar view opens with a key, pressed for real on the offscreen window:
// Ctrl+1 ... Ctrl+7 the first seven, Ctrl+8 History, Ctrl+9 Delivery failed, Ctrl+0
// Assigned to me, Alt+1 ... the further kind views (Jenkins inputs, GitHub rules, ...).
// Each key is shown where users look for it: beside the view in the View menu and in
// the view's tooltip in the sidebar.
#include "models/approvalfilterproxy.h"
#include "models/sidebarmodel.h"
#include "service/gatehouseservice.h"
#include "support/testservice.h"
#include "ui/consolesettings.h"
#include "ui/mainwindow.h"
#include "ui/viewshortcuts.h"

#include <QAction>
#include <QApplication>
#include <QHelpEvent>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>

class tst_ViewKeys : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void keyOpensView_data();
    void keyOpensView();
    void everyViewHasItsOwnKey();
    void viewMenuShowsEachKey();
    void sidebarTooltipShowsEachKey();

private:
    QString label(int view) const;

    QTemporaryDir m_dir;
    std::unique_ptr<ServiceThread> m_service;
    std::unique_ptr<MainWindow> m_window;
};

void tst_ViewKeys::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
    ConsoleSettings::setFile(m_dir.filePath(QStringLiteral("Gatehouse.conf")));
    m_service = std::make_unique<ServiceThread>();
    QString error;
    QVERIFY2(m_service->start(TestService::config(m_dir.path(), "keys-test-token"), &error),
             qPrintable(error));
    m_window = std::make_unique<MainWindow>(m_service->service()->engine(),
                                            QStringLiteral("http://127.0.0.1"), "keys-test-token");
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setActiveWindow(m_window.get());
    // The further kind views this test presses Alt+1 ... for.
    QCOMPARE(label(SidebarModel::FanInView + 1), QStringLiteral("Jenkins inputs"));
    QCOMPARE(label(SidebarModel::historyView() - 1), QStringLiteral("GitLab"));
}

void tst_ViewKeys::cleanupTestCase()
{
    m_window.reset();
    m_service.reset();
    ConsoleSettings::setFile({});
}

QString tst_ViewKeys::label(int view) const
{
    return m_window->sidebarModel()->index(view).data(SidebarModel::LabelRole).toString();
}

void tst_ViewKeys::keyOpensView_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<Qt::KeyboardModifiers>("modifiers");
    QTest::addColumn<QString>("view");
    QTest::addColumn<int>("row");
    const Qt::KeyboardModifiers ctrl = Qt::ControlModifier;
    const Qt::KeyboardModifiers alt = Qt::AltModifier;
    const int history = SidebarModel::historyView();
    QTest::newRow("Ctrl+1") << int(Qt::Key_1) << ctrl << "Needs me" << 0;
    QTest::newRow("Ctrl+2") << int(Qt::Key_2) << ctrl << "Pending" << 1;
    QTest::newRow("Ctrl+7") << int(Qt::Key_7) << ctrl << "Fan-in" << 6;
    QTest::newRow("Ctrl+8") << int(Qt::Key_8) << ctrl << "History" << history;
    QTest::newRow("Ctrl+9") << int(Qt::Key_9) << ctrl << "Delivery failed" << history + 1;
    QTest::newRow("Ctrl+0") << int(Qt::Key_0) << ctrl << "Assigned to me" << history + 2;
    QTest::newRow("Alt+1") << int(Qt::Key_1) << alt << "Jenkins inputs" << 7;
    QTest::newRow("Alt+2") << int(Qt::Key_2) << alt << "GitHub rules" << 8;
    QTest::newRow("Alt+3") << int(Qt::Key_3) << alt << "GitHub reviews" << 9;
    QTest::newRow("Alt+4") << int(Qt::Key_4) << alt << "GitLab" << 10;
}

void tst_ViewKeys::keyOpensView()
{
    QFETCH(int, key);
    QFETCH(Qt::KeyboardModifiers, modifiers);
    QFETCH(QString, view);
    QFETCH(int, row);
    QCOMPARE(label(row), view);
    // Start elsewhere (Pending, or Needs me for Ctrl+2), with the focus in the table.
    m_window->showView(row == SidebarModel::PendingView ? SidebarModel::NeedsMeView
                                                        : SidebarModel::PendingView);
    QVERIFY(m_window->sidebar()->currentIndex().row() != row);
    m_window->table()->setFocus();
    QTest::keyClick(m_window->table(), Qt::Key(key), modifiers);
    QCOMPARE(m_window->sidebar()->currentIndex().row(), row);
    // The proxy shows that view (Assigned to me: only what this console's user took).
    QCOMPARE(int(m_window->proxy()->scope()),
             m_window->sidebarModel()->index(row).data(SidebarModel::ScopeRole).toInt());
}

void tst_ViewKeys::everyViewHasItsOwnKey()
{
    QSet<QKeySequence> keys;
    for (int view = 0; view < m_window->sidebarModel()->rowCount(); ++view) {
        const QKeySequence key = ViewShortcuts::of(view);
        QVERIFY2(!key.isEmpty(), qPrintable(label(view)));
        QVERIFY2(!keys.contains(key), qPrintable(key.toString()));
        keys.insert(key);
    }
}

void tst_ViewKeys::viewMenuShowsEachKey()
{
    QMenu *viewMenu = nullptr;
    for (QAction *action : m_window->menuBar()->actions()) {
        if (action->text() == MainWindow::tr("&View"))
            viewMenu = action->menu();
    }
    QVERIFY(viewMenu);
    m_window->showView(SidebarModel::historyView());
    for (int view = 0; view < m_window->sidebarModel()->rowCount(); ++view) {
        QAction *found = nullptr;
        for (QAction *action : viewMenu->actions()) {
            if (action->text() == label(view))
                found = action;
        }
        QVERIFY2(found, qPrintable(label(view)));
        QCOMPARE(found->shortcut(), ViewShortcuts::of(view));
        QCOMPARE(found->isChecked(), view == SidebarModel::historyView());
    }
    // The menu opens the view as the key does.
    QAction *assigned = nullptr;
    for (QAction *action : viewMenu->actions()) {
        if (action->text() == label(SidebarModel::assignedToMeView()))
            assigned = action;
    }
    QVERIFY(assigned);
    assigned->trigger();
    QCOMPARE(m_window->sidebar()->currentIndex().row(), SidebarModel::assignedToMeView());
}

void tst_ViewKeys::sidebarTooltipShowsEachKey()
{
    QListView *sidebar = m_window->sidebar();
    for (int view = 0; view < m_window->sidebarModel()->rowCount(); ++view) {
        const QPoint at = sidebar->visualRect(sidebar->model()->index(view, 0)).center();
        QHelpEvent help(QEvent::ToolTip, at, sidebar->viewport()->mapToGlobal(at));
        QApplication::sendEvent(sidebar->viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        const QString key = ViewShortcuts::of(view).toString(QKeySequence::NativeText);
        QVERIFY2(QToolTip::text().endsWith(QStringLiteral("(%1)").arg(key)),
                 qPrintable(QToolTip::text()));
        // The model's own words stay in front of the key.
        QVERIFY2(QToolTip::text().startsWith(
                         sidebar->model()->index(view, 0).data(Qt::ToolTipRole).toString()),
                 qPrintable(QToolTip::text()));
        QToolTip::hideText();
    }
}

QTEST_MAIN(tst_ViewKeys)
#include "tst_viewkeys.moc"
