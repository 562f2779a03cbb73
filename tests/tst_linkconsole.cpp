// Action links in the console, offscreen, on the real service in its own thread: the
// detail pane lists an approval's links with their expiry and state; a real click on
// "Issue new link" shows a URL once, with a Copy button, that works over real HTTP,
// while the link it replaced answers as used; the raw tokens never reach the SQLite
// file; a paused run gets a restart link; the restart run id shows in the pane.
#include "core/engine.h"
#include "models/approvalfilterproxy.h"
#include "models/approvaltablemodel.h"
#include "models/timelinemodel.h"
#include "service/gatehouseservice.h"
#include "support/databasefiles.h"
#include "support/fakehttpserver.h"
#include "support/testhttp.h"
#include "support/testservice.h"
#include "support/windowclicks.h"
#include "ui/consolesettings.h"
#include "ui/detailpane.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QClipboard>
#include <QCryptographicHash>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

class tst_LinkConsole : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void linksListedAndNewLinkIssued();
    void pausedRunGetsRestartLink();
    void noLinksNoSection();
    void restartRunIdShown();

private:
    QUrl url(const QString &path) const;
    QByteArray databaseBytes() const;
    QStringList timelineText() const;

    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<FakeHttpServer> target;
    std::unique_ptr<ServiceThread> service;
    std::unique_ptr<MainWindow> window;
};

void tst_LinkConsole::initTestCase()
{
    static QTemporaryDir config; // the window's QSettings stay away from the user's
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("GatehouseTests"));
}

void tst_LinkConsole::init()
{
    dir = std::make_unique<QTemporaryDir>();
    target = std::make_unique<FakeHttpServer>();
    QVERIFY(target->start());
    ServiceConfig config = TestService::config(dir->path(), "link-console-token");
    TestService::acceptToken(
            config,
            {QStringLiteral("generic"), QStringLiteral("flexdeploy"), QStringLiteral("pipelines")});
    config.restartTargets.append(RestartTarget::generic(
            QStringLiteral("second"), target->url(QStringLiteral("/start")).toString()));
    service = std::make_unique<ServiceThread>();
    QString error;
    QVERIFY2(service->start(config, &error), qPrintable(error));
    // Decisions go out at once here; the undo window has its own tests (tst_consolesafety).
    ConsoleSettings::open()->setValue(QStringLiteral("ui/undoSeconds"), 0);
    window = std::make_unique<MainWindow>(service->service()->engine(),
                                          QStringLiteral("http://127.0.0.1"), "link-console-token");
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
}

void tst_LinkConsole::cleanup()
{
    window.reset();
    service.reset();
    target.reset();
    dir.reset();
}

QUrl tst_LinkConsole::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(service->service()->port()).arg(path));
}

QByteArray tst_LinkConsole::databaseBytes() const
{
    return DatabaseFiles::bytes(dir->filePath(QStringLiteral("g.sqlite")));
}

QStringList tst_LinkConsole::timelineText() const
{
    QStringList lines;
    TimelineModel *timeline = window->timelineModel();
    for (int row = 0; row < timeline->rowCount(); ++row)
        lines.append(timeline->index(row, 0).data().toString());
    return lines;
}

void tst_LinkConsole::linksListedAndNewLinkIssued()
{
    const TestReply created = TestHttp::postJson(
            url(QStringLiteral("/hooks/flexdeploy/tasks")),
            {{QStringLiteral("taskid"), QStringLiteral("8900")},
             {QStringLiteral("description"), QStringLiteral("DiPocket to PROD")}},
            {{"Authorization", "Bearer hook-secret"}});
    QCOMPARE(created.status, 201);
    const qint64 id = created.json().value(QStringLiteral("id")).toInteger();
    const QUrl firstUrl(created.json().value(QStringLiteral("approveUrl")).toString());
    const QDateTime firstExpiry = QDateTime::fromString(
            created.json().value(QStringLiteral("expiresAt")).toString(), Qt::ISODateWithMs);
    QVERIFY(firstExpiry.isValid());
    QVERIFY(WindowClicks::selectRowOf(*window, id));

    DetailPane *pane = window->detailPane();
    QListWidget *links = pane->linksView();
    QTRY_COMPARE(links->count(), 1);
    QVERIFY(pane->linksBox()->isVisible());
    QCOMPARE(links->item(0)->text(),
             QStringLiteral("Approve or reject \u00b7 active\nExpires %1")
                     .arg(firstExpiry.toLocalTime().toString(
                             QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    QVERIFY(links->item(0)->toolTip().startsWith(QStringLiteral("Issued ")));
    QVERIFY(!pane->newLinkField()->isVisible()); // nothing to show: only hashes are stored

    QPushButton *issue = pane->newLinkButton();
    QVERIFY(issue->isEnabled());
    QTest::mouseClick(issue, Qt::LeftButton);
    QTRY_VERIFY(!pane->newLinkField()->text().isEmpty());
    QVERIFY(pane->newLinkField()->isVisible());
    const QUrl newUrl(pane->newLinkField()->text());
    QCOMPARE(newUrl.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(newUrl.port(), int(service->service()->port()));
    QVERIFY(newUrl.path().startsWith(QLatin1String("/act/")));
    const QByteArray newToken = newUrl.path().mid(5).toLatin1();
    QCOMPARE(newToken.size(), 43); // 32 random bytes
    QVERIFY(pane->newLinkExpiry()->text().contains(QStringLiteral("expires")));
    QVERIFY(pane->newLinkExpiry()->text().contains(
            QStringLiteral("The earlier link no longer works.")));

    // Both links listed: the old one revoked, the new one active with its expiry.
    QTRY_COMPARE(links->count(), 2);
    QVERIFY(links->item(0)->text().startsWith(
            QStringLiteral("Approve or reject \u00b7 replaced by a newer link\n")));
    QVERIFY(links->item(0)->toolTip().contains(QStringLiteral("Replaced ")));
    QVERIFY(links->item(1)->text().startsWith(QStringLiteral("Approve or reject \u00b7 active\n")));
    const QString newExpiry = links->item(1)->text().section(QLatin1Char('\n'), 1).mid(8);
    QVERIFY(pane->newLinkExpiry()->text().contains(QStringLiteral("expires ") + newExpiry));
    QTRY_VERIFY(timelineText().join(QLatin1Char('\n')).contains(QStringLiteral("New action link")));

    QTest::mouseClick(pane->copyLinkButton(), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), newUrl.toString());
    // Only on request: a normal test run writes nothing into the source tree.
    const QString screenshots = qEnvironmentVariable("GATEHOUSE_SCREENSHOTS");
    if (!screenshots.isEmpty()) {
        QDir().mkpath(screenshots);
        window->resize(1180, 760);
        QTest::qWait(50);
        QVERIFY(window->grab().save(
                QDir(screenshots).filePath(QStringLiteral("console-links.png"))));
    }

    // The new link works over real HTTP; the one it replaced says so.
    const TestReply page = TestHttp::send(QStringLiteral("GET"), newUrl);
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("FlexDeploy task 8900"));
    QVERIFY(page.body.contains("value=\"approve\""));
    const TestReply old = TestHttp::send(QStringLiteral("GET"), firstUrl);
    QCOMPARE(old.status, 410);
    QVERIFY(old.body.contains("Link replaced"));

    // Only hashes reach the database file.
    const QByteArray bytes = databaseBytes();
    QVERIFY(!bytes.isEmpty());
    QVERIFY(!bytes.contains(newToken));
    QVERIFY(!bytes.contains(firstUrl.path().mid(5).toLatin1()));
    QVERIFY(bytes.contains(QCryptographicHash::hash(newToken, QCryptographicHash::Sha256).toHex()));

    // Deciding through the new link: the pane shows it used and offers no new link.
    const TestReply decided =
            TestHttp::send(QStringLiteral("POST"), url(newUrl.path()), "decision=approve",
                           {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(decided.status, 200);
    QTRY_COMPARE(window->approvalModel()->approvalById(id)->decisionOrigin, QStringLiteral("link"));
    QTRY_VERIFY(links->item(1)->text().contains(QStringLiteral(" \u00b7 used\n")));
    QTRY_VERIFY(!issue->isEnabled());
}

void tst_LinkConsole::pausedRunGetsRestartLink()
{
    const TestReply paused = TestHttp::postJson(
            url(QStringLiteral("/hooks/pipelines/pause")),
            {{QStringLiteral("target"), QStringLiteral("second")},
             {QStringLiteral("data"), QJsonObject{{QStringLiteral("day"), QStringLiteral("mon")}}}},
            {{"Authorization", "Bearer hook-secret"}});
    QCOMPARE(paused.status, 201);
    const qint64 id = paused.json().value(QStringLiteral("id")).toInteger();
    const QUrl firstUrl(paused.json().value(QStringLiteral("restartUrl")).toString());
    QVERIFY(WindowClicks::selectRowOf(*window, id));
    DetailPane *pane = window->detailPane();
    QTRY_COMPARE(pane->linksView()->count(), 1);
    QVERIFY(pane->linksView()->item(0)->text().startsWith(QStringLiteral("Restart \u00b7 active")));

    QTest::mouseClick(pane->newLinkButton(), Qt::LeftButton);
    QTRY_VERIFY(!pane->newLinkField()->text().isEmpty());
    const QUrl newUrl(pane->newLinkField()->text());
    QCOMPARE(newUrl.path(), QStringLiteral("/pipelines/restart"));
    const QString token = QUrlQuery(newUrl).queryItemValue(QStringLiteral("token"));
    QCOMPARE(token.size(), 86); // 64 random bytes, as the first restart link
    // A restart link lasts until the run's deadline, as the first one did.
    QTRY_COMPARE(pane->linksView()->count(), 2);
    QCOMPARE(pane->linksView()->item(1)->text().section(QLatin1Char('\n'), 1),
             pane->linksView()->item(0)->text().section(QLatin1Char('\n'), 1));

    QCOMPARE(TestHttp::send(QStringLiteral("GET"), newUrl).status, 200);
    QCOMPARE(TestHttp::send(QStringLiteral("GET"), firstUrl).status, 410); // replaced
    QVERIFY(target->requests.isEmpty()); // a GET restarts nothing

    // Restarting through the new link: the run id the target answers with shows up.
    target->setScript({{200, QByteArrayLiteral("{\"runId\": \"adf-run-7\"}")}});
    const TestReply restarted =
            TestHttp::send(QStringLiteral("POST"), newUrl, "decision=approve",
                           {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(restarted.status, 200);
    QTRY_COMPARE(target->requests.size(), 1);
    const auto shows = [pane](const QString &text) {
        const QList<QLabel *> labels = pane->findChildren<QLabel *>();
        return std::any_of(labels.cbegin(), labels.cend(),
                           [&text](const QLabel *label) { return label->text() == text; });
    };
    QTRY_VERIFY(shows(QStringLiteral("adf-run-7")));
    QTRY_VERIFY(timelineText().join(QLatin1Char('\n')).contains(QStringLiteral("adf-run-7")));
}

void tst_LinkConsole::noLinksNoSection()
{
    const TestReply created = TestHttp::postJson(
            url(QStringLiteral("/hooks/generic")),
            {{QStringLiteral("title"), QStringLiteral("No links here")},
             {QStringLiteral("callbackUrl"), target->url(QStringLiteral("/cb")).toString()}},
            {{"Authorization", "Bearer hook-secret"}});
    QCOMPARE(created.status, 201);
    const qint64 id = created.json().value(QStringLiteral("id")).toInteger();
    QVERIFY(WindowClicks::selectRowOf(*window, id));
    // The selection asked the engine for the links. Ask once more and, right after that
    // answer is emitted, queue a marker to this thread: it runs after the window has
    // handled both answers (the engine answers in order).
    Engine *engine = service->service()->engine();
    QObject context;
    bool answered = false;
    QMetaObject::invokeMethod(engine, [engine, id, &context, &answered] {
        engine->requestLinks(id);
        QMetaObject::invokeMethod(&context, [&answered] { answered = true; });
    });
    QTRY_VERIFY(answered);
    QVERIFY(!window->detailPane()->linksBox()->isVisible());
}

void tst_LinkConsole::restartRunIdShown()
{
    Approval run;
    run.id = 77;
    run.connector = QStringLiteral("pausedruns");
    run.kind = QStringLiteral("pausedrun");
    run.title = QStringLiteral("Restart second");
    run.state = ApprovalState::Approved;
    run.delivery = DeliveryState::Delivered;
    run.metadata.insert(QStringLiteral("restartRunId"), QStringLiteral("7f3c-run-0042"));
    DetailPane *pane = window->detailPane();
    pane->showApproval(&run);
    bool shown = false;
    for (QLabel *label : pane->findChildren<QLabel *>())
        shown = shown || label->text() == QLatin1String("7f3c-run-0042");
    QVERIFY(shown);
}

QTEST_MAIN(tst_LinkConsole)
#include "tst_linkconsole.moc"
