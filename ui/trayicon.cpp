#include "trayicon.h"

#include "connectors/fanin/faninconnector.h"
#include "models/approvaltablemodel.h"
#include "models/iconcache.h"
#include "ui/consolesettings.h"

#include <QAction>
#include <QFont>
#include <QMenu>
#include <QPainter>
#include <QSettings>
#include <QSystemTrayIcon>

#include <algorithm>

namespace {

const QColor calmColor(0xef, 0x6c, 0x00); // something waits
const QColor alarmColor(0xc6, 0x28, 0x28); // a delivery failed or a deadline is near

// The most urgent first: the nearest deadline, then the longest wait.
bool moreUrgent(const Approval *a, const Approval *b)
{
    if (a->deadline.isValid() != b->deadline.isValid())
        return a->deadline.isValid();
    if (a->deadline.isValid() && a->deadline != b->deadline)
        return a->deadline < b->deadline;
    return a->createdAt < b->createdAt;
}

} // namespace

TrayIcon::TrayIcon(ApprovalTableModel *approvals, QObject *parent)
    : QObject(parent), m_approvals(approvals)
{
    m_notifyTimer.setSingleShot(true);
    m_notifyTimer.setInterval(1500);
    connect(&m_notifyTimer, &QTimer::timeout, this, &TrayIcon::flushNotifications);
    // The menu follows the model, at most once per event-loop pass.
    m_menuTimer.setSingleShot(true);
    m_menuTimer.setInterval(0);
    connect(&m_menuTimer, &QTimer::timeout, this, &TrayIcon::refreshMenu);
    const auto schedule = [this] {
        m_menuTimer.start();
    };
    connect(approvals, &QAbstractItemModel::modelReset, this, schedule);
    connect(approvals, &QAbstractItemModel::rowsInserted, this, schedule);
    connect(approvals, &QAbstractItemModel::dataChanged, this, schedule);

    m_menu = new QMenu;
    m_menu->setAccessibleName(tr("Gatehouse tray menu"));
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(this);
        m_tray->setContextMenu(m_menu);
        connect(m_tray, &QSystemTrayIcon::activated, this,
                [this](QSystemTrayIcon::ActivationReason reason) {
                    if (reason == QSystemTrayIcon::Trigger
                        || reason == QSystemTrayIcon::DoubleClick)
                        emit openRequested();
                });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayIcon::openRequested);
    }
    connect(m_menu, &QMenu::aboutToShow, this, &TrayIcon::refreshMenu);
    refreshMenu();
    setPendingCount(0);
    if (m_tray)
        m_tray->show();
}

TrayIcon::~TrayIcon()
{
    delete m_menu; // a QMenu cannot be a child of a QObject that is not a widget
}

QIcon TrayIcon::badgeIcon(int count, const QColor &color)
{
    const QIcon base = cachedIcon(QStringLiteral(":/icons/gatehouse.svg"));
    if (count <= 0)
        return base;
    QIcon icon;
    for (const int size : {16, 22, 32, 48, 64}) {
        QPixmap pixmap = base.pixmap(size, size);
        if (pixmap.isNull()) {
            pixmap = QPixmap(size, size);
            pixmap.fill(Qt::transparent);
        }
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const QString text = count > 99 ? QStringLiteral("99+") : QString::number(count);
        const qreal diameter = size * (text.size() > 2 ? 0.75 : 0.62);
        const QRectF badge(size - diameter, 0, diameter, diameter);
        painter.setPen(QPen(Qt::white, qMax(1.0, size / 32.0)));
        painter.setBrush(color);
        painter.drawEllipse(badge);
        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(qMax(6, int(diameter * (text.size() > 2 ? 0.42 : 0.62))));
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(badge, Qt::AlignCenter, text);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

bool TrayIcon::isQuiet(const QTime &now, const QTime &from, const QTime &to)
{
    if (!from.isValid() || !to.isValid() || from == to)
        return false;
    if (from < to)
        return now >= from && now < to;
    return now >= from || now < to;
}

void TrayIcon::setPendingCount(int count)
{
    m_pending = count;
    m_toolTip = count == 0 ? tr("Gatehouse: nothing waits")
                           : tr("Gatehouse: %n pending approvals", nullptr, count);
    updateIcon();
    if (m_tray)
        m_tray->setToolTip(m_toolTip);
}

void TrayIcon::updateIcon()
{
    bool alarm = false;
    const QDateTime soon =
            QDateTime::currentDateTimeUtc().addSecs(ApprovalTableModel::expiryWarningSecs);
    for (const Approval &a : m_approvals->approvals()) {
        if (a.delivery == DeliveryState::Failed
            || (a.isPending() && a.deadline.isValid() && a.deadline <= soon)) {
            alarm = true;
            break;
        }
    }
    m_badgeColor = alarm ? alarmColor : m_pending > 0 ? calmColor : QColor();
    // Drawn again only when what it shows changes: past 99 every count looks the same,
    // and a flood changes the count with every batch.
    const QString shown = m_pending <= 0 ? QString()
            : m_pending > 99             ? QStringLiteral("99+")
                                         : QString::number(m_pending);
    if (!m_icon.isNull() && shown == m_shownBadge && m_badgeColor == m_shownColor)
        return;
    m_shownBadge = shown;
    m_shownColor = m_badgeColor;
    m_icon = badgeIcon(m_pending, m_badgeColor);
    if (m_tray)
        m_tray->setIcon(m_icon);
}

void TrayIcon::refreshMenu()
{
    m_menuTimer.stop();
    // clear() deletes the actions but not the submenus, which the menu owns as children.
    const QList<QMenu *> submenus =
            m_menu->findChildren<QMenu *>(QString(), Qt::FindDirectChildrenOnly);
    m_menu->clear();
    qDeleteAll(submenus);
    QVector<const Approval *> pending;
    for (const Approval &a : m_approvals->approvals()) {
        if (a.isPending())
            pending.append(&a);
    }
    const int shown = int(qMin<qsizetype>(pending.size(), urgentInMenu));
    std::partial_sort(pending.begin(), pending.begin() + shown, pending.end(), moreUrgent);
    QAction *header =
            m_menu->addAction(pending.isEmpty() ? tr("Nothing waits for a decision")
                                                : tr("%n pending", nullptr, int(pending.size())));
    header->setEnabled(false);
    for (int i = 0; i < shown; ++i) {
        const Approval &a = *pending.at(i);
        QString label = a.title;
        if (label.size() > 48)
            label = label.left(47) + QChar(0x2026);
        label.replace(QLatin1Char('&'), QStringLiteral("&&"));
        QMenu *item = m_menu->addMenu(cachedIcon(ApprovalTableModel::kindIconPath(a.kind)), label);
        item->setAccessibleName(a.title);
        const qint64 id = a.id;
        QAction *approve = item->addAction(cachedIcon(QStringLiteral(":/icons/state-approved.svg")),
                                           tr("Approve"));
        approve->setData(id);
        connect(approve, &QAction::triggered, this,
                [this, id] { emit decisionRequested(id, true); });
        QAction *reject = item->addAction(cachedIcon(QStringLiteral(":/icons/state-rejected.svg")),
                                          tr("Reject"));
        reject->setData(id);
        connect(reject, &QAction::triggered, this,
                [this, id] { emit decisionRequested(id, false); });
        if (m_refusal) {
            item->setToolTipsVisible(true);
            for (QAction *action : {approve, reject}) {
                const QString why = m_refusal(a, action == approve);
                action->setEnabled(why.isEmpty());
                if (!why.isEmpty())
                    action->setToolTip(why);
            }
        }
    }
    if (pending.size() > shown)
        m_menu->addAction(tr("%n more in the window…", nullptr, int(pending.size() - shown)), this,
                          &TrayIcon::openRequested);
    m_menu->addSeparator();
    m_menu->addAction(tr("Open Gatehouse"), this, &TrayIcon::openRequested);
    m_menu->addAction(tr("Quit"), this, &TrayIcon::quitRequested);
    updateIcon();
}

void TrayIcon::showMessage(const QString &title, const QString &text)
{
    if (!m_tray || !QSystemTrayIcon::supportsMessages()) {
        emit inWindowNotification(title, text);
        return;
    }
    const auto settingsFile = ConsoleSettings::open(); // --config too
    const QSettings &settings = *settingsFile;
    const QTime from =
            QTime::fromString(settings.value(QStringLiteral("notifications/quietFrom")).toString(),
                              QStringLiteral("HH:mm"));
    const QTime to =
            QTime::fromString(settings.value(QStringLiteral("notifications/quietTo")).toString(),
                              QStringLiteral("HH:mm"));
    if (isQuiet(QTime::currentTime(), from, to))
        return; // the tray badge still shows the count
    m_tray->showMessage(title, text, m_icon);
}

void TrayIcon::notifyArrival(const QString &title)
{
    m_arrived.append(title);
    if (!m_notifyTimer.isActive())
        m_notifyTimer.start();
}

void TrayIcon::notifyDeliveryFailed(const Approval &approval)
{
    showMessage(tr("Delivery failed"),
                tr("%1: %2").arg(approval.title, approval.lastDeliveryError));
}

void TrayIcon::notifyExpiringSoon(const Approval &approval)
{
    const qint64 minutes =
            qMax<qint64>(1, QDateTime::currentDateTimeUtc().secsTo(approval.deadline) / 60);
    showMessage(tr("About to expire"),
                tr("%1 expires in %n min", nullptr, int(minutes)).arg(approval.title));
}

void TrayIcon::notifyFanInTimedOut(const Approval &approval)
{
    const QStringList missing = FanInConnector::missing(approval);
    const QString group = approval.metadata.value(QStringLiteral("group")).toString();
    const QString id = approval.metadata.value(QStringLiteral("eventId")).toString();
    showMessage(tr("Fan-in timed out"),
                missing.isEmpty() ? tr("Fan-in %1 %2 timed out").arg(group, id)
                                  : tr("Fan-in %1 %2 timed out: missing %3")
                                            .arg(group, id, missing.join(QStringLiteral(", "))));
}

void TrayIcon::flushNotifications()
{
    const QStringList arrived = std::exchange(m_arrived, {});
    if (arrived.isEmpty())
        return;
    if (arrived.size() == 1)
        showMessage(tr("New approval"), arrived.first());
    else
        showMessage(tr("%n new approvals", nullptr, int(arrived.size())),
                    arrived.mid(0, 3).join(QLatin1Char('\n')));
}
