// The inbox window at 1000x700 in every language (a release manager's laptop): the
// filter row shows each filter's current text whole, for every choice, and leaves the
// search field room to type; the detail pane's Deadline value is never cut off (it used
// to wrap in German and lose its second line when the pane was full). In the style of
// tst_policieslayout: any text narrower than it needs fails, named.
#include "models/approvaltablemodel.h"
#include "models/localtime.h"
#include "service/gatehouseservice.h"
#include "support/combofield.h"
#include "support/testhttp.h"
#include "support/testlanguages.h"
#include "support/testservice.h"
#include "support/windowclicks.h"
#include "ui/consolesettings.h"
#include "ui/detailpane.h"
#include "ui/filtercombobox.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QHelpEvent>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScopeGuard>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QTranslator>

class tst_InboxLayout : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void nothingIsCutOff_data();
    void nothingIsCutOff();
    void longChoiceElidesWithTooltip();

private:
    qint64 post(QJsonObject body);
    QString filterRowCuts(MainWindow &window);
    QString deadlineCuts(MainWindow &window);

    QTemporaryDir m_dir;
    std::unique_ptr<QTemporaryDir> m_data; // the test's database
    std::unique_ptr<ServiceThread> m_service;
    qint64 m_shown = 0; // the approval the detail pane shows (a deadline, a full pane)
};

void tst_InboxLayout::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The window remembers its size and splitter: each language starts afresh at 1000x700.
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
    ConsoleSettings::setFile(m_dir.filePath(QStringLiteral("Gatehouse.conf")));
    ConsoleSettings::open()->setValue(QStringLiteral("ui/undoSeconds"), 0);
}

// A database of its own for each test (the test order is shuffled): the samples only.
void tst_InboxLayout::init()
{
    m_data = std::make_unique<QTemporaryDir>();
    QVERIFY(m_data->isValid());
    ServiceConfig config = TestService::config(m_data->path(), "layout-test-token");
    TestService::acceptToken(config, {QStringLiteral("generic")});
    m_service = std::make_unique<ServiceThread>();
    QString error;
    QVERIFY2(m_service->start(config, &error), qPrintable(error));
    // The README screenshot's approvals: a deadline, a description and a second approval
    // of the same run and stage (the group list), so the pane is full.
    const QJsonObject shop{{QStringLiteral("runId"), QStringLiteral("4711")},
                           {QStringLiteral("pipeline"), QStringLiteral("shop")},
                           {QStringLiteral("stage"), QStringLiteral("prod")},
                           {QStringLiteral("environment"), QStringLiteral("production")},
                           {QStringLiteral("requestedBy"), QStringLiteral("alice")}};
    QJsonObject deploy = shop;
    deploy.insert(QStringLiteral("title"), QStringLiteral("Deploy shop 3.1 to production"));
    deploy.insert(QStringLiteral("externalId"), QStringLiteral("shop-4711-prod"));
    deploy.insert(QStringLiteral("timeoutMinutes"), 45);
    deploy.insert(QStringLiteral("runUrl"),
                  QStringLiteral("https://ci.example.com/shop/-/pipelines/4711"));
    deploy.insert(QStringLiteral("description"),
                  QStringLiteral("Release 3.1: new checkout flow, 14 fixes.\nChange ticket "
                                 "CHG-2291 approved by CAB.\nRollback: redeploy 3.0.9."));
    m_shown = post(deploy);
    QVERIFY(m_shown > 0);
    QJsonObject schema = shop;
    schema.insert(QStringLiteral("title"), QStringLiteral("Shop schema migration 2024-11"));
    schema.insert(QStringLiteral("externalId"), QStringLiteral("shop-4711-db"));
    QVERIFY(post(schema) > 0);
    QVERIFY(post({{QStringLiteral("title"), QStringLiteral("Payments smoke tests signed off")},
                  {QStringLiteral("externalId"), QStringLiteral("pay-882-stg")},
                  {QStringLiteral("pipeline"), QStringLiteral("payments")},
                  {QStringLiteral("environment"), QStringLiteral("staging")},
                  {QStringLiteral("timeoutMinutes"), 8}})
            > 0);
}

void tst_InboxLayout::cleanup()
{
    m_service.reset();
    m_data.reset();
}

void tst_InboxLayout::cleanupTestCase()
{
    ConsoleSettings::setFile({});
}

qint64 tst_InboxLayout::post(QJsonObject body)
{
    // Nothing is decided here, so no callback is ever sent to it.
    body.insert(QStringLiteral("callbackUrl"), QStringLiteral("http://127.0.0.1:9/decisions"));
    const QUrl url(
            QStringLiteral("http://127.0.0.1:%1/hooks/generic").arg(m_service->service()->port()));
    const TestReply reply = TestHttp::postJson(
            url, body, {{"Authorization", QByteArray("Bearer ") + TestService::hookSecret}});
    return reply.json().value(QStringLiteral("id")).toInteger();
}

void tst_InboxLayout::nothingIsCutOff_data()
{
    TestLanguages::addRows();
}

void tst_InboxLayout::nothingIsCutOff()
{
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY(TestLanguages::install(translator, language));
    // Installed while the window lives: the detail pane words its rows on selection.
    const auto removeTranslator =
            qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });
    MainWindow window(m_service->service()->engine(), QStringLiteral("http://127.0.0.1:18470"),
                      "layout-test-token");
    window.setGeometry(0, 0, 1000, 700); // as scripts/screenshot.sh shows it
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.size(), QSize(1000, 700));
    QTRY_COMPARE(window.approvalModel()->rowCount(), 3);
    QVERIFY(WindowClicks::selectRowOf(window, m_shown));
    QApplication::processEvents(); // the layouts settle

    QStringList cut;
    cut.append(deadlineCuts(window));
    cut.append(filterRowCuts(window));
    cut.removeAll(QString());
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
}

// A value longer than the window has room for: the filter elides it and its tooltip
// names it whole; the search field keeps its room and nothing leaves the window.
void tst_InboxLayout::longChoiceElidesWithTooltip()
{
    const QString longName = QStringLiteral("production-eu-west-1-blue-green-canary-shadow-%1")
                                     .arg(QStringLiteral("x").repeated(40));
    QVERIFY(post({{QStringLiteral("title"), QStringLiteral("Far away")},
                  {QStringLiteral("externalId"), QStringLiteral("far-1")},
                  {QStringLiteral("environment"), longName}})
            > 0);
    MainWindow window(m_service->service()->engine(), QStringLiteral("http://127.0.0.1:18470"),
                      "layout-test-token");
    window.setGeometry(0, 0, 1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(window.approvalModel()->rowCount(), 4);
    auto *filter = qobject_cast<FilterComboBox *>(window.environmentFilter());
    QVERIFY(filter);
    const int index = filter->findText(longName);
    QVERIFY(index > 0);
    filter->setCurrentIndex(index);
    QApplication::processEvents();
    QVERIFY(filter->isElided());
    QLineEdit *search = window.searchField();
    QVERIFY(search->width() >= search->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 22);
    const QRect centre = search->parentWidget()->rect();
    QVERIFY(centre.contains(
            QRect(filter->mapTo(search->parentWidget(), QPoint(0, 0)), filter->size())));
    const QPoint at = filter->rect().center();
    QHelpEvent help(QEvent::ToolTip, at, filter->mapToGlobal(at));
    QApplication::sendEvent(filter, &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(longName), qPrintable(QToolTip::text()));
    QVERIFY(QToolTip::text().startsWith(filter->toolTip())); // "Filter by environment: ..."
    QToolTip::hideText();
}

// Every choice of every filter, chosen in turn: whole in its combo, the combo whole in
// the window, and the search field still as wide as it wants at least.
QString tst_InboxLayout::filterRowCuts(MainWindow &window)
{
    QStringList cut;
    QLineEdit *search = window.searchField();
    const QRect centre = search->parentWidget()->rect();
    const auto outside = [&](QWidget *widget) {
        const QRect rect(widget->mapTo(search->parentWidget(), QPoint(0, 0)), widget->size());
        return !centre.contains(rect);
    };
    for (QComboBox *combo :
         {window.sourceFilter(), window.environmentFilter(), window.stateFilter()}) {
        if (combo->count() < 2) // the samples give each filter values to choose
            cut.append(QStringLiteral("%1 has no choices").arg(combo->accessibleName()));
        for (int i = 0; i < combo->count(); ++i) {
            combo->setCurrentIndex(i);
            QApplication::processEvents();
            const int field = comboTextField(combo);
            // What CE_ComboBoxLabel needs: the icon and its gap, the text and a pixel
            // either side.
            const int needed = combo->fontMetrics().horizontalAdvance(combo->currentText()) + 2
                    + (combo->itemIcon(i).isNull() ? 0 : combo->iconSize().width() + 4);
            if (needed > field)
                cut.append(QStringLiteral("%1 (choice of %2: %3 of %4 px)")
                                   .arg(combo->currentText(), combo->accessibleName())
                                   .arg(field)
                                   .arg(needed));
            if (outside(combo))
                cut.append(QStringLiteral("%1 is not whole in the window")
                                   .arg(combo->accessibleName()));
            const int room = search->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 22;
            if (search->width() < room || outside(search))
                cut.append(QStringLiteral("the search field with %1 (%2 of %3 px)")
                                   .arg(combo->currentText())
                                   .arg(search->width())
                                   .arg(room));
        }
        combo->setCurrentIndex(0);
    }
    return cut.join(QLatin1Char('\n'));
}

// The Deadline row's value: on one line, as wide as its text, and all of it in view.
QString tst_InboxLayout::deadlineCuts(MainWindow &window)
{
    DetailPane *pane = window.detailPane();
    QFormLayout *form = nullptr;
    QLabel *value = nullptr;
    for (QFormLayout *candidate : pane->findChildren<QFormLayout *>()) {
        for (int row = 0; row < candidate->rowCount(); ++row) {
            auto *label = qobject_cast<QLabel *>(
                    candidate->itemAt(row, QFormLayout::LabelRole)
                            ? candidate->itemAt(row, QFormLayout::LabelRole)->widget()
                            : nullptr);
            if (label && label->text() == DetailPane::tr("Deadline")) {
                form = candidate;
                value = qobject_cast<QLabel *>(
                        candidate->itemAt(row, QFormLayout::FieldRole)->widget());
            }
        }
    }
    if (!form || !value)
        return QStringLiteral("no Deadline row in the detail pane");
    QStringList cut;
    const QFontMetrics metrics = value->fontMetrics();
    const int needed = metrics.horizontalAdvance(value->text());
    if (value->width() < needed)
        cut.append(QStringLiteral("Deadline %1 (%2 of %3 px)")
                           .arg(value->text())
                           .arg(value->width())
                           .arg(needed));
    if (value->visibleRegion().boundingRect() != value->rect())
        cut.append(QStringLiteral("Deadline %1 is partly hidden").arg(value->text()));
    // Whatever the row leaves out is in its tooltip: the whole date and time at least.
    const QString whole = LocalTime::text(window.approvalModel()->approvalById(m_shown)->deadline);
    if (!value->text().contains(whole) && !value->toolTip().contains(whole))
        cut.append(QStringLiteral("Deadline %1 (tooltip %2) leaves out %3")
                           .arg(value->text(), value->toolTip(), whole));
    return cut.join(QLatin1Char('\n'));
}

QTEST_MAIN(tst_InboxLayout)
#include "tst_inboxlayout.moc"
