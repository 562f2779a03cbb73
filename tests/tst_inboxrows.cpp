// The inbox as a person reads it (issue 15 items 5, 6, 8, 9), offscreen with real clicks
// and keys: states that name what is awaited; rows with the facts on a second line and
// production marked; a "View run" link where the source gives one; a paused run's
// restart data before the restart; a timeline whose delivery lines fold into one line
// and whose repeated gate samples collapse, both opened by a click or Enter; one
// relative time everywhere; a detail pane with a remembered divider that F8 hides and
// that keeps its width whatever it shows; the window at 1000x700 and 1600x1000.
#include "core/engine.h"
#include "models/approvalfilterproxy.h"
#include "models/approvaltablemodel.h"
#include "models/relativetime.h"
#include "models/timelinemodel.h"
#include "service/gatehouseservice.h"
#include "support/fakehttpserver.h"
#include "support/testhttp.h"
#include "support/testservice.h"
#include "support/windowclicks.h"
#include "ui/approvalrowdelegate.h"
#include "ui/consolesettings.h"
#include "ui/detailpane.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// Receives what a click on a link would open in the browser.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public slots:
    void open(const QUrl &url) { opened.append(url); }
};

class tst_InboxRows : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void stateSaysWhatIsAwaited();
    void relativeTimesAgree();
    void rowsShowFactsOnASecondLine();
    void deliveryLinesFoldAndOpenByClickAndEnter();
    void repeatedGateSamplesCollapse();
    void viewRunLinkOpensTheAzureBuild();
    void genericRunUrlIsALinkAndCheckedOnArrival();
    void restartDataShownBeforeRestart();
    void dividerRememberedAcrossRestart();
    void detailPaneTogglesWithF8AndKeepsItsWidth();
    void layoutAt1000x700And1600x1000();

private:
    qint64 postGeneric(const QString &title, const QJsonObject &extra = {});
    QModelIndex timelineRowContaining(const QString &text) const;
    void restartWindow(const QSize &size);

    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<ServiceThread> service;
    std::unique_ptr<FakeHttpServer> target;
    std::unique_ptr<MainWindow> window;
};

namespace {

Approval pending(qint64 id, const QString &title)
{
    Approval a;
    a.id = id;
    a.connector = QStringLiteral("generic");
    a.kind = QStringLiteral("generic");
    a.title = title;
    a.createdAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    return a;
}

TimelineEntry entry(qint64 id, const QDateTime &at, const QString &type, const QString &message)
{
    return {id, 7, at, type, message};
}

} // namespace

void tst_InboxRows::initTestCase()
{
    static QTemporaryDir config; // the window's remembered layout, away from the user's
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("GatehouseInboxRowsTests"));
}

void tst_InboxRows::init()
{
    dir = std::make_unique<QTemporaryDir>();
    target = std::make_unique<FakeHttpServer>();
    QVERIFY(target->start());
    ServiceConfig config = TestService::config(dir->path(), "rows-test-token");
    TestService::acceptToken(
            config,
            {QStringLiteral("generic"), QStringLiteral("azure"), QStringLiteral("pipelines")});
    config.restartTargets.append(RestartTarget::generic(
            QStringLiteral("nightly-load"), target->url(QStringLiteral("/start")).toString()));
    service = std::make_unique<ServiceThread>();
    QString error;
    QVERIFY2(service->start(config, &error), qPrintable(error));
    ConsoleSettings::open()->setValue(QStringLiteral("ui/undoSeconds"), 0);
    restartWindow(QSize(1400, 900));
}

void tst_InboxRows::cleanup()
{
    window.reset();
    service.reset();
    target.reset();
    dir.reset();
    QSettings().remove(QStringLiteral("window")); // each test starts from the defaults
}

void tst_InboxRows::restartWindow(const QSize &size)
{
    if (window)
        window->close(); // saves the layout: offscreen there is no tray, so it closes
    window = std::make_unique<MainWindow>(service->service()->engine(),
                                          QStringLiteral("http://127.0.0.1"), "rows-test-token");
    window->resize(size);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
}

qint64 tst_InboxRows::postGeneric(const QString &title, const QJsonObject &extra)
{
    const QUrl url(
            QStringLiteral("http://127.0.0.1:%1/hooks/generic").arg(service->service()->port()));
    QJsonObject body{
            {QStringLiteral("title"), title},
            {QStringLiteral("pipeline"), QStringLiteral("shop")},
            {QStringLiteral("callbackUrl"), target->url(QStringLiteral("/cb")).toString()}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    const TestReply reply =
            TestHttp::postJson(url, body, {{"Authorization", "Bearer hook-secret"}});
    return reply.json().value(QStringLiteral("id")).toInteger();
}

QModelIndex tst_InboxRows::timelineRowContaining(const QString &text) const
{
    TimelineModel *timeline = window->timelineModel();
    for (int row = 0; row < timeline->rowCount(); ++row) {
        if (timeline->index(row).data().toString().contains(text))
            return timeline->index(row);
    }
    return {};
}

void tst_InboxRows::stateSaysWhatIsAwaited()
{
    Approval fanIn = pending(1, QStringLiteral("Image acr e1"));
    fanIn.kind = QStringLiteral("fanin");
    fanIn.metadata.insert(QStringLiteral("expectedSources"),
                          QJsonArray{QStringLiteral("westeurope"), QStringLiteral("eastus"),
                                     QStringLiteral("japaneast")});
    fanIn.metadata.insert(QStringLiteral("sources"),
                          QJsonArray{QStringLiteral("westeurope"), QStringLiteral("eastus")});
    Approval gated = pending(2, QStringLiteral("Deploy web"));
    gated.metadata.insert(QStringLiteral("gates"),
                          QJsonObject{{QStringLiteral("green"), 1},
                                      {QStringLiteral("total"), 2},
                                      {QStringLiteral("ready"), false}});
    Approval failed = pending(3, QStringLiteral("Deploy api"));
    failed.state = ApprovalState::Approved;
    failed.delivery = DeliveryState::Failed;
    failed.lastDeliveryError = QStringLiteral("HTTP 503");
    ApprovalTableModel model;
    model.setApprovals({fanIn, gated, failed});
    const auto state = [&](int row) {
        return model.index(row, ApprovalTableModel::StateColumn).data().toString();
    };
    QCOMPARE(state(0), QStringLiteral("Waiting for japaneast (2 of 3)"));
    QCOMPARE(state(1), QStringLiteral("Gates: 1 of 2 green"));
    QCOMPARE(state(2), QStringLiteral("Approved, delivery failed: 503"));
    // The detail pane says it in the same words.
    TimelineModel timeline;
    DetailPane pane(&timeline);
    for (int row = 0; row < 3; ++row) {
        pane.showApproval(model.approvalAt(row));
        const QList<QLabel *> labels = pane.findChildren<QLabel *>();
        QVERIFY2(std::any_of(labels.cbegin(), labels.cend(),
                             [&](QLabel *l) { return l->text().startsWith(state(row)); }),
                 qPrintable(state(row)));
    }
}

void tst_InboxRows::relativeTimesAgree()
{
    // One instant, 89.5 minutes ahead: the gates' timeout and the deadline.
    const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(89 * 60 + 30);
    Approval a = pending(1, QStringLiteral("Deploy web"));
    a.deadline = at;
    a.metadata.insert(QStringLiteral("gates"),
                      QJsonObject{{QStringLiteral("green"), 0},
                                  {QStringLiteral("total"), 2},
                                  {QStringLiteral("timeoutAt"), at.toString(Qt::ISODateWithMs)}});
    ApprovalTableModel model;
    model.setApprovals({a});
    const QString deadline = model.index(0, ApprovalTableModel::DeadlineColumn).data().toString();
    QCOMPARE(deadline, QStringLiteral("in 1 h 29 min"));
    QCOMPARE(model.index(0, ApprovalTableModel::StateColumn).data().toString(),
             QStringLiteral("Gates: 0 of 2 green, time out in 1 h 29 min"));
    QCOMPARE(RelativeTime::until(at), deadline);
    TimelineModel timeline;
    DetailPane pane(&timeline);
    pane.showApproval(model.approvalAt(0));
    const QList<QLabel *> labels = pane.findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [&](QLabel *l) {
        return l->text().endsWith(QStringLiteral("(in 1 h 29 min)"));
    }));
}

void tst_InboxRows::rowsShowFactsOnASecondLine()
{
    const qint64 id = postGeneric(QStringLiteral("Deploy shop 3.1 to production"),
                                  {{QStringLiteral("stage"), QStringLiteral("prod")},
                                   {QStringLiteral("environment"), QStringLiteral("production")},
                                   {QStringLiteral("requestedBy"), QStringLiteral("alice")},
                                   {QStringLiteral("timeoutMinutes"), 7.5}});
    QVERIFY(WindowClicks::selectRowOf(*window, id));
    const Approval *a = window->approvalModel()->approvalById(id);
    // Production in capitals in a badge: not marked by colour alone.
    QCOMPARE(ApprovalRowDelegate::secondLine(*a),
             QStringLiteral("PRODUCTION  \u00b7  shop / prod  \u00b7  alice  \u00b7  in 7 min"));
    Approval staging = *a;
    staging.environment = QStringLiteral("staging");
    QCOMPARE(ApprovalRowDelegate::secondLine(staging),
             QStringLiteral("staging  \u00b7  shop / prod  \u00b7  alice  \u00b7  in 7 min"));
    // The row is two lines tall, and the keys still walk the rows (j, then k).
    QTableView *table = window->table();
    QVERIFY(table->rowHeight(0) >= 2 * table->fontMetrics().height());
    postGeneric(QStringLiteral("Second"));
    QTRY_COMPARE(table->model()->rowCount(), 2);
    QCOMPARE(table->currentIndex().row(), 0); // the soonest deadline first
    QTest::keyClick(table, Qt::Key_J);
    QCOMPARE(table->currentIndex().row(), 1);
    QTest::keyClick(table, Qt::Key_K);
    QCOMPARE(table->currentIndex().row(), 0);
}

void tst_InboxRows::deliveryLinesFoldAndOpenByClickAndEnter()
{
    const qint64 id = postGeneric(QStringLiteral("Fold my deliveries"));
    QVERIFY(WindowClicks::selectRowOf(*window, id));
    QTest::mouseClick(window->detailPane()->approveButton(), Qt::LeftButton);
    QTRY_COMPARE(window->approvalModel()->approvalById(id)->delivery, DeliveryState::Delivered);
    // received, decided, queued, delivered: the last two are one line.
    TimelineModel *timeline = window->timelineModel();
    QTRY_COMPARE(timeline->entryCount(), 4);
    QCOMPARE(timeline->rowCount(), 3);
    QModelIndex fold = timelineRowContaining(QStringLiteral("Delivered to Generic \u2713"));
    QVERIFY(fold.isValid());
    QCOMPARE(fold.data(TimelineModel::FoldSizeRole).toInt(), 2);
    // What a person did stands out (bold), the machinery does not.
    QVERIFY(timelineRowContaining(QStringLiteral("Approved by"))
                    .data(Qt::FontRole)
                    .value<QFont>()
                    .bold());
    QListView *view = window->detailPane()->timelineView();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(fold).center());
    QCOMPARE(timeline->rowCount(), 5);
    QVERIFY(timeline->index(fold.row() + 2)
                    .data()
                    .toString()
                    .contains(QStringLiteral("delivered to 127.0.0.1: HTTP 200")));
    QVERIFY(fold.data(TimelineModel::ExpandedRole).toBool());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(fold).center());
    QCOMPARE(timeline->rowCount(), 3);
    // By keyboard: the fold is the current line, Enter opens it.
    view->setFocus();
    view->setCurrentIndex(fold);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(timeline->rowCount(), 5);
}

void tst_InboxRows::repeatedGateSamplesCollapse()
{
    TimelineModel timeline;
    DetailPane pane(&timeline);
    pane.resize(420, 700);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    Approval a = pending(7, QStringLiteral("Deploy web"));
    a.connector = QStringLiteral("azure");
    pane.showApproval(&a);
    timeline.showApproval(7);
    const QDateTime start =
            QDateTime::fromString(QStringLiteral("2026-11-30T10:02:00"), Qt::ISODate);
    QVector<TimelineEntry> entries{entry(1, start.addSecs(-60), QStringLiteral("received"),
                                         QStringLiteral("Received from azure"))};
    qint64 id = 2;
    // Fourteen red samples, each posted to Azure's log: 28 lines between two human acts.
    for (int i = 0; i < 14; ++i) {
        const QDateTime at = start.addSecs(20 * i);
        entries.append(entry(id++, at, QStringLiteral("gates"),
                             QStringLiteral("Gates evaluation %1: 1 of 2 green: monitor red "
                                            "(alerts: %2); window green (open)")
                                     .arg(i + 1)
                                     .arg(3 + i % 2)));
        entries.append(entry(id++, at, QStringLiteral("delivered"),
                             QStringLiteral("status delivered to dev.azure.com: HTTP 200 "
                                            "(attempt 1)")));
    }
    entries.append(entry(id++, start.addSecs(300), QStringLiteral("gates"),
                         QStringLiteral("Gates evaluation 15: 2 of 2 green: monitor green; "
                                        "window green")));
    timeline.setEntries(7, entries);
    QStringList rows;
    for (int row = 0; row < timeline.rowCount(); ++row)
        rows.append(timeline.index(row).data().toString().section(QStringLiteral("  "), 1));
    const QString since = start.toLocalTime().toString(QStringLiteral("HH:mm"));
    QCOMPARE(
            rows,
            QStringList(
                    {QStringLiteral("Received from azure"),
                     QStringLiteral("\u25b8 Gates red \u00d714 since %1 (1 of 2 green)").arg(since),
                     QStringLiteral("\u25b8 Delivered to Azure Pipelines \u2713 \u00b7 14 lines"),
                     QStringLiteral("Gates evaluation 15: 2 of 2 green: monitor green; "
                                    "window green")}));
    // A click shows the fourteen samples beneath their line.
    QListView *view = pane.timelineView();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(timeline.index(1)).center());
    QCOMPARE(timeline.rowCount(), 4 + 14);
    QVERIFY(timeline.index(2).data().toString().contains(QStringLiteral("Gates evaluation 1:")));
    QVERIFY(timeline.index(15).data().toString().contains(QStringLiteral("Gates evaluation 14:")));
    // A new sample with the same outcome joins the open line, live.
    timeline.append(entry(id++, start.addSecs(320), QStringLiteral("gates"),
                          QStringLiteral("Gates evaluation 16: 2 of 2 green: monitor green; "
                                         "window green")));
    QVERIFY(timeline.index(timeline.rowCount() - 1)
                    .data()
                    .toString()
                    .contains(QStringLiteral("\u25b8 Gates green \u00d72 since")));
}

void tst_InboxRows::viewRunLinkOpensTheAzureBuild()
{
    const QUrl hook(QStringLiteral("http://127.0.0.1:%1/hooks/azure/check")
                            .arg(service->service()->port()));
    const TestReply reply = TestHttp::send(
            QStringLiteral("POST"), hook,
            QJsonDocument(QJsonObject{{QStringLiteral("title"), QStringLiteral("web 1.4.2")}})
                    .toJson(QJsonDocument::Compact),
            {{"Content-Type", "application/json"},
             {"PlanUrl", target->url(QStringLiteral("/fabrikam/")).toString().toUtf8()},
             {"ProjectId", "6f1e0c2a"},
             {"HubName", "checks"},
             {"PlanId", "plan-1"},
             {"JobId", "job-1"},
             {"TaskInstanceId", "task-1"},
             {"AuthToken", "job-token"},
             {"BuildId", "4711"},
             {"X-Gatehouse-Secret", "hook-secret"}});
    const qint64 id = reply.json().value(QStringLiteral("id")).toInteger()
            + reply.json().value(QStringLiteral("approvalId")).toInteger();
    QVERIFY2(id > 0, reply.body.constData());
    QVERIFY(WindowClicks::selectRowOf(*window, id));
    QLabel *link = window->detailPane()->runLink();
    QTRY_VERIFY(link->isVisible());
    const QUrl expected(target->url(QStringLiteral("/fabrikam/6f1e0c2a/_build/results")).toString()
                        + QStringLiteral("?buildId=4711"));
    QCOMPARE(window->detailPane()->runUrl(), expected);
    // A click on the link opens the build, as the browser would get it.
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &catcher, "open");
    QTest::mouseClick(link, Qt::LeftButton, {}, QPoint(8, link->height() / 2));
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    QCOMPARE(catcher.opened, QList<QUrl>{expected});
}

void tst_InboxRows::genericRunUrlIsALinkAndCheckedOnArrival()
{
    const qint64 id =
            postGeneric(QStringLiteral("With a run page"),
                        {{QStringLiteral("runUrl"),
                          QStringLiteral("https://ci.example.com/shop/-/pipelines/4711")}});
    QVERIFY(id > 0);
    const qint64 without = postGeneric(QStringLiteral("Without a run page"));
    QVERIFY(WindowClicks::selectRowOf(*window, id));
    QCOMPARE(window->detailPane()->runUrl(),
             QUrl(QStringLiteral("https://ci.example.com/shop/-/pipelines/4711")));
    QVERIFY(window->detailPane()->runLink()->isVisible());
    QVERIFY(WindowClicks::selectRowOf(*window, without));
    QVERIFY(!window->detailPane()->runLink()->isVisible());
    // Only a web address: anything else is refused with what is wrong, nothing stored.
    const QUrl url(
            QStringLiteral("http://127.0.0.1:%1/hooks/generic").arg(service->service()->port()));
    const TestReply refused = TestHttp::postJson(
            url,
            {{QStringLiteral("title"), QStringLiteral("bad link")},
             {QStringLiteral("callbackUrl"), target->url(QStringLiteral("/cb")).toString()},
             {QStringLiteral("runUrl"), QStringLiteral("javascript:alert(1)")}},
            {{"Authorization", "Bearer hook-secret"}});
    QCOMPARE(refused.status, 400);
    QVERIFY(refused.json()
                    .value(QStringLiteral("detail"))
                    .toString()
                    .contains(QStringLiteral("runUrl"))
            || QString::fromUtf8(refused.body).contains(QStringLiteral("runUrl")));
    QCOMPARE(window->approvalModel()->rowCount(), 2);
}

void tst_InboxRows::restartDataShownBeforeRestart()
{
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/hooks/pipelines/pause")
                           .arg(service->service()->port()));
    const QJsonObject data{{QStringLiteral("runId"), QStringLiteral("r-42")},
                           {QStringLiteral("rows"), 1200}};
    const TestReply reply =
            TestHttp::postJson(url,
                               {{QStringLiteral("target"), QStringLiteral("nightly-load")},
                                {QStringLiteral("data"), data}},
                               {{"Authorization", "Bearer hook-secret"}});
    const qint64 id = reply.json().value(QStringLiteral("id")).toInteger();
    QVERIFY2(id > 0, reply.body.constData());
    QVERIFY(WindowClicks::selectRowOf(*window, id));
    DetailPane *pane = window->detailPane();
    QVERIFY(pane->restartData()->isVisible());
    QCOMPARE(QJsonDocument::fromJson(pane->restartData()->toPlainText().toUtf8()).object(), data);
    const QList<QLabel *> labels = pane->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](QLabel *l) {
        return l->isVisible()
                && l->text() == QStringLiteral("Approving restarts nightly-load with this data:");
    }));
    // What was shown is what goes out when the operator approves.
    QTest::mouseClick(pane->approveButton(), Qt::LeftButton);
    QTRY_COMPARE(target->requests.size(), 1);
    QCOMPARE(target->requests.first().path, QStringLiteral("/start"));
    QCOMPARE(QJsonDocument::fromJson(target->requests.first().body).object(), data);
}

void tst_InboxRows::dividerRememberedAcrossRestart()
{
    QSplitter *splitter = window->splitter();
    QList<int> sizes = splitter->sizes();
    QCOMPARE(sizes.size(), 3);
    // The user drags the divider: the detail pane gets 450 px.
    const int total = sizes.at(1) + sizes.at(2);
    splitter->setSizes({sizes.at(0), total - 450, 450});
    QCOMPARE(splitter->sizes().at(2), 450);
    restartWindow(QSize(1400, 900));
    QCOMPARE(window->splitter()->sizes().at(2), 450);
}

void tst_InboxRows::detailPaneTogglesWithF8AndKeepsItsWidth()
{
    const qint64 shortOne = postGeneric(QStringLiteral("Short"));
    const qint64 longOne =
            postGeneric(QStringLiteral("A very long title ") + QString(300, QLatin1Char('x')),
                        {{QStringLiteral("description"), QString(2000, QLatin1Char('y'))},
                         {QStringLiteral("requestedBy"), QString(400, QLatin1Char('z'))}});
    QVERIFY(WindowClicks::selectRowOf(*window, shortOne));
    DetailPane *pane = window->detailPane();
    const int width = pane->width();
    // The pane's width is the divider's: a long text does not push it wider.
    QVERIFY(WindowClicks::selectRowOf(*window, longOne));
    // What would widen it: a minimum wider than the divider gives, applied by the
    // splitter when it handles the layout request.
    QVERIFY(pane->minimumSizeHint().width() <= width);
    for (int i = 0; i < 3; ++i)
        QApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCOMPARE(pane->width(), width);
    // F8 hides it and gives the room to the table; F8 again brings it back as it was.
    const int tableWidth = window->table()->width();
    QTest::keyClick(window->table(), Qt::Key_F8);
    QVERIFY(!pane->isVisible());
    QVERIFY(!window->detailPaneAction()->isChecked());
    QTRY_VERIFY(window->table()->width() > tableWidth + width / 2);
    // Hidden is remembered too.
    restartWindow(QSize(1400, 900));
    QVERIFY(!window->detailPane()->isVisible());
    QTest::keyClick(window->table(), Qt::Key_F8);
    QVERIFY(window->detailPane()->isVisible());
    QTRY_COMPARE(window->detailPane()->width(), width);
}

void tst_InboxRows::layoutAt1000x700And1600x1000()
{
    const QString title = QStringLiteral("Deploy shop 3.1 to production (checkout)");
    const qint64 id = postGeneric(title,
                                  {{QStringLiteral("environment"), QStringLiteral("production")},
                                   {QStringLiteral("requestedBy"), QStringLiteral("alice")}});
    QVERIFY(WindowClicks::selectRowOf(*window, id));
    QTableView *table = window->table();
    QHeaderView *header = table->horizontalHeader();
    const auto fullyShown = [&](int column) {
        const int left = header->sectionViewportPosition(column);
        return !table->isColumnHidden(column) && left >= 0
                && left + header->sectionSize(column) <= table->viewport()->width();
    };
    restartWindow(QSize(1000, 700));
    QVERIFY(WindowClicks::selectRowOf(*window, id));
    table = window->table();
    header = table->horizontalHeader();
    // The search field keeps room for its words; State and Title (with the facts) fit.
    QVERIFY(window->searchField()->width()
            >= window->searchField()->fontMetrics().horizontalAdvance(
                    window->searchField()->placeholderText()));
    QTRY_VERIFY(fullyShown(ApprovalTableModel::StateColumn));
    QVERIFY(fullyShown(ApprovalTableModel::TitleColumn));
    QVERIFY(window->detailPane()->width() >= 280);
    restartWindow(QSize(1600, 1000));
    QVERIFY(WindowClicks::selectRowOf(*window, id));
    table = window->table();
    header = table->horizontalHeader();
    QTRY_VERIFY(fullyShown(ApprovalTableModel::TitleColumn));
    // At 1600 px the whole title is shown.
    QVERIFY(header->sectionSize(ApprovalTableModel::TitleColumn)
            > table->fontMetrics().horizontalAdvance(title) + 8);
}

QTEST_MAIN(tst_InboxRows)
#include "tst_inboxrows.moc"
