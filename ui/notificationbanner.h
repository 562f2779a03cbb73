// NotificationBanner: notifications inside the window, for desktops without a system
// tray. A strip above the table with the latest message and a close button; it hides
// itself after a while, and a newer message replaces an older one.
#pragma once

#include <QFrame>
#include <QTimer>

class QLabel;
class QToolButton;

class NotificationBanner : public QFrame
{
    Q_OBJECT
public:
    explicit NotificationBanner(QWidget *parent = nullptr);
    QString text() const;

public slots:
    void showNotification(const QString &title, const QString &text);

private:
    QLabel *m_label;
    QToolButton *m_close;
    QTimer m_hideTimer;
};
