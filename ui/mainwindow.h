// MainWindow: the console. A table of approvals (pending first) beside the detail
// pane of the selected one. Widgets hold no business rules: every action is a queued
// call into the Engine, whose answers arrive as signals.
#pragma once

#include "service/inboundsecrets.h"

#include <QMainWindow>

class ApprovalFilterProxy;
class ApprovalTableModel;
class DetailPane;
class Engine;
class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;
class TimelineModel;
class TrayIcon;

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
    // Shown by File > Webhook secrets (the service provisions them at start).
    void setConnectionSecrets(const QVector<ConnectorSecret> &secrets) { m_secrets = secrets; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi(const QString &endpoint, const QByteArray &operatorToken);
    void connectEngine();
    void selectionChanged();
    qint64 selectedId() const;
    void decide(qint64 id, bool approve, const QString &comment);
    void refreshDetail();
    void updateCounts(int pending);
    void saveLayout() const;
    void restoreLayout();

    Engine *m_engine;
    ApprovalTableModel *m_model;
    ApprovalFilterProxy *m_proxy;
    TimelineModel *m_timeline;
    QTableView *m_table = nullptr;
    DetailPane *m_detail = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_pendingOnly = nullptr;
    QLabel *m_status = nullptr; // the outcome of the last action
    QLabel *m_pendingLabel = nullptr;
    TrayIcon *m_tray = nullptr;
    bool m_quitting = false;
    QVector<ConnectorSecret> m_secrets;
};
