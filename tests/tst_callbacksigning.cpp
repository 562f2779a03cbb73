// Signed callbacks (Standard Webhooks): the signer reproduces the specification's
// published test vector; generic, restart and fan-in callbacks arrive at fakes with
// webhook-id / webhook-timestamp / webhook-signature that an independent verifier
// (written here from the specification, HMAC included) accepts, with the same id on
// every retry; the README's Python receiver accepts them too; the service generates,
// keeps or takes the secret from the environment; File › Webhook secrets shows it.
#include "support/fakehttpserver.h"
#include "support/testcore.h"
#include "support/testhttp.h"

#include "connectors/fanin/faninconnector.h"
#include "connectors/pausedrun/pausedrunconnector.h"
#include "delivery/callbacksigner.h"
#include "service/gatehouseservice.h"
#include "ui/connectionsecretsdialog.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

// The specification's example (https://www.standardwebhooks.com, reproduced by every
// reference library's tests).
const QByteArray vectorSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
const QByteArray vectorId = "msg_p5jXN8AQM9LWM0D4loKWxJek";
const qint64 vectorTimestamp = 1614265330;
const QByteArray vectorBody = "{\"test\": 2432232314}";
const QByteArray vectorSignature = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

// HMAC-SHA256 as RFC 2104 defines it, independent of Qt's QMessageAuthenticationCode.
QByteArray hmacSha256(QByteArray key, const QByteArray &message)
{
    const int block = 64;
    if (key.size() > block)
        key = QCryptographicHash::hash(key, QCryptographicHash::Sha256);
    key = key.leftJustified(block, '\0');
    QByteArray inner(block, Qt::Uninitialized), outer(block, Qt::Uninitialized);
    for (int i = 0; i < block; ++i) {
        inner[i] = char(key.at(i) ^ 0x36);
        outer[i] = char(key.at(i) ^ 0x5c);
    }
    return QCryptographicHash::hash(
            outer + QCryptographicHash::hash(inner + message, QCryptographicHash::Sha256),
            QCryptographicHash::Sha256);
}

// A receiver's check, from the specification: the key is the base64 after "whsec_";
// the signed content is "id.timestamp.body"; the header lists space-separated
// "v1,<base64>" signatures, any of which may match.
bool verify(const QByteArray &secret, const QByteArray &id, const QByteArray &timestamp,
            const QByteArray &signatures, const QByteArray &body)
{
    if (!secret.startsWith("whsec_") || id.isEmpty() || timestamp.isEmpty())
        return false;
    const QByteArray key = QByteArray::fromBase64(secret.mid(6));
    const QByteArray expected = hmacSha256(key, id + '.' + timestamp + '.' + body).toBase64();
    for (const QByteArray &signature : signatures.split(' ')) {
        if (signature.startsWith("v1,") && signature.mid(3) == expected)
            return true;
    }
    return false;
}

bool verify(const RecordedRequest &request, const QByteArray &secret)
{
    return verify(secret, request.header("webhook-id"), request.header("webhook-timestamp"),
                  request.header("webhook-signature"), request.body);
}

// The README's receiver, run by Python on the bytes the fake received.
QString readmeReceiver()
{
    QFile readme(QStringLiteral(GATEHOUSE_SOURCE_DIR "/README.md"));
    if (!readme.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(readme.readAll());
    static const QRegularExpression block(
            QStringLiteral("<!-- callback-receiver -->\\s*```python\\n(.*?)```"),
            QRegularExpression::DotMatchesEverythingOption);
    return block.match(text).captured(1);
}

ServiceConfig serviceConfig(const QTemporaryDir &dir)
{
    ServiceConfig config;
    config.databasePath = dir.filePath(QStringLiteral("g.sqlite"));
    config.port = 0;
    config.keyFile = dir.filePath(QStringLiteral("vault.key"));
    config.operatorToken = "signing-test-token";
    return config;
}

QByteArray listedSigningSecret(const ServiceThread &service, QString *origin = nullptr)
{
    for (const ConnectorSecret &secret : service.service()->connectionSecrets()) {
        if (secret.connector == QLatin1String("callback-signing")) {
            if (origin)
                *origin = secret.origin;
            return secret.secret;
        }
    }
    return {};
}

} // namespace

class tst_CallbackSigning : public QObject
{
    Q_OBJECT
private slots:
    void specificationVector();
    void genericCallbackIsSigned();
    void retryKeepsTheId();
    void restartCallbackIsSigned();
    void faninCallbackIsSignedWithFirstPayload();
    void readmeReceiverVerifies();
    void serviceSecret();
    void shownInWebhookSecrets();
};

void tst_CallbackSigning::specificationVector()
{
    QCOMPARE(CallbackSigner::signature(vectorSecret, vectorId, vectorTimestamp, vectorBody),
             vectorSignature);
    // The verifier below is right too: it accepts the vector and nothing else.
    QVERIFY(verify(vectorSecret, vectorId, QByteArray::number(vectorTimestamp),
                   "v1,bm9wZQ== " + vectorSignature, vectorBody));
    QVERIFY(!verify(vectorSecret, vectorId, QByteArray::number(vectorTimestamp), vectorSignature,
                    vectorBody + " "));
    const QByteArray generated = CallbackSigner::generateSecret();
    QVERIFY(CallbackSigner::isValidSecret(generated));
    QCOMPARE(QByteArray::fromBase64(generated.mid(6)).size(), 32);
    QVERIFY(generated != CallbackSigner::generateSecret());
    QVERIFY(!CallbackSigner::isValidSecret("whsec_"));
    QVERIFY(!CallbackSigner::isValidSecret("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"));
}

void tst_CallbackSigning::genericCallbackIsSigned()
{
    FakeHttpServer target;
    QVERIFY(target.start());
    TestCore core;
    QVERIFY(core.listen());
    core.outbox->start();
    const TestReply created = TestHttp::postJson(
            core.url(QStringLiteral("/hooks/generic")),
            {{QStringLiteral("title"), QStringLiteral("Deploy")},
             {QStringLiteral("callbackUrl"), target.url(QStringLiteral("/cb")).toString()}},
            TestCore::webhookAuth());
    QCOMPARE(created.status, 201);
    const qint64 id = created.json().value(QStringLiteral("id")).toInteger();
    core.engine->decide(id, {Verdict::Approve, QStringLiteral("alice"), QStringLiteral("api"), {}});
    QTRY_COMPARE(target.requests.size(), 1);
    const RecordedRequest &request = target.requests.first();
    QVERIFY(request.header("webhook-id").startsWith("msg_"));
    QVERIFY(qAbs(request.header("webhook-timestamp").toLongLong()
                 - core.clock.now().toSecsSinceEpoch())
            <= 1);
    QVERIFY(verify(request, TestCore::callbackSigningSecret));
    QVERIFY(!verify(request, CallbackSigner::generateSecret()));
}

void tst_CallbackSigning::retryKeepsTheId()
{
    FakeHttpServer target;
    QVERIFY(target.start());
    target.setScript({{503, "{}"}, {200, "{}"}});
    TestCore core;
    core.outbox->start();
    core.clock.set(QDateTime::fromSecsSinceEpoch(1700000000));
    const qint64 id =
            core.decidedGeneric(target.url(QStringLiteral("/cb")).toString(), {}, Verdict::Reject);
    QTRY_COMPARE(target.requests.size(), 1);
    // Move the clock only once the 503 is recorded: a failure recorded after the move
    // would schedule its retry past the new time, which the manual clock never reaches.
    QTRY_VERIFY(!core.engine->approval(id)->lastDeliveryError.isEmpty());
    core.clock.set(QDateTime::fromSecsSinceEpoch(1700000100)); // the retry is due at once
    QTRY_COMPARE(core.engine->approval(id)->delivery, DeliveryState::Delivered);
    QCOMPARE(target.requests.size(), 2);
    const RecordedRequest &first = target.requests.at(0);
    const RecordedRequest &second = target.requests.at(1);
    QCOMPARE(first.header("webhook-id"), second.header("webhook-id"));
    QCOMPARE(first.header("webhook-timestamp"), QByteArray("1700000000"));
    QCOMPARE(second.header("webhook-timestamp"), QByteArray("1700000100"));
    QVERIFY(first.header("webhook-signature") != second.header("webhook-signature"));
    QVERIFY(verify(first, TestCore::callbackSigningSecret));
    QVERIFY(verify(second, TestCore::callbackSigningSecret));
}

void tst_CallbackSigning::restartCallbackIsSigned()
{
    FakeHttpServer target;
    QVERIFY(target.start());
    TestCore core;
    core.engine->addConnector(
            std::make_shared<PausedRunConnector>(QList<RestartTarget>{RestartTarget::generic(
                    QStringLiteral("second"),
                    QStringLiteral("http://127.0.0.1:%1/start/{{data.run}}").arg(target.port()))}));
    core.outbox->start();
    Approval a;
    a.connector = QStringLiteral("pausedruns");
    a.kind = QStringLiteral("pausedrun");
    a.title = QStringLiteral("Restart");
    a.metadata = {
            {QStringLiteral("target"), QStringLiteral("second")},
            {QStringLiteral("data"), QJsonObject{{QStringLiteral("run"), QStringLiteral("r7")}}}};
    const qint64 id = core.engine->ingest({a, {}}).approval.id;
    core.engine->decide(id, {Verdict::Approve, QStringLiteral("alice"), QStringLiteral("api"), {}});
    QTRY_COMPARE(target.requests.size(), 1);
    QCOMPARE(target.requests.first().path, QStringLiteral("/start/r7"));
    QCOMPARE(target.requests.first().body, QByteArray("{\"run\":\"r7\"}"));
    QVERIFY(verify(target.requests.first(), TestCore::callbackSigningSecret));
}

void tst_CallbackSigning::faninCallbackIsSignedWithFirstPayload()
{
    FakeHttpServer target;
    QVERIFY(target.start());
    FanInGroup group;
    group.name = QStringLiteral("acr");
    group.expectedSources = {QStringLiteral("westeurope"), QStringLiteral("eastus")};
    QString error;
    group.idPath = JsonExpression::parse(QStringLiteral("id"), &error);
    group.callback = FanInCallback{};
    group.callback->url = target.url(QStringLiteral("/replicated"));
    group.callback->body = QJsonObject{{QStringLiteral("image"), QStringLiteral("{{payload}}")},
                                       {QStringLiteral("sources"), QStringLiteral("{{sources}}")}};
    auto connector = std::make_shared<FanInConnector>(QVector<FanInGroup>{group});
    TestCore core;
    core.engine->addConnector(connector);
    core.outbox->start();
    qint64 id = 0;
    for (const QString &source : group.expectedSources) {
        HttpRequest request;
        request.body = QJsonDocument(QJsonObject{{QStringLiteral("id"), QStringLiteral("ev-1")},
                                                 {QStringLiteral("region"), source}})
                               .toJson(QJsonDocument::Compact);
        const ParseOutcome parsed = connector->parse(group, source, request, core.clock.now());
        QVERIFY2(parsed.parsed, qPrintable(parsed.detail));
        id = core.engine->ingest(*parsed.parsed).approval.id;
    }
    core.engine->decide(id,
                        {Verdict::Approve, QStringLiteral("fan-in"), QStringLiteral("api"), {}});
    QTRY_COMPARE(target.requests.size(), 1);
    const RecordedRequest &request = target.requests.first();
    QVERIFY(verify(request, TestCore::callbackSigningSecret));
    // {{payload}} is the first source's notification, as docs/gates-and-fanin.md says.
    QCOMPARE(request.body,
             QByteArray("{\"image\":{\"id\":\"ev-1\",\"region\":\"westeurope\"},"
                        "\"sources\":[\"westeurope\",\"eastus\"]}"));
}

void tst_CallbackSigning::readmeReceiverVerifies()
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 is not installed");
    const QString receiver = readmeReceiver();
    QVERIFY2(receiver.contains(QStringLiteral("def verify")), "README has no callback receiver");
    FakeHttpServer target;
    QVERIFY(target.start());
    TestCore core;
    core.outbox->start();
    core.decidedGeneric(target.url(QStringLiteral("/cb")).toString(), QStringLiteral("Déployer"));
    QTRY_COMPARE(target.requests.size(), 1);
    const RecordedRequest &request = target.requests.first();

    const auto run = [&](const QByteArray &secret, const QByteArray &body) {
        QJsonObject headers;
        for (const QByteArray name : {"webhook-id", "webhook-timestamp", "webhook-signature"})
            headers.insert(QString::fromLatin1(name), QString::fromLatin1(request.header(name)));
        QProcess process;
        process.start(python,
                      {QStringLiteral("-c"),
                       receiver
                               + QStringLiteral("\nimport json, sys\n"
                                                "i = json.load(sys.stdin)\n"
                                                "ok = verify(i['secret'], i['headers'],"
                                                " bytes.fromhex(i['body']))\n"
                                                "sys.exit(0 if ok else 3)\n")});
        if (!process.waitForStarted(10000))
            return -1;
        process.write(
                QJsonDocument(
                        QJsonObject{{QStringLiteral("secret"), QString::fromLatin1(secret)},
                                    {QStringLiteral("headers"), headers},
                                    {QStringLiteral("body"), QString::fromLatin1(body.toHex())}})
                        .toJson());
        process.closeWriteChannel();
        process.waitForFinished(20000);
        return process.exitCode();
    };
    QCOMPARE(run(TestCore::callbackSigningSecret, request.body), 0);
    QCOMPARE(run(TestCore::callbackSigningSecret, request.body + " "), 3);
    QCOMPARE(run(CallbackSigner::generateSecret(), request.body), 3);
}

void tst_CallbackSigning::serviceSecret()
{
    QTemporaryDir dir;
    QByteArray generated;
    {
        ServiceThread service;
        QString error;
        QVERIFY2(service.start(serviceConfig(dir), &error), qPrintable(error));
        QString origin;
        generated = listedSigningSecret(service, &origin);
        QVERIFY(CallbackSigner::isValidSecret(generated));
        QCOMPARE(origin, QStringLiteral("generated now"));
    }
    {
        // Kept sealed: the same secret after a restart, never in the database in clear.
        ServiceThread service;
        QString error;
        QVERIFY2(service.start(serviceConfig(dir), &error), qPrintable(error));
        QString origin;
        QCOMPARE(listedSigningSecret(service, &origin), generated);
        QCOMPARE(origin, QStringLiteral("stored"));
        service.stop();
        QByteArray bytes;
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile file(dir.filePath(QStringLiteral("g.sqlite")) + suffix);
            if (file.open(QIODevice::ReadOnly))
                bytes += file.readAll();
        }
        QVERIFY(!bytes.isEmpty());
        QVERIFY(!bytes.contains(generated.mid(6)));
    }
    {
        ServiceConfig config = serviceConfig(dir);
        config.callbackSigningSecret = vectorSecret; // GATEHOUSE_CALLBACK_SIGNING_SECRET
        ServiceThread service;
        QString error;
        QVERIFY2(service.start(config, &error), qPrintable(error));
        QString origin;
        QCOMPARE(listedSigningSecret(service, &origin), vectorSecret);
        QCOMPARE(origin, QStringLiteral("environment"));
    }
    {
        ServiceConfig config = serviceConfig(dir);
        config.callbackSigningSecret = "not-a-whsec-secret";
        ServiceThread service;
        QString error;
        QVERIFY(!service.start(config, &error));
        QVERIFY2(error.contains(QStringLiteral("GATEHOUSE_CALLBACK_SIGNING_SECRET")),
                 qPrintable(error));
    }
}

void tst_CallbackSigning::shownInWebhookSecrets()
{
    const QVector<ConnectorSecret> secrets{{QStringLiteral("generic"), QStringLiteral("token"),
                                            "generic-secret", QStringLiteral("stored")},
                                           {QStringLiteral("callback-signing"),
                                            QStringLiteral("standard-webhooks"), vectorSecret,
                                            QStringLiteral("stored")}};
    ConnectionSecretsDialog dialog(secrets);
    dialog.show();
    bool labelled = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        labelled = labelled || label->text() == QStringLiteral("Callback signing");
    QVERIFY(labelled);
    QLineEdit *field = nullptr;
    for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
        if (edit->accessibleName() == QStringLiteral("Secret of callback-signing"))
            field = edit;
    }
    QVERIFY(field);
    QCOMPARE(field->echoMode(), QLineEdit::Password);
    QPushButton *show = nullptr;
    for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
        if (button->accessibleName() == QStringLiteral("Show the secret of callback-signing"))
            show = button;
    }
    QVERIFY(show);
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(field->echoMode(), QLineEdit::Normal);
    QCOMPARE(field->text().toLatin1(), vectorSecret);
}

QTEST_MAIN(tst_CallbackSigning)
#include "tst_callbacksigning.moc"
