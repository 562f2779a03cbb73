// Attacks over real HTTP on loopback, through the real service (receiver threads,
// group commit, engine): every inbound route authenticated, each attack answered with
// its status, nothing stored for a refused call, the process stays up, and the
// security log records what happened.
#include "core/engine.h"
#include "receiver/inboundauth.h"
#include "receiver/webhookreceiver.h"
#include "service/gatehouseservice.h"
#include "support/testhttp.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using Headers = QList<QPair<QByteArray, QByteArray>>;

namespace {
const QByteArray genericSecret = "generic-secret-for-tests";
const QByteArray hmacKey = "It's a Secret to Everybody";
const QByteArray standardSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
const QByteArray validBody = R"({"title":"Deploy","callbackUrl":"http://127.0.0.1:9/cb"})";
} // namespace

class tst_Security : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void knownAnswerVectors();
    void attacks_data();
    void attacks();
    void rawAttacks_data();
    void rawAttacks();
    void standardWebhooksAccepted();
    void repeatedFailuresAreRateLimited();
    void securityLogRecordsRefusals();

private:
    QUrl url(const QString &path) const;
    int approvals() const;
    ServiceThread m_service;
    QTemporaryDir m_dir;
};

void tst_Security::initTestCase()
{
    ServiceConfig config;
    config.databasePath = m_dir.filePath(QStringLiteral("g.sqlite"));
    config.port = 0;
    config.keyFile = m_dir.filePath(QStringLiteral("vault.key"));
    config.operatorToken = "operator-token-for-tests";
    config.inbound.insert(
            QStringLiteral("generic"),
            {QStringLiteral("token"), genericSecret, QStringLiteral("environment"), {}, "sha256="});
    config.inbound.insert(QStringLiteral("flexdeploy"),
                          {QStringLiteral("hmac-sha256"), hmacKey, QStringLiteral("environment"),
                           "X-Hub-Signature-256", "sha256="});
    config.inbound.insert(QStringLiteral("pipelines"),
                          {QStringLiteral("standard-webhooks"),
                           standardSecret,
                           QStringLiteral("environment"),
                           {},
                           "sha256="});
    QString error;
    QVERIFY2(m_service.start(config, &error), qPrintable(error));
    // The other connectors got generated secrets, different from each other.
    QSet<QByteArray> seen;
    for (const ConnectorSecret &secret : m_service.service()->connectionSecrets()) {
        if (secret.origin == QLatin1String("generated now"))
            QVERIFY(secret.secret.size() >= 43); // 32 random bytes, base64
        QVERIFY(!seen.contains(secret.secret));
        seen.insert(secret.secret);
    }
}

void tst_Security::cleanupTestCase()
{
    m_service.stop();
}

QUrl tst_Security::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_service.service()->port()).arg(path));
}

int tst_Security::approvals() const
{
    Engine *engine = m_service.service()->engine();
    int count = 0;
    QMetaObject::invokeMethod(
            engine, [&] { count = engine->countApprovals(std::nullopt); },
            Qt::BlockingQueuedConnection);
    return count;
}

void tst_Security::knownAnswerVectors()
{
    // GitHub's documented example and the Standard Webhooks reference vector.
    QCOMPARE(InboundAuth::hmacSha256(hmacKey, "Hello, World!").toHex(),
             QByteArray("757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17"));
    const QByteArray key = InboundSecrets::standardWebhooksKey(standardSecret);
    QCOMPARE(InboundAuth::hmacSha256(
                     key, "msg_p5jXN8AQM9LWM0D4loKWxJek.1614265330.{\"test\": 2432232314}")
                     .toBase64(),
             QByteArray("g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="));
}

void tst_Security::attacks_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("stores");

    const QByteArray json = "application/json";
    const Headers good{{"Content-Type", json}, {"Authorization", "Bearer " + genericSecret}};
    const QByteArray flexBody = R"({"taskid":"1","description":"d"})";
    const QByteArray flexSignature = "sha256=" + InboundAuth::hmacSha256(hmacKey, flexBody).toHex();

    QTest::newRow("generic: no credentials")
            << QStringLiteral("POST") << QStringLiteral("/hooks/generic")
            << Headers{{"Content-Type", json}} << validBody << 401 << false;
    QTest::newRow("generic: wrong bearer")
            << QStringLiteral("POST") << QStringLiteral("/hooks/generic")
            << Headers{{"Content-Type", json}, {"Authorization", "Bearer nope"}} << validBody << 401
            << false;
    QTest::newRow("generic: secret as prefix")
            << QStringLiteral("POST") << QStringLiteral("/hooks/generic")
            << Headers{{"Content-Type", json},
                       {"Authorization", "Bearer " + genericSecret.left(10)}}
            << validBody << 401 << false;
    QTest::newRow("generic: operator token is not a webhook secret")
            << QStringLiteral("POST") << QStringLiteral("/hooks/generic")
            << Headers{{"Content-Type", json}, {"Authorization", "Bearer operator-token-for-tests"}}
            << validBody << 401 << false;
    QTest::newRow("generic: good bearer")
            << QStringLiteral("POST") << QStringLiteral("/hooks/generic") << good << validBody
            << 201 << true;
    QTest::newRow("generic: header secret")
            << QStringLiteral("POST") << QStringLiteral("/hooks/generic")
            << Headers{{"Content-Type", json}, {"X-Gatehouse-Secret", genericSecret}} << validBody
            << 201 << true;
    QTest::newRow("generic: basic password")
            << QStringLiteral("POST") << QStringLiteral("/hooks/generic")
            << Headers{{"Content-Type", json},
                       {"Authorization", "Basic " + ("azure:" + genericSecret).toBase64()}}
            << validBody << 201 << true;
    QTest::newRow("generic: ?code=")
            << QStringLiteral("POST")
            << QStringLiteral("/hooks/generic?code=") + QString::fromLatin1(genericSecret)
            << Headers{{"Content-Type", json}} << validBody << 201 << true;
    QTest::newRow("deep JSON") << QStringLiteral("POST") << QStringLiteral("/hooks/generic") << good
                               << QByteArray(5000, '[') << 400 << false;
    QTest::newRow("invalid UTF-8")
            << QStringLiteral("POST") << QStringLiteral("/hooks/generic") << good
            << QByteArray("{\"title\":\"\xff\xfe\",\"callbackUrl\":\"http://h/c\"}") << 400
            << false;
    QTest::newRow("not JSON") << QStringLiteral("POST") << QStringLiteral("/hooks/generic") << good
                              << QByteArray("<xml/>") << 400 << false;
    QTest::newRow("javascript callback")
            << QStringLiteral("POST") << QStringLiteral("/hooks/generic") << good
            << QByteArray(R"x({"title":"t","callbackUrl":"javascript:alert(1)"})x") << 400 << false;
    QTest::newRow("hmac: missing signature")
            << QStringLiteral("POST") << QStringLiteral("/hooks/flexdeploy/tasks")
            << Headers{{"Content-Type", json}} << flexBody << 401 << false;
    QTest::newRow("hmac: bad signature")
            << QStringLiteral("POST") << QStringLiteral("/hooks/flexdeploy/tasks")
            << Headers{{"Content-Type", json},
                       {"X-Hub-Signature-256", "sha256=" + QByteArray(64, '0')}}
            << flexBody << 401 << false;
    QTest::newRow("hmac: signature of another body")
            << QStringLiteral("POST") << QStringLiteral("/hooks/flexdeploy/tasks")
            << Headers{{"Content-Type", json}, {"X-Hub-Signature-256", flexSignature}}
            << QByteArray(R"({"taskid":"2","description":"d"})") << 401 << false;
    QTest::newRow("hmac: good signature")
            << QStringLiteral("POST") << QStringLiteral("/hooks/flexdeploy/tasks")
            << Headers{{"Content-Type", json}, {"X-Hub-Signature-256", flexSignature}} << flexBody
            << 201 << true;
    QTest::newRow("azure: generated secret not sent")
            << QStringLiteral("POST") << QStringLiteral("/hooks/azure/check")
            << Headers{{"Content-Type", json}} << QByteArray("{}") << 401 << false;
    QTest::newRow("control API: no token")
            << QStringLiteral("GET") << QStringLiteral("/api/approvals") << Headers{}
            << QByteArray() << 401 << false;
    QTest::newRow("control API: webhook secret")
            << QStringLiteral("GET") << QStringLiteral("/api/approvals")
            << Headers{{"Authorization", "Bearer " + genericSecret}} << QByteArray() << 401
            << false;
    QTest::newRow("wrong method") << QStringLiteral("DELETE") << QStringLiteral("/hooks/generic")
                                  << good << QByteArray() << 405 << false;
    QTest::newRow("unknown path") << QStringLiteral("POST") << QStringLiteral("/hooks/unknown")
                                  << good << validBody << 404 << false;
    QTest::newRow("case tricks") << QStringLiteral("POST") << QStringLiteral("/HOOKS/generic")
                                 << good << validBody << 404 << false;
}

void tst_Security::attacks()
{
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(Headers, headers);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(bool, stores);
    const int before = approvals();
    const TestReply reply = TestHttp::send(method, url(path), body, headers);
    QCOMPARE(reply.status, status);
    if (status >= 400) {
        const QJsonObject error = reply.json();
        QVERIFY(!error.value(QStringLiteral("error")).toString().isEmpty());
        QVERIFY(error.contains(QStringLiteral("detail")));
        // A refusal never echoes a secret back.
        QVERIFY(!reply.body.contains(genericSecret));
        QVERIFY(!reply.body.contains(hmacKey));
    }
    QCOMPARE(approvals(), before + (stores ? 1 : 0));
    QCOMPARE(TestHttp::send(QStringLiteral("GET"), url(QStringLiteral("/healthz"))).status, 200);
}

void tst_Security::rawAttacks_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QByteArray>("statusLine");
    const QByteArray auth = "Authorization: Bearer " + genericSecret + "\r\n";
    QTest::newRow("oversized body")
            << ("POST /hooks/generic HTTP/1.1\r\nHost: x\r\n" + auth
                + "Content-Type: application/json\r\nContent-Length: 50000000\r\n\r\n")
            << QByteArray("HTTP/1.1 413");
    QByteArray flood = "GET /healthz HTTP/1.1\r\nHost: x\r\n";
    for (int i = 0; i < 1000; ++i)
        flood += "X-" + QByteArray::number(i) + ": " + QByteArray(40, 'a') + "\r\n";
    QTest::newRow("header flood") << (flood + "\r\n") << QByteArray("HTTP/1.1 431");
    QTest::newRow("chunked upload")
            << ("POST /hooks/generic HTTP/1.1\r\nHost: x\r\n" + auth
                + "Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n")
            << QByteArray("HTTP/1.1 411");
    QTest::newRow("dot-dot to the control API")
            << QByteArray("GET /hooks/../api/approvals HTTP/1.1\r\nHost: x\r\n\r\n")
            << QByteArray("HTTP/1.1 40");
    QTest::newRow("encoded dot-dot")
            << QByteArray("GET /hooks/%2e%2e/api/approvals HTTP/1.1\r\nHost: x\r\n\r\n")
            << QByteArray("HTTP/1.1 40");
    QTest::newRow("negative length")
            << ("POST /hooks/generic HTTP/1.1\r\nHost: x\r\n" + auth + "Content-Length: -5\r\n\r\n")
            << QByteArray("HTTP/1.1 400");
}

void tst_Security::rawAttacks()
{
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, statusLine);
    const int before = approvals();
    const QByteArray answer = TestHttp::raw(m_service.service()->port(), request);
    QVERIFY2(answer.startsWith(statusLine), answer.left(80).constData());
    QVERIFY(!answer.contains("\"approvals\"")); // never the control API's data
    QCOMPARE(approvals(), before);
    QCOMPARE(TestHttp::send(QStringLiteral("GET"), url(QStringLiteral("/healthz"))).status, 200);
}

void tst_Security::standardWebhooksAccepted()
{
    const QByteArray key = InboundSecrets::standardWebhooksKey(standardSecret);
    const QByteArray body = R"({"target":"generic","data":{"build":"42"}})";
    const auto sign = [&](const QByteArray &id, qint64 timestamp, const QByteArray &signedBody) {
        const QByteArray ts = QByteArray::number(timestamp);
        return Headers{{"Content-Type", "application/json"},
                       {"webhook-id", id},
                       {"webhook-timestamp", ts},
                       {"webhook-signature",
                        "v1,bm90IGl0 v1,"
                                + InboundAuth::hmacSha256(key, id + '.' + ts + '.' + signedBody)
                                          .toBase64()}};
    };
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QUrl pause = url(QStringLiteral("/hooks/pipelines/pause"));
    // Signed ten minutes ago: outside the window, refused.
    QCOMPARE(TestHttp::send(QStringLiteral("POST"), pause, body, sign("msg_old", now - 600, body))
                     .status,
             401);
    // Signed for another body: refused.
    QCOMPARE(TestHttp::send(QStringLiteral("POST"), pause, body, sign("msg_1", now, "{}")).status,
             401);
    // A good signature (with a rotated-out one beside it) passes authentication; the
    // pause itself is refused because no restart target "generic" is configured here.
    const TestReply reply =
            TestHttp::send(QStringLiteral("POST"), pause, body, sign("msg_2", now, body));
    QVERIFY2(reply.status != 401, reply.body.constData());
}

void tst_Security::repeatedFailuresAreRateLimited()
{
    // From 127.0.0.2, so the other tests' failures from 127.0.0.1 do not count.
    HttpRequest request;
    request.method = QStringLiteral("GET");
    request.path = QStringLiteral("/api/approvals");
    request.remoteAddress = QHostAddress(QStringLiteral("127.0.0.2"));
    request.headers = {{"Authorization", "Bearer guess"}};
    GatehouseService *service = m_service.service();
    QList<int> statuses;
    QMetaObject::invokeMethod(
            service->engine(),
            [&] {
                for (int i = 0; i < 25; ++i)
                    statuses.append(service->receiver()->handle(request).status);
            },
            Qt::BlockingQueuedConnection);
    QCOMPARE(statuses.count(401), 20);
    QCOMPARE(statuses.last(), 429);
    // The block holds back refused credentials only: the right token still passes
    // (tst_lockout covers this over HTTP).
    request.headers = {{"Authorization", "Bearer operator-token-for-tests"}};
    int status = 0;
    QMetaObject::invokeMethod(
            service->engine(), [&] { status = service->receiver()->handle(request).status; },
            Qt::BlockingQueuedConnection);
    QCOMPARE(status, 200);
}

void tst_Security::securityLogRecordsRefusals()
{
    // Its own refusals, so that it passes alone and in any order: a wrong secret
    // (which must not reach the log) and a body over the limit.
    QCOMPARE(TestHttp::send(QStringLiteral("POST"), url(QStringLiteral("/hooks/generic")), "{}",
                            {{"Authorization", "Bearer " + genericSecret + "-wrong"}})
                     .status,
             401);
    QVERIFY(TestHttp::raw(m_service.service()->port(),
                          "POST /hooks/generic HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                                  + genericSecret
                                  + "\r\nContent-Type: application/json\r\n"
                                    "Content-Length: 50000000\r\n\r\n")
                    .startsWith("HTTP/1.1 413"));
    Engine *engine = m_service.service()->engine();
    QVector<SecurityEvent> events;
    bool sawUnauthorized = false, sawTooLarge = false;
    QTRY_VERIFY([&] {
        QMetaObject::invokeMethod(
                engine, [&] { events = engine->securityEvents(500); },
                Qt::BlockingQueuedConnection);
        for (const SecurityEvent &event : std::as_const(events)) {
            sawUnauthorized |= event.what.contains(QLatin1String("401 POST /hooks/generic"));
            sawTooLarge |= event.what.contains(QLatin1String("413"));
        }
        return sawUnauthorized && sawTooLarge;
    }());
    for (const SecurityEvent &event : std::as_const(events))
        QVERIFY(!event.what.contains(QString::fromLatin1(genericSecret)));
}

QTEST_GUILESS_MAIN(tst_Security)
#include "tst_security.moc"
