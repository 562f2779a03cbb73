// MessageBoxAnswer: answers the next modal QMessageBox with a given object name, as a
// person would (a click on the button), and keeps what it said. Arm it before the
// click that opens the box: exec() blocks the test until the box is answered.
#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QPointer>
#include <QTest>
#include <QTimer>

class MessageBoxAnswer : public QObject
{
public:
    MessageBoxAnswer(const QString &objectName, QMessageBox::StandardButton button)
        : m_name(objectName), m_button(button)
    {
        m_poll.setInterval(10);
        connect(&m_poll, &QTimer::timeout, this, [this] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != m_name || !box->isVisible())
                return;
            m_poll.stop();
            text = box->text();
            informativeText = box->informativeText();
            ++shown;
            QTest::mouseClick(box->button(m_button), Qt::LeftButton);
        });
        m_poll.start();
    }

    int shown = 0;
    QString text;
    QString informativeText;

private:
    QString m_name;
    QMessageBox::StandardButton m_button;
    QTimer m_poll;
};
