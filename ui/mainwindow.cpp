#include "mainwindow.h"

#include "core/engine.h"
#include "models/approvalfilterproxy.h"
#include "models/approvaltablemodel.h"
#include "models/distinctvaluesmodel.h"
#include "models/groupmembers.h"
#include "models/sidebarmodel.h"
#include "models/timelinemodel.h"
#include "service/decisionsafety.h"
#include "service/pendingdecisions.h"
#include "ui/apitokensdialog.h"
#include "ui/approvalrowdelegate.h"
#include "ui/assignmentcontrol.h"
#include "ui/connectdialog.h"
#include "ui/connectionsecretsdialog.h"
#include "ui/consolesettings.h"
#include "ui/decisionresults.h"
#include "ui/detailpane.h"
#include "ui/exportdialog.h"
#include "ui/filtercombobox.h"
#include "ui/filterrowlayout.h"
#include "ui/inboxkeys.h"
#include "ui/inputparametersform.h"
#include "ui/kindicondelegate.h"
#include "ui/liveupdateslabel.h"
#include "ui/notificationbanner.h"
#include "ui/preapprovaldialog.h"
#include "ui/rejectbar.h"
#include "ui/releasecontrols.h"
#include "ui/securitylogdialog.h"
#include "ui/settingsdialog.h"
#include "ui/sidebardelegate.h"
#include "ui/titlecolumnfitter.h"
#include "ui/trayicon.h"
#include "ui/undocountdown.h"
#include "ui/viewshortcuts.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace {
// How many approvals the window loads at start; older ones stay in the database.
constexpr int snapshotLimit = 10000;
const QString inboxColumnsKey = QStringLiteral("window/inboxColumns");
const QString historyColumnsKey = QStringLiteral("window/historyColumns");
const QString trayNoticeKey = QStringLiteral("ui/trayNoticeShown");
const QString splitterKey = QStringLiteral("window/splitter");
const QString detailShownKey = QStringLiteral("window/detailShown");
const QString titleWidthKey = QStringLiteral("window/titleWidth"); // the least it gets
} // namespace

MainWindow::MainWindow(Engine *engine, const QString &endpoint, const QByteArray &operatorToken,
                       QWidget *parent)
    : QMainWindow(parent),
      m_engine(engine),
      m_endpoint(endpoint),
      m_model(new ApprovalTableModel(this)),
      m_proxy(new ApprovalFilterProxy(this)),
      m_timeline(new TimelineModel(this)),
      m_sidebarModel(new SidebarModel(m_model, this)),
      m_sources(new DistinctValuesModel(m_model, ApprovalTableModel::SourceRole, tr("All sources"),
                                        this)),
      m_environments(new DistinctValuesModel(m_model, ApprovalTableModel::EnvironmentRole,
                                             tr("All environments"), this)),
      m_exporter(new ApprovalExporter(this)),
      m_pendingDecisions(new PendingDecisions(nullptr, this))
{
    m_proxy->setSourceModel(m_model);
    buildUi(endpoint, operatorToken);
    connectEngine();
    restoreLayout();
    showView(SidebarModel::NeedsMeView);
}

MainWindow::~MainWindow()
{
    // Quitting inside an undo window: the operator decided, so the decision stands.
    m_pendingDecisions->commitAll();
}

void MainWindow::buildUi(const QString &endpoint, const QByteArray &operatorToken)
{
    setWindowTitle(tr("Gatehouse"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/gatehouse.svg")));

    m_sidebar = new QListView;
    m_sidebar->setModel(m_sidebarModel);
    m_sidebar->setAccessibleName(tr("Views"));
    // Each view's own key is in its tooltip (SidebarDelegate) and in the View menu.
    int altKeys = 0; // the further kind views' Alt+1, Alt+2, ...
    for (int view = 0; view < m_sidebarModel->rowCount(); ++view)
        altKeys += ViewShortcuts::of(view)[0].keyboardModifiers() == Qt::AltModifier;
    m_sidebar->setToolTip(altKeys > 0 ? tr("Views (Ctrl+0 to Ctrl+9, Alt+1 to Alt+%1)").arg(altKeys)
                                      : tr("Views (Ctrl+0 to Ctrl+9)"));
    m_sidebar->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sidebar->setIconSize(QSize(16, 16));
    m_sidebar->setItemDelegate(new SidebarDelegate(m_sidebar));
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sidebar->setTextElideMode(Qt::ElideRight);
    m_sidebar->setMinimumWidth(150);
    m_sidebar->setMaximumWidth(240);

    m_search = new QLineEdit;
    // Short enough for a narrow window; the tooltip says what it searches.
    m_search->setPlaceholderText(tr("Search… (Ctrl+F)"));
    m_search->setToolTip(tr("Search title, pipeline, environment, source… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search approvals"));
    // Room for a few words even in a narrow window; the filters give way first.
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 22);
    // Each filter as wide as its current choice (FilterComboBox): the search field keeps
    // its room, and the filter row wraps beneath it where they do not fit beside it.
    m_sourceFilter = new FilterComboBox;
    m_sourceFilter->setModel(m_sources);
    m_sourceFilter->setAccessibleName(tr("Filter by source"));
    m_sourceFilter->setToolTip(tr("Filter by source"));
    m_environmentFilter = new FilterComboBox;
    m_environmentFilter->setModel(m_environments);
    m_environmentFilter->setAccessibleName(tr("Filter by environment"));
    m_environmentFilter->setToolTip(tr("Filter by environment"));
    m_stateFilter = new FilterComboBox;
    m_stateFilter->setAccessibleName(tr("Filter by state"));
    m_stateFilter->setToolTip(tr("Filter by state"));
    using StateFilter = ApprovalFilterProxy::StateFilter;
    m_stateFilter->addItem(tr("All states"), int(StateFilter::Any));
    m_stateFilter->addItem(QIcon(QStringLiteral(":/icons/state-pending.svg")), tr("Pending"),
                           int(StateFilter::Pending));
    m_stateFilter->addItem(QIcon(QStringLiteral(":/icons/state-approved.svg")), tr("Approved"),
                           int(StateFilter::Approved));
    m_stateFilter->addItem(QIcon(QStringLiteral(":/icons/state-rejected.svg")), tr("Rejected"),
                           int(StateFilter::Rejected));
    m_stateFilter->addItem(QIcon(QStringLiteral(":/icons/state-expired.svg")), tr("Expired"),
                           int(StateFilter::Expired));
    m_stateFilter->addItem(QIcon(QStringLiteral(":/icons/state-cancelled.svg")), tr("Cancelled"),
                           int(StateFilter::Cancelled));
    m_stateFilter->addItem(QIcon(QStringLiteral(":/icons/state-deliveryfailed.svg")),
                           tr("Delivery failed"), int(StateFilter::DeliveryFailed));

    m_table = new QTableView;
    m_table->setModel(m_proxy);
    m_table->setAccessibleName(tr("Approvals"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    // Two lines a row, as a mail client: the title, and beneath it the facts (the Title
    // cell's delegate).
    m_table->setItemDelegateForColumn(ApprovalTableModel::TitleColumn,
                                      new ApprovalRowDelegate(m_model, m_table));
    m_table->setItemDelegateForColumn(ApprovalTableModel::KindColumn,
                                      new KindIconDelegate(m_table));
    m_table->verticalHeader()->setDefaultSectionSize(
            ApprovalRowDelegate::rowHeight(m_table->fontMetrics()));
    m_titleFitter = new TitleColumnFitter(m_table, ApprovalTableModel::TitleColumn, 220);
    // The second line's "in 7 min" and the state's "time out in ..." count down: the
    // visible rows are repainted, without a model signal for every row.
    auto *countdown = new QTimer(m_table);
    countdown->setInterval(15000);
    connect(countdown, &QTimer::timeout, m_table->viewport(), qOverload<>(&QWidget::update));
    countdown->start();
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setIconSize(QSize(16, 16));
    setHistoryColumns(false);

    m_detail = new DetailPane(m_timeline);
    m_rejectBar = new RejectBar;
    m_results = new DecisionResults;
    m_banner = new NotificationBanner;

    // The search field takes the room the filters leave; in a narrow window (1000x700,
    // German) the filters go to a row of their own beneath it.
    auto *filters = new FilterRowLayout;
    filters->addWidget(m_search);
    filters->addWidget(m_sourceFilter);
    filters->addWidget(m_environmentFilter);
    filters->addWidget(m_stateFilter);
    auto *center = new QWidget;
    auto *centerLayout = new QVBoxLayout(center);
    centerLayout->setContentsMargins(0, 0, 0, 0);
    centerLayout->addWidget(m_banner);
    centerLayout->addLayout(filters);
    centerLayout->addWidget(m_rejectBar);
    centerLayout->addWidget(m_table, 1);
    centerLayout->addWidget(m_results);

    auto *splitter = new QSplitter;
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_sidebar);
    splitter->addWidget(center);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    // The sidebar as wide as its longest name and count (German ones are long).
    int sidebarWidth = 0;
    for (int row = 0; row < m_sidebarModel->rowCount(); ++row)
        sidebarWidth =
                qMax(sidebarWidth,
                     m_sidebar->fontMetrics().horizontalAdvance(
                             m_sidebarModel->index(row).data(SidebarModel::LabelRole).toString()));
    sidebarWidth =
            qBound(m_sidebar->minimumWidth(), sidebarWidth + 16 + 60, m_sidebar->maximumWidth());
    splitter->setSizes({sidebarWidth, 870, 360});
    splitter->setChildrenCollapsible(false);
    // The detail pane goes away with F8 (a narrow window's room for the table) and comes
    // back at the width it had; its width is the divider's, never its text's.
    center->setMinimumWidth(420);
    setCentralWidget(splitter);
    m_splitter = splitter;

    m_status = new QLabel;
    m_status->setTextFormat(Qt::PlainText);
    m_status->setAccessibleName(tr("Last action"));
    m_pendingLabel = new QLabel;
    m_pendingLabel->setAccessibleName(tr("Pending count"));
    m_exportProgress = new QProgressBar;
    m_exportProgress->setRange(0, 0); // busy: the worker reports only the end
    m_exportProgress->setMaximumWidth(120);
    m_exportProgress->setAccessibleName(tr("Export in progress"));
    m_exportProgress->hide();
    statusBar()->addWidget(m_pendingLabel);
    statusBar()->addWidget(m_status, 1);
    m_countdown = new UndoCountdown(m_pendingDecisions);
    statusBar()->addWidget(m_countdown);
    statusBar()->addPermanentWidget(m_exportProgress);
    auto *live = new LiveUpdatesLabel; // team mode: says when other instances' changes stop
    statusBar()->addPermanentWidget(live);
    connect(m_engine, &Engine::liveUpdatesChanged, live, &LiveUpdatesLabel::setLive);
    // No endpoint: a console started with --no-receiver beside the receiving instance.
    auto *endpointLabel =
            new QLabel(endpoint.isEmpty() ? tr("Receiver off: this window shows and decides")
                                          : tr("Listening on %1").arg(endpoint));
    endpointLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    endpointLabel->setAccessibleName(tr("Listening address"));
    statusBar()->addPermanentWidget(endpointLabel);

    m_tray = new TrayIcon(m_model, this);
    m_tray->setRefusal(
            [this](const Approval &approval, bool approve) { return refusal(approval, approve); });
    InboxKeys::install(m_search, m_table);
    buildActions();
    m_assignment = new AssignmentControl(m_engine, m_detail, m_proxy, m_sidebarModel, this);
    buildMenus(operatorToken);

    connect(m_sidebar->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (QAction *action = m_viewActions->actions().value(current.row()))
                    action->setChecked(true);
                showView(current.row());
            });
    connect(m_search, &QLineEdit::textChanged, m_proxy, &ApprovalFilterProxy::setSearchText);
    connect(m_sourceFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setSourceFilter(
                m_sourceFilter->currentData(DistinctValuesModel::ValueRole).toString());
    });
    connect(m_environmentFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setEnvironmentFilter(
                m_environmentFilter->currentData(DistinctValuesModel::ValueRole).toString());
    });
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setStateFilter(
                ApprovalFilterProxy::StateFilter(m_stateFilter->currentData().toInt()));
    });
    connect(m_table, &QWidget::customContextMenuRequested, this, &MainWindow::showContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::selectionChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MainWindow::refreshDetail);
    connect(m_detail, &DetailPane::approveRequested, this,
            [this](qint64 id, const QString &comment) { decide(id, true, comment); });
    connect(m_detail, &DetailPane::rejectRequested, this,
            [this](qint64 id, const QString &comment) { decide(id, false, comment); });
    m_detail->releaseControls()->setEngine(m_engine); // approve later (issue 18, item 2)
    connect(m_detail, &DetailPane::retryRequested, this, [this](qint64 id) {
        Engine *engine = m_engine;
        QMetaObject::invokeMethod(
                engine, [engine, id] { engine->requestRetryDelivery(id); }, Qt::QueuedConnection);
    });
    connect(m_detail, &DetailPane::newLinkRequested, this, [this](qint64 id) {
        Engine *engine = m_engine;
        // The OS user, or in team mode the PostgreSQL role this console authenticated as.
        const QString who = m_engine->decisionRules()->consoleDecider().name;
        QMetaObject::invokeMethod(
                engine, [engine, id, who] { engine->requestNewLink(id, who); },
                Qt::QueuedConnection);
    });
    connect(m_rejectBar, &RejectBar::rejectRequested, this,
            [this](const QList<qint64> &ids, const QString &reason) {
                decideIds(ids, false, reason, QStringLiteral("window"));
                m_table->setFocus();
            });
    connect(m_results, &DecisionResults::allFinished, m_status, &QLabel::setText);
    connect(m_pendingDecisions, &PendingDecisions::committed, this, &MainWindow::sendDecision);
    connect(m_pendingDecisions, &PendingDecisions::undone, this,
            [this](const PendingDecision &decision) {
                m_status->setText(tr("Undone: %1 stays pending").arg(decision.label));
                updateActions();
            });

    connect(m_tray, &TrayIcon::openRequested, this, &MainWindow::bringToFront);
    connect(m_tray, &TrayIcon::quitRequested, this, [this] {
        m_quitting = true;
        close();
        qApp->quit();
    });
    connect(m_tray, &TrayIcon::decisionRequested, this, [this](qint64 id, bool approve) {
        decideIds({id}, approve, {}, QStringLiteral("tray"));
    });
    connect(m_tray, &TrayIcon::inWindowNotification, m_banner,
            &NotificationBanner::showNotification);
    connect(m_model, &ApprovalTableModel::pendingCountChanged, this, &MainWindow::updateCounts);
    connect(m_model, &ApprovalTableModel::approvalArrived, this,
            [this](const Approval &approval) { m_tray->notifyArrival(approval.title); });
    connect(m_model, &ApprovalTableModel::deliveryFailed, m_tray, &TrayIcon::notifyDeliveryFailed);
    connect(m_model, &ApprovalTableModel::expiringSoon, m_tray, &TrayIcon::notifyExpiringSoon);
    connect(m_model, &ApprovalTableModel::fanInTimedOut, m_tray, &TrayIcon::notifyFanInTimedOut);
    connect(m_exporter, &ApprovalExporter::finished, this, [this](bool, const QString &message) {
        m_exportProgress->hide();
        m_status->setText(message);
    });
}

void MainWindow::buildActions()
{
    m_approveAction =
            new QAction(QIcon(QStringLiteral(":/icons/state-approved.svg")), tr("&Approve"), this);
    m_approveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_approveAction->setToolTip(tr("Approve the selected approvals (Ctrl+Return)"));
    connect(m_approveAction, &QAction::triggered, this, [this] {
        decideIds(selectedIds(true), true, m_detail->commentField()->text().trimmed(),
                  QStringLiteral("window"));
    });
    m_rejectAction =
            new QAction(QIcon(QStringLiteral(":/icons/state-rejected.svg")), tr("&Reject…"), this);
    m_rejectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Backspace));
    m_rejectAction->setToolTip(
            tr("Reject the selected approvals, with an optional reason (Ctrl+Backspace)"));
    connect(m_rejectAction, &QAction::triggered, this, [this] {
        // Inline, not modal: the reason is optional and the table stays in view.
        m_rejectBar->ask(selectedIds(true), m_detail->commentField()->text().trimmed());
    });
    m_copyIdAction = new QAction(tr("&Copy id"), this);
    m_copyIdAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_copyIdAction, &QAction::triggered, this, [this] {
        QStringList ids;
        for (const qint64 id : selectedIds(false))
            ids.append(QString::number(id));
        QGuiApplication::clipboard()->setText(ids.join(QLatin1Char('\n')));
        m_status->setText(tr("Copied %n ids", nullptr, int(ids.size())));
    });
    m_retryAction = new QAction(tr("Retry &delivery"), this);
    m_retryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_retryAction, &QAction::triggered, this, [this] {
        Engine *engine = m_engine;
        int count = 0;
        for (const qint64 id : selectedIds(false)) {
            const Approval *a = m_model->approvalById(id);
            if (!a || a->delivery != DeliveryState::Failed)
                continue;
            ++count;
            QMetaObject::invokeMethod(
                    engine, [engine, id] { engine->requestRetryDelivery(id); },
                    Qt::QueuedConnection);
        }
        m_status->setText(tr("Retrying %n deliveries", nullptr, count));
    });
    m_detailAction = new QAction(tr("&Detail pane"), this);
    m_detailAction->setCheckable(true);
    m_detailAction->setChecked(true);
    m_detailAction->setShortcut(QKeySequence(Qt::Key_F8));
    m_detailAction->setToolTip(tr("Show or hide the detail pane (F8)"));
    connect(m_detailAction, &QAction::toggled, this, [this](bool shown) {
        m_detail->setVisible(shown);
        if (!shown && m_detail->isAncestorOf(QApplication::focusWidget()))
            m_table->setFocus();
    });
    for (QAction *action :
         {m_approveAction, m_rejectAction, m_copyIdAction, m_retryAction, m_detailAction}) {
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
    }
    m_contextMenu = new QMenu(this);
    m_contextMenu->setAccessibleName(tr("Approval actions"));
    m_contextMenu->addAction(m_approveAction);
    m_contextMenu->addAction(m_rejectAction);
    m_contextMenu->addSeparator();
    m_contextMenu->addAction(m_copyIdAction);
    m_contextMenu->addAction(m_retryAction);
    updateActions();

    // One action per view, in sidebar order, with its key (ViewShortcuts: Ctrl+0 to Ctrl+9,
    // Alt+1 ... for further kind views): the View menu lists them with their keys, and the
    // checked one follows the sidebar.
    m_viewActions = new QActionGroup(this);
    for (int view = 0; view < m_sidebarModel->rowCount(); ++view) {
        QString label = m_sidebarModel->index(view).data(SidebarModel::LabelRole).toString();
        auto *action =
                new QAction(label.replace(QLatin1Char('&'), QLatin1String("&&")), m_viewActions);
        action->setCheckable(true);
        action->setShortcut(ViewShortcuts::of(view));
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
        connect(action, &QAction::triggered, this, [this, view] { showView(view); });
    }
    auto *searchShortcut = new QShortcut(QKeySequence::Find, this);
    connect(searchShortcut, &QShortcut::activated, m_search, qOverload<>(&QLineEdit::setFocus));
}

void MainWindow::buildMenus(const QByteArray &operatorToken)
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *exportAction = file->addAction(tr("&Export…"), this, &MainWindow::showExportDialog);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *settings = file->addAction(tr("&Settings…"), this, [this] {
        const SettingsService service(m_service);
        SettingsDialog dialog(service, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        m_status->setText(dialog.message());
        if (service.isAvailable()) // a replaced webhook secret shows in "How to connect"
            setConnectionSecrets(service.connectionSecrets());
    });
    settings->setShortcut(QKeySequence::Preferences);
    file->addAction(tr("Copy operator &token"), this, [this, operatorToken] {
        QGuiApplication::clipboard()->setText(QString::fromLatin1(operatorToken));
        m_status->setText(tr("Operator token copied"));
    });
    file->addAction(tr("Personal API to&kens…"), this, [this] {
        ApiTokensDialog dialog(m_engine, this);
        dialog.exec();
    });
    file->addAction(tr("&Webhook secrets…"), this, [this] {
        ConnectionSecretsDialog dialog(m_connectionSecrets, this);
        dialog.exec();
    });
    file->addAction(tr("Security &log…"), this, [this] {
        auto *dialog = new SecurityLogDialog(m_engine, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, [this] {
        m_quitting = true;
        close();
        qApp->quit();
    });
    quit->setShortcut(QKeySequence::Quit);

    QMenu *approvals = menuBar()->addMenu(tr("&Approval"));
    approvals->addAction(m_approveAction);
    approvals->addAction(m_rejectAction);
    approvals->addSeparator();
    approvals->addAction(m_copyIdAction);
    approvals->addAction(m_retryAction);
    // Issue 18, item 2: an approval for a run that has not arrived yet.
    approvals->addAction(tr("Approve a scheduled run a&head…"), this, [this] {
        auto *dialog = new PreApprovalDialog(m_engine, m_engine->now(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    approvals->addSeparator();
    approvals->addAction(m_assignment->action());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_detailAction);
    view->addSeparator();
    view->addActions(m_viewActions->actions());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("How to &connect…"), this, [this] {
        ConnectDialog dialog(m_endpoint, m_webhookSecrets, this);
        dialog.exec();
    });
    help->addAction(tr("&Keyboard shortcuts"), this, [this] {
        QMessageBox::information(
                this, tr("Keyboard shortcuts"),
                tr("Ctrl+Return: approve the selection (the next pending one is selected)\n"
                   "Ctrl+Backspace: reject the selection (asks for a reason inline)\n"
                   "Ctrl+Z or Undo in the status bar: take a decision back within the "
                   "undo window\n"
                   "j / k: next / previous approval; Tab: leave the table\n"
                   "Down or Enter in the search field: the first result\n"
                   "Ctrl+Shift+C: copy the ids of the selection\n"
                   "Ctrl+R: retry failed deliveries of the selection\n"
                   "Ctrl+T: take the selected approval (you are looking at it), or release it\n"
                   "Ctrl+1 to Ctrl+9: Needs me, Pending, Checks, Gates, Human tasks, "
                   "Paused runs, Fan-in, History, Delivery failed\n"
                   "F8: show or hide the detail pane\n"
                   "Enter or a click on a folded timeline line: show its lines\n"
                   "Ctrl+F: search\nCtrl+E: export\nCtrl+Q: quit")
                        + viewKeysBeyondNine());
    });
    help->addAction(tr("&About Gatehouse"), this, &MainWindow::showAbout);
}

QString MainWindow::viewKeysBeyondNine() const
{
    // The views that Help's fixed text (Ctrl+1 to Ctrl+9) leaves out, one line each.
    QString lines;
    for (int view = 0; view < m_sidebarModel->rowCount(); ++view) {
        const QKeySequence key = ViewShortcuts::of(view);
        if (key.isEmpty()
            || (key[0].keyboardModifiers() == Qt::ControlModifier && key[0].key() >= Qt::Key_1
                && key[0].key() <= Qt::Key_9))
            continue;
        lines += QLatin1Char('\n')
                + tr("%1: %2").arg(
                        key.toString(QKeySequence::NativeText),
                        m_sidebarModel->index(view).data(SidebarModel::LabelRole).toString());
    }
    return lines;
}

void MainWindow::showAbout()
{
    QMessageBox box(this);
    box.setWindowTitle(tr("About Gatehouse"));
    box.setIconPixmap(QIcon(QStringLiteral(":/icons/gatehouse.svg")).pixmap(64, 64));
    box.setTextFormat(Qt::RichText);
    box.setText(tr("<h3>Gatehouse %1</h3><p>An approval console for release managers.</p>"
                   "<p>Built with Qt %2.</p>")
                        .arg(QStringLiteral(GATEHOUSE_VERSION), QString::fromLatin1(qVersion())));
    box.exec();
}

void MainWindow::connectEngine()
{
    // Cross-thread connections: queued, so the window never waits for SQL or network.
    connect(m_engine, &Engine::snapshotReady, m_model, &ApprovalTableModel::setApprovals);
    connect(m_engine, &Engine::approvalUpserted, m_model, &ApprovalTableModel::upsert);
    connect(m_engine, &Engine::timelineReady, m_timeline, &TimelineModel::setEntries);
    connect(m_engine, &Engine::timelineAppended, m_timeline, &TimelineModel::append);
    connect(m_engine, &Engine::decisionFinished, this, &MainWindow::decisionFinished);
    connect(m_engine, &Engine::linksReady, m_detail, &DetailPane::showLinks);
    connect(m_engine, &Engine::newLinkIssued, m_detail, &DetailPane::showNewLink);
    // A change to the shown approval (a link used, a link issued, a decision) can change
    // its links' states: ask again.
    connect(m_engine, &Engine::approvalUpserted, this, [this](const Approval &approval) {
        if (approval.id == m_timeline->approvalId())
            requestLinks(approval.id);
    });
    Engine *engine = m_engine;
    QMetaObject::invokeMethod(
            engine, [engine] { engine->requestSnapshot(snapshotLimit); }, Qt::QueuedConnection);
}

void MainWindow::showView(int view)
{
    if (view < 0 || view >= m_sidebarModel->rowCount())
        return;
    const QModelIndex index = m_sidebarModel->index(view);
    if (m_sidebar->currentIndex() != index) {
        m_sidebar->setCurrentIndex(index); // comes back here through currentRowChanged
        if (m_sidebar->currentIndex() == index)
            return; // that call did the work: once, so a remembered sort is used once
    }
    m_sidebarModel->apply(view, m_proxy);
    const bool decided =
            view == SidebarModel::historyView() || view == SidebarModel::deliveryFailedView();
    setHistoryColumns(decided);
    m_titleFitter->fit(); // the other view's columns leave another width free
    // In the Pending views every row is pending: a state filter would only hide them all.
    const bool pendingOnly = view == SidebarModel::PendingView || view == SidebarModel::NeedsMeView;
    m_stateFilter->setEnabled(!pendingOnly);
    if (pendingOnly)
        m_stateFilter->setCurrentIndex(0);
    // What needs me: the soonest deadline first (none: last); at start a remembered
    // sort wins.
    const bool keepRememberedSort = std::exchange(m_sortRemembered, false);
    if (view == SidebarModel::NeedsMeView && !keepRememberedSort)
        m_table->sortByColumn(ApprovalTableModel::DeadlineColumn, Qt::AscendingOrder);
}

void MainWindow::setHistoryColumns(bool history)
{
    QHeaderView *header = m_table->horizontalHeader();
    if (m_columnsReady) {
        if (history == m_historyColumns)
            return;
        m_columnStates[m_historyColumns] = header->saveState();
    }
    m_columnsReady = true;
    m_historyColumns = history;
    if (!m_columnStates[history].isEmpty() && header->restoreState(m_columnStates[history]))
        return;
    // First time in this mode: who decided when replaces how long it waits.
    using M = ApprovalTableModel;
    for (int column = 0; column < M::ColumnCount; ++column) {
        const bool historyOnly = column >= M::DecidedByColumn;
        const bool inboxOnly = column == M::WaitingColumn || column == M::DeadlineColumn
                || column == M::GroupColumn || column == M::RequestedByColumn;
        // The inbox's Title cell shows pipeline, stage and requester on its second line:
        // their columns would only take the title's room.
        const bool onSecondLine = column == M::PipelineColumn || column == M::RequestedByColumn;
        m_table->setColumnHidden(column, history ? inboxOnly : historyOnly || onSecondLine);
    }
    const QList<QPair<int, int>> widths{
            {M::KindColumn, 36},      {M::TitleColumn, 220},      {M::PipelineColumn, 150},
            {M::SourceColumn, 65},    {M::RequestedByColumn, 90}, {M::WaitingColumn, 72},
            {M::DeadlineColumn, 110}, {M::StateColumn, 175},      {M::GroupColumn, 125},
            {M::DecidedByColumn, 90}, {M::DecidedAtColumn, 125},  {M::OriginColumn, 70},
    };
    for (const auto &[column, width] : widths)
        header->resizeSection(column, width);
    // What decides the next click comes first: kind, state, title, then the details.
    header->moveSection(header->visualIndex(M::StateColumn), 1);
    header->moveSection(header->visualIndex(M::GroupColumn), 3);
    header->moveSection(header->visualIndex(M::DeadlineColumn), 4);
    header->moveSection(header->visualIndex(M::WaitingColumn), 5);
    if (history)
        m_table->sortByColumn(M::DecidedAtColumn, Qt::DescendingOrder);
    else
        m_table->sortByColumn(M::WaitingColumn, Qt::DescendingOrder);
}

QList<qint64> MainWindow::selectedIds(bool pendingOnly) const
{
    QList<qint64> ids;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows()) {
        if (pendingOnly
            && row.data(ApprovalTableModel::StateRole).toInt() != int(ApprovalState::Pending))
            continue;
        const qint64 id = row.data(ApprovalTableModel::IdRole).toLongLong();
        if (pendingOnly && m_pendingDecisions->isHeld(id))
            continue;
        ids.append(id);
    }
    return ids;
}

qint64 MainWindow::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return 0;
    return rows.first().data(ApprovalTableModel::IdRole).toLongLong();
}

qint64 MainWindow::shownId() const
{
    const qint64 selected = selectedId();
    if (selected != 0 || !m_table->selectionModel()->selectedRows().isEmpty())
        return selected;
    // A decision moved the shown approval out of this view (it is no longer pending):
    // keep it in the detail pane, so its delivery can be followed, until the operator
    // selects something else.
    // (The proxy may still be dropping the row when the selection empties, so ask the
    // approval, not the view.)
    const qint64 shown = m_timeline->approvalId();
    const Approval *approval = m_model->approvalById(shown);
    if (approval && approval->isFinal())
        return shown;
    return 0;
}

void MainWindow::selectionChanged()
{
    updateActions();
    const qint64 id = shownId();
    if (id == m_timeline->approvalId()) {
        refreshDetail();
        return;
    }
    m_timeline->showApproval(id);
    refreshDetail();
    if (id != 0) {
        Engine *engine = m_engine;
        QMetaObject::invokeMethod(
                engine, [engine, id] { engine->requestTimeline(id); }, Qt::QueuedConnection);
        requestLinks(id);
    }
}

void MainWindow::requestLinks(qint64 id)
{
    Engine *engine = m_engine;
    QMetaObject::invokeMethod(
            engine, [engine, id] { engine->requestLinks(id); }, Qt::QueuedConnection);
}

void MainWindow::updateActions()
{
    const QList<qint64> all = selectedIds(false);
    const QList<qint64> pending = selectedIds(true);
    const bool failed = std::any_of(all.cbegin(), all.cend(), [this](qint64 id) {
        const Approval *a = m_model->approvalById(id);
        return a && a->delivery == DeliveryState::Failed;
    });
    // The approver rules (four eyes, quorum, groups) may refuse this console's user.
    QString approveRefusal, rejectRefusal;
    for (const qint64 id : pending) {
        if (const Approval *a = m_model->approvalById(id)) {
            if (approveRefusal.isEmpty())
                approveRefusal = refusal(*a, true);
            if (rejectRefusal.isEmpty())
                rejectRefusal = refusal(*a, false);
        }
    }
    m_approveAction->setEnabled(!pending.isEmpty() && approveRefusal.isEmpty());
    m_rejectAction->setEnabled(!pending.isEmpty() && rejectRefusal.isEmpty());
    m_approveAction->setToolTip(approveRefusal.isEmpty()
                                        ? tr("Approve the selected approvals (Ctrl+Return)")
                                        : approveRefusal);
    m_copyIdAction->setEnabled(!all.isEmpty());
    m_retryAction->setEnabled(failed);
    m_approveAction->setText(pending.size() > 1 ? tr("&Approve %n", nullptr, int(pending.size()))
                                                : tr("&Approve"));
    m_rejectAction->setText(pending.size() > 1 ? tr("&Reject %n…", nullptr, int(pending.size()))
                                               : tr("&Reject…"));
}

void MainWindow::showContextMenu(const QPoint &pos)
{
    if (!m_table->indexAt(pos).isValid())
        return;
    updateActions();
    // popup(), not exec(): the window keeps handling engine signals meanwhile.
    m_contextMenu->popup(m_table->viewport()->mapToGlobal(pos));
}

void MainWindow::refreshDetail()
{
    updateActions();
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() > 1) {
        const auto pending = std::count_if(rows.cbegin(), rows.cend(), [](const QModelIndex &row) {
            return row.data(ApprovalTableModel::StateRole).toInt() == int(ApprovalState::Pending);
        });
        QStringList items;
        for (const QModelIndex &row : rows) {
            const Approval *a =
                    m_model->approvalById(row.data(ApprovalTableModel::IdRole).toLongLong());
            if (!a)
                continue;
            items.append(a->environment.isEmpty() ? a->title
                                                  : tr("%1 · %2").arg(a->title, a->environment));
        }
        m_detail->showSelection(int(rows.size()), int(pending), items);
        return;
    }
    const Approval *shown = m_model->approvalById(shownId());
    m_detail->showApproval(shown);
    if (shown) {
        m_detail->showGroupMembers(GroupMembers::of(*m_model, *shown));
        if (shown->isPending())
            m_detail->setRefusals(refusal(*shown, true), refusal(*shown, false));
    }
}

QString MainWindow::refusal(const Approval &approval, bool approve) const
{
    const std::shared_ptr<DecisionRules> rules = m_engine->decisionRules();
    return rules->check(approval, rules->consoleDecider(), approve).reason;
}

void MainWindow::decide(qint64 id, bool approve, const QString &comment)
{
    // With several rows selected, the buttons act on all pending ones.
    QList<qint64> ids = selectedIds(true);
    if (ids.isEmpty() && id != 0)
        ids.append(id);
    // One approval approved from the pane carries the values of its input form.
    const QJsonObject inputs = approve && ids.size() == 1
            ? m_detail->inputParameters()->values(ids.first())
            : QJsonObject();
    decideIds(ids, approve, comment, QStringLiteral("window"), inputs);
}

void MainWindow::decideIds(const QList<qint64> &ids, bool approve, const QString &comment,
                           const QString &origin, const QJsonObject &inputs)
{
    QList<qint64> open;
    for (const qint64 id : ids) {
        if (!m_pendingDecisions->isHeld(id)) // a second Ctrl+Return is not a second decision
            open.append(id);
    }
    if (open.isEmpty())
        return;
    const DecisionSafety safety = DecisionSafety::read(*ConsoleSettings::open());
    if (safety.confirmProduction && !confirmProduction(open, approve))
        return;
    const Approval *first = m_model->approvalById(open.first());
    const QString label = open.size() == 1 && first ? tr("“%1”").arg(first->title)
                                                    : tr("%n approvals", nullptr, int(open.size()));
    if (origin == QLatin1String("window"))
        selectNextPending(open); // before the rows leave the view
    m_pendingDecisions->setUndoWindowMs(safety.undoSeconds * 1000);
    m_pendingDecisions->add(open, approve, comment, origin, label, inputs);
    updateActions();
}

// Lists the production approvals among ids and asks; true: go ahead.
bool MainWindow::confirmProduction(const QList<qint64> &ids, bool approve)
{
    QStringList production;
    for (const qint64 id : ids) {
        const Approval *a = m_model->approvalById(id);
        if (a && DecisionSafety::isProduction(a->environment))
            production.append(tr("%1 · %2").arg(a->title, a->environment));
    }
    if (production.isEmpty())
        return true;
    QMessageBox box(QMessageBox::Question,
                    approve ? tr("Approve for production?") : tr("Reject for production?"),
                    approve ? tr("You are approving %n production approvals:", nullptr,
                                 int(production.size()))
                            : tr("You are rejecting %n production approvals:", nullptr,
                                 int(production.size())),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("productionConfirm"));
    box.setInformativeText(production.join(QLatin1Char('\n')));
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Yes;
}

// The undo window has passed: now the engine records it and the callback goes out.
void MainWindow::sendDecision(const PendingDecision &decision)
{
    if (decision.ids.size() > 1) {
        QList<QPair<qint64, QString>> items;
        for (const qint64 id : decision.ids) {
            const Approval *a = m_model->approvalById(id);
            items.append({id, a ? a->title : QString()});
        }
        m_results->track(items, decision.approve);
    }
    // The OS user, or in team mode the PostgreSQL role this console authenticated as.
    const QString who = m_engine->decisionRules()->consoleDecider().name;
    Engine *engine = m_engine;
    for (const qint64 target : decision.ids) {
        QMetaObject::invokeMethod(
                engine,
                [engine, target, decision, who] {
                    engine->requestDecision(target, decision.approve, decision.comment,
                                            decision.origin, who, decision.inputs);
                },
                Qt::QueuedConnection);
    }
    updateActions();
}

// After a decision the next pending approval below (else above) is selected, so the
// next Ctrl+Return acts on what the detail pane shows, not on a row that moved away.
void MainWindow::selectNextPending(const QList<qint64> &decided)
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    int last = -1;
    for (const QModelIndex &row : rows)
        last = qMax(last, row.row());
    const auto candidate = [this, &decided](int row) {
        const QModelIndex index = m_proxy->index(row, 0);
        const qint64 id = index.data(ApprovalTableModel::IdRole).toLongLong();
        return index.data(ApprovalTableModel::StateRole).toInt() == int(ApprovalState::Pending)
                && !decided.contains(id) && !m_pendingDecisions->isHeld(id);
    };
    int next = -1;
    for (int row = last + 1; row < m_proxy->rowCount() && next < 0; ++row) {
        if (candidate(row))
            next = row;
    }
    for (int row = last - 1; row >= 0 && next < 0; --row) {
        if (candidate(row))
            next = row;
    }
    if (next < 0)
        return;
    m_table->selectionModel()->setCurrentIndex(m_proxy->index(next, 0),
                                               QItemSelectionModel::ClearAndSelect
                                                       | QItemSelectionModel::Rows);
}

void MainWindow::decisionFinished(qint64 id, bool decided, const QString &message)
{
    if (id == selectedId())
        m_detail->showMessage(message, !decided);
    if (m_results->isTracking(id)) {
        m_results->finished(id, decided, message); // the panel sums up the batch at its end
        return;
    }
    // A refusal names the approval: it may no longer be the one in view.
    m_status->setText(decided ? message : tr("Approval %1: %2").arg(id).arg(message));
}

QString MainWindow::statusText() const
{
    return m_status->text();
}

void MainWindow::updateCounts(int pending)
{
    m_tray->setPendingCount(pending);
    m_pendingLabel->setText(tr("%n pending", nullptr, pending));
    setWindowTitle(pending > 0 ? tr("Gatehouse (%1)").arg(pending) : tr("Gatehouse"));
}

void MainWindow::showExportDialog()
{
    ExportDialog dialog(int(selectedIds(false).size()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    exportApprovals(dialog.path(), dialog.format(), dialog.selectionOnly(), dialog.from(),
                    dialog.to());
}

void MainWindow::exportApprovals(const QString &path, ApprovalExporter::Format format,
                                 bool selectionOnly, const QDate &from, const QDate &to)
{
    if (m_exporter->isRunning()) {
        m_status->setText(tr("An export is still running"));
        return;
    }
    QVector<Approval> chosen;
    if (selectionOnly) {
        // In the order the table shows them.
        for (const qint64 id : selectedIds(false)) {
            if (const Approval *a = m_model->approvalById(id))
                chosen.append(*a);
        }
    } else {
        chosen = ApprovalExporter::decidedBetween(m_model->approvals(), from, to);
    }
    m_exportProgress->show();
    m_status->setText(tr("Exporting %n approvals…", nullptr, int(chosen.size())));
    m_exporter->start(path, format, chosen);
}

void MainWindow::bringToFront()
{
    showNormal();
    raise();
    activateWindow();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    if (!m_quitting && m_tray->isAvailable()) {
        // Approvals keep arriving while the window is closed; the tray stays.
        hide();
        event->ignore();
        const auto settings = ConsoleSettings::open();
        if (!settings->value(trayNoticeKey, false).toBool()) {
            settings->setValue(trayNoticeKey, true);
            m_tray->showMessage(
                    tr("Gatehouse keeps running"),
                    tr("Approvals still arrive and notify you here. Quit from the tray menu "
                       "or with File > Quit."));
        }
        return;
    }
    QMainWindow::closeEvent(event);
    // Without a tray nothing would be left to reopen the window or quit: closing quits.
    if (!m_quitting && !QApplication::quitOnLastWindowClosed())
        QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
}

void MainWindow::saveLayout() const
{
    const auto settingsFile = ConsoleSettings::open();
    QSettings &settings = *settingsFile;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    const QByteArray current = m_table->horizontalHeader()->saveState();
    settings.setValue(inboxColumnsKey, m_historyColumns ? m_columnStates[0] : current);
    settings.setValue(historyColumnsKey, m_historyColumns ? current : m_columnStates[1]);
    settings.setValue(splitterKey, m_splitter->saveState());
    settings.setValue(detailShownKey, m_detailAction->isChecked());
    settings.setValue(titleWidthKey, m_titleFitter->minimumWidth());
}

void MainWindow::restoreLayout()
{
    const auto settingsFile = ConsoleSettings::open();
    QSettings &settings = *settingsFile;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // First start: roomy, but never larger than the screen.
        const QSize available = screen() ? screen()->availableSize() : QSize(1400, 900);
        resize(QSize(1360, 800).boundedTo(available * 0.95));
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_columnStates[1] = settings.value(historyColumnsKey).toByteArray();
    // Starts in the inbox: its remembered columns apply now, the history's on switching.
    const QByteArray inbox = settings.value(inboxColumnsKey).toByteArray();
    if (!inbox.isEmpty())
        m_sortRemembered = m_table->horizontalHeader()->restoreState(inbox);
    m_splitter->restoreState(settings.value(splitterKey).toByteArray());
    m_detailAction->setChecked(settings.value(detailShownKey, true).toBool());
    m_titleFitter->setMinimumWidth(
            settings.value(titleWidthKey, m_titleFitter->minimumWidth()).toInt());
}

void MainWindow::setConnectionSecrets(const QVector<ConnectorSecret> &secrets)
{
    m_connectionSecrets = secrets;
    QHash<QString, QString> tokens;
    for (const ConnectorSecret &secret : secrets) {
        if (secret.scheme == QLatin1String("token"))
            tokens.insert(secret.connector, QString::fromUtf8(secret.secret));
    }
    setWebhookSecrets(tokens);
}
