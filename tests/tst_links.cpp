// Link pages over real HTTP: a GET shows the item and changes nothing, a POST
// decides with origin "link", every bad-token case has its own page and status,
// a link after a decision in the window says so, and guessing is rate limited.
#include "support/testcore.h"
#include "support/testhttp.h"

#include "receiver/linkpages.h"

#include <QSignalSpy>
#include <QTest>

using Headers = QList<QPair<QByteArray, QByteArray>>;

class tst_Links : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void getShowsAndChangesNothing();
    void webhookTextIsEscaped();
    void postApproves();
    void postRejectsWithComment();
    void badTokens_data();
    void badTokens();
    void badForm_data();
    void badForm();
    void guessingIsRateLimited();
    void newLinkRevokesOldOnes();
    void newLinkUsesPublicUrl();
    void linksOfDecidedApprovalAreClosed();

private:
    struct Task
    {
        qint64 id = 0;
        QUrl approveUrl;
        QUrl rejectUrl;
        QString path;
    };
    Task createTask(const QString &taskId,
                    const QString &description =
                            QStringLiteral("DiPocket v. is about to be deployed to PROD"));
    TestReply postForm(const QString &path, const QByteArray &form);
    std::unique_ptr<TestCore> core;
};

void tst_Links::init()
{
    core = std::make_unique<TestCore>();
    QVERIFY(core->listen());
}

void tst_Links::cleanup()
{
    core.reset();
}

tst_Links::Task tst_Links::createTask(const QString &taskId, const QString &description)
{
    const TestReply reply = TestHttp::postJson(
            core->url(QStringLiteral("/hooks/flexdeploy/tasks")),
            {{QStringLiteral("taskid"), taskId}, {QStringLiteral("description"), description}},
            TestCore::webhookAuth());
    Task task;
    task.id = reply.json().value(QStringLiteral("id")).toInteger();
    task.approveUrl = QUrl(reply.json().value(QStringLiteral("approveUrl")).toString());
    task.rejectUrl = QUrl(reply.json().value(QStringLiteral("rejectUrl")).toString());
    task.path = task.approveUrl.path();
    return task;
}

TestReply tst_Links::postForm(const QString &path, const QByteArray &form)
{
    return TestHttp::send(QStringLiteral("POST"), core->url(path), form,
                          {{QByteArrayLiteral("Content-Type"),
                            QByteArrayLiteral("application/x-www-form-urlencoded")}});
}

void tst_Links::getShowsAndChangesNothing()
{
    const Task task = createTask(QStringLiteral("8900"));
    QVERIFY(task.id > 0);
    const int timelineBefore = core->engine->timeline(task.id).size();
    for (const QUrl &url : {task.approveUrl, task.rejectUrl, task.approveUrl}) {
        const TestReply page = TestHttp::send(QStringLiteral("GET"), url);
        QCOMPARE(page.status, 200);
        QCOMPARE(page.header("Content-Type"), QByteArray("text/html; charset=utf-8"));
        QCOMPARE(page.header("Content-Security-Policy"),
                 QByteArray("default-src 'none'; style-src 'unsafe-inline'; form-action 'self'"));
        QCOMPARE(page.header("Cache-Control"), QByteArray("no-store"));
        QVERIFY(page.body.contains("FlexDeploy task 8900"));
        QVERIFY(page.body.contains("DiPocket v. is about to be deployed to PROD"));
        QVERIFY(page.body.contains("Link expires"));
        QVERIFY(page.body.contains("value=\"approve\""));
        QVERIFY(page.body.contains("value=\"reject\""));
        QVERIFY(page.body.contains("action=\"" + task.path.toUtf8() + "\""));
        QVERIFY(!page.body.contains("<script"));
        QVERIFY(!page.body.contains("http://")
                && !page.body.contains("https://")); // nothing remote
    }
    QVERIFY(core->engine->approval(task.id)->isPending());
    QCOMPARE(core->engine->timeline(task.id).size(), timelineBefore);
    QVERIFY(!core->store.actionTokensFor(task.id).first().usedAt.isValid());
}

void tst_Links::webhookTextIsEscaped()
{
    const Task task = createTask(QStringLiteral("<b>9</b>"),
                                 QStringLiteral("<script>alert('x')</script> & \"more\""));
    const TestReply page = TestHttp::send(QStringLiteral("GET"), task.approveUrl);
    QCOMPARE(page.status, 200);
    QVERIFY(!page.body.contains("<script>"));
    QVERIFY(!page.body.contains("<b>9</b>"));
    QVERIFY(page.body.contains(
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;more&quot;"));
    QVERIFY(page.body.contains("FlexDeploy task &lt;b&gt;9&lt;/b&gt;"));
}

void tst_Links::postApproves()
{
    const Task task = createTask(QStringLiteral("8901"));
    const TestReply result = postForm(task.path, "decision=approve");
    QCOMPARE(result.status, 200);
    QVERIFY(result.body.contains("Approved"));
    QCOMPARE(result.header("Content-Security-Policy"),
             QByteArray(LinkPages::contentSecurityPolicy));
    const Approval approval = *core->engine->approval(task.id);
    QCOMPARE(approval.state, ApprovalState::Approved);
    QCOMPARE(approval.decisionOrigin, QStringLiteral("link"));
    QCOMPARE(approval.decidedBy, QStringLiteral("link from 127.0.0.1"));
}

void tst_Links::postRejectsWithComment()
{
    const Task task = createTask(QStringLiteral("8902"));
    const TestReply result = postForm(task.path, "comment=not+today%2C+sorry&decision=reject");
    QCOMPARE(result.status, 200);
    QVERIFY(result.body.contains("Rejected"));
    const Approval approval = *core->engine->approval(task.id);
    QCOMPARE(approval.state, ApprovalState::Rejected);
    QCOMPARE(approval.comment, QStringLiteral("not today, sorry"));
}

void tst_Links::badTokens_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("heading");
    QTest::newRow("unknown") << QStringLiteral("unknown") << 404 << QByteArray("Link not found");
    QTest::newRow("garbage") << QStringLiteral("garbage") << 404 << QByteArray("Link not found");
    QTest::newRow("expired") << QStringLiteral("expired") << 410 << QByteArray("Link expired");
    QTest::newRow("used") << QStringLiteral("used") << 409 << QByteArray("Link already used");
    QTest::newRow("decided in the window")
            << QStringLiteral("window") << 409 << QByteArray("Already decided");
}

void tst_Links::badTokens()
{
    QFETCH(QString, kind);
    QFETCH(int, status);
    QFETCH(QByteArray, heading);
    const Task task = createTask(QStringLiteral("77"));
    QString path = task.path;
    ApprovalState expectedState = ApprovalState::Pending;
    if (kind == QLatin1String("unknown")) {
        path = QStringLiteral("/act/") + QString::fromLatin1(ActionTokens::generate());
    } else if (kind == QLatin1String("garbage")) {
        path = QStringLiteral("/act/%3Cscript%3E");
    } else if (kind == QLatin1String("expired")) {
        core->clock.advance(ActionTokens::defaultLifetimeMs + 1);
    } else if (kind == QLatin1String("used")) {
        QCOMPARE(postForm(task.path, "decision=approve").status, 200);
        expectedState = ApprovalState::Approved;
    } else if (kind == QLatin1String("window")) {
        core->engine->decide(
                task.id, {Verdict::Reject, QStringLiteral("alice"), QStringLiteral("window"), {}});
        expectedState = ApprovalState::Rejected;
    }
    QSignalSpy security(core->receiver.get(), &WebhookReceiver::securityEvent);
    const int timelineBefore = core->engine->timeline(task.id).size();

    const TestReply shown = TestHttp::send(QStringLiteral("GET"), core->url(path));
    QCOMPARE(shown.status, status);
    QVERIFY2(shown.body.contains(heading), shown.body.constData());
    QCOMPARE(shown.header("Content-Security-Policy"), QByteArray(LinkPages::contentSecurityPolicy));
    const TestReply posted = postForm(path, "decision=reject");
    QCOMPARE(posted.status, status);
    QVERIFY(posted.body.contains(heading));

    QCOMPARE(core->engine->approval(task.id)->state, expectedState);
    const auto timeline = core->engine->timeline(task.id);
    if (status == 404) {
        QCOMPARE(security.size(), 2); // no approval to log on: the security log has it
        QCOMPARE(timeline.size(), timelineBefore);
    } else {
        QCOMPARE(timeline.size(), timelineBefore + 2);
        QCOMPARE(timeline.last().type, QStringLiteral("link-refused"));
        QVERIFY(timeline.last().message.contains(QStringLiteral("127.0.0.1")));
    }
    if (kind == QLatin1String("window"))
        QVERIFY(shown.body.contains("alice"));
}

void tst_Links::badForm_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("form");
    QTest::addColumn<int>("status");
    QTest::newRow("no decision") << QByteArray("application/x-www-form-urlencoded")
                                 << QByteArray("comment=x") << 400;
    QTest::newRow("odd decision") << QByteArray("application/x-www-form-urlencoded")
                                  << QByteArray("decision=maybe") << 400;
    QTest::newRow("json") << QByteArray("application/json")
                          << QByteArray("{\"decision\":\"approve\"}") << 415;
}

void tst_Links::badForm()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, form);
    QFETCH(int, status);
    const Task task = createTask(QStringLiteral("55"));
    const TestReply reply = TestHttp::send(QStringLiteral("POST"), core->url(task.path), form,
                                           {{QByteArrayLiteral("Content-Type"), contentType}});
    QCOMPARE(reply.status, status);
    QVERIFY(core->engine->approval(task.id)->isPending());
    QVERIFY(!core->store.actionTokensFor(task.id).first().usedAt.isValid());
}

void tst_Links::guessingIsRateLimited()
{
    const Task task = createTask(QStringLiteral("66"));
    for (int i = 0; i < 10; ++i) {
        const QString guess =
                QStringLiteral("/act/") + QString::fromLatin1(ActionTokens::generate());
        QCOMPARE(TestHttp::send(QStringLiteral("GET"), core->url(guess)).status, 404);
    }
    // Past the limit further guesses are refused from this address, GET or POST...
    const QString guess = QStringLiteral("/act/") + QString::fromLatin1(ActionTokens::generate());
    const TestReply blocked = TestHttp::send(QStringLiteral("GET"), core->url(guess));
    QCOMPARE(blocked.status, 429);
    QVERIFY(blocked.header("Retry-After").toInt() > 0);
    QCOMPARE(postForm(guess, "decision=approve").status, 429);
    // ...but the good link still works: a busy shared address is not locked out.
    QCOMPARE(TestHttp::send(QStringLiteral("GET"), task.approveUrl).status, 200);
    QCOMPARE(postForm(task.path, "decision=approve").status, 200);
    core->clock.advance(61 * 1000);
    QCOMPARE(TestHttp::send(QStringLiteral("GET"), core->url(guess)).status, 404);
    QCOMPARE(core->engine->approval(task.id)->state, ApprovalState::Approved);
}

void tst_Links::newLinkRevokesOldOnes()
{
    core->clock.set(QDateTime::currentDateTimeUtc());
    const Task task = createTask(QStringLiteral("8950"));
    const QByteArray oldToken = task.path.mid(5).toLatin1();
    core->clock.advance(10); // links are listed in the order they were issued
    // An expired link stays expired: it is not counted as revoked.
    const auto stale = core->engine->issueActionToken(task.id, ActionTokens::decidePurpose, 1000);
    QVERIFY(stale);
    core->clock.advance(2000);

    const IssuedLink issued = core->engine->issueNewLink(task.id, QStringLiteral("alice"));
    QVERIFY2(issued.ok, qPrintable(issued.message));
    QCOMPARE(issued.purpose, ActionTokens::decidePurpose);
    QCOMPARE(issued.revoked, 1);
    QCOMPARE(issued.expiresAt,
             core->clock.now().addMSecs(core->engine->linkSettings().defaultLifetimeMs));
    QCOMPARE(issued.url.toString(QUrl::RemovePath), core->url(QString()).toString());
    QVERIFY(issued.url.path().startsWith(QLatin1String("/act/")));
    const QByteArray newToken = issued.url.path().mid(5).toLatin1();
    QVERIFY(ActionTokens::looksValid(newToken));

    const QVector<ActionLink> links = core->engine->actionLinks(task.id);
    QCOMPARE(links.size(), 3);
    QCOMPARE(links.at(0).state, ActionLink::State::Revoked);
    QVERIFY(links.at(0).revokedAt.isValid());
    QVERIFY(!links.at(0).usedAt.isValid());
    QCOMPARE(links.at(1).state, ActionLink::State::Expired);
    QCOMPARE(links.at(2).state, ActionLink::State::Active);
    QCOMPARE(links.at(2).expiresAt, issued.expiresAt);
    const TimelineEntry last = core->engine->timeline(task.id).last();
    QCOMPARE(last.type, QStringLiteral("link"));
    QVERIFY(last.message.contains(QStringLiteral("alice")));
    QVERIFY(last.message.contains(QStringLiteral("the earlier link no longer works")));
    QVERIFY(!last.message.contains(QString::fromLatin1(newToken)));

    // The old link says it was replaced (410), and cannot decide; the new one decides.
    const TestReply replaced = TestHttp::send(QStringLiteral("GET"), task.approveUrl);
    QCOMPARE(replaced.status, 410);
    QVERIFY(replaced.body.contains("Link replaced"));
    QCOMPARE(postForm(task.approveUrl.path(), "decision=approve").status, 410);
    QVERIFY(core->engine->approval(task.id)->isPending());
    QCOMPARE(core->engine->resolveActionToken(oldToken, ActionTokens::decidePurpose, {}).outcome,
             Engine::TokenOutcome::Revoked);
    QCOMPARE(postForm(issued.url.path(), "decision=approve").status, 200);
    QCOMPARE(core->engine->approval(task.id)->decisionOrigin, QStringLiteral("link"));

    // A decided approval gets no new link.
    const IssuedLink refused = core->engine->issueNewLink(task.id, QStringLiteral("alice"));
    QVERIFY(!refused.ok);
    QVERIFY(refused.url.isEmpty());
    QVERIFY(refused.message.contains(QStringLiteral("approved")));
    QCOMPARE(core->engine->actionLinks(task.id).size(), 3);
}

void tst_Links::newLinkUsesPublicUrl()
{
    LinkSettings settings = core->engine->linkSettings();
    settings.publicUrl = QUrl(QStringLiteral("https://gatehouse.example.com/gh/"));
    core->engine->setLinkSettings(settings);
    const Task task = createTask(QStringLiteral("8951"));
    const IssuedLink issued = core->engine->issueNewLink(task.id, QStringLiteral("bob"));
    QVERIFY(issued.ok);
    QVERIFY(issued.url.toString().startsWith(
            QLatin1String("https://gatehouse.example.com/gh/act/")));
}

void tst_Links::linksOfDecidedApprovalAreClosed()
{
    const Task task = createTask(QStringLiteral("8952"));
    QCOMPARE(core->engine->actionLinks(task.id).first().state, ActionLink::State::Active);
    core->engine->decide(task.id,
                         {Verdict::Approve, QStringLiteral("alice"), QStringLiteral("window"), {}});
    // Unused, but it can no longer decide anything: the console must not call it active.
    QCOMPARE(core->engine->actionLinks(task.id).first().state, ActionLink::State::Closed);
    QCOMPARE(TestHttp::send(QStringLiteral("GET"), task.approveUrl).status, 409);
}

QTEST_GUILESS_MAIN(tst_Links)
#include "tst_links.moc"
