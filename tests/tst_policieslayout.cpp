// Settings > Policies in every language at the dialog's own size (issue 15 item 10: the
// German page was cut off): nothing needs scrolling sideways, no label, check box or
// button is narrower than its text, and every choice of a combo box fits its field.
#include "ui/consolesettings.h"
#include "ui/settingsdialog.h"

#include "support/combofield.h"
#include "support/testlanguages.h"
#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QTabWidget>
#include <QTemporaryDir>

#include <QTest>
#include <QTranslator>

class tst_PoliciesLayout : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void nothingIsCutOff_data();
    void nothingIsCutOff();

private:
    QTemporaryDir m_dir;
};

void tst_PoliciesLayout::initTestCase()
{
    QVERIFY(m_dir.isValid());
    ConsoleSettings::setFile(m_dir.filePath(QStringLiteral("Gatehouse.conf")));
    // A policy with the longest rows: four eyes, a quorum, approvers and a time window
    // gate (its inverse check box is the page's longest text).
    QFile policies(m_dir.filePath(QStringLiteral("policies.json")));
    QVERIFY(policies.open(QIODevice::WriteOnly));
    policies.write(R"({"policies":[{"name":"production change window",
        "match":{"environment":"production"},"timeoutSecs":7200,"order":"approvalThenGates",
        "fourEyes":true,"quorum":2,"approvers":["release-managers"],
        "gates":[{"name":"change window","type":"timeWindow","days":["mon","tue"],
                  "from":"08:00","to":"16:00","timeZone":"Europe/Berlin"}]}]})");
}

void tst_PoliciesLayout::cleanupTestCase()
{
    ConsoleSettings::setFile({});
}

void tst_PoliciesLayout::nothingIsCutOff_data()
{
    TestLanguages::addRows();
}

void tst_PoliciesLayout::nothingIsCutOff()
{
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY(TestLanguages::install(translator, language));
    SettingsDialog dialog; // its own size, as File > Settings opens it
    QCoreApplication::removeTranslator(&translator);
    auto *page = qobject_cast<QScrollArea *>(dialog.tabs()->widget(2));
    QVERIFY(page);
    dialog.tabs()->setCurrentWidget(page);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *list = page->widget()->findChild<QListWidget *>();
    QVERIFY(list);
    QCOMPARE(list->count(), 1); // the policy is shown, its gate editor on the time window
    QCOMPARE(list->currentRow(), 0);
    QApplication::processEvents(); // the layouts settle

    QStringList cut;
    QCOMPARE(page->horizontalScrollBar()->maximum(), 0);
    for (QWidget *widget : page->widget()->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(page))
            continue;
        QString text;
        int needed = 0;
        if (auto *label = qobject_cast<QLabel *>(widget); label && !label->wordWrap()) {
            text = label->text();
            needed = label->sizeHint().width();
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            text = button->text();
            needed = button->sizeHint().width();
        } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            const int field = comboTextField(combo);
            for (int i = 0; i < combo->count(); ++i) {
                if (combo->fontMetrics().horizontalAdvance(combo->itemText(i)) > field)
                    cut.append(QStringLiteral("%1 (choice of %2, %3 px wide)")
                                       .arg(combo->itemText(i), combo->accessibleName())
                                       .arg(field));
            }
            continue;
        }
        if (!text.isEmpty() && widget->width() < needed)
            cut.append(
                    QStringLiteral("%1 (%2 of %3 px)").arg(text).arg(widget->width()).arg(needed));
    }
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
}

QTEST_MAIN(tst_PoliciesLayout)
#include "tst_policieslayout.moc"
