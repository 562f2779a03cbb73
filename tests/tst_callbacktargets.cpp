// Callback targets (SSRF): which addresses the outbox refuses, how the allow-list
// (delivery/allowTargets, GATEHOUSE_DELIVERY_ALLOW) lets them through, the 400 at
// ingest for a refusable literal or credentials in the URL, and, over real HTTP, that
// a refused fake on 127.0.0.1 receives nothing, also when a host name resolves to it.
#include "support/fakehttpserver.h"
#include "support/testcore.h"
#include "support/testhttp.h"

#include "connectors/azure/azurechecksconnector.h"
#include "delivery/targetguard.h"

#include <QHostInfo>
#include <QJsonDocument>
#include <QTest>

namespace {

// Sets (or, with a null value, removes) an environment variable for one scope.
class ScopedEnvironment
{
public:
    ScopedEnvironment(const char *name, const QByteArray &value)
        : m_name(name), m_old(qgetenv(name)), m_wasSet(qEnvironmentVariableIsSet(name))
    {
        if (value.isNull())
            qunsetenv(name);
        else
            qputenv(name, value);
    }
    ~ScopedEnvironment()
    {
        if (m_wasSet)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }

private:
    const char *m_name;
    QByteArray m_old;
    bool m_wasSet;
};

} // namespace

class tst_CallbackTargets : public QObject
{
    Q_OBJECT
private slots:
    void refusedLiterals_data();
    void refusedLiterals();
    void allowList();
    void refusedOverHttp_data();
    void refusedOverHttp();
    void allowedByEnvironmentOrSetting_data();
    void allowedByEnvironmentOrSetting();
    void ingestRefusesCallbackUrl_data();
    void ingestRefusesCallbackUrl();
    void ingestRefusesPlanUrl();
    void foreignAnswerIsShortAndPrintable();
    void dotSegmentRefusedAtSendTime();
};

void tst_CallbackTargets::refusedLiterals_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("refused");
    QTest::newRow("loopback") << "http://127.0.0.1:8470/api/approvals" << true;
    QTest::newRow("loopback elsewhere in 127/8") << "http://127.9.9.9/" << true;
    QTest::newRow("hex") << "http://0x7f000001/" << true;
    QTest::newRow("decimal") << "http://2130706433/" << true;
    QTest::newRow("octal") << "http://0177.0.0.1/" << true;
    QTest::newRow("short") << "http://127.1/" << true;
    QTest::newRow("ipv6 loopback") << "http://[::1]:8470/" << true;
    QTest::newRow("ipv4-mapped ipv6") << "http://[::ffff:127.0.0.1]/" << true;
    QTest::newRow("ipv4-mapped private") << "http://[::ffff:10.0.0.1]/" << true;
    QTest::newRow("nat64 metadata") << "http://[64:ff9b::a9fe:a9fe]/" << true;
    QTest::newRow("metadata service") << "http://169.254.169.254/latest/meta-data/" << true;
    QTest::newRow("ipv6 link-local") << "http://[fe80::1]/" << true;
    QTest::newRow("10/8") << "http://10.20.30.40/" << true;
    QTest::newRow("172.16/12") << "https://172.31.255.1/" << true;
    QTest::newRow("192.168/16") << "http://192.168.1.1/" << true;
    QTest::newRow("unique local") << "http://[fd12:3456::1]/" << true;
    QTest::newRow("unspecified") << "http://0.0.0.0:8470/" << true;
    QTest::newRow("ipv6 unspecified") << "http://[::]/" << true;
    QTest::newRow("localhost") << "http://localhost:8470/" << true;
    QTest::newRow("localhost with dot") << "http://LOCALHOST./" << true;
    QTest::newRow("credentials") << "https://user:pass@ci.example.com/hook" << true;
    QTest::newRow("public address") << "http://93.184.216.34/" << false;
    QTest::newRow("just outside 172.16/12") << "http://172.32.0.1/" << false;
    QTest::newRow("public ipv6") << "http://[2001:4860:4860::8888]/" << false;
    QTest::newRow("a name (resolved at send time)") << "https://ci.example.com/hook" << false;
}

void tst_CallbackTargets::refusedLiterals()
{
    QFETCH(QString, url);
    QFETCH(bool, refused);
    const QString problem = TargetGuard().checkUrl(QUrl(url, QUrl::StrictMode));
    QCOMPARE(!problem.isEmpty(), refused);
}

void tst_CallbackTargets::allowList()
{
    QStringList invalid;
    const TargetGuard guard(TargetGuard::parseList(QStringLiteral(
                                    " 127.0.0.0/8, ::1,flexdeploy.corp ,10.1.0.0/16,not a host,")),
                            &invalid);
    QCOMPARE(invalid, QStringList{QStringLiteral("not a host")});
    QVERIFY(guard.checkUrl(QUrl(QStringLiteral("http://127.0.0.1:9/"))).isEmpty());
    QVERIFY(guard.checkUrl(QUrl(QStringLiteral("http://0x7f000001/"))).isEmpty());
    QVERIFY(guard.checkUrl(QUrl(QStringLiteral("http://[::1]/"))).isEmpty());
    QVERIFY(guard.checkUrl(QUrl(QStringLiteral("http://[::ffff:127.0.0.1]/"))).isEmpty());
    QVERIFY(guard.checkUrl(QUrl(QStringLiteral("http://localhost/"))).isEmpty());
    QVERIFY(guard.checkUrl(QUrl(QStringLiteral("http://10.1.200.3/"))).isEmpty());
    QVERIFY(!guard.checkUrl(QUrl(QStringLiteral("http://10.2.0.1/"))).isEmpty());
    QVERIFY(!guard.checkUrl(QUrl(QStringLiteral("http://169.254.169.254/"))).isEmpty());
    QVERIFY(guard.allowsHost(QStringLiteral("FlexDeploy.corp.")));
    // A name on the list passes whatever it resolves to; other names are judged by
    // their addresses.
    QVERIFY(guard.checkAddress(QStringLiteral("flexdeploy.corp"),
                               QHostAddress(QStringLiteral("10.9.9.9")))
                    .isEmpty());
    QCOMPARE(guard.checkAddress(QStringLiteral("evil.example"),
                                QHostAddress(QStringLiteral("192.168.0.7"))),
             QStringLiteral("evil.example resolves to 192.168.0.7, a private address (allow it "
                            "with delivery/allowTargets or GATEHOUSE_DELIVERY_ALLOW)"));
    // Credentials are refused whatever the list says.
    QVERIFY(!guard.checkUrl(QUrl(QStringLiteral("http://u:p@127.0.0.1/"))).isEmpty());
}

void tst_CallbackTargets::refusedOverHttp_data()
{
    QTest::addColumn<QByteArray>("allow"); // null: the variable is unset
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unset, literal") << QByteArray() << "127.0.0.1"
                                    << "refused: 127.0.0.1 is a loopback address";
    QTest::newRow("unset, name") << QByteArray() << "localhost"
                                 << "refused: names localhost, a loopback";
    // This machine's own name resolves to a loopback or private address: the refusal
    // comes from the address resolved at send time, as a rebinding name's would.
    QTest::newRow("unset, name resolved at send time")
            << QByteArray() << QHostInfo::localHostName().toLower()
            << QStringLiteral("refused: %1 resolves to ").arg(QHostInfo::localHostName().toLower());
    QTest::newRow("unset, mapped ipv6") << QByteArray() << "[::ffff:127.0.0.1]"
                                        << "refused: ::ffff:127.0.0.1 is a loopback address";
    QTest::newRow("overridden, other range") << QByteArray("10.0.0.0/8,example.org") << "127.0.0.1"
                                             << "is a loopback address";
}

void tst_CallbackTargets::refusedOverHttp()
{
    QFETCH(QByteArray, allow);
    QFETCH(QString, host);
    QFETCH(QString, expected);
    if (host == QHostInfo::localHostName().toLower()) {
        const QHostInfo info = QHostInfo::fromName(host);
        if (info.addresses().isEmpty()
            || TargetGuard::refusedKind(info.addresses().first()).isEmpty())
            QSKIP("this machine's name does not resolve to a refused address");
    }
    const ScopedEnvironment environment(TargetGuard::environmentVariable, allow);
    FakeHttpServer target; // must receive nothing
    QVERIFY(target.start());
    TestCore core;
    core.outbox->start();
    const qint64 id =
            core.decidedGeneric(QStringLiteral("http://%1:%2/cb").arg(host).arg(target.port()));
    QTRY_COMPARE(core.engine->approval(id)->delivery, DeliveryState::Failed);
    const Approval after = *core.engine->approval(id);
    QVERIFY2(after.lastDeliveryError.contains(expected), qPrintable(after.lastDeliveryError));
    QVERIFY(after.lastDeliveryError.contains(QStringLiteral("GATEHOUSE_DELIVERY_ALLOW")));
    const auto timeline = core.engine->timeline(id);
    QCOMPARE(timeline.last().type, QStringLiteral("delivery-failed"));
    QVERIFY(timeline.last().message.contains(expected));
    // A refusal is final: no retry is scheduled, and nothing reached the target.
    QVERIFY(!core.engine->nextDeliveryAt().isValid());
    QCOMPARE(target.requests.size(), 0);
}

void tst_CallbackTargets::allowedByEnvironmentOrSetting_data()
{
    QTest::addColumn<QByteArray>("allow");
    QTest::addColumn<QStringList>("setting");
    QTest::addColumn<QString>("host");
    QTest::newRow("environment range") << QByteArray("127.0.0.0/8") << QStringList() << "127.0.0.1";
    QTest::newRow("environment range, name")
            << QByteArray("127.0.0.0/8,::1") << QStringList() << "localhost";
    QTest::newRow("setting address")
            << QByteArray() << QStringList{QStringLiteral("127.0.0.1")} << "127.0.0.1";
    QTest::newRow("setting host name")
            << QByteArray() << QStringList{QStringLiteral("localhost")} << "localhost";
}

void tst_CallbackTargets::allowedByEnvironmentOrSetting()
{
    QFETCH(QByteArray, allow);
    QFETCH(QStringList, setting);
    QFETCH(QString, host);
    const ScopedEnvironment environment(TargetGuard::environmentVariable, allow);
    FakeHttpServer target;
    QVERIFY(target.start());
    DeliveryPolicy policy = TestCore::fastPolicy();
    policy.allowTargets = setting;
    TestCore core(policy);
    core.outbox->start();
    const qint64 id =
            core.decidedGeneric(QStringLiteral("http://%1:%2/cb").arg(host).arg(target.port()));
    QTRY_COMPARE(core.engine->approval(id)->delivery, DeliveryState::Delivered);
    QCOMPARE(target.requests.size(), 1);
    // A pinned name keeps its Host header.
    QCOMPARE(target.requests.first().header("Host"),
             QStringLiteral("%1:%2").arg(host).arg(target.port()).toLatin1());
}

void tst_CallbackTargets::ingestRefusesCallbackUrl_data()
{
    QTest::addColumn<QString>("callbackUrl");
    QTest::addColumn<QString>("detail");
    QTest::newRow("control api") << "http://127.0.0.1:8470/api/approvals/1/decision"
                                 << "127.0.0.1 is a loopback address";
    QTest::newRow("hex") << "http://0x7f000001:8470/"
                         << "127.0.0.1 is a loopback address";
    QTest::newRow("decimal") << "http://2130706433/"
                             << "127.0.0.1 is a loopback address";
    QTest::newRow("ipv6") << "http://[::1]/"
                          << "::1 is a loopback address";
    QTest::newRow("mapped") << "http://[::ffff:169.254.169.254]/"
                            << "a link-local address";
    QTest::newRow("metadata") << "http://169.254.169.254/"
                              << "a link-local address";
    QTest::newRow("private") << "http://192.168.0.10/"
                             << "a private address";
    QTest::newRow("localhost") << "http://localhost/"
                               << "a loopback address";
    QTest::newRow("credentials") << "https://ci:hunter2@ci.example.com/hook"
                                 << "carries credentials";
}

void tst_CallbackTargets::ingestRefusesCallbackUrl()
{
    QFETCH(QString, callbackUrl);
    QFETCH(QString, detail);
    const ScopedEnvironment environment(TargetGuard::environmentVariable, QByteArray());
    TestCore core;
    QVERIFY(core.listen());
    const TestReply reply = TestHttp::postJson(core.url(QStringLiteral("/hooks/generic")),
                                               {{QStringLiteral("title"), QStringLiteral("Deploy")},
                                                {QStringLiteral("callbackUrl"), callbackUrl}},
                                               TestCore::webhookAuth());
    QCOMPARE(reply.status, 400);
    const QString text = reply.json().value(QStringLiteral("detail")).toString();
    QVERIFY2(text.startsWith(QStringLiteral("field 'callbackUrl' ")), qPrintable(text));
    QVERIFY2(text.contains(detail), qPrintable(text));
    QCOMPARE(core.engine->countApprovals(std::nullopt), 0);
    QVERIFY(!text.contains(QStringLiteral("hunter2")));
}

void tst_CallbackTargets::ingestRefusesPlanUrl()
{
    const ScopedEnvironment environment(TargetGuard::environmentVariable, QByteArray());
    TestCore core;
    core.engine->addConnector(std::make_shared<AzureChecksConnector>());
    QVERIFY(core.listen());
    QList<QPair<QByteArray, QByteArray>> headers = TestCore::webhookAuth();
    headers += {{"PlanUrl", "http://169.254.169.254/"},
                {"ProjectId", "p"},
                {"HubName", "build"},
                {"PlanId", "plan"},
                {"JobId", "job"},
                {"TaskInstanceId", "task"},
                {"AuthToken", "job-token"},
                {"Content-Type", "application/json"}};
    const TestReply reply = TestHttp::send(
            QStringLiteral("POST"), core.url(QStringLiteral("/hooks/azure/check")), "{}", headers);
    QCOMPARE(reply.status, 400);
    const QString text = reply.json().value(QStringLiteral("detail")).toString();
    QVERIFY2(text.startsWith(QStringLiteral("header 'PlanUrl' 169.254.169.254 is a link-local")),
             qPrintable(text));
    QCOMPARE(core.engine->countApprovals(std::nullopt), 0);
}

void tst_CallbackTargets::foreignAnswerIsShortAndPrintable()
{
    FakeHttpServer target;
    QVERIFY(target.start());
    QByteArray answer = "upstream says no\r\n\x01\x02";
    answer += QByteArray(4000, 'x');
    target.setScript({{500, answer, "text/plain"}});
    DeliveryPolicy policy = TestCore::fastPolicy();
    policy.maxAttempts = 1;
    TestCore core(policy);
    core.outbox->start();
    const qint64 id = core.decidedGeneric(target.url(QStringLiteral("/cb")).toString());
    QTRY_COMPARE(core.engine->approval(id)->delivery, DeliveryState::Failed);
    const QString error = core.engine->approval(id)->lastDeliveryError;
    QCOMPARE(error,
             QStringLiteral("HTTP 500 upstream says no ") + QString(64 - 17, QLatin1Char('x'))
                     + QStringLiteral("..."));
}

void tst_CallbackTargets::dotSegmentRefusedAtSendTime()
{
    FakeHttpServer target;
    QVERIFY(target.start());
    TestCore core;
    core.outbox->start();
    const qint64 id = core.decidedGeneric(
            QStringLiteral("http://127.0.0.1:%1/tasks/approval/%2E%2E").arg(target.port()));
    QTRY_COMPARE(core.engine->approval(id)->delivery, DeliveryState::Failed);
    QVERIFY(core.engine->approval(id)->lastDeliveryError.contains(
            QStringLiteral("'.' or '..' path segment")));
    QCOMPARE(target.requests.size(), 0);
}

QTEST_GUILESS_MAIN(tst_CallbackTargets)
#include "tst_callbacktargets.moc"
