#include "testcore.h"

#include "connectors/connectorregistry.h"
#include "delivery/callbacksigner.h"
#include "service/inboundsecrets.h"
#include "service/serviceconfig.h"

TestCore::TestCore(DeliveryPolicy policy, const QString &databasePath)
{
    m_databasePath = databasePath.isEmpty() ? dir.filePath(QStringLiteral("gatehouse.sqlite"))
                                            : databasePath;
    QString error;
    if (!store.open(m_databasePath, &error))
        qFatal("cannot open test store: %s", qPrintable(error));
    vault.setKey(QByteArray(SecretVault::keyBytes(), 'k'));
    engine = std::make_unique<Engine>(store, vault, clock);
    engine->putSecret(CallbackSigner::secretName(), callbackSigningSecret);
    // Every registered connector, unconfigured: tests that talk to a fake FlexDeploy,
    // restart target or CI server replace theirs (Engine::addConnector).
    for (const std::shared_ptr<Connector> &connector :
         ConnectorRegistry::createAll(ServiceConfig{}))
        engine->addConnector(connector);
    outbox = std::make_unique<OutboxWorker>(*engine, policy);
    receiver = std::make_unique<WebhookReceiver>(*engine, operatorToken, ReceiverLimits{});
    // Most tests are about what happens after authentication: every connector accepts
    // the test secret. tst_security attacks the authentication itself.
    for (const QString &connector : InboundSecrets::connectors())
        receiver->setInboundRule(connector, {InboundRule::Scheme::Token, webhookSecret, {}, {}});
}

TestCore::~TestCore()
{
    receiver.reset();
    outbox.reset();
    engine.reset();
    store.close();
}

DeliveryPolicy TestCore::fastPolicy()
{
    DeliveryPolicy policy;
    policy.baseDelayMs = 20;
    policy.maxDelayMs = 200;
    policy.maxAttempts = 5;
    policy.requestTimeoutMs = 2000;
    return policy;
}

bool TestCore::listen()
{
    QString error;
    port = receiver->listen(QHostAddress::LocalHost, 0, &error);
    engine->setLinkSettings(receiver->linkSettings());
    return port != 0;
}

qint64 TestCore::decidedGeneric(const QString &callbackUrl, const QString &externalId,
                                Verdict verdict)
{
    Approval a;
    a.connector = QStringLiteral("generic");
    a.kind = QStringLiteral("generic");
    a.externalId = externalId;
    a.title = externalId.isEmpty() ? QStringLiteral("Deploy") : externalId;
    a.metadata = {{QStringLiteral("callbackUrl"), callbackUrl}};
    const qint64 id = engine->ingest({a, {}}).approval.id;
    engine->decide(id, {verdict, QStringLiteral("alice"), QStringLiteral("api"), {}});
    return id;
}

QUrl TestCore::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path));
}

QList<QPair<QByteArray, QByteArray>> TestCore::webhookAuth()
{
    return {{QByteArrayLiteral("Authorization"), QByteArray("Bearer ") + webhookSecret}};
}

QList<QPair<QByteArray, QByteArray>> TestCore::operatorAuth() const
{
    return {{QByteArrayLiteral("Authorization"), QByteArray("Bearer ") + operatorToken}};
}
