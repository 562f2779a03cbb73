// The link pages in a real browser, as the person who gets a link uses them: Debian's
// headless Chromium, driven through chromedriver's W3C WebDriver HTTP API, opens an
// /act/{token} link on the real receiver (loopback), sees the item and both buttons
// (and the GET changes nothing), clicks Approve and sees the result page, the engine
// having recorded the decision with origin "link"; the reject-with-comment path; the
// used and expired link pages. With GATEHOUSE_SCREENSHOTS=dir set, screenshots of the
// confirmation and result pages are written there (docs/link-page.png, ...).
// Skips when chromium or chromium-driver is not installed (scripts/install-deps.sh
// installs both).
#include "support/testcore.h"
#include "support/testhttp.h"
#include "support/testrequire.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

const QString chromium = QStringLiteral("/usr/bin/chromium");
const QString chromedriver = QStringLiteral("/usr/bin/chromedriver");
// The W3C name of an element reference in WebDriver answers.
const QString elementKey = QStringLiteral("element-6066-11e4-a52e-4f735466cecf");

// A minimal W3C WebDriver client. It spins the event loop while it waits, so the
// receiver in this thread keeps answering the browser.
class WebDriver
{
public:
    explicit WebDriver(quint16 port) : m_base(QStringLiteral("http://127.0.0.1:%1").arg(port)) { }

    // The answer's "value", or an undefined value with *error set.
    QJsonValue call(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                    QString *error = nullptr, int timeoutMs = 15000)
    {
        QNetworkRequest request(QUrl(m_base + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setTransferTimeout(timeoutMs);
        const QByteArray payload = method == "POST"
                ? QJsonDocument(body).toJson(QJsonDocument::Compact)
                : QByteArray();
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, payload);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QByteArray answer = reply->readAll();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString networkError = reply->errorString();
        reply->deleteLater();
        const QJsonValue value =
                QJsonDocument::fromJson(answer).object().value(QStringLiteral("value"));
        if (status != 200) {
            if (error)
                *error = status == 0 ? networkError
                                     : QStringLiteral("HTTP %1: %2")
                                               .arg(status)
                                               .arg(QString::fromUtf8(answer.left(400)));
            return QJsonValue(QJsonValue::Undefined);
        }
        return value;
    }

    QString session(const QString &path) const
    {
        return QStringLiteral("/session/") + m_session + path;
    }
    QString m_session;

private:
    QString m_base;
    QNetworkAccessManager m_network;
};

} // namespace

class tst_LinkBrowser : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void approveInTheBrowser();
    void rejectWithCommentInTheBrowser();
    void usedAndExpiredLinkPages();

private:
    struct Task
    {
        qint64 id = 0;
        QUrl approveUrl;
    };
    Task createTask(const QString &taskId);
    bool open(const QUrl &url);
    QString elementId(const QString &css);
    QString bodyText();
    bool waitForText(const QString &text, int timeoutMs = 5000);
    void screenshot(const QString &name);

    QProcess driverProcess;
    std::unique_ptr<WebDriver> driver;
    QTemporaryDir profile;
    std::unique_ptr<TestCore> core;
};

void tst_LinkBrowser::initTestCase()
{
    if (!QFileInfo(chromium).isExecutable() || !QFileInfo(chromedriver).isExecutable())
        REQUIRE_OR_SKIP("chromium",
                        "chromium and chromium-driver are not installed (scripts/install-deps.sh "
                        "installs them): the link pages are not tested in a browser");
    QVERIFY(profile.isValid());
    const quint16 port = TestHttp::freePort();
    QVERIFY(port != 0);
    driverProcess.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    driverProcess.setStandardOutputFile(QProcess::nullDevice());
    driverProcess.start(chromedriver, {QStringLiteral("--port=%1").arg(port)});
    QVERIFY2(driverProcess.waitForStarted(5000), qPrintable(driverProcess.errorString()));
    driver = std::make_unique<WebDriver>(port);
    bool ready = false;
    for (int i = 0; i < 100 && !ready; ++i) {
        ready = driver->call("GET", QStringLiteral("/status"), {}, nullptr, 1000)
                        .toObject()
                        .value(QStringLiteral("ready"))
                        .toBool();
        if (!ready)
            QTest::qWait(50);
    }
    QVERIFY2(ready, "chromedriver did not become ready");

    // No network beyond loopback here: nothing in the background may try to reach out.
    const QJsonArray args{QStringLiteral("--headless=new"),
                          QStringLiteral("--no-sandbox"),
                          QStringLiteral("--disable-gpu"),
                          QStringLiteral("--disable-quic"),
                          QStringLiteral("--no-first-run"),
                          QStringLiteral("--disable-background-networking"),
                          QStringLiteral("--disable-component-update"),
                          QStringLiteral("--disable-sync"),
                          QStringLiteral("--disable-dev-shm-usage"),
                          QStringLiteral("--window-size=900,760"),
                          QStringLiteral("--user-data-dir=") + profile.path()};
    const QJsonObject capabilities{
            {QStringLiteral("browserName"), QStringLiteral("chrome")},
            {QStringLiteral("goog:chromeOptions"),
             QJsonObject{{QStringLiteral("binary"), chromium}, {QStringLiteral("args"), args}}}};
    QString error;
    const QJsonObject session =
            driver->call("POST", QStringLiteral("/session"),
                         {{QStringLiteral("capabilities"),
                           QJsonObject{{QStringLiteral("alwaysMatch"), capabilities}}}},
                         &error, 60000)
                    .toObject();
    driver->m_session = session.value(QStringLiteral("sessionId")).toString();
    QVERIFY2(!driver->m_session.isEmpty(), qPrintable(error));
}

void tst_LinkBrowser::cleanupTestCase()
{
    if (driver && !driver->m_session.isEmpty())
        driver->call("DELETE", driver->session({}), {}, nullptr, 10000);
    driver.reset();
    if (driverProcess.state() != QProcess::NotRunning) {
        driverProcess.terminate();
        if (!driverProcess.waitForFinished(5000))
            driverProcess.kill();
        driverProcess.waitForFinished(2000);
    }
}

void tst_LinkBrowser::init()
{
    core = std::make_unique<TestCore>();
    QVERIFY(core->listen());
}

void tst_LinkBrowser::cleanup()
{
    core.reset();
}

tst_LinkBrowser::Task tst_LinkBrowser::createTask(const QString &taskId)
{
    const TestReply reply =
            TestHttp::postJson(core->url(QStringLiteral("/hooks/flexdeploy/tasks")),
                               {{QStringLiteral("taskid"), taskId},
                                {QStringLiteral("description"),
                                 QStringLiteral("DiPocket v. is about to be deployed to PROD")}},
                               TestCore::webhookAuth());
    Task task;
    task.id = reply.json().value(QStringLiteral("id")).toInteger();
    task.approveUrl = QUrl(reply.json().value(QStringLiteral("approveUrl")).toString());
    return task;
}

bool tst_LinkBrowser::open(const QUrl &url)
{
    QString error;
    const QJsonValue value = driver->call("POST", driver->session(QStringLiteral("/url")),
                                          {{QStringLiteral("url"), url.toString()}}, &error);
    if (value.isUndefined())
        qWarning("navigation failed: %s", qPrintable(error));
    return !value.isUndefined();
}

QString tst_LinkBrowser::elementId(const QString &css)
{
    return driver
            ->call("POST", driver->session(QStringLiteral("/element")),
                   {{QStringLiteral("using"), QStringLiteral("css selector")},
                    {QStringLiteral("value"), css}})
            .toObject()
            .value(elementKey)
            .toString();
}

QString tst_LinkBrowser::bodyText()
{
    const QString body = elementId(QStringLiteral("body"));
    if (body.isEmpty())
        return {};
    return driver->call("GET", driver->session(QStringLiteral("/element/%1/text").arg(body)))
            .toString();
}

bool tst_LinkBrowser::waitForText(const QString &text, int timeoutMs)
{
    for (int waited = 0; waited < timeoutMs; waited += 50) {
        if (bodyText().contains(text))
            return true;
        QTest::qWait(50);
    }
    qWarning("page text: %s", qPrintable(bodyText()));
    return false;
}

void tst_LinkBrowser::screenshot(const QString &name)
{
    // Only on request: a normal test run writes nothing into the source tree.
    const QString dir = qEnvironmentVariable("GATEHOUSE_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    const QByteArray png = QByteArray::fromBase64(
            driver->call("GET", driver->session(QStringLiteral("/screenshot")))
                    .toString()
                    .toLatin1());
    QVERIFY(png.startsWith("\x89PNG"));
    QDir().mkpath(dir);
    QFile file(QDir(dir).filePath(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(png);
}

void tst_LinkBrowser::approveInTheBrowser()
{
    const Task task = createTask(QStringLiteral("8900"));
    QVERIFY(task.id > 0);
    const int timelineBefore = core->engine->timeline(task.id).size();

    QVERIFY(open(task.approveUrl));
    QVERIFY(waitForText(QStringLiteral("FlexDeploy task 8900")));
    const QString page = bodyText();
    QVERIFY(page.contains(QStringLiteral("DiPocket v. is about to be deployed to PROD")));
    QVERIFY(page.contains(QStringLiteral("Link expires")));
    for (const auto &[css, label] : {std::pair{QStringLiteral("button[value=approve]"), "Approve"},
                                     std::pair{QStringLiteral("button[value=reject]"), "Reject"}}) {
        const QString button = elementId(css);
        QVERIFY2(!button.isEmpty(), qPrintable(css));
        QCOMPARE(
                driver->call("GET", driver->session(QStringLiteral("/element/%1/text").arg(button)))
                        .toString(),
                QString::fromLatin1(label));
    }
    QCOMPARE(driver->call("GET", driver->session(QStringLiteral("/title"))).toString(),
             QStringLiteral("FlexDeploy task 8900"));
    screenshot(QStringLiteral("link-page.png"));
    // Opening the link (as a chat preview or mail scanner would) changed nothing.
    QVERIFY(core->engine->approval(task.id)->isPending());
    QCOMPARE(core->engine->timeline(task.id).size(), timelineBefore);
    QVERIFY(!core->store.actionTokensFor(task.id).first().usedAt.isValid());

    const QString approve = elementId(QStringLiteral("button[value=approve]"));
    QVERIFY(!driver->call("POST", driver->session(QStringLiteral("/element/%1/click").arg(approve)),
                          QJsonObject{})
                     .isUndefined());
    QVERIFY(waitForText(QStringLiteral("Your decision was recorded")));
    QCOMPARE(driver->call("GET", driver->session(QStringLiteral("/title"))).toString(),
             QStringLiteral("Approved"));
    screenshot(QStringLiteral("link-result.png"));
    const Approval approval = *core->engine->approval(task.id);
    QCOMPARE(approval.state, ApprovalState::Approved);
    QCOMPARE(approval.decisionOrigin, QStringLiteral("link"));
    QCOMPARE(approval.decidedBy, QStringLiteral("link from 127.0.0.1"));
    QVERIFY(core->store.actionTokensFor(task.id).first().usedAt.isValid());
}

void tst_LinkBrowser::rejectWithCommentInTheBrowser()
{
    const Task task = createTask(QStringLiteral("8901"));
    QUrl rejectUrl = task.approveUrl;
    rejectUrl.setQuery(QStringLiteral("decision=reject"));
    QVERIFY(open(rejectUrl));
    QVERIFY(waitForText(QStringLiteral("FlexDeploy task 8901")));
    const QString comment = elementId(QStringLiteral("textarea#comment"));
    QVERIFY(!comment.isEmpty());
    QVERIFY(!driver->call("POST", driver->session(QStringLiteral("/element/%1/value").arg(comment)),
                          {{QStringLiteral("text"), QStringLiteral("not today, sorry & more")}})
                     .isUndefined());
    const QString reject = elementId(QStringLiteral("button[value=reject]"));
    QVERIFY(!driver->call("POST", driver->session(QStringLiteral("/element/%1/click").arg(reject)),
                          QJsonObject{})
                     .isUndefined());
    QVERIFY(waitForText(QStringLiteral("Your decision was recorded")));
    QVERIFY(bodyText().contains(QStringLiteral("Rejected")));
    const Approval approval = *core->engine->approval(task.id);
    QCOMPARE(approval.state, ApprovalState::Rejected);
    QCOMPARE(approval.decisionOrigin, QStringLiteral("link"));
    QCOMPARE(approval.comment, QStringLiteral("not today, sorry & more"));
}

void tst_LinkBrowser::usedAndExpiredLinkPages()
{
    // Used: decided through the link once, opened again.
    const Task used = createTask(QStringLiteral("8902"));
    const TestReply decided = TestHttp::send(
            QStringLiteral("POST"), core->url(used.approveUrl.path()), "decision=approve",
            {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(decided.status, 200);
    QVERIFY(open(used.approveUrl));
    QVERIFY(waitForText(QStringLiteral("Link already used")));
    QVERIFY(bodyText().contains(QStringLiteral("Nothing was changed")));
    QVERIFY(elementId(QStringLiteral("button[value=approve]")).isEmpty());
    screenshot(QStringLiteral("link-used.png"));

    // Expired: the clock moves past the link's lifetime.
    const Task expired = createTask(QStringLiteral("8903"));
    core->clock.advance(25LL * 3600 * 1000);
    QVERIFY(open(expired.approveUrl));
    QVERIFY(waitForText(QStringLiteral("Link expired")));
    QVERIFY(elementId(QStringLiteral("button[value=approve]")).isEmpty());
    QVERIFY(core->engine->approval(expired.id)->isPending());
}

QTEST_GUILESS_MAIN(tst_LinkBrowser)
#include "tst_linkbrowser.moc"
