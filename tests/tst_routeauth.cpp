// Every route is authenticated. The routes come from the README's endpoint table (the
// public contract), plus routes the test adds to the running receiver: one declared
// without any access (the default must be "operator only") and one declared as a
// connector's webhook. Without credentials, or with wrong ones, each answers 401 with
// a JSON error and changes nothing; link routes answer 404 for a made-up token. A
// router without a guard lets only public routes through. A valid Standard Webhooks
// signature creates the approval: exactly 201.
#include "support/testhttp.h"
#include "support/testservice.h"

#include "core/engine.h"
#include "receiver/inboundauth.h"
#include "receiver/router.h"
#include "receiver/webhookreceiver.h"
#include "service/inboundsecrets.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

namespace {
const QByteArray operatorToken = "route-auth-operator";
const QByteArray standardSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
} // namespace

class tst_RouteAuth : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void routesRefuseStrangers_data();
    void routesRefuseStrangers();
    void testRoutesOpenWithTheRightCredentials();
    void routerWithoutGuardIsClosed();
    void standardWebhooksSignatureCreates();

private:
    int approvals();
    // Sends from its own loopback address: the refusal limit counts per address.
    QPair<int, QByteArray> send(const QString &method, const QString &path,
                                const QByteArray &headers, const QByteArray &body = {});

    QTemporaryDir m_dir;
    ServiceThread m_service;
    std::atomic<int> m_testRouteCalls{0};
    int m_nextSource = 10;
};

void tst_RouteAuth::initTestCase()
{
    QFile groups(m_dir.filePath(QStringLiteral("fanin.json")));
    QVERIFY(groups.open(QIODevice::WriteOnly));
    groups.write(R"({"groups":[{"name":"acr-push","expectedSources":["eastus","westus"],
                    "onComplete":"approval"}]})");
    groups.close();
    ServiceConfig config = TestService::config(m_dir.path(), operatorToken);
    config.faninFile = groups.fileName();
    TestService::acceptToken(config,
                             {QStringLiteral("generic"), QStringLiteral("azure"),
                              QStringLiteral("flexdeploy"), QStringLiteral("fanin")});
    config.inbound.insert(QStringLiteral("pipelines"),
                          {QStringLiteral("standard-webhooks"),
                           standardSecret,
                           QStringLiteral("environment"),
                           {},
                           "sha256="});
    config.restartTargets.append(RestartTarget::generic(QStringLiteral("nightly"),
                                                        QStringLiteral("http://127.0.0.1:9/s")));
    QVERIFY(TestService::start(m_service, config));
    // Test-only routes, added where the receiver lives.
    WebhookReceiver *receiver = m_service.service()->receiver();
    const auto handler = [this](const HttpRequest &, const Router::Params &) {
        ++m_testRouteCalls;
        return HttpResponse::json(200, {{QStringLiteral("reached"), true}});
    };
    QMetaObject::invokeMethod(
            receiver,
            [&] {
                receiver->addRoute(QStringLiteral("GET"), QStringLiteral("/test/undeclared"),
                                   Access{}, handler);
                receiver->addRoute(QStringLiteral("POST"), QStringLiteral("/test/webhook"),
                                   Access::webhook(QStringLiteral("generic")), handler);
            },
            Qt::BlockingQueuedConnection);
}

void tst_RouteAuth::cleanupTestCase()
{
    m_service.stop();
}

int tst_RouteAuth::approvals()
{
    Engine *engine = m_service.service()->engine();
    int count = -1;
    QMetaObject::invokeMethod(
            engine, [&] { count = engine->countApprovals(std::nullopt); },
            Qt::BlockingQueuedConnection);
    return count;
}

QPair<int, QByteArray> tst_RouteAuth::send(const QString &method, const QString &path,
                                           const QByteArray &headers, const QByteArray &body)
{
    const QHostAddress source(QStringLiteral("127.0.0.%1").arg(m_nextSource++));
    const QByteArray request = method.toLatin1() + ' ' + path.toLatin1()
            + " HTTP/1.1\r\nHost: x\r\n" + headers
            + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    const QByteArray answer = TestHttp::rawFrom(source, m_service.service()->port(), request);
    const int status = answer.startsWith("HTTP/1.1 ") ? answer.mid(9, 3).toInt() : 0;
    return {status, answer.mid(answer.indexOf("\r\n\r\n") + 4)};
}

void tst_RouteAuth::routesRefuseStrangers_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    // The README's endpoint table: | `POST`, `GET /path?query` | who may call | ... |
    QFile readme(QStringLiteral(GATEHOUSE_SOURCE_DIR "/README.md"));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    const QRegularExpression row(QStringLiteral(
            R"(^\| ((?:`(?:GET|POST|PUT|PATCH|DELETE)`?,? ?)+)([^` ]*)`[^|]*\| ([^|]+) \|)"));
    int documented = 0;
    for (const QString &line : QString::fromUtf8(readme.readAll()).split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch match = row.match(line);
        if (!match.hasMatch())
            continue;
        const QString who = match.captured(3).trimmed();
        if (who == QLatin1String("anyone"))
            continue; // /healthz
        const bool link = who.contains(QLatin1String("link's token"));
        QString path = match.captured(2);
        path.replace(QStringLiteral("{id}"), QStringLiteral("1"))
                .replace(QStringLiteral("{group}"), QStringLiteral("acr-push"))
                .replace(QStringLiteral("{token}"), QString(43, QLatin1Char('x')));
        if (path.endsWith(QLatin1Char('=')))
            path += link ? QString(86, QLatin1Char('y')) : QStringLiteral("eastus");
        static const QRegularExpression methods(QStringLiteral("GET|POST|PUT|PATCH|DELETE"));
        for (auto it = methods.globalMatch(match.captured(1)); it.hasNext();) {
            const QString method = it.next().captured(0);
            QTest::addRow("%s %s", qPrintable(method), qPrintable(path))
                    << method << path << (link ? 404 : 401);
            ++documented;
        }
    }
    QVERIFY2(documented >= 15, "the README's endpoint table was not found");
    QTest::newRow("test route declared without access")
            << QStringLiteral("GET") << QStringLiteral("/test/undeclared") << 401;
    QTest::newRow("test route of a webhook")
            << QStringLiteral("POST") << QStringLiteral("/test/webhook") << 401;
}

void tst_RouteAuth::routesRefuseStrangers()
{
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    const int before = approvals();
    const int calls = m_testRouteCalls.load();
    // A link route is asked to decide (a form), everything else gets a JSON body.
    const bool link = status == 404;
    const QByteArray type = link ? "Content-Type: application/x-www-form-urlencoded\r\n"
                                 : "Content-Type: application/json\r\n";
    const QByteArray body = method == QLatin1String("GET") ? QByteArray()
            : link
            ? QByteArray("decision=approve")
            : QByteArray(R"({"title":"t","externalId":"x","callbackUrl":"http://127.0.0.1:9/c"})");
    for (const QByteArray &credentials :
         {QByteArray(), QByteArray("Authorization: Bearer not-the-secret\r\n"),
          QByteArray("Authorization: Bearer " + operatorToken + "x\r\n")}) {
        const auto [answered, answer] = send(method, path, type + credentials, body);
        QVERIFY2(answered == status,
                 qPrintable(QStringLiteral("%1 with '%2': %3 %4")
                                    .arg(path, QString::fromLatin1(credentials.trimmed()))
                                    .arg(answered)
                                    .arg(QString::fromUtf8(answer.left(200)))));
        if (!link) {
            const QJsonObject json = QJsonDocument::fromJson(answer).object();
            QCOMPARE(json.value(QStringLiteral("error")).toString(),
                     QStringLiteral("unauthorized"));
            QVERIFY(!json.value(QStringLiteral("detail")).toString().isEmpty());
        }
    }
    QCOMPARE(approvals(), before);
    QCOMPARE(m_testRouteCalls.load(), calls);
}

void tst_RouteAuth::testRoutesOpenWithTheRightCredentials()
{
    // The 401s above are the guard's: the same routes answer with the right credentials.
    const int calls = m_testRouteCalls.load();
    QCOMPARE(send(QStringLiteral("GET"), QStringLiteral("/test/undeclared"),
                  "Authorization: Bearer " + operatorToken + "\r\n")
                     .first,
             200);
    QCOMPARE(send(QStringLiteral("POST"), QStringLiteral("/test/webhook"),
                  QByteArray("Authorization: Bearer ") + TestService::hookSecret + "\r\n", "{}")
                     .first,
             200);
    QCOMPARE(m_testRouteCalls.load(), calls + 2);
}

void tst_RouteAuth::routerWithoutGuardIsClosed()
{
    Router router; // no guard set
    int calls = 0;
    const auto handler = [&](const HttpRequest &, const Router::Params &) {
        ++calls;
        return HttpResponse::json(200, {});
    };
    router.add(QStringLiteral("GET"), QStringLiteral("/operator"), Access{}, handler);
    router.add(QStringLiteral("GET"), QStringLiteral("/hook"),
               Access::webhook(QStringLiteral("generic")), handler);
    router.add(QStringLiteral("GET"), QStringLiteral("/health"), Access::open(), handler);
    HttpRequest request;
    request.method = QStringLiteral("GET");
    request.headers = {{"Authorization", "Bearer anything"}};
    for (const QString &closed : {QStringLiteral("/operator"), QStringLiteral("/hook")}) {
        request.path = closed;
        QCOMPARE(router.dispatch(request).status, 401);
    }
    QCOMPARE(calls, 0);
    request.path = QStringLiteral("/health");
    QCOMPARE(router.dispatch(request).status, 200);
    QCOMPARE(calls, 1);
}

void tst_RouteAuth::standardWebhooksSignatureCreates()
{
    const QByteArray key = InboundSecrets::standardWebhooksKey(standardSecret);
    const QByteArray body = R"({"target":"nightly","data":{"build":"42"}})";
    const QByteArray id = "msg_route_auth";
    const QByteArray timestamp = QByteArray::number(QDateTime::currentSecsSinceEpoch());
    const QByteArray signature =
            InboundAuth::hmacSha256(key, id + '.' + timestamp + '.' + body).toBase64();
    const int before = approvals();
    const auto [status, answer] =
            send(QStringLiteral("POST"), QStringLiteral("/hooks/pipelines/pause"),
                 "Content-Type: application/json\r\nwebhook-id: " + id + "\r\nwebhook-timestamp: "
                         + timestamp + "\r\nwebhook-signature: v1," + signature + "\r\n",
                 body);
    QVERIFY2(status == 201, answer.constData());
    QCOMPARE(approvals(), before + 1);
}

QTEST_GUILESS_MAIN(tst_RouteAuth)
#include "tst_routeauth.moc"
