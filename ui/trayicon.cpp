#include "trayicon.h"

#include <QAction>
#include <QIcon>
#include <QMenu>
#include <QSystemTrayIcon>

TrayIcon::TrayIcon(QObject *parent) : QObject(parent)
{
    m_notifyTimer.setSingleShot(true);
    m_notifyTimer.setInterval(1500);
    connect(&m_notifyTimer, &QTimer::timeout, this, &TrayIcon::flushNotifications);
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_menu = new QMenu;
    m_menu->addAction(tr("Open Gatehouse"), this, &TrayIcon::openRequested);
    m_menu->addSeparator();
    m_menu->addAction(tr("Quit"), this, &TrayIcon::quitRequested);
    m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/gatehouse.svg")), this);
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    emit openRequested();
            });
    m_tray->show();
    setPendingCount(0);
}

void TrayIcon::setPendingCount(int count)
{
    if (m_tray)
        m_tray->setToolTip(tr("Gatehouse: %n pending approval(s)", nullptr, count));
}

void TrayIcon::notifyArrival(const QString &title)
{
    m_arrived.append(title);
    if (!m_notifyTimer.isActive())
        m_notifyTimer.start();
}

void TrayIcon::flushNotifications()
{
    const QStringList arrived = std::exchange(m_arrived, {});
    if (!m_tray || arrived.isEmpty())
        return;
    if (arrived.size() == 1)
        m_tray->showMessage(tr("New approval"), arrived.first());
    else
        m_tray->showMessage(tr("%n new approvals", nullptr, int(arrived.size())),
                            arrived.mid(0, 3).join(QLatin1Char('\n')));
}
