// TrayIcon: Gatehouse while the window is closed. The pending count as a badge painted
// onto the icon (its colour says how urgent) and in the tooltip; the most urgent
// pending approvals in the menu, each with Approve and Reject; notifications for new
// approvals (batched: "12 new approvals"), failed deliveries, approvals about to
// expire and fan-ins that timed out, quiet during the configured quiet hours. Without
// a system tray the same notifications go to the window (inWindowNotification) and the
// menu still exists, so every action stays reachable and testable.
#pragma once

#include "core/approval.h"

#include <QIcon>
#include <QObject>
#include <QStringList>
#include <QTime>
#include <QTimer>

#include <functional>

class ApprovalTableModel;
class QMenu;
class QSystemTrayIcon;

class TrayIcon : public QObject
{
    Q_OBJECT
public:
    explicit TrayIcon(ApprovalTableModel *approvals, QObject *parent = nullptr);
    ~TrayIcon() override;

    bool isAvailable() const { return m_tray != nullptr; }
    QMenu *menu() const { return m_menu; }
    QString toolTip() const { return m_toolTip; }
    QIcon icon() const { return m_icon; }
    QColor badgeColor() const { return m_badgeColor; }

    // Why the approver rules refuse this console's user a decision (empty: allowed); the
    // menu disables a refused Approve or Reject and shows the reason as its tooltip.
    using Refusal = std::function<QString(const Approval &, bool approve)>;
    void setRefusal(Refusal refusal) { m_refusal = std::move(refusal); }

    static constexpr int urgentInMenu = 5;
    // Paints count onto the application icon; 0: the plain icon.
    static QIcon badgeIcon(int count, const QColor &color);
    // Quiet hours may wrap midnight (22:00 to 07:00).
    static bool isQuiet(const QTime &now, const QTime &from, const QTime &to);

public slots:
    void setPendingCount(int count);
    void notifyArrival(const QString &title);
    void notifyDeliveryFailed(const Approval &approval);
    void notifyExpiringSoon(const Approval &approval);
    void notifyFanInTimedOut(const Approval &approval);
    void refreshMenu();
    void showMessage(const QString &title, const QString &text);

signals:
    void openRequested();
    void quitRequested();
    void decisionRequested(qint64 id, bool approve); // from the menu: asks nothing
    void inWindowNotification(const QString &title, const QString &text); // no tray

private:
    void flushNotifications();
    void updateIcon();

    ApprovalTableModel *m_approvals;
    Refusal m_refusal;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QStringList m_arrived;
    QTimer m_notifyTimer;
    QTimer m_menuTimer;
    QString m_toolTip;
    QIcon m_icon;
    QColor m_badgeColor;
    QString m_shownBadge; // the text and colour m_icon was drawn with
    QColor m_shownColor;
    int m_pending = 0;
};
