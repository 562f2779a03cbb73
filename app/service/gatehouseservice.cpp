#include "gatehouseservice.h"

#include "chat/chatnotifier.h"
#include "connectors/connectorregistry.h"
#include "connectors/fanin/faningroupfile.h"
#include "connectors/flexdeploy/flexdeployconnector.h"
#include "connectors/pausedrun/restarttarget.h"
#include "core/clock.h"
#include "core/engine.h"
#include "delivery/outboxworker.h"
#include "gates/gatesampler.h"
#include "gates/policyfile.h"
#include "gates/supersederule.h"
#include "gates/timeoutrule.h"
#include "monitoring/metrics.h"
#include "monitoring/metricsserver.h"
#include "receiver/inboundauth.h"
#include "receiver/receiverpool.h"
#include "receiver/requestcommitter.h"
#include "receiver/tlssetup.h"
#include "receiver/webhookreceiver.h"
#include "secrets/keychain.h"
#include "secrets/secretvault.h"
#include "secrets/vaultkeyloader.h"
#include "service/callbacksigningsecret.h"
#include "service/decideridentity.h"
#include "service/descriptorlimit.h"
#include "service/leaderelection.h"
#include "service/policyaudit.h"
#include "service/retentionjob.h"
#include "store/changelistener.h"
#include "store/databaseclock.h"
#include "store/databaselocation.h"
#include "store/store.h"

#include <QDebug>
#include <QEventLoop>
#include <QRandomGenerator>

namespace {
const QString operatorTokenSecret = QStringLiteral("operator-token");

QByteArray randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}
} // namespace

// The poll timer is a child so that moveToThread() takes it along to the service thread.
GatehouseService::GatehouseService(QObject *parent) : QObject(parent), m_outboxPoll(this) { }

GatehouseService::~GatehouseService()
{
    stop();
}

QByteArray GatehouseService::loadOperatorToken(const ServiceConfig &config)
{
    if (!config.operatorToken.isEmpty())
        return config.operatorToken;
    QByteArray token;
    const QString sealed = m_store->sealedSecret(operatorTokenSecret);
    if (!sealed.isEmpty() && m_vault->open(sealed, &token))
        return token;
    token = randomToken(32);
    m_store->putSealedSecret(operatorTokenSecret, m_vault->seal(token));
    return token;
}

bool GatehouseService::start(const ServiceConfig &config, QString *error)
{
    // Configuration files first: a file that does not validate stops the start.
    QVector<Policy> policies;
    if (!config.policyFile.isEmpty()) {
        const auto loaded = PolicyFile::load(config.policyFile, error);
        if (!loaded)
            return false;
        policies = *loaded;
    }
    const std::optional<TrustedProxies> proxies =
            TrustedProxies::parse(config.trustedProxies, error);
    if (!proxies)
        return false;
    std::optional<QVector<FanInGroup>> groups;
    if (!config.faninFile.isEmpty() && !(groups = FanInGroupFile::load(config.faninFile, error)))
        return false;

    // Every connection costs a descriptor: the soft limit must not be what stops accepting.
    const long fileLimit = DescriptorLimit::raiseToHardLimit();
    ReceiverLimits limits = config.limits;
    limits.maxConnections = DescriptorLimit::connectionCap(limits.maxConnections, fileLimit,
                                                           config.receiverThreads);
    m_clock = std::make_unique<Clock>();
    m_receiverEnabled = config.receiverEnabled;
    if (!openStore(config.databasePath, config.receiverEnabled, error))
        return false;
    if (m_store->isPostgres()) {
        // Team mode: every instance reads "now" off the database server's clock.
        auto clock = std::make_unique<DatabaseClock>();
        clock->sync(QSqlDatabase::database(m_store->connectionName(), false));
        m_clock = std::move(clock);
    }

    m_vault = std::make_unique<SecretVault>();
    const VaultKey key = VaultKeyLoader::load(config.keyFile, config.fallbackKeyFile);
    if (!key.error.isEmpty()) {
        *error = QStringLiteral("no key for sealing secrets: %1").arg(key.error);
        return false;
    }
    m_vault->setKey(key.key);
    m_vaultNotice = key.warning;
    // The audit ledger's head is sealed with the vault key: a removal of the newest
    // entries shows (docs/audit.md).
    m_store->setAuditSealer(
            [vault = m_vault.get()](const QByteArray &head) { return vault->seal(head); });
    if (!PolicyAudit::record(*m_store, policies, QStringLiteral("start"), m_clock->now()))
        qWarning().noquote() << "gatehouse: cannot write the policies to the audit ledger:"
                             << m_store->lastError();
    m_operatorToken = loadOperatorToken(config);

    m_engine = std::make_unique<Engine>(*m_store, *m_vault, *m_clock);
    m_engine->setExpiryEnabled(config.receiverEnabled);
    m_engine->decisionRules()->setConsoleDecider(DeciderIdentity::resolve(*m_store));
    applyPolicyRules(policies);
    sealConnectorCredentials(config);
    ServiceConfig configured = config;
    if (groups)
        configured.faninGroups = *groups;
    const QList<std::shared_ptr<Connector>> connectors = ConnectorRegistry::createAll(configured);
    for (const std::shared_ptr<Connector> &connector : connectors)
        m_engine->addConnector(connector);
    for (auto it = config.secrets.constBegin(); it != config.secrets.constEnd(); ++it) {
        if (!m_engine->putSecret(it.key(), it.value())) {
            *error = QStringLiteral("cannot store the secret '%1'").arg(it.key());
            return false;
        }
    }

    const auto signing =
            CallbackSigningSecret::provision(config.callbackSigningSecret, *m_engine, error);
    if (!signing)
        return false;

    m_outbox = std::make_unique<OutboxWorker>(*m_engine, config.delivery);
    m_receiver = std::make_unique<WebhookReceiver>(*m_engine, m_operatorToken, limits);
    m_receiver->setTrustedProxies(*proxies);
    for (const std::shared_ptr<Connector> &connector : connectors) {
        connector->setTargetGuard(m_outbox->targetGuard());
        m_receiver->addConnectorRoutes(*connector); // those of configured fan-in groups
    }
    // Settings and tests may still name a connector by an earlier name ("pipelines").
    QHash<QString, InboundSetting> inbound;
    for (auto it = config.inbound.constBegin(); it != config.inbound.constEnd(); ++it) {
        const QString name = ConnectorRegistry::canonicalName(it.key());
        if (name == it.key() || !inbound.contains(name))
            inbound.insert(name, it.value());
    }
    m_connectionSecrets = InboundSecrets::provision(inbound, *m_store, *m_vault);
    m_connectionSecrets.append(*signing);
    m_inbound = inbound;
    for (const ConnectorSecret &secret : m_connectionSecrets)
        m_receiver->setInboundRule(
                secret.connector,
                InboundSecrets::rule(inbound.value(secret.connector), secret.secret));
    m_gates = std::make_unique<GateSampler>(*m_engine, policies);
    connect(m_receiver.get(), &WebhookReceiver::securityEvent, m_engine.get(),
            &Engine::recordSecurityEvent);
    m_committer = std::make_unique<RequestCommitter>(*m_receiver, *m_engine);
    m_pool = std::make_unique<ReceiverPool>(*m_committer, limits, config.receiverThreads);
    connect(m_pool.get(), &ReceiverPool::refused, m_receiver.get(),
            [receiver = m_receiver.get()](const QString &peer, int status, const QString &why) {
                Metrics::global().count("gatehouse_connections_refused_total",
                                        {{"status", QString::number(status)}});
                emit receiver->securityEvent(
                        peer, QStringLiteral("refused with %1: %2").arg(status).arg(why));
            });
    if (!config.tlsCertificate.isEmpty() || !config.tlsKey.isEmpty()) {
        const auto tls = TlsSetup::load(config.tlsCertificate, config.tlsKey, error);
        if (!tls)
            return false;
        m_pool->setTls(*tls);
        m_tls = true;
    }
    if (m_store->isPostgres() && !startListener(error))
        return false;
    if (!config.receiverEnabled) {
        // A console beside the receiving instance: it shows and decides; that instance
        // receives, delivers and runs the schedules.
        m_engine->setLinkSettings(m_receiver->linkSettings());
        return true;
    }
    m_port = m_pool->listen(config.listenAddress, config.port, error);
    if (m_port == 0)
        return false;
    if (config.metricsPort != 0) {
        m_metricsServer = new MetricsServer(
                [engine = m_engine.get()] {
                    return Metrics::global().render(engine->monitoringGauges());
                },
                this);
        m_metricsPort = m_metricsServer->listen(config.metricsPort, error);
        if (m_metricsPort == 0)
            return false;
    }
    LinkSettings links;
    links.publicUrl = config.publicUrl;
    if (links.publicUrl.isEmpty()) // the receiver threads own the sockets: say where they listen
        links.publicUrl =
                QUrl(QStringLiteral("%1://127.0.0.1:%2")
                             .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
                             .arg(m_port));
    links.defaultLifetimeMs = qint64(config.linkExpiryMinutes) * 60 * 1000;
    m_receiver->setLinkSettings(links);
    // "Issue new link" in the console builds links exactly as the receiver serves them.
    m_engine->setLinkSettings(m_receiver->linkSettings());
    // Chat messages of the policies' channels (issue 18 item 4), from instances that receive.
    m_chat = std::make_unique<ChatNotifier>(*m_engine, m_store->connectionName());
    m_chat->setPolicies(policies);
    m_outbox->start();
    RetentionSettings retention = config.retention;
    retention.archiveFile = retention.archiveFileFor(config.databasePath);
    m_retention = std::make_unique<RetentionJob>(*m_store, retention);
    // What connectors run in the background (GitHub's reviewer poller), once the outbox
    // they lend credentials to runs.
    for (const std::shared_ptr<Connector> &connector : connectors) {
        if (std::unique_ptr<ConnectorTask> task = connector->startTask(*m_engine, *m_outbox))
            m_connectorTasks.push_back(std::move(task));
    }
    startSchedules();
    connect(&m_outboxPoll, &QTimer::timeout, m_outbox.get(), &OutboxWorker::wake);
    m_outboxPoll.start(2000);
    return true;
}

bool GatehouseService::openStore(const QString &databasePath, bool takeSeat, QString *error)
{
    auto location = DatabaseLocation::parse(databasePath, error);
    if (!location)
        return false;
    if (!location->isPostgres() && takeSeat && !m_seat.acquire(location->path(), error))
        return false;
    // libpq reads PGPASSWORD, PGPASSFILE and ~/.pgpass itself; the keychain is ours.
    if (location->isPostgres() && !qEnvironmentVariableIsSet("PGPASSWORD")) {
        QString keychainError;
        const QByteArray password = Keychain::read(location->keychainKey(), &keychainError);
        if (!password.isEmpty())
            location->setPassword(QString::fromUtf8(password));
    }
    m_store = std::make_unique<Store>();
    return m_store->open(*location, error);
}

bool GatehouseService::startListener(QString *error)
{
    // Team mode: what other instances commit reaches this engine's signals (and so the
    // window, the outbox worker and the schedules) within a notification's time.
    m_listener = std::make_unique<ChangeListener>(m_store->location(), m_store->instanceId());
    m_engine->followRemoteChanges();
    connect(m_listener.get(), &ChangeListener::changed, m_engine.get(),
            &Engine::applyRemoteChanges);
    connect(m_listener.get(), &ChangeListener::liveChanged, m_engine.get(),
            &Engine::setLiveUpdates);
    // A decision taken in a console goes out from a receiving instance at once, not at
    // the next poll.
    if (m_receiverEnabled)
        connect(m_listener.get(), &ChangeListener::changed, m_outbox.get(), &OutboxWorker::wake);
    return m_listener->start(error);
}

void GatehouseService::startSchedules()
{
    if (!m_store->isPostgres()) {
        m_gates->start(); // the single seat: this instance is the only one
        m_retention->start();
        return;
    }
    // Team mode: deadlines and gate samples are the leader's (LeaderElection).
    m_engine->setExpiryEnabled(false);
    m_leader = std::make_unique<LeaderElection>(m_store->location(),
                                                static_cast<DatabaseClock *>(m_clock.get()));
    connect(m_leader.get(), &LeaderElection::leadershipChanged, this, [this](bool leader) {
        m_engine->setExpiryEnabled(leader);
        if (leader) {
            m_gates->start();
            m_retention->start();
        } else {
            m_gates->stop();
            m_retention->stop();
        }
    });
    m_leader->start(2000);
}

// Every rule of the policies that the engine applies: who may decide (DecisionRules),
// supersede at ingest, and what a timeout does.
void GatehouseService::applyPolicyRules(const QVector<Policy> &policies)
{
    if (!m_engine)
        return;
    m_engine->decisionRules()->setPolicies(policies);
    m_engine->releaseWindows()->setPolicies(policies);
    m_engine->setSupersedeRule([policies](const Approval &newest) {
        return SupersedeRule::applies(policies, newest);
    });
    m_engine->setTimeoutRule([policies](const Approval &approval) {
        return TimeoutRule::choose(policies, approval);
    });
    if (m_chat)
        m_chat->setPolicies(policies);
}

void GatehouseService::setPolicies(const QVector<Policy> &policies)
{
    if (m_gates)
        m_gates->setPolicies(policies);
    applyPolicyRules(policies);
    if (m_store
        && !PolicyAudit::record(*m_store, policies, QStringLiteral("settings"), m_clock->now()))
        qWarning().noquote() << "gatehouse: cannot write the policy change to the audit ledger:"
                             << m_store->lastError();
}

bool GatehouseService::storeSecret(const QString &name, const QByteArray &value)
{
    return m_engine && m_engine->putSecret(name, value);
}

bool GatehouseService::hasSecret(const QString &name) const
{
    return m_store && !m_store->sealedSecret(name).isEmpty();
}

void GatehouseService::applyInbound(const QString &name, const InboundSetting &setting)
{
    if (!m_receiver)
        return;
    const QString connector = ConnectorRegistry::canonicalName(name);
    // A secret from the environment or a file stays in force; else the stored one.
    InboundSetting effective = setting;
    const InboundSetting atStart = m_inbound.value(connector);
    if (effective.secret.isEmpty() && !atStart.secret.isEmpty()) {
        effective.secret = atStart.secret;
        effective.secretOrigin = atStart.secretOrigin;
    }
    m_inbound.insert(connector, effective);
    const ConnectorSecret secret =
            InboundSecrets::provisionOne(connector, effective, *m_store, *m_vault);
    m_receiver->setInboundRule(connector, InboundSecrets::rule(effective, secret.secret));
    for (ConnectorSecret &known : m_connectionSecrets) {
        if (known.connector == connector)
            known = secret;
    }
}

void GatehouseService::sealConnectorCredentials(const ServiceConfig &config)
{
    // Credentials from the configuration go straight into the vault; the connectors
    // and the outbox only ever name them.
    if (!config.flexDeployCredentials.isEmpty())
        m_store->putSealedSecret(FlexDeployConnector::credentialsSecret(),
                                 m_vault->seal(config.flexDeployCredentials));
    for (auto it = config.restartTargetCredentials.constBegin();
         it != config.restartTargetCredentials.constEnd(); ++it)
        m_store->putSealedSecret(RestartTarget::secretName(it.key()), m_vault->seal(it.value()));
    for (auto it = config.connectorCredentials.constBegin();
         it != config.connectorCredentials.constEnd(); ++it)
        m_store->putSealedSecret(it.key(), m_vault->seal(it.value()));
}

void GatehouseService::stop()
{
    m_outboxPoll.stop();
    // Release receiver threads that wait for an answer before stopping them.
    if (m_committer)
        m_committer->shutdown();
    m_pool.reset();
    m_committer.reset();
    m_leader.reset();
    m_gates.reset();
    m_listener.reset();
    m_retention.reset(); // before the store it works on
    m_receiver.reset();
    m_connectorTasks.clear();
    m_chat.reset();
    m_outbox.reset();
    m_engine.reset();
    m_vault.reset();
    m_store.reset();
    m_seat.release(); // after the store: the next instance finds the database closed
}

ServiceThread::ServiceThread()
{
    m_thread.setObjectName(QStringLiteral("gatehouse-service"));
}

ServiceThread::~ServiceThread()
{
    stop();
}

bool ServiceThread::start(const ServiceConfig &config, QString *error)
{
    m_service = new GatehouseService;
    m_service->moveToThread(&m_thread);
    m_thread.start();
    bool ok = false;
    bool done = false;
    QString message;
    // Not a blocking call: the caller's thread goes on handling its events while the
    // service starts, so a window can paint and a keyring prompt that takes its time
    // (the vault key) freezes nothing.
    QEventLoop waiting;
    QMetaObject::invokeMethod(
            m_service,
            [&] {
                ok = m_service->start(config, &message);
                QMetaObject::invokeMethod(
                        &waiting,
                        [&] {
                            done = true;
                            waiting.quit();
                        },
                        Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    if (!done)
        waiting.exec();
    if (!ok && error)
        *error = message;
    return ok;
}

void ServiceThread::stop()
{
    if (!m_thread.isRunning())
        return;
    // The service's objects must die in the thread that created them.
    QMetaObject::invokeMethod(
            m_service,
            [this] {
                delete m_service;
                m_service = nullptr;
            },
            Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}
