// The window, offscreen, on the real service in its own thread: a webhook shows up
// in the table, a real mouse click on Approve delivers the callback to a fake
// server, the timeline follows, search filters, a refused decision is shown.
#include "core/engine.h"
#include "models/approvalfilterproxy.h"
#include "models/approvaltablemodel.h"
#include "models/timelinemodel.h"
#include "service/gatehouseservice.h"
#include "support/fakehttpserver.h"
#include "support/testhttp.h"
#include "ui/detailpane.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class tst_MainWindow : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void webhookShowsUpAndClickApproveDeliversCallback();
    void rejectWithReasonAndTimelineFollows();
    void searchFilters();
    void decisionElsewhereIsShown();
    void bulkApproveSelection();

private:
    qint64 postWebhook(const QString &title, const QString &externalId);
    void selectRowOf(qint64 id);

    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<ServiceThread> service;
    std::unique_ptr<FakeHttpServer> target;
    std::unique_ptr<MainWindow> window;
};

void tst_MainWindow::init()
{
    dir = std::make_unique<QTemporaryDir>();
    target = std::make_unique<FakeHttpServer>();
    QVERIFY(target->start());
    ServiceConfig config;
    config.databasePath = dir->filePath(QStringLiteral("g.sqlite"));
    config.port = 0;
    config.keyFile = dir->filePath(QStringLiteral("vault.key"));
    config.operatorToken = "window-test-token";
    config.inbound.insert(QStringLiteral("generic"), {QStringLiteral("token"), "hook-secret", QStringLiteral("environment"), {}, {}});
    config.delivery.baseDelayMs = 20;
    service = std::make_unique<ServiceThread>();
    QString error;
    QVERIFY2(service->start(config, &error), qPrintable(error));
    window = std::make_unique<MainWindow>(service->service()->engine(),
                                          QStringLiteral("http://127.0.0.1"), "window-test-token");
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
}

void tst_MainWindow::cleanup()
{
    window.reset();
    service.reset();
    target.reset();
    dir.reset();
}

qint64 tst_MainWindow::postWebhook(const QString &title, const QString &externalId)
{
    const QUrl url(
            QStringLiteral("http://127.0.0.1:%1/hooks/generic").arg(service->service()->port()));
    const TestReply reply = TestHttp::postJson(
            url,
            {{QStringLiteral("title"), title},
             {QStringLiteral("externalId"), externalId},
             {QStringLiteral("pipeline"), QStringLiteral("shop")},
             {QStringLiteral("callbackUrl"), target->url(QStringLiteral("/cb")).toString()}},
            {{"Authorization", "Bearer hook-secret"}});
    return reply.json().value(QStringLiteral("id")).toInteger();
}

void tst_MainWindow::selectRowOf(qint64 id)
{
    QTableView *table = window->table();
    QModelIndex index;
    QTRY_VERIFY((index = window->proxy()->mapFromSource(window->approvalModel()->index(
                         window->approvalModel()->rowOf(id), ApprovalTableModel::TitleColumn)))
                        .isValid());
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    QTRY_COMPARE(window->timelineModel()->approvalId(), id);
}

void tst_MainWindow::webhookShowsUpAndClickApproveDeliversCallback()
{
    const qint64 id = postWebhook(QStringLiteral("Ship shop 3.1"), QStringLiteral("r1"));
    QVERIFY(id > 0);
    QTRY_COMPARE(window->table()->model()->rowCount(), 1);
    QCOMPARE(window->windowTitle(), QStringLiteral("Gatehouse (1)"));
    selectRowOf(id);
    QTRY_COMPARE(window->timelineModel()->rowCount(), 1);
    QPushButton *approve = window->detailPane()->approveButton();
    QVERIFY(approve->isEnabled());
    QTest::mouseClick(approve, Qt::LeftButton);
    QTRY_COMPARE(target->requests.size(), 1);
    const QJsonObject body = QJsonDocument::fromJson(target->requests.first().body).object();
    QCOMPARE(body.value(QStringLiteral("decision")).toString(), QStringLiteral("approved"));
    QCOMPARE(body.value(QStringLiteral("id")).toInteger(), id);
    // The row leaves the pending view; the timeline shows decided and delivered.
    QTRY_COMPARE(window->table()->model()->rowCount(), 0);
    QTRY_VERIFY(window->approvalModel()->approvalById(id)->delivery == DeliveryState::Delivered);
}

void tst_MainWindow::rejectWithReasonAndTimelineFollows()
{
    const qint64 id = postWebhook(QStringLiteral("Ship shop 3.2"), QStringLiteral("r2"));
    selectRowOf(id);
    QTest::keyClicks(window->detailPane()->commentField(), QStringLiteral("tests are red"));
    QTest::mouseClick(window->detailPane()->rejectButton(), Qt::LeftButton);
    QTRY_COMPARE(target->requests.size(), 1);
    const QJsonObject body = QJsonDocument::fromJson(target->requests.first().body).object();
    QCOMPARE(body.value(QStringLiteral("decision")).toString(), QStringLiteral("rejected"));
    QCOMPARE(body.value(QStringLiteral("comment")).toString(), QStringLiteral("tests are red"));
    // The timeline grew live (received, decided, queued, delivered) without reselecting.
    QTRY_VERIFY(window->timelineModel()->rowCount() >= 4);
}

void tst_MainWindow::searchFilters()
{
    postWebhook(QStringLiteral("Deploy payments"), QStringLiteral("s1"));
    postWebhook(QStringLiteral("Deploy search"), QStringLiteral("s2"));
    QTRY_COMPARE(window->table()->model()->rowCount(), 2);
    QTest::keyClicks(window->searchField(), QStringLiteral("paym"));
    QCOMPARE(window->table()->model()->rowCount(), 1);
    QCOMPARE(window->table()->model()->index(0, ApprovalTableModel::TitleColumn).data().toString(),
             QStringLiteral("Deploy payments"));
    window->searchField()->clear();
    QCOMPARE(window->table()->model()->rowCount(), 2);
}

void tst_MainWindow::decisionElsewhereIsShown()
{
    const qint64 id = postWebhook(QStringLiteral("Race me"), QStringLiteral("x1"));
    selectRowOf(id);
    // Someone approves through the API while the row is selected here...
    const QUrl api(QStringLiteral("http://127.0.0.1:%1/api/approvals/%2/approve")
                           .arg(service->service()->port())
                           .arg(id));
    QCOMPARE(TestHttp::send(QStringLiteral("POST"), api, "{\"decidedBy\":\"erin\"}",
                            {{"Authorization", "Bearer window-test-token"}})
                     .status,
             200);
    // ...and a reject that was already on its way is refused and says so.
    Engine *engine = service->service()->engine();
    QMetaObject::invokeMethod(engine, [engine, id] {
        engine->requestDecision(id, false, {}, QStringLiteral("window"), QStringLiteral("me"));
    });
    const auto statusShows = [this](const QString &text) {
        const auto labels = window->statusBar()->findChildren<QLabel *>();
        return std::any_of(labels.cbegin(), labels.cend(),
                           [&](QLabel *l) { return l->text().contains(text); });
    };
    QTRY_VERIFY(statusShows(QStringLiteral("Already approved by erin")));
    QTRY_VERIFY(!window->detailPane()->approveButton()->isEnabled());
}

void tst_MainWindow::bulkApproveSelection()
{
    for (int i = 0; i < 3; ++i)
        postWebhook(QStringLiteral("Bulk %1").arg(i), QStringLiteral("b%1").arg(i));
    QTRY_COMPARE(window->table()->model()->rowCount(), 3);
    window->table()->selectAll();
    QTest::mouseClick(window->detailPane()->approveButton(), Qt::LeftButton);
    QTRY_COMPARE(target->requests.size(), 3);
    QTRY_COMPARE(window->table()->model()->rowCount(), 0);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
