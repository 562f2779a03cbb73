// Lockout of valid clients (issue 12, item 4) and the limiter's memory: over real HTTP
// through the real service. Refused credentials from one address are limited, but a
// valid webhook, operator call or action link from that same address still passes;
// behind a trusted proxy the client named in X-Forwarded-For is what the limits and
// the security log see; an untrusted peer's X-Forwarded-For changes nothing; fan-in
// group secrets are limited and logged like every other credential.
#include "core/engine.h"
#include "receiver/badtokenlimiter.h"
#include "service/gatehouseservice.h"
#include "support/testhttp.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using Headers = QList<QPair<QByteArray, QByteArray>>;

namespace {
const QByteArray genericSecret = "generic-secret-for-lockout-tests";
const QByteArray flexSecret = "flexdeploy-secret-for-lockout-tests";
const QByteArray faninSecret = "fanin-secret-for-lockout-tests";
const QByteArray groupSecret = "group-secret-for-lockout-tests";
const QByteArray operatorToken = "operator-token-for-lockout-tests";
const QByteArray webhookBody = R"({"title":"Deploy","callbackUrl":"http://127.0.0.1:9/cb"})";

Headers bearer(const QByteArray &token)
{
    return {{"Authorization", "Bearer " + token}, {"Content-Type", "application/json"}};
}

// One service per test: each starts with a clean limiter.
class Rig
{
public:
    explicit Rig(const QString &trustedProxies = {})
    {
        ServiceConfig config;
        config.databasePath = dir.filePath(QStringLiteral("g.sqlite"));
        config.port = 0;
        config.keyFile = dir.filePath(QStringLiteral("vault.key"));
        config.operatorToken = operatorToken;
        config.trustedProxies = trustedProxies;
        config.inbound.insert(QStringLiteral("generic"),
                              {QStringLiteral("token"),
                               genericSecret,
                               QStringLiteral("environment"),
                               {},
                               "sha256="});
        config.inbound.insert(QStringLiteral("flexdeploy"),
                              {QStringLiteral("token"),
                               flexSecret,
                               QStringLiteral("environment"),
                               {},
                               "sha256="});
        config.inbound.insert(QStringLiteral("fanin"),
                              {QStringLiteral("token"),
                               faninSecret,
                               QStringLiteral("environment"),
                               {},
                               "sha256="});
        QFile groups(dir.filePath(QStringLiteral("groups.json")));
        groups.open(QIODevice::WriteOnly);
        groups.write(R"({"groups":[{"name":"acr","expectedSources":["eastus","westeurope"],
            "idPath":"id","timeoutMinutes":30,"onComplete":"approval",
            "auth":{"header":"X-Group-Token","secret":"acr_hook"}}]})");
        groups.close();
        config.faninFile = groups.fileName();
        config.secrets.insert(QStringLiteral("acr_hook"), groupSecret);
        QString error;
        started = service.start(config, &error);
        if (!started)
            qWarning() << error;
    }
    ~Rig() { service.stop(); }

    QUrl url(const QString &path) const
    {
        return QUrl(
                QStringLiteral("http://127.0.0.1:%1%2").arg(service.service()->port()).arg(path));
    }
    TestReply post(const QString &path, const Headers &headers,
                   const QByteArray &body = webhookBody)
    {
        return TestHttp::send(QStringLiteral("POST"), url(path), body, headers);
    }
    TestReply get(const QString &path, const Headers &headers)
    {
        return TestHttp::send(QStringLiteral("GET"), url(path), {}, headers);
    }
    QVector<SecurityEvent> securityEvents()
    {
        Engine *engine = service.service()->engine();
        QVector<SecurityEvent> events;
        QMetaObject::invokeMethod(
                engine, [&] { events = engine->securityEvents(1000); },
                Qt::BlockingQueuedConnection);
        return events;
    }
    bool logged(const QString &peer, const QString &what)
    {
        for (const SecurityEvent &event : securityEvents()) {
            if (event.peer == peer && event.what.contains(what))
                return true;
        }
        return false;
    }

    QTemporaryDir dir;
    ServiceThread service;
    bool started = false;
};

} // namespace

class tst_Lockout : public QObject
{
    Q_OBJECT
private slots:
    void validCredentialsPassDespiteTheBlock();
    void validLinkPassesDespiteTheBlock();
    void forwardedForIgnoredFromUntrustedPeer();
    void forwardedForHonouredFromTrustedProxy();
    void badTrustedProxySettingStopsTheStart();
    void fanInGroupRefusalsAreLimitedAndLogged();
    void limiterKeepsActiveAddressesPastAFlood();
    void limiterStaysBounded();
};

void tst_Lockout::validCredentialsPassDespiteTheBlock()
{
    Rig rig;
    QVERIFY(rig.started);
    QList<int> statuses;
    for (int i = 0; i < 30; ++i) {
        // Bad webhook secrets and bad operator tokens count together, per address.
        statuses.append(i % 2 ? rig.post(QStringLiteral("/hooks/generic"), bearer("wrong")).status
                              : rig.get(QStringLiteral("/api/approvals"), bearer("guess")).status);
    }
    QCOMPARE(statuses.count(401), 20);
    QCOMPARE(statuses.count(429), 10);
    QCOMPARE(statuses.last(), 429);

    const TestReply hook = rig.post(QStringLiteral("/hooks/generic"), bearer(genericSecret));
    QCOMPARE(hook.status, 201);
    const TestReply list = rig.get(QStringLiteral("/api/approvals"), bearer(operatorToken));
    QCOMPARE(list.status, 200);
    QCOMPARE(list.json().value(QStringLiteral("total")).toInt(), 1);
    // The block still holds for bad credentials, and missing ones.
    QCOMPARE(rig.post(QStringLiteral("/hooks/generic"), bearer("wrong")).status, 429);
    QCOMPARE(rig.get(QStringLiteral("/api/approvals"), {}).status, 429);
}

void tst_Lockout::validLinkPassesDespiteTheBlock()
{
    Rig rig;
    QVERIFY(rig.started);
    const TestReply task = rig.post(QStringLiteral("/hooks/flexdeploy/tasks"), bearer(flexSecret),
                                    R"({"taskid":"4711","description":"Release 4.2"})");
    QCOMPARE(task.status, 201);
    const QUrl approveUrl(task.json().value(QStringLiteral("approveUrl")).toString());
    QList<int> statuses;
    for (int i = 0; i < 15; ++i)
        statuses.append(rig.get(QStringLiteral("/act/not-a-real-token-%1").arg(i), {}).status);
    QCOMPARE(statuses.count(404), 10);
    QCOMPARE(statuses.last(), 429);

    QCOMPARE(TestHttp::send(QStringLiteral("GET"), approveUrl).status, 200);
    const TestReply decided =
            TestHttp::send(QStringLiteral("POST"), approveUrl, "decision=approve",
                           {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(decided.status, 200);
    QVERIFY(decided.body.contains("Approved"));
    QCOMPARE(rig.get(QStringLiteral("/act/still-not-a-token"), {}).status, 429);
}

void tst_Lockout::forwardedForIgnoredFromUntrustedPeer()
{
    Rig rig(QStringLiteral("10.9.9.9, 192.168.0.0/16")); // loopback is not among them
    QVERIFY(rig.started);
    QList<int> statuses;
    for (int i = 0; i < 21; ++i) {
        const QByteArray forged = "203.0.113." + QByteArray::number(i + 1);
        statuses.append(rig.get(QStringLiteral("/api/approvals"),
                                {{"Authorization", "Bearer guess"}, {"X-Forwarded-For", forged}})
                                .status);
    }
    QCOMPARE(statuses.count(401), 20);
    QCOMPARE(statuses.last(), 429); // all counted against the real peer
    QTRY_VERIFY(rig.logged(QStringLiteral("127.0.0.1"), QStringLiteral("401 GET /api/approvals")));
    QVERIFY(!rig.logged(QStringLiteral("203.0.113.1"), QStringLiteral("401")));
}

void tst_Lockout::forwardedForHonouredFromTrustedProxy()
{
    Rig rig(QStringLiteral("127.0.0.0/8"));
    QVERIFY(rig.started);
    const Headers fromClient{{"Authorization", "Bearer guess"}, {"X-Forwarded-For", "203.0.113.5"}};
    QList<int> statuses;
    for (int i = 0; i < 21; ++i)
        statuses.append(rig.get(QStringLiteral("/api/approvals"), fromClient).status);
    QCOMPARE(statuses.count(401), 20);
    QCOMPARE(statuses.last(), 429);
    // A client cannot escape by prepending an address: the rightmost untrusted entry counts.
    QCOMPARE(rig.get(QStringLiteral("/api/approvals"),
                     {{"Authorization", "Bearer guess"},
                      {"X-Forwarded-For", "198.51.100.1, 203.0.113.5"}})
                     .status,
             429);
    // Another client behind the same proxy is not blocked; a chain of trusted proxies
    // (127.0.0.2 in the list) is looked through.
    QCOMPARE(rig.get(QStringLiteral("/api/approvals"),
                     {{"Authorization", "Bearer guess"},
                      {"X-Forwarded-For", "198.51.100.7, 127.0.0.2"}})
                     .status,
             401);
    // The blocked client's valid call passes.
    QCOMPARE(rig.get(QStringLiteral("/api/approvals"),
                     {{"Authorization", "Bearer " + operatorToken},
                      {"X-Forwarded-For", "203.0.113.5"}})
                     .status,
             200);
    QTRY_VERIFY(
            rig.logged(QStringLiteral("203.0.113.5"), QStringLiteral("401 GET /api/approvals")));
    QVERIFY(rig.logged(QStringLiteral("198.51.100.7"), QStringLiteral("401 GET /api/approvals")));
    QVERIFY(!rig.logged(QStringLiteral("127.0.0.1"), QStringLiteral("401")));
}

void tst_Lockout::badTrustedProxySettingStopsTheStart()
{
    QTemporaryDir dir;
    ServiceConfig config;
    config.databasePath = dir.filePath(QStringLiteral("g.sqlite"));
    config.port = 0;
    config.keyFile = dir.filePath(QStringLiteral("vault.key"));
    config.trustedProxies = QStringLiteral("10.0.0.1, proxy.example");
    ServiceThread service;
    QString error;
    QVERIFY(!service.start(config, &error));
    QVERIFY2(error.contains(QLatin1String("proxy.example")), qPrintable(error));
    service.stop();
}

void tst_Lockout::fanInGroupRefusalsAreLimitedAndLogged()
{
    Rig rig;
    QVERIFY(rig.started);
    const QByteArray body = R"({"id":"image-1"})";
    QList<int> statuses;
    for (int i = 0; i < 21; ++i)
        statuses.append(rig.post(QStringLiteral("/hooks/fanin/acr?source=eastus"),
                                 {{"Authorization", "Bearer " + faninSecret},
                                  {"X-Group-Token", "wrong"},
                                  {"Content-Type", "application/json"}},
                                 body)
                                .status);
    QCOMPARE(statuses.count(401), 20);
    QCOMPARE(statuses.last(), 429);
    QTRY_VERIFY(rig.logged(QStringLiteral("127.0.0.1"),
                           QStringLiteral("401 POST /hooks/fanin/acr: send the group's shared "
                                          "secret in the 'X-Group-Token' header")));
    for (const SecurityEvent &event : rig.securityEvents())
        QVERIFY(!event.what.contains(QString::fromLatin1(groupSecret)));
    // The right group secret still passes.
    QCOMPARE(rig.post(QStringLiteral("/hooks/fanin/acr?source=eastus"),
                      {{"Authorization", "Bearer " + faninSecret},
                       {"X-Group-Token", groupSecret},
                       {"Content-Type", "application/json"}},
                      body)
                     .status,
             201);
}

void tst_Lockout::limiterKeepsActiveAddressesPastAFlood()
{
    // The old limiter forgot every address once 4,096 were tracked.
    BadTokenLimiter limiter(3, 60000);
    const QHostAddress guesser(QStringLiteral("198.51.100.9"));
    const QDateTime t0(QDate(2026, 11, 30), QTime(8, 0), Qt::UTC);
    for (int i = 0; i < 3; ++i)
        limiter.recordFailure(guesser, t0);
    QVERIFY(limiter.blockedFor(guesser, t0) > 0);
    for (quint32 i = 0; i < 6000; ++i)
        limiter.recordFailure(QHostAddress(0x0a000000u + i), t0.addMSecs(i));
    QVERIFY(limiter.blockedFor(guesser, t0.addSecs(10)) > 0);
    QCOMPARE(limiter.trackedAddresses(), 6001);
}

void tst_Lockout::limiterStaysBounded()
{
    BadTokenLimiter limiter(3, 60000, 100);
    const QDateTime t0(QDate(2026, 11, 30), QTime(8, 0), Qt::UTC);
    const QHostAddress guesser(QStringLiteral("198.51.100.9"));
    for (int i = 0; i < 3; ++i)
        limiter.recordFailure(guesser, t0);
    for (quint32 i = 0; i < 1000; ++i) {
        limiter.recordFailure(QHostAddress(0x0a000000u + i), t0.addMSecs(i));
        QVERIFY(limiter.trackedAddresses() <= 100);
        // A guesser that keeps knocking stays the most recent, and stays blocked.
        if (i % 50 == 0)
            QVERIFY(limiter.blockedFor(guesser, t0.addMSecs(i)) > 0);
    }
    QVERIFY(limiter.blockedFor(guesser, t0.addSecs(2)) > 0);
    // Refusals that have left the window make room before any recent one is dropped.
    const QDateTime later = t0.addSecs(120);
    const QHostAddress recent(QStringLiteral("198.51.100.10"));
    limiter.recordFailure(recent, later);
    limiter.recordFailure(recent, later);
    for (quint32 i = 0; i < 50; ++i)
        limiter.recordFailure(QHostAddress(0x0b000000u + i), later);
    limiter.recordFailure(recent, later);
    QVERIFY(limiter.blockedFor(recent, later) > 0);
}

QTEST_GUILESS_MAIN(tst_Lockout)
#include "tst_lockout.moc"
