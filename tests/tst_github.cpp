// GitHub Actions against a fake GitHub on loopback, through the real receiver and the
// real outbox: the App's deployment_protection_rule webhook (signature, ping, other
// events, a callback URL on a foreign host), the decision with a JWT checked claim by
// claim and verified with the App's public key, the installation token exchange, its
// cache, its renewal and recovery after 5xx and 401.
#include "support/fakehttpserver.h"
#include "support/testcore.h"
#include "support/testhttp.h"
#include "support/testservice.h"

#include "connectors/connectorregistry.h"
#include "connectors/github/githubapptokens.h"
#include "connectors/github/githubconnector.h"
#include "connectors/github/githubhook.h"
#include "connectors/github/githubjwt.h"
#include "connectors/github/githubmetadata.h"
#include "connectors/github/githubmodule.h"
#include "connectors/github/githubreviewpoller.h"
#include "connectors/github/githubsettings.h"
#include "receiver/inboundauth.h"
#include "service/connectorsettingvalues.h"
#include "service/inboundsecrets.h"
#include "service/serviceconfig.h"
#include "service/tasksettings.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

#include <memory>

namespace {

constexpr const char *webhookSecret = "It's a Secret to Everybody";
constexpr const char *appId = "123456";
constexpr const char *installation = "35490125";
const QByteArray runPath = "/repos/acme/shop/actions/runs/5453085689/deployment_protection_rule";

// A fresh RSA key pair: the private key as PEM, the public key to verify with.
struct KeyPair
{
    QByteArray privatePem;
    QByteArray publicPem;
};

KeyPair generateKeyPair()
{
    KeyPair pair;
    EVP_PKEY *key = EVP_RSA_gen(2048);
    if (!key)
        return pair;
    BIO *privateBio = BIO_new(BIO_s_mem());
    BIO *publicBio = BIO_new(BIO_s_mem());
    // PKCS#1 ("BEGIN RSA PRIVATE KEY"), as GitHub hands App keys out.
    PEM_write_bio_PrivateKey_traditional(privateBio, key, nullptr, nullptr, 0, nullptr, nullptr);
    PEM_write_bio_PUBKEY(publicBio, key);
    char *data = nullptr;
    long size = BIO_get_mem_data(privateBio, &data);
    pair.privatePem = QByteArray(data, size);
    size = BIO_get_mem_data(publicBio, &data);
    pair.publicPem = QByteArray(data, size);
    BIO_free(privateBio);
    BIO_free(publicBio);
    EVP_PKEY_free(key);
    return pair;
}

bool verifyRs256(const QByteArray &publicPem, const QByteArray &input, const QByteArray &signature)
{
    BIO *bio = BIO_new_mem_buf(publicPem.constData(), int(publicPem.size()));
    EVP_PKEY *key = PEM_read_bio_PUBKEY(bio, nullptr, nullptr, nullptr);
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    const bool ok = key && context
            && EVP_DigestVerifyInit(context, nullptr, EVP_sha256(), nullptr, key) == 1
            && EVP_DigestVerify(context, reinterpret_cast<const unsigned char *>(signature.data()),
                                size_t(signature.size()),
                                reinterpret_cast<const unsigned char *>(input.data()),
                                size_t(input.size()))
                    == 1;
    EVP_MD_CTX_free(context);
    EVP_PKEY_free(key);
    BIO_free(bio);
    return ok;
}

QByteArray fromBase64Url(const QByteArray &text)
{
    return QByteArray::fromBase64(text, QByteArray::Base64UrlEncoding);
}

} // namespace

class tst_GitHub : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void signatureOfGitHubsExample();
    void unsignedOrMissignedRefused_data();
    void unsignedOrMissignedRefused();
    void pingAndOtherEvents();
    void protectionRuleShowsTheRun();
    void redeliveryIsTheSameApproval();
    void foreignCallbackRefused_data();
    void foreignCallbackRefused();
    void approveSignsJwtAndCallsBack();
    void rejectSendsRejected();
    void secondDecisionReusesToken();
    void tokenExchangeRecoversAfterServerError();
    void tokenRefusedByGitHubIsFetchedAgain();
    void tokenNearExpiryIsRenewed();
    void enterpriseServerBase();
    void reviewerWaitsAppearAndAreDecided();
    void pollingSendsEtagsBack();
    void rateLimitPausesPolling();
    void retryAfterPausesPolling();
    void settingsRead();
    void settingsPageEditValidatesAndSeals();
    void serviceWiresTheConnector();
    void registryDescribesGitHub();
    void settingsFileReadAsTheServiceReadsIt();
    void taskPollsAndReviewEventLooksNow();

private:
    // A poller for acme/shop with the reviewer token sealed in the vault.
    std::unique_ptr<GitHubReviewPoller> startPoller();
    // Polls once and waits for the round to end.
    bool pollRound(GitHubReviewPoller &poller);
    FakeResponse reviewerApi(const RecordedRequest &request);
    QByteArray event(const QString &callbackUrl,
                     const QString &environment = QStringLiteral("production"),
                     const QString &deploymentId = QStringLiteral("1124877")) const;
    TestReply post(const QByteArray &body, const QByteArray &eventName,
                   const QByteArray &signature = {});
    qint64 ingest(const QString &runId = QStringLiteral("5453085689"));
    // The decision call for the approval was answered with 204.
    bool waitDelivered(qint64 id);
    int count(const QString &path) const;
    QList<RecordedRequest> requestsTo(const QString &path) const;
    // Checks one token exchange byte for byte, with the JWT's claims and signature.
    void checkTokenExchange(const RecordedRequest &request, const QDateTime &before,
                            const QDateTime &after);

    KeyPair keys;
    std::unique_ptr<TestCore> core;
    std::unique_ptr<FakeHttpServer> github;
    std::shared_ptr<GitHubConnector> connector;
    std::shared_ptr<GitHubAppTokens> tokens;
    // The fake's behaviour, changed by the tests.
    QList<int> tokenStatuses; // answers to the token exchange in order; then 201
    qint64 tokenLifetimeSecs = 3600;
    int issued = 0; // tokens handed out: ghs_token1, ghs_token2, ...
    QSet<QByteArray> revoked; // tokens the callback answers 401 to
    QList<int> callbackStatuses; // answers to the callback in order; then 204
    // The reviewer API: the next answer to the list of waiting runs (0: the normal one).
    FakeResponse runsOverride{0, {}};
};

void tst_GitHub::initTestCase()
{
    keys = generateKeyPair();
    QVERIFY(keys.privatePem.startsWith("-----BEGIN RSA PRIVATE KEY-----"));
}

void tst_GitHub::init()
{
    tokenStatuses.clear();
    callbackStatuses.clear();
    revoked.clear();
    tokenLifetimeSecs = 3600;
    issued = 0;
    runsOverride = {0, {}};
    github = std::make_unique<FakeHttpServer>();
    QVERIFY(github->start());
    github->setHandler([this](const RecordedRequest &request) -> FakeResponse {
        if (request.method == QLatin1String("POST")
            && request.path
                    == QStringLiteral("/app/installations/%1/access_tokens")
                               .arg(QLatin1String(installation))) {
            if (!tokenStatuses.isEmpty())
                return {tokenStatuses.takeFirst(), R"({"message":"Server Error"})"};
            const QString expires = QDateTime::currentDateTimeUtc()
                                            .addSecs(tokenLifetimeSecs)
                                            .toString(Qt::ISODate);
            return {201,
                    QStringLiteral(R"({"token":"ghs_token%1","expires_at":"%2",)"
                                   R"("permissions":{"deployments":"write"}})")
                            .arg(++issued)
                            .arg(expires)
                            .toUtf8()};
        }
        if (request.method == QLatin1String("POST")
            && request.path.endsWith(QLatin1String("/deployment_protection_rule"))) {
            const QByteArray token = request.header("Authorization").mid(7);
            if (!request.header("Authorization").startsWith("Bearer ghs_")
                || revoked.contains(token))
                return {401, R"({"message":"Bad credentials"})"};
            if (!callbackStatuses.isEmpty())
                return {callbackStatuses.takeFirst(), R"({"message":"Server Error"})"};
            return {204, QByteArray()};
        }
        return reviewerApi(request);
    });

    core = std::make_unique<TestCore>();
    QVERIFY(core->listen());
    GitHubConfig config;
    config.apiUrl = github->url({});
    config.appId = QString::fromLatin1(appId);
    const QString keyFile = core->dir.filePath(QStringLiteral("app.pem"));
    QFile pem(keyFile);
    QVERIFY(pem.open(QIODevice::WriteOnly));
    pem.write(keys.privatePem);
    pem.close();
    QVERIFY(pem.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    config.privateKeyFile = keyFile;
    connector = std::make_shared<GitHubConnector>(config);
    tokens = std::make_shared<GitHubAppTokens>(
            config, core->outbox->targetGuard(),
            [keyFile](QString *error) { return readGitHubPrivateKey(keyFile, {}, error); },
            [clock = &core->clock] { return clock->now(); });
    core->outbox->setCredentialProvider(GitHubAppTokens::providerName(), tokens);
    // The receiver serves /hooks/github (registry) with the Engine's connector: this one.
    core->engine->addConnector(connector);
    InboundRule rule;
    rule.scheme = InboundRule::Scheme::HmacSha256;
    rule.secret = webhookSecret;
    core->receiver->setInboundRule(GitHubConnector::id(), rule);
    core->outbox->start();
}

void tst_GitHub::cleanup()
{
    core.reset();
    tokens.reset();
    connector.reset();
    github.reset();
}

QByteArray tst_GitHub::event(const QString &callbackUrl, const QString &environment,
                             const QString &deploymentId) const
{
    // The shape of GitHub's deployment_protection_rule "requested" payload.
    return QStringLiteral(
                   R"({"action":"requested","environment":"%1","event":"push",)"
                   R"("deployment_callback_url":"%2",)"
                   R"("deployment":{"id":%3,"sha":"5275a45b7e99c7fd7265b790392c10a74101a67a",)"
                   R"("ref":"main","environment":"%1","creator":{"login":"dev1","id":3263338}},)"
                   R"("pull_requests":[],)"
                   R"("repository":{"id":616901961,"name":"shop","full_name":"acme/shop",)"
                   R"("owner":{"login":"acme"}},)"
                   R"("installation":{"id":%4,"node_id":"MDIzOkludGVncmF0aW9u"},)"
                   R"("sender":{"login":"dev1","id":3263338}})")
            .arg(environment, callbackUrl, deploymentId, QString::fromLatin1(installation))
            .toUtf8();
}

TestReply tst_GitHub::post(const QByteArray &body, const QByteArray &eventName,
                           const QByteArray &signature)
{
    const QByteArray signed_ = signature.isNull()
            ? "sha256=" + InboundAuth::hmacSha256(webhookSecret, body).toHex()
            : signature;
    QList<QPair<QByteArray, QByteArray>> headers{
            {"Content-Type", "application/json"},
            {"User-Agent", "GitHub-Hookshot/044aadd"},
            {"X-GitHub-Delivery", "72d3162e-cc78-11e3-81ab-4c9367dc0958"}};
    if (!eventName.isEmpty())
        headers.append({"X-GitHub-Event", eventName});
    if (!signed_.isEmpty())
        headers.append({"X-Hub-Signature-256", signed_});
    return TestHttp::send(QStringLiteral("POST"), core->url(GitHubHook::path()), body, headers);
}

qint64 tst_GitHub::ingest(const QString &runId)
{
    QString url = github->url(QString::fromLatin1(runPath)).toString();
    url.replace(QLatin1String("5453085689"), runId);
    const TestReply reply = post(event(url), "deployment_protection_rule");
    if (reply.status != 201)
        qWarning() << reply.status << reply.body;
    return reply.status == 201 ? reply.json().value(QStringLiteral("id")).toInteger() : 0;
}

bool tst_GitHub::waitDelivered(qint64 id)
{
    return QTest::qWaitFor(
            [&] { return core->engine->approval(id)->delivery == DeliveryState::Delivered; },
            10000);
}

QList<RecordedRequest> tst_GitHub::requestsTo(const QString &path) const
{
    QList<RecordedRequest> matching;
    for (const RecordedRequest &request : github->requests) {
        if (request.path == path)
            matching.append(request);
    }
    return matching;
}

int tst_GitHub::count(const QString &path) const
{
    return int(requestsTo(path).size());
}

void tst_GitHub::checkTokenExchange(const RecordedRequest &request, const QDateTime &before,
                                    const QDateTime &after)
{
    QCOMPARE(request.method, QStringLiteral("POST"));
    QCOMPARE(request.path, QStringLiteral("/app/installations/35490125/access_tokens"));
    QVERIFY(request.query.isEmpty());
    QCOMPARE(request.header("Accept"), QByteArray("application/vnd.github+json"));
    QCOMPARE(request.header("X-GitHub-Api-Version"), QByteArray("2022-11-28"));
    QCOMPARE(request.header("User-Agent"), QByteArray("Gatehouse"));
    QCOMPARE(request.body, QByteArray());
    const QByteArray authorization = request.header("Authorization");
    QVERIFY(authorization.startsWith("Bearer "));
    const QList<QByteArray> parts = authorization.mid(7).split('.');
    QCOMPARE(parts.size(), 3);
    QCOMPARE(fromBase64Url(parts.at(0)), QByteArray(R"({"alg":"RS256","typ":"JWT"})"));
    const QJsonObject claims = QJsonDocument::fromJson(fromBase64Url(parts.at(1))).object();
    QCOMPARE(claims.size(), 3);
    // The App ID is a number: it goes into "iss" as a JSON number.
    QVERIFY(claims.value(QStringLiteral("iss")).isDouble());
    QCOMPARE(claims.value(QStringLiteral("iss")).toInteger(), 123456);
    const qint64 iat = claims.value(QStringLiteral("iat")).toInteger();
    const qint64 exp = claims.value(QStringLiteral("exp")).toInteger();
    QVERIFY(iat >= before.toSecsSinceEpoch() - 60 && iat <= after.toSecsSinceEpoch() - 60);
    QCOMPARE(exp - iat, 60 + 9 * 60); // 9 minutes ahead: inside GitHub's 10
    QVERIFY(exp - after.toSecsSinceEpoch() <= 10 * 60);
    QVERIFY2(verifyRs256(keys.publicPem, parts.at(0) + '.' + parts.at(1),
                         fromBase64Url(parts.at(2))),
             "the JWT's RS256 signature does not verify with the App's public key");
    QVERIFY(!verifyRs256(keys.publicPem, parts.at(0) + '.' + parts.at(1) + 'x',
                         fromBase64Url(parts.at(2))));
}

void tst_GitHub::signatureOfGitHubsExample()
{
    // The test vector of GitHub's "Validating webhook deliveries".
    QCOMPARE("sha256=" + InboundAuth::hmacSha256(webhookSecret, "Hello, World!").toHex(),
             QByteArray("sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17"));
}

void tst_GitHub::unsignedOrMissignedRefused_data()
{
    QTest::addColumn<QByteArray>("signature");
    QTest::newRow("missing") << QByteArray("");
    QTest::newRow("wrong") << QByteArray(
            "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17");
    QTest::newRow("sha1 header form")
            << QByteArray("sha1=0123456789abcdef0123456789abcdef01234567");
}

void tst_GitHub::unsignedOrMissignedRefused()
{
    QFETCH(QByteArray, signature);
    const TestReply reply = post(event(github->url(QString::fromLatin1(runPath)).toString()),
                                 "deployment_protection_rule", signature);
    QCOMPARE(reply.status, 401);
    QVERIFY(!reply.json().value(QStringLiteral("detail")).toString().isEmpty());
    QCOMPARE(core->engine->countApprovals(std::nullopt), 0);
    QCOMPARE(github->requests.size(), 0);
}

void tst_GitHub::pingAndOtherEvents()
{
    const TestReply ping = post(R"({"zen":"Design for failure.","hook_id":1})", "ping");
    QCOMPARE(ping.status, 200);
    QCOMPARE(ping.json().value(QStringLiteral("status")).toString(), QStringLiteral("pong"));

    const TestReply push = post(R"({"ref":"refs/heads/main"})", "push");
    QCOMPARE(push.status, 202);
    QCOMPARE(push.json().value(QStringLiteral("status")).toString(), QStringLiteral("ignored"));

    const TestReply noEvent = post(R"({"action":"requested"})", "");
    QCOMPARE(noEvent.status, 400);
    QVERIFY(noEvent.json()
                    .value(QStringLiteral("detail"))
                    .toString()
                    .contains(QStringLiteral("X-GitHub-Event")));

    // A signed ping with a bad signature is refused like everything else.
    QCOMPARE(post(R"({"zen":"x"})", "ping", "sha256=00").status, 401);
    QCOMPARE(core->engine->countApprovals(std::nullopt), 0);
}

void tst_GitHub::protectionRuleShowsTheRun()
{
    const qint64 id = ingest();
    QVERIFY(id > 0);
    const Approval a = *core->engine->approval(id);
    QCOMPARE(a.connector, QStringLiteral("github"));
    QCOMPARE(a.kind, QStringLiteral("githubrule"));
    QCOMPARE(a.title, QStringLiteral("Deploy acme/shop to production"));
    QCOMPARE(a.description, QStringLiteral("Run 5453085689 on main (push)"));
    QCOMPARE(a.pipeline, QStringLiteral("acme/shop"));
    QCOMPARE(a.environment, QStringLiteral("production"));
    QCOMPARE(a.requestedBy, QStringLiteral("dev1"));
    namespace M = GitHubMetadata;
    QCOMPARE(a.metadata.value(M::ref).toString(), QStringLiteral("main"));
    QCOMPARE(a.metadata.value(M::runId).toString(), QStringLiteral("5453085689"));
    QCOMPARE(a.metadata.value(M::installationId).toString(), QStringLiteral("35490125"));
    QCOMPARE(a.metadata.value(M::triggeredBy).toString(), QStringLiteral("dev1"));
    QCOMPARE(a.metadata.value(M::runUrl).toString(),
             QStringLiteral("http://127.0.0.1:%1/acme/shop/actions/runs/5453085689")
                     .arg(github->port()));
    QVERIFY(qAbs(core->clock.now().addDays(30).secsTo(a.deadline)) < 5);
}

void tst_GitHub::redeliveryIsTheSameApproval()
{
    const qint64 id = ingest();
    QVERIFY(id > 0);
    const TestReply again = post(event(github->url(QString::fromLatin1(runPath)).toString()),
                                 "deployment_protection_rule");
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json().value(QStringLiteral("id")).toInteger(), id);
    QCOMPARE(core->engine->countApprovals(std::nullopt), 1);
}

void tst_GitHub::foreignCallbackRefused_data()
{
    QTest::addColumn<QString>("callbackUrl");
    // _data runs before init(): the fake's port is filled in by the test.
    const QString port = QStringLiteral("{port}");
    QTest::newRow("another host") << QStringLiteral(
            "https://evil.example/repos/acme/shop/actions/runs/1/"
            "deployment_protection_rule");
    QTest::newRow("another host, same scheme and port")
            << QStringLiteral("http://evil.example:{port}/repos/acme/shop/actions/runs/1/"
                              "deployment_protection_rule");
    QTest::newRow("another port") << QStringLiteral(
            "http://127.0.0.1:1/repos/acme/shop/actions/runs/1/"
            "deployment_protection_rule");
    QTest::newRow("https instead of http")
            << QStringLiteral("https://127.0.0.1:%1/repos/acme/shop/actions/runs/1/"
                              "deployment_protection_rule")
                       .arg(port);
    QTest::newRow("user info") << QStringLiteral(
                                          "http://x@127.0.0.1:%1/repos/acme/shop/actions/runs/1/"
                                          "deployment_protection_rule")
                                          .arg(port);
    QTest::newRow("another path") << QStringLiteral("http://127.0.0.1:%1/admin/users").arg(port);
    QTest::newRow("dot segment") << QStringLiteral(
                                            "http://127.0.0.1:%1/repos/acme/../actions/runs/1/"
                                            "deployment_protection_rule")
                                            .arg(port);
    QTest::newRow("query") << QStringLiteral("http://127.0.0.1:%1/repos/acme/shop/actions/runs/1/"
                                             "deployment_protection_rule?x=1")
                                      .arg(port);
    QTest::newRow("other repository")
            << QStringLiteral("http://127.0.0.1:%1/repos/acme/bank/actions/runs/1/"
                              "deployment_protection_rule")
                       .arg(port);
}

void tst_GitHub::foreignCallbackRefused()
{
    QFETCH(QString, callbackUrl);
    callbackUrl.replace(QStringLiteral("{port}"), QString::number(github->port()));
    const TestReply reply = post(event(callbackUrl), "deployment_protection_rule");
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.json()
                    .value(QStringLiteral("detail"))
                    .toString()
                    .contains(QStringLiteral("deployment_callback_url"))
            || reply.json()
                       .value(QStringLiteral("detail"))
                       .toString()
                       .contains(QStringLiteral("repository")));
    QCOMPARE(core->engine->countApprovals(std::nullopt), 0);
    QCOMPARE(github->requests.size(), 0);
}

void tst_GitHub::approveSignsJwtAndCallsBack()
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const qint64 id = ingest();
    QVERIFY(id > 0);
    // Opening: one status report to the run, with a freshly exchanged token.
    QTRY_COMPARE_WITH_TIMEOUT(count(QString::fromLatin1(runPath)), 1, 10000);
    const RecordedRequest status = requestsTo(QString::fromLatin1(runPath)).first();
    QCOMPARE(
            status.body,
            QByteArray(
                    R"({"comment":"Waiting in Gatehouse for a decision","environment_name":"production"})"));
    QCOMPARE(status.header("Authorization"), QByteArray("Bearer ghs_token1"));

    QCOMPARE(core->engine
                     ->decide(id,
                              {Verdict::Approve, QStringLiteral("j.doe"), QStringLiteral("api"),
                               QStringLiteral("CHG-1234")})
                     .outcome,
             Engine::DecideOutcome::Decided);
    QVERIFY(waitDelivered(id));
    const QDateTime after = QDateTime::currentDateTimeUtc();

    const QList<RecordedRequest> exchanges =
            requestsTo(QStringLiteral("/app/installations/35490125/access_tokens"));
    QCOMPARE(exchanges.size(), 1);
    checkTokenExchange(exchanges.first(), before, after);

    const QList<RecordedRequest> calls = requestsTo(QString::fromLatin1(runPath));
    QCOMPARE(calls.size(), 2);
    const RecordedRequest &decision = calls.last();
    QCOMPARE(decision.method, QStringLiteral("POST"));
    QVERIFY(decision.query.isEmpty());
    QCOMPARE(decision.header("Authorization"), QByteArray("Bearer ghs_token1"));
    QCOMPARE(decision.header("Accept"), QByteArray("application/vnd.github+json"));
    QCOMPARE(decision.header("X-GitHub-Api-Version"), QByteArray("2022-11-28"));
    QCOMPARE(decision.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(decision.header("User-Agent"), QByteArray("Gatehouse"));
    QCOMPARE(decision.body,
             QByteArray(R"({"comment":"Approved in Gatehouse by j.doe: CHG-1234",)"
                        R"("environment_name":"production","state":"approved"})"));
    // The timeline does not hold the token.
    for (const TimelineEntry &entry : core->engine->timeline(id))
        QVERIFY(!entry.message.contains(QStringLiteral("ghs_")));
}

void tst_GitHub::rejectSendsRejected()
{
    const qint64 id = ingest();
    QVERIFY(id > 0);
    core->engine->decide(id,
                         {Verdict::Reject, QStringLiteral("j.doe"), QStringLiteral("api"),
                          QStringLiteral("not today")});
    QVERIFY(waitDelivered(id));
    QCOMPARE(requestsTo(QString::fromLatin1(runPath)).last().body,
             QByteArray(R"({"comment":"Rejected in Gatehouse by j.doe: not today",)"
                        R"("environment_name":"production","state":"rejected"})"));
}

void tst_GitHub::secondDecisionReusesToken()
{
    const qint64 first = ingest(QStringLiteral("1001"));
    const qint64 second = ingest(QStringLiteral("1002"));
    QVERIFY(first > 0 && second > 0);
    core->engine->decide(first, {Verdict::Approve, QStringLiteral("a"), QStringLiteral("api"), {}});
    QVERIFY(waitDelivered(first));
    core->engine->decide(second,
                         {Verdict::Approve, QStringLiteral("a"), QStringLiteral("api"), {}});
    QVERIFY(waitDelivered(second));
    // Two openings and two decisions, one token.
    QCOMPARE(count(QStringLiteral("/app/installations/35490125/access_tokens")), 1);
    QCOMPARE(tokens->fetches(), 1);
    const auto decision = requestsTo(
            QStringLiteral("/repos/acme/shop/actions/runs/1002/deployment_protection_rule"));
    QCOMPARE(decision.size(), 2);
    QCOMPARE(decision.last().header("Authorization"), QByteArray("Bearer ghs_token1"));
}

void tst_GitHub::tokenExchangeRecoversAfterServerError()
{
    tokenStatuses = {502, 500};
    const qint64 id = ingest();
    QVERIFY(id > 0);
    core->engine->decide(id, {Verdict::Approve, QStringLiteral("a"), QStringLiteral("api"), {}});
    QVERIFY(waitDelivered(id));
    QCOMPARE(count(QStringLiteral("/app/installations/35490125/access_tokens")), 3);
    QCOMPARE(requestsTo(QString::fromLatin1(runPath)).last().header("Authorization"),
             QByteArray("Bearer ghs_token1"));
    // The failed exchanges are on the timeline, with GitHub's status.
    bool seen = false;
    for (const TimelineEntry &entry : core->engine->timeline(id))
        seen = seen || entry.message.contains(QStringLiteral("HTTP 502"));
    QVERIFY(seen);
}

void tst_GitHub::tokenRefusedByGitHubIsFetchedAgain()
{
    const qint64 id = ingest();
    QVERIFY(id > 0);
    QTRY_COMPARE_WITH_TIMEOUT(count(QString::fromLatin1(runPath)), 1, 10000);
    // GitHub revokes the token (or it expired early): the callback answers 401 once,
    // the token is dropped, and the retry exchanges a new one.
    revoked.insert("ghs_token1");
    core->engine->decide(id, {Verdict::Approve, QStringLiteral("a"), QStringLiteral("api"), {}});
    QVERIFY(waitDelivered(id));
    QCOMPARE(count(QStringLiteral("/app/installations/35490125/access_tokens")), 2);
    const auto calls = requestsTo(QString::fromLatin1(runPath));
    QCOMPARE(calls.size(), 3);
    QCOMPARE(calls.at(1).header("Authorization"), QByteArray("Bearer ghs_token1"));
    QCOMPARE(calls.at(2).header("Authorization"), QByteArray("Bearer ghs_token2"));
}

void tst_GitHub::tokenNearExpiryIsRenewed()
{
    // A token that expires within five minutes is not used for another call.
    tokenLifetimeSecs = 2 * 60;
    const qint64 id = ingest();
    QVERIFY(id > 0);
    QTRY_COMPARE_WITH_TIMEOUT(count(QString::fromLatin1(runPath)), 1, 10000);
    core->engine->decide(id, {Verdict::Approve, QStringLiteral("a"), QStringLiteral("api"), {}});
    QVERIFY(waitDelivered(id));
    QCOMPARE(count(QStringLiteral("/app/installations/35490125/access_tokens")), 2);
    QCOMPARE(requestsTo(QString::fromLatin1(runPath)).last().header("Authorization"),
             QByteArray("Bearer ghs_token2"));
}

void tst_GitHub::enterpriseServerBase()
{
    GitHubConfig config;
    config.apiUrl = QUrl(QStringLiteral("https://ghe.example.com/api/v3/"));
    const GitHubConnector enterprise(config);
    QCOMPARE(config.webBase(), QStringLiteral("https://ghe.example.com"));
    const auto run = enterprise.callbackRun(
            QStringLiteral("https://ghe.example.com/api/v3/repos/acme/shop/actions/runs/42/"
                           "deployment_protection_rule"));
    QVERIFY(run);
    QCOMPARE(run->runId, QStringLiteral("42"));
    // The API base's path is part of the rule: the same host without /api/v3 is refused.
    QVERIFY(!enterprise.callbackRun(QStringLiteral(
            "https://ghe.example.com/repos/acme/shop/actions/runs/42/deployment_protection_rule")));
    QCOMPARE(GitHubConfig().webBase(), QStringLiteral("https://github.com"));
}

constexpr const char *reviewerToken = "ghp_reviewer0123456789";

FakeResponse tst_GitHub::reviewerApi(const RecordedRequest &request)
{
    const QList<QPair<QByteArray, QByteArray>> plenty{{"x-ratelimit-remaining", "4999"},
                                                      {"x-ratelimit-reset", "1900000000"}};
    if (request.header("Authorization") != QByteArray("Bearer ") + reviewerToken)
        return {401, R"({"message":"Requires authentication"})"};
    if (request.method == QLatin1String("GET")
        && request.path == QLatin1String("/repos/acme/shop/actions/runs")) {
        if (runsOverride.status != 0) {
            const FakeResponse answer = runsOverride;
            runsOverride = {0, {}};
            return answer;
        }
        if (request.header("If-None-Match") == "W/\"runs-1\"")
            return {304, QByteArray(), "application/json", plenty};
        FakeResponse answer{
                200,
                R"({"total_count":1,"workflow_runs":[{"id":777,"name":"Deploy","run_number":12,)"
                R"("head_branch":"main","head_sha":"5275a45b","event":"push","status":"waiting",)"
                R"("created_at":"2026-11-30T08:00:00Z","actor":{"login":"dev1"},)"
                R"("triggering_actor":{"login":"dev2"}}]})"};
        answer.headers = plenty;
        answer.headers.append({QByteArrayLiteral("ETag"), QByteArrayLiteral("W/\"runs-1\"")});
        return answer;
    }
    if (request.method == QLatin1String("GET")
        && request.path == QLatin1String("/repos/acme/shop/actions/runs/777/pending_deployments")) {
        if (request.header("If-None-Match") == "\"pending-1\"")
            return {304, QByteArray(), "application/json", plenty};
        // Production waits for this user; staging for someone else; "rule-only" is held by
        // a custom protection rule alone (no reviewers): only production is the user's.
        FakeResponse answer{
                200,
                R"([{"environment":{"id":161171787,"name":"production"},"wait_timer":0,)"
                R"("current_user_can_approve":true,"reviewers":[{"type":"User",)"
                R"("reviewer":{"login":"j.doe","id":1}}]},)"
                R"({"environment":{"id":161171788,"name":"staging"},"wait_timer":0,)"
                R"("current_user_can_approve":false,"reviewers":[{"type":"Team",)"
                R"("reviewer":{"slug":"ops","id":2}}]},)"
                R"({"environment":{"id":161171789,"name":"rule-only"},"wait_timer":0,)"
                R"("current_user_can_approve":true,"reviewers":[]}])"};
        answer.headers = plenty;
        answer.headers.append({QByteArrayLiteral("ETag"), QByteArrayLiteral("\"pending-1\"")});
        return answer;
    }
    if (request.method == QLatin1String("POST")
        && request.path == QLatin1String("/repos/acme/shop/actions/runs/777/pending_deployments"))
        return {200, R"([{"id":1,"environment":"production","ref":"main"}])"};
    return {404, R"({"message":"Not Found"})"};
}

std::unique_ptr<GitHubReviewPoller> tst_GitHub::startPoller()
{
    GitHubConfig config = connector->config();
    config.repositories = {QStringLiteral("acme/shop")};
    auto reviewConnector = std::make_shared<GitHubConnector>(config);
    core->engine->putSecret(GitHubConfig::reviewerTokenSecret(), reviewerToken);
    return std::make_unique<GitHubReviewPoller>(
            *core->engine, reviewConnector, core->outbox->targetGuard(),
            [engine = core->engine.get()] {
                return engine->secret(GitHubConfig::reviewerTokenSecret());
            });
}

bool tst_GitHub::pollRound(GitHubReviewPoller &poller)
{
    const int before = poller.roundsCompleted();
    poller.pollNow();
    return QTest::qWaitFor([&] { return poller.roundsCompleted() > before; }, 10000);
}

void tst_GitHub::reviewerWaitsAppearAndAreDecided()
{
    auto poller = startPoller();
    QVERIFY(pollRound(*poller));
    QCOMPARE(core->engine->countApprovals(std::nullopt), 1);
    const std::optional<Approval> found = core->engine->approvalByExternalId(
            QStringLiteral("github"), QStringLiteral("acme/shop/runs/777/environments/161171787"));
    QVERIFY(found);
    QCOMPARE(found->kind, QStringLiteral("githubreview"));
    QCOMPARE(found->title, QStringLiteral("Deploy acme/shop to production"));
    QCOMPARE(found->description, QStringLiteral("Deploy run 777 on main (push)"));
    QCOMPARE(found->requestedBy, QStringLiteral("dev2"));
    QCOMPARE(found->environment, QStringLiteral("production"));
    QCOMPARE(found->metadata.value(GitHubMetadata::runUrl).toString(),
             QStringLiteral("http://127.0.0.1:%1/acme/shop/actions/runs/777").arg(github->port()));
    QCOMPARE(found->deadline, QDateTime(QDate(2026, 12, 30), QTime(8, 0), Qt::UTC));

    // The two reads, byte for byte.
    QCOMPARE(github->requests.size(), 2);
    const RecordedRequest &list = github->requests.at(0);
    QCOMPARE(list.method, QStringLiteral("GET"));
    QCOMPARE(list.path, QStringLiteral("/repos/acme/shop/actions/runs"));
    QCOMPARE(list.query.toString(QUrl::FullyEncoded), QStringLiteral("status=waiting"));
    QCOMPARE(list.header("Accept"), QByteArray("application/vnd.github+json"));
    QCOMPARE(list.header("X-GitHub-Api-Version"), QByteArray("2022-11-28"));
    QCOMPARE(list.header("User-Agent"), QByteArray("Gatehouse"));
    QVERIFY(list.header("If-None-Match").isEmpty());
    QCOMPARE(github->requests.at(1).path,
             QStringLiteral("/repos/acme/shop/actions/runs/777/pending_deployments"));
    QVERIFY(github->requests.at(1).query.isEmpty());

    core->engine->decide(found->id,
                         {Verdict::Approve, QStringLiteral("j.doe"), QStringLiteral("window"), {}});
    QVERIFY(waitDelivered(found->id));
    const RecordedRequest &decision = github->requests.last();
    QCOMPARE(decision.method, QStringLiteral("POST"));
    QCOMPARE(decision.path,
             QStringLiteral("/repos/acme/shop/actions/runs/777/pending_deployments"));
    QCOMPARE(decision.header("Authorization"), QByteArray("Bearer ") + reviewerToken);
    QCOMPARE(decision.header("Accept"), QByteArray("application/vnd.github+json"));
    QCOMPARE(decision.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(decision.body,
             QByteArray(R"({"comment":"Approved in Gatehouse by j.doe",)"
                        R"("environment_ids":[161171787],"state":"approved"})"));
}

void tst_GitHub::pollingSendsEtagsBack()
{
    auto poller = startPoller();
    QVERIFY(pollRound(*poller));
    const qint64 id = core->engine
                              ->approvalByExternalId(QStringLiteral("github"),
                                                     QStringLiteral("acme/shop/runs/777/"
                                                                    "environments/161171787"))
                              ->id;
    const int entries = int(core->engine->timeline(id).size());
    QVERIFY(pollRound(*poller));
    QCOMPARE(github->requests.size(), 4);
    QCOMPARE(github->requests.at(2).header("If-None-Match"), QByteArray("W/\"runs-1\""));
    QCOMPARE(github->requests.at(3).header("If-None-Match"), QByteArray("\"pending-1\""));
    // Unchanged answers change nothing: no second approval, no "received again".
    QCOMPARE(core->engine->countApprovals(std::nullopt), 1);
    QCOMPARE(int(core->engine->timeline(id).size()), entries);
}

void tst_GitHub::rateLimitPausesPolling()
{
    auto poller = startPoller();
    const qint64 reset = core->clock.now().toSecsSinceEpoch() + 600;
    runsOverride = {
            403,
            R"({"message":"API rate limit exceeded"})",
            "application/json",
            {{"x-ratelimit-remaining", "0"}, {"x-ratelimit-reset", QByteArray::number(reset)}}};
    QVERIFY(pollRound(*poller));
    QCOMPARE(github->requests.size(), 1);
    QCOMPARE(poller->pausedUntil().toSecsSinceEpoch(), reset);
    // Until the reset, a poll sends nothing (and ends no round: there is none).
    const int rounds = poller->roundsCompleted();
    poller->pollNow();
    QVERIFY(!poller->isPolling());
    QCOMPARE(poller->roundsCompleted(), rounds);
    core->clock.set(QDateTime::fromSecsSinceEpoch(reset + 1, Qt::UTC));
    QVERIFY(pollRound(*poller));
    QCOMPARE(github->requests.size(), 3);
    QCOMPARE(core->engine->countApprovals(std::nullopt), 1);
}

void tst_GitHub::retryAfterPausesPolling()
{
    auto poller = startPoller();
    runsOverride = {429,
                    R"({"message":"You have exceeded a secondary rate limit"})",
                    "application/json",
                    {{"retry-after", "120"}}};
    const QDateTime before = core->clock.now();
    QVERIFY(pollRound(*poller));
    QVERIFY(qAbs(poller->pausedUntil().toSecsSinceEpoch() - before.toSecsSinceEpoch() - 120) <= 2);
    const int rounds = poller->roundsCompleted();
    poller->pollNow();
    QVERIFY(!poller->isPolling());
    QCOMPARE(poller->roundsCompleted(), rounds);
    QCOMPARE(github->requests.size(), 1);
}

void tst_GitHub::settingsRead()
{
    QSettings settings(core->dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("github/apiUrl"),
                      QStringLiteral("https://ghe.example.com/api/v3"));
    settings.setValue(QStringLiteral("github/appId"), QStringLiteral("Iv23liABC"));
    settings.setValue(QStringLiteral("github/repositories"),
                      QStringLiteral("acme/shop, acme/bank"));
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("GATEHOUSE_GITHUB_TOKEN"), QStringLiteral("ghp_x"));
    const GitHubConfig config = readGitHubSettings(settings, environment);
    QCOMPARE(config.apiBase(), QStringLiteral("https://ghe.example.com/api/v3"));
    QCOMPARE(config.repositories,
             QStringList({QStringLiteral("acme/shop"), QStringLiteral("acme/bank")}));
    QCOMPARE(config.reviewerToken, QByteArray("ghp_x"));
    // A client ID is the issuer as a string.
    const QJsonObject claims =
            QJsonDocument::fromJson(GitHubJwt::claims(config.appId, core->clock.now())).object();
    QCOMPARE(claims.value(QStringLiteral("iss")).toString(), QStringLiteral("Iv23liABC"));
    QCOMPARE(GitHubConfig().apiBase(), QStringLiteral("https://api.github.com"));
}

void tst_GitHub::settingsPageEditValidatesAndSeals()
{
    QSettings settings(core->dir.filePath(QStringLiteral("edit.ini")), QSettings::IniFormat);
    const auto hasSecret = [this](const QString &name) {
        return !core->engine->secret(name).isEmpty();
    };
    const auto storeSecret = [this](const QString &name, const QByteArray &value) {
        return core->engine->putSecret(name, value);
    };
    ConnectorSettingValues edit; // what Settings › Connectors edits, from settings()
    edit.load(settings, hasSecret);
    QVERIFY(!edit.field(QStringLiteral("github/privateKey"))->stored);
    edit.field(QStringLiteral("github/apiUrl"))->value = QStringLiteral("ftp://example.com");
    edit.field(QStringLiteral("github/repositories"))->value = QStringLiteral("acme/shop, acme");
    const QString notAKey = core->dir.filePath(QStringLiteral("not-a-key.pem"));
    QFile bad(notAKey);
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("-----BEGIN RSA PRIVATE KEY-----\nnot a key\n-----END RSA PRIVATE KEY-----\n");
    bad.close();
    edit.field(QStringLiteral("github/privateKey"))->value = notAKey;
    QStringList fields;
    for (const auto &[field, reason] : edit.validate())
        fields.append(field);
    QCOMPARE(fields,
             QStringList({QStringLiteral("github/apiUrl"), QStringLiteral("github/repositories"),
                          QStringLiteral("github/privateKey")}));

    edit.field(QStringLiteral("github/apiUrl"))->value =
            QStringLiteral("https://ghe.example.com/api/v3");
    edit.field(QStringLiteral("github/repositories"))->value =
            QStringLiteral("acme/shop, acme/bank");
    edit.field(QStringLiteral("github/privateKey"))->value =
            core->dir.filePath(QStringLiteral("app.pem"));
    edit.field(QStringLiteral("github/reviewerToken"))->newSecret = "ghp_new";
    QVERIFY(edit.validate().isEmpty());
    bool changed = false;
    QVector<ConnectorSettingValues::Problem> problems;
    QVERIFY(edit.save(settings, storeSecret, &changed, &problems));
    QVERIFY(changed);
    QCOMPARE(core->engine->secret(GitHubConfig::privateKeySecret()), keys.privatePem);
    QCOMPARE(core->engine->secret(GitHubConfig::reviewerTokenSecret()), QByteArray("ghp_new"));
    // The settings file names no secret, and reads back as the service reads it.
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY(!written.contains("PRIVATE KEY") && !written.contains("ghp_new"));
    const GitHubConfig config = readGitHubSettings(settings, QProcessEnvironment());
    QCOMPARE(config.repositories,
             QStringList({QStringLiteral("acme/shop"), QStringLiteral("acme/bank")}));
    QCOMPARE(config.apiBase(), QStringLiteral("https://ghe.example.com/api/v3"));
    // A key sealed in the vault signs when no file is named.
    QString error;
    QCOMPARE(readGitHubPrivateKey({}, core->engine->secret(GitHubConfig::privateKeySecret()),
                                  &error),
             keys.privatePem);
}

void tst_GitHub::serviceWiresTheConnector()
{
    // The whole service as it runs: github/* settings, the webhook secret of auth/github,
    // the installation token obtained by the outbox, the decision through the operator API.
    QTemporaryDir dir;
    ServiceConfig config = TestService::config(dir.path(), "github-service-token");
    InboundSetting hmac;
    hmac.scheme = QStringLiteral("hmac-sha256");
    hmac.secret = webhookSecret;
    hmac.secretOrigin = QStringLiteral("environment");
    hmac.signatureHeader = "X-Hub-Signature-256";
    config.inbound.insert(QStringLiteral("github"), hmac);
    // github/* as readConnectorSettings puts them for GitHubConnector::create.
    config.connectorSettings.insert(QStringLiteral("github/apiUrl"), connector->config().apiBase());
    config.connectorSettings.insert(QStringLiteral("github/appId"), connector->config().appId);
    config.connectorSettings.insert(QStringLiteral("github/privateKeyFile"),
                                    connector->config().privateKeyFile);
    ServiceThread service;
    QVERIFY(TestService::start(service, config));
    const QUrl hooks(
            QStringLiteral("http://127.0.0.1:%1/hooks/github").arg(service.service()->port()));
    const QByteArray body = event(github->url(QString::fromLatin1(runPath)).toString());
    const TestReply unsigned_ = TestHttp::send(QStringLiteral("POST"), hooks, body,
                                               {{"Content-Type", "application/json"},
                                                {"X-GitHub-Event", "deployment_protection_rule"}});
    QCOMPARE(unsigned_.status, 401);
    const TestReply created =
            TestHttp::send(QStringLiteral("POST"), hooks, body,
                           {{"Content-Type", "application/json"},
                            {"X-GitHub-Event", "deployment_protection_rule"},
                            {"X-Hub-Signature-256",
                             "sha256=" + InboundAuth::hmacSha256(webhookSecret, body).toHex()}});
    QCOMPARE(created.status, 201);
    const qint64 id = created.json().value(QStringLiteral("id")).toInteger();
    const TestReply decided =
            TestHttp::send(QStringLiteral("POST"),
                           QUrl(QStringLiteral("http://127.0.0.1:%1/api/approvals/%2/approve")
                                        .arg(service.service()->port())
                                        .arg(id)),
                           R"({"decidedBy":"j.doe","comment":"CHG-1"})",
                           {{"Content-Type", "application/json"},
                            {"Authorization", "Bearer github-service-token"}});
    QCOMPARE(decided.status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(!requestsTo(QString::fromLatin1(runPath)).isEmpty()
                                     && requestsTo(QString::fromLatin1(runPath))
                                                .last()
                                                .body.contains(R"("state":"approved")"),
                             15000);
    QCOMPARE(requestsTo(QString::fromLatin1(runPath)).last().body,
             QByteArray(R"({"comment":"Approved in Gatehouse by j.doe: CHG-1",)"
                        R"("environment_name":"production","state":"approved"})"));
    QCOMPARE(count(QStringLiteral("/app/installations/35490125/access_tokens")), 1);
    service.stop();
}

void tst_GitHub::registryDescribesGitHub()
{
    // One registry line: the realm (hmac-sha256 by default: GitHub sends no token), the
    // kinds with their icons, the declared secrets, How to connect.
    QVERIFY(InboundSecrets::connectors().contains(QStringLiteral("github")));
    QCOMPARE(InboundSecrets::defaultScheme(QStringLiteral("github")),
             QStringLiteral("hmac-sha256"));
    QCOMPARE(InboundSecrets::defaultScheme(QStringLiteral("generic")), QStringLiteral("token"));
    QSettings empty(core->dir.filePath(QStringLiteral("empty.ini")), QSettings::IniFormat);
    QHash<QString, InboundSetting> inbound;
    QString error;
    QVERIFY2(InboundSecrets::readSettings(empty, &inbound, &error), qPrintable(error));
    QCOMPARE(inbound.value(QStringLiteral("github")).scheme, QStringLiteral("hmac-sha256"));
    QCOMPARE(ConnectorRegistry::displayName(QStringLiteral("github")),
             QStringLiteral("GitHub Actions"));
    QCOMPARE(ConnectorRegistry::kind(GitHubConnector::ruleKind())->icon,
             QStringLiteral(":/icons/kind-githubrule.svg"));
    QCOMPARE(ConnectorRegistry::kind(GitHubConnector::reviewKind())->icon,
             QStringLiteral(":/icons/kind-githubreview.svg"));
    const Connector *described = ConnectorRegistry::find(QStringLiteral("github"));
    QVERIFY(described);
    QStringList variables;
    for (const ConnectorSetting &setting : described->settings())
        variables.append(setting.environment);
    QVERIFY(variables.contains(QStringLiteral("GATEHOUSE_GITHUB_TOKEN")));
    const auto tabs =
            described->connectInstructions(QStringLiteral("http://gh.test"), QStringLiteral("s3"));
    QCOMPARE(tabs.size(), 1);
    QCOMPARE(tabs.first().url, QStringLiteral("http://gh.test/hooks/github"));
    QCOMPARE(tabs.first().secret, QStringLiteral("s3"));
}

void tst_GitHub::settingsFileReadAsTheServiceReadsIt()
{
    // An INI list (what QSettings writes for "a, b") and the token in the environment,
    // through the service's own reader and GitHubConnector::create.
    QSettings written(core->dir.filePath(QStringLiteral("file.ini")), QSettings::IniFormat);
    written.setValue(QStringLiteral("github/apiUrl"),
                     QStringLiteral("https://ghe.example.com/api/v3"));
    written.setValue(QStringLiteral("github/appId"), QStringLiteral("12345"));
    written.setValue(QStringLiteral("github/repositories"),
                     QStringList{QStringLiteral("acme/shop"), QStringLiteral("acme/bank")});
    written.sync();
    QSettings settings(written.fileName(), QSettings::IniFormat);
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("GATEHOUSE_GITHUB_TOKEN"), QStringLiteral("ghp_env"));
    ServiceConfig config;
    readConnectorSettings(settings, environment, &config);
    const auto created = std::static_pointer_cast<GitHubConnector>(GitHubConnector::create(config));
    QCOMPARE(created->config().repositories,
             QStringList({QStringLiteral("acme/shop"), QStringLiteral("acme/bank")}));
    QCOMPARE(created->config().apiBase(), QStringLiteral("https://ghe.example.com/api/v3"));
    QCOMPARE(created->config().appId, QStringLiteral("12345"));
    QVERIFY(created->config().reviewerToken.isEmpty()); // sealed, never held in the config
    QCOMPARE(config.connectorCredentials.value(GitHubConfig::reviewerTokenSecret()),
             QByteArray("ghp_env"));
}

void tst_GitHub::taskPollsAndReviewEventLooksNow()
{
    // The connector's task as the service starts it: it polls at once, and a
    // deployment_review webhook makes it look again long before github/pollSeconds.
    GitHubConfig config = connector->config();
    config.repositories = {QStringLiteral("acme/shop")};
    config.pollSeconds = 3600;
    auto polling = std::make_shared<GitHubConnector>(config);
    core->engine->addConnector(polling);
    QVERIFY(core->engine->putSecret(GitHubConfig::reviewerTokenSecret(), reviewerToken));
    const std::unique_ptr<ConnectorTask> task = polling->startTask(*core->engine, *core->outbox);
    auto *module = dynamic_cast<GitHubModule *>(task.get());
    QVERIFY(module);
    QTRY_COMPARE_WITH_TIMEOUT(module->poller()->roundsCompleted(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(core->engine->countApprovals(std::nullopt), 1, 10000);
    const TestReply hinted = post(R"({"action":"requested"})", "deployment_review");
    QCOMPARE(hinted.status, 202);
    QTRY_COMPARE_WITH_TIMEOUT(module->poller()->roundsCompleted(), 2, 10000);
}

QTEST_GUILESS_MAIN(tst_GitHub)
#include "tst_github.moc"
