// TrayIcon: the pending count in the system tray, a notification when approvals
// arrive (batched: "12 new approvals"), and a menu to open the window or quit.
#pragma once

#include <QObject>
#include <QStringList>
#include <QTimer>

class QMenu;
class QSystemTrayIcon;

class TrayIcon : public QObject
{
    Q_OBJECT
public:
    explicit TrayIcon(QObject *parent = nullptr);
    bool isAvailable() const { return m_tray != nullptr; }
    QMenu *menu() const { return m_menu; }

public slots:
    void setPendingCount(int count);
    void notifyArrival(const QString &title);

signals:
    void openRequested();
    void quitRequested();

private:
    void flushNotifications();

    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QStringList m_arrived;
    QTimer m_notifyTimer;
};
