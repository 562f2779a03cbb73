#include "notificationbanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

NotificationBanner::NotificationBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("notificationBanner"));
    setAccessibleName(tr("Notification"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(
            QStringLiteral("#notificationBanner { background: #fff8e1; border: 1px solid #f9a825;"
                           " border-radius: 4px; } QLabel { color: #3e2723; }"));
    m_label = new QLabel(this);
    m_label->setTextFormat(Qt::PlainText); // the text comes from webhooks: never rich text
    m_label->setWordWrap(true);
    m_close = new QToolButton(this);
    m_close->setText(QStringLiteral("×"));
    m_close->setAutoRaise(true);
    m_close->setAccessibleName(tr("Close notification"));
    m_close->setToolTip(tr("Close notification"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_close);
    m_hideTimer.setSingleShot(true);
    m_hideTimer.setInterval(12000);
    connect(&m_hideTimer, &QTimer::timeout, this, &QWidget::hide);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

QString NotificationBanner::text() const
{
    return m_label->text();
}

void NotificationBanner::showNotification(const QString &title, const QString &text)
{
    m_label->setText(
            text.isEmpty()
                    ? title
                    : tr("%1: %2").arg(
                            title, QString(text).replace(QLatin1Char('\n'), QStringLiteral("; "))));
    show();
    m_hideTimer.start();
}
