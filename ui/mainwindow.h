// MainWindow: the console. A sidebar of views (Pending, Checks, Gates, ..., History)
// with live counts, filters, the table of approvals and the detail pane of the selected
// one; the tray, notifications, export and dialogs hang off it. Widgets hold no
// business rules: every action is a queued call into the Engine, whose answers arrive
// as signals.
#pragma once

#include "models/approvalexporter.h"

#include "service/inboundsecrets.h"
#include <QHash>
#include <QJsonObject>

#include <QMainWindow>

class ApprovalFilterProxy;
class AssignmentControl;
class ApprovalTableModel;
class DecisionResults;
class DetailPane;
class DistinctValuesModel;
class Engine;
class GatehouseService;
class NotificationBanner;
class PendingDecisions;
struct PendingDecision;
class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QProgressBar;
class QSplitter;
class TitleColumnFitter;
class QTableView;
class RejectBar;
class SidebarModel;
class TimelineModel;
class TrayIcon;
class UndoCountdown;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Engine *engine, const QString &endpoint, const QByteArray &operatorToken,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    QTableView *table() const { return m_table; }
    DetailPane *detailPane() const { return m_detail; }
    ApprovalTableModel *approvalModel() const { return m_model; }
    ApprovalFilterProxy *proxy() const { return m_proxy; }
    TimelineModel *timelineModel() const { return m_timeline; }
    QLineEdit *searchField() const { return m_search; }
    QListView *sidebar() const { return m_sidebar; }
    SidebarModel *sidebarModel() const { return m_sidebarModel; }
    QComboBox *sourceFilter() const { return m_sourceFilter; }
    QComboBox *environmentFilter() const { return m_environmentFilter; }
    QComboBox *stateFilter() const { return m_stateFilter; }
    RejectBar *rejectBar() const { return m_rejectBar; }
    DecisionResults *decisionResults() const { return m_results; }
    NotificationBanner *banner() const { return m_banner; }
    TrayIcon *trayIcon() const { return m_tray; }
    QMenu *contextMenu() const { return m_contextMenu; }
    QAction *approveAction() const { return m_approveAction; }
    QAction *rejectAction() const { return m_rejectAction; }
    QAction *copyIdAction() const { return m_copyIdAction; }
    QAction *retryAction() const { return m_retryAction; }
    QAction *detailPaneAction() const { return m_detailAction; } // F8: show or hide
    QSplitter *splitter() const { return m_splitter; }
    ApprovalExporter *exporter() const { return m_exporter; }
    PendingDecisions *pendingDecisions() const { return m_pendingDecisions; }
    UndoCountdown *undoCountdown() const { return m_countdown; }
    QString statusText() const;

    // pendingOnly: also leaves out those whose decision waits out its undo window.
    QList<qint64> selectedIds(bool pendingOnly) const;
    // Why the approver rules refuse this console's user the decision; empty: allowed.
    QString refusal(const Approval &approval, bool approve) const;
    // Held for the undo window (ui/undoSeconds), after a confirmation for production
    // when ui/confirmProduction asks for one; then sent to the engine. Several ids: the
    // results panel lists each answer. origin: "window" or "tray".
    // inputs: Decision::inputs (one approval's input form).
    void decideIds(const QList<qint64> &ids, bool approve, const QString &comment,
                   const QString &origin, const QJsonObject &inputs = {});
    // Runs on a worker thread; the status bar shows progress and the outcome.
    void exportApprovals(const QString &path, ApprovalExporter::Format format, bool selectionOnly,
                         const QDate &from = {}, const QDate &to = {});

    // Webhook tokens by connector, for the "How to connect" dialog (set by the composition root).
    void setWebhookSecrets(const QHash<QString, QString> &secrets) { m_webhookSecrets = secrets; }
    // The provisioned secrets: for "How to connect" and File > Webhook secrets.
    void setConnectionSecrets(const QVector<ConnectorSecret> &secrets);
    // The running service, for the settings dialog's secrets and live settings.
    void setService(GatehouseService *service) { m_service = service; }

public slots:
    void showView(int view); // a SidebarModel::View

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi(const QString &endpoint, const QByteArray &operatorToken);
    void buildActions();
    void buildMenus(const QByteArray &operatorToken);
    void connectEngine();
    void selectionChanged();
    qint64 selectedId() const;
    qint64 shownId() const; // the selected approval, or the one that just left the view
    void decide(qint64 id, bool approve, const QString &comment);
    void requestLinks(qint64 id);
    void decisionFinished(qint64 id, bool decided, const QString &message);
    bool confirmProduction(const QList<qint64> &ids, bool approve);
    void sendDecision(const PendingDecision &decision);
    void selectNextPending(const QList<qint64> &decided);
    void showContextMenu(const QPoint &pos);
    void updateActions();
    void refreshDetail();
    void updateCounts(int pending);
    void setHistoryColumns(bool history);
    void showExportDialog();
    void showAbout();
    QString viewKeysBeyondNine() const; // Help's lines for Ctrl+0 and the Alt+digit views
    void bringToFront();
    void saveLayout() const;
    void restoreLayout();

    Engine *m_engine;
    GatehouseService *m_service = nullptr;
    QString m_endpoint;
    QHash<QString, QString> m_webhookSecrets;
    ApprovalTableModel *m_model;
    ApprovalFilterProxy *m_proxy;
    TimelineModel *m_timeline;
    SidebarModel *m_sidebarModel;
    DistinctValuesModel *m_sources;
    DistinctValuesModel *m_environments;
    ApprovalExporter *m_exporter;
    QListView *m_sidebar = nullptr;
    QTableView *m_table = nullptr;
    DetailPane *m_detail = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_sourceFilter = nullptr;
    QComboBox *m_environmentFilter = nullptr;
    QComboBox *m_stateFilter = nullptr;
    RejectBar *m_rejectBar = nullptr;
    DecisionResults *m_results = nullptr;
    NotificationBanner *m_banner = nullptr;
    QMenu *m_contextMenu = nullptr;
    QAction *m_approveAction = nullptr;
    QAction *m_rejectAction = nullptr;
    QAction *m_copyIdAction = nullptr;
    QAction *m_retryAction = nullptr;
    QAction *m_detailAction = nullptr;
    QActionGroup *m_viewActions = nullptr; // one per sidebar view, with its key (View menu)
    QSplitter *m_splitter = nullptr;
    TitleColumnFitter *m_titleFitter = nullptr;
    QLabel *m_status = nullptr; // the outcome of the last action
    QLabel *m_pendingLabel = nullptr;
    QProgressBar *m_exportProgress = nullptr;
    TrayIcon *m_tray = nullptr;
    PendingDecisions *m_pendingDecisions = nullptr;
    UndoCountdown *m_countdown = nullptr;
    AssignmentControl *m_assignment = nullptr; // "Assign to me": Take it / Release, Ctrl+T
    QByteArray m_columnStates[2]; // inbox, history: each keeps its own columns and sort
    bool m_historyColumns = false;
    bool m_columnsReady = false;
    bool m_quitting = false;
    bool m_sortRemembered = false; // the inbox's sort came from the last session
    QVector<ConnectorSecret> m_connectionSecrets;
};
