#include "mainwindow.h"

#include "core/engine.h"
#include "models/approvalfilterproxy.h"
#include "models/approvaltablemodel.h"
#include "models/timelinemodel.h"
#include "ui/connectionsecretsdialog.h"
#include "ui/detailpane.h"
#include "ui/securitylogdialog.h"
#include "ui/trayicon.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace {
// How many approvals the window loads at start; older ones stay in the database.
constexpr int snapshotLimit = 10000;
} // namespace

MainWindow::MainWindow(Engine *engine, const QString &endpoint, const QByteArray &operatorToken,
                       QWidget *parent)
    : QMainWindow(parent),
      m_engine(engine),
      m_model(new ApprovalTableModel(this)),
      m_proxy(new ApprovalFilterProxy(this)),
      m_timeline(new TimelineModel(this))
{
    m_proxy->setSourceModel(m_model);
    buildUi(endpoint, operatorToken);
    connectEngine();
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildUi(const QString &endpoint, const QByteArray &operatorToken)
{
    setWindowTitle(tr("Gatehouse"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/gatehouse.svg")));

    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Search title, pipeline, environment, source… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search approvals"));
    m_pendingOnly = new QCheckBox(tr("&Pending only"));
    m_pendingOnly->setChecked(true);
    m_proxy->setPendingOnly(true);

    m_table = new QTableView;
    m_table->setModel(m_proxy);
    m_table->setAccessibleName(tr("Approvals"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ApprovalTableModel::WaitingColumn, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(ApprovalTableModel::TitleColumn,
                                                      QHeaderView::Stretch);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);

    m_detail = new DetailPane(m_timeline);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_pendingOnly);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_table);

    auto *splitter = new QSplitter;
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    setCentralWidget(splitter);

    m_status = new QLabel;
    m_status->setTextFormat(Qt::PlainText);
    m_pendingLabel = new QLabel;
    statusBar()->addWidget(m_pendingLabel);
    statusBar()->addWidget(m_status, 1);
    auto *endpointLabel = new QLabel(tr("Listening on %1").arg(endpoint));
    endpointLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(endpointLabel);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("Copy operator &token"), this, [operatorToken] {
        QGuiApplication::clipboard()->setText(QString::fromLatin1(operatorToken));
    });
    file->addAction(tr("&Webhook secrets…"), this, [this] {
        ConnectionSecretsDialog dialog(m_secrets, this);
        dialog.exec();
    });
    file->addAction(tr("&Security log…"), this, [this] {
        auto *dialog = new SecurityLogDialog(m_engine, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, [this] {
        m_quitting = true;
        qApp->quit();
    });
    quit->setShortcut(QKeySequence::Quit);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard shortcuts"), this, [this] {
        QMessageBox::information(this, tr("Keyboard shortcuts"),
                                 tr("Ctrl+Return: approve the selection\n"
                                    "Ctrl+Backspace: reject the selection\n"
                                    "Ctrl+F: search\nCtrl+Q: quit"));
    });
    help->addAction(tr("&About Gatehouse"), this, [this] {
        QMessageBox::about(this, tr("About Gatehouse"),
                           tr("Gatehouse %1\nAn approval console for release managers.")
                                   .arg(QStringLiteral(GATEHOUSE_VERSION)));
    });

    auto *approveShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(approveShortcut, &QShortcut::activated, m_detail->approveButton(), &QPushButton::click);
    auto *rejectShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Backspace), this);
    connect(rejectShortcut, &QShortcut::activated, m_detail->rejectButton(), &QPushButton::click);
    auto *searchShortcut = new QShortcut(QKeySequence::Find, this);
    connect(searchShortcut, &QShortcut::activated, m_search, qOverload<>(&QLineEdit::setFocus));

    connect(m_search, &QLineEdit::textChanged, m_proxy, &ApprovalFilterProxy::setSearchText);
    connect(m_pendingOnly, &QCheckBox::toggled, m_proxy, &ApprovalFilterProxy::setPendingOnly);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::selectionChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MainWindow::refreshDetail);
    connect(m_detail, &DetailPane::approveRequested, this,
            [this](qint64 id, const QString &comment) { decide(id, true, comment); });
    connect(m_detail, &DetailPane::rejectRequested, this,
            [this](qint64 id, const QString &comment) { decide(id, false, comment); });
    connect(m_detail, &DetailPane::retryRequested, this, [this](qint64 id) {
        Engine *engine = m_engine;
        QMetaObject::invokeMethod(
                engine, [engine, id] { engine->requestRetryDelivery(id); }, Qt::QueuedConnection);
    });

    m_tray = new TrayIcon(this);
    connect(m_tray, &TrayIcon::openRequested, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    connect(m_tray, &TrayIcon::quitRequested, this, [this] {
        m_quitting = true;
        qApp->quit();
    });
    connect(m_model, &ApprovalTableModel::pendingCountChanged, this, &MainWindow::updateCounts);
    connect(m_model, &ApprovalTableModel::approvalArrived, this,
            [this](const Approval &approval) { m_tray->notifyArrival(approval.title); });
}

void MainWindow::connectEngine()
{
    // Cross-thread connections: queued, so the window never waits for SQL or network.
    connect(m_engine, &Engine::snapshotReady, m_model, &ApprovalTableModel::setApprovals);
    connect(m_engine, &Engine::approvalUpserted, m_model, &ApprovalTableModel::upsert);
    connect(m_engine, &Engine::timelineReady, m_timeline, &TimelineModel::setEntries);
    connect(m_engine, &Engine::timelineAppended, m_timeline, &TimelineModel::append);
    connect(m_engine, &Engine::decisionFinished, this,
            [this](qint64 id, bool decided, const QString &message) {
                if (id == selectedId())
                    m_detail->showMessage(message, !decided);
                m_status->setText(decided ? message : tr("Approval %1: %2").arg(id).arg(message));
            });
    Engine *engine = m_engine;
    QMetaObject::invokeMethod(
            engine, [engine] { engine->requestSnapshot(snapshotLimit); }, Qt::QueuedConnection);
}

qint64 MainWindow::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return 0;
    return rows.first().data(ApprovalTableModel::IdRole).toLongLong();
}

void MainWindow::selectionChanged()
{
    const qint64 id = selectedId();
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
    }
}

void MainWindow::refreshDetail()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() > 1) {
        const auto pending = std::count_if(rows.cbegin(), rows.cend(), [](const QModelIndex &row) {
            return row.data(ApprovalTableModel::StateRole).toInt() == int(ApprovalState::Pending);
        });
        m_detail->showSelection(int(rows.size()), int(pending));
        return;
    }
    m_detail->showApproval(m_model->approvalById(selectedId()));
}

void MainWindow::decide(qint64 id, bool approve, const QString &comment)
{
    // With several rows selected, the buttons act on all of them.
    QList<qint64> ids;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        ids.append(row.data(ApprovalTableModel::IdRole).toLongLong());
    if (ids.isEmpty() && id != 0)
        ids.append(id);
    const QString who = qEnvironmentVariable("USER", QStringLiteral("operator"));
    Engine *engine = m_engine;
    for (qint64 target : ids) {
        QMetaObject::invokeMethod(
                engine,
                [engine, target, approve, comment, who] {
                    engine->requestDecision(target, approve, comment, QStringLiteral("window"),
                                            who);
                },
                Qt::QueuedConnection);
    }
}

void MainWindow::updateCounts(int pending)
{
    m_tray->setPendingCount(pending);
    m_pendingLabel->setText(tr("%n pending", nullptr, pending));
    setWindowTitle(pending > 0 ? tr("Gatehouse (%1)").arg(pending) : tr("Gatehouse"));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    if (!m_quitting && m_tray->isAvailable()) {
        // Approvals keep arriving while the window is closed; the tray stays.
        hide();
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/table"), m_table->horizontalHeader()->saveState());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        settings.setValue(QStringLiteral("window/splitter"), splitter->saveState());
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1200, 720);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_table->horizontalHeader()->restoreState(
            settings.value(QStringLiteral("window/table")).toByteArray());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
}
