#include "dialogclicks.h"

#include <QAbstractSpinBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

void DialogClicks::clickTab(QTabWidget *tabs, const QString &text)
{
    QTabBar *bar = tabs->tabBar();
    for (int i = 0; i < bar->count(); ++i) {
        if (bar->tabText(i).remove(QLatin1Char('&')) == text) {
            QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(i).center());
            QCOMPARE(tabs->currentIndex(), i);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no tab %1").arg(text)));
}

void DialogClicks::clickSave(QDialog &dialog)
{
    QPushButton *button = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    QTest::mouseClick(button, Qt::LeftButton);
}

void DialogClicks::type(QWidget *field, const QString &text)
{
    QTest::mouseClick(field, Qt::LeftButton);
    if (auto *edit = qobject_cast<QLineEdit *>(field))
        edit->selectAll();
    if (auto *box = qobject_cast<QAbstractSpinBox *>(field))
        box->selectAll();
    QTest::keyClicks(field, text);
}
