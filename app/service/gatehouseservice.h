// GatehouseService: store, vault, engine, connectors, outbox worker and receiver,
// composed and started in the thread the service lives in (never the GUI thread).
// The desktop, the headless mode and the tests all run exactly this.
#pragma once

#include "gates/policy.h"
#include "service/seatlock.h"
#include "service/serviceconfig.h"

#include <QObject>
#include <QThread>
#include <QTimer>

#include <memory>
#include <vector>

class ChangeListener;
class ChatNotifier;
class Clock;
class ConnectorTask;
class DatabaseClock;
class LeaderElection;
class Engine;
class GateSampler;
class MetricsServer;
class OutboxWorker;
class ReceiverPool;
class RequestCommitter;
class RetentionJob;
class SecretVault;
class Store;
class WebhookReceiver;

class GatehouseService : public QObject
{
    Q_OBJECT
public:
    explicit GatehouseService(QObject *parent = nullptr);
    ~GatehouseService() override;

    // Call in the service's own thread.
    bool start(const ServiceConfig &config, QString *error);
    void stop();

    Engine *engine() const { return m_engine.get(); }
    WebhookReceiver *receiver() const { return m_receiver.get(); }
    RequestCommitter *committer() const { return m_committer.get(); }
    GateSampler *gateSampler() const { return m_gates.get(); }
    // 0 when the receiver is off (ServiceConfig::receiverEnabled).
    quint16 port() const { return m_port; }
    quint16 metricsPort() const { return m_metricsPort; }
    bool receiverEnabled() const { return m_receiverEnabled; }
    bool usesTls() const { return m_tls; }
    QByteArray operatorToken() const { return m_operatorToken; }
    QString vaultNotice() const { return m_vaultNotice; }
    // How each connector authenticates, with the secret to configure in the sender.
    QVector<ConnectorSecret> connectionSecrets() const { return m_connectionSecrets; }

    // Live changes from the settings dialog (call in the service's thread; SettingsService
    // does). Policies replace the running ones; a secret is sealed into the store under
    // its name; an inbound setting (scheme, signature header) takes effect for the next
    // webhook, with the connector's stored secret unless the environment or a file gives one.
    void setPolicies(const QVector<Policy> &policies);
    bool storeSecret(const QString &name, const QByteArray &value);
    bool hasSecret(const QString &name) const;
    void applyInbound(const QString &connector, const InboundSetting &setting);

private:
    // The policies' "supersede" and "onTimeout" settings, handed to the engine.
    void applyPolicyRules(const QVector<Policy> &policies);
    QByteArray loadOperatorToken(const ServiceConfig &config);
    void sealConnectorCredentials(const ServiceConfig &config);
    bool openStore(const QString &databasePath, bool takeSeat, QString *error);
    bool startListener(QString *error);
    void startSchedules();

    SeatLock m_seat;
    // Decisions taken in a console without receiver land in the shared outbox; the
    // receiving instance looks for them now and then (SQLite sends no notifications).
    QTimer m_outboxPoll;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<SecretVault> m_vault;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<OutboxWorker> m_outbox;
    std::unique_ptr<WebhookReceiver> m_receiver;
    std::unique_ptr<RequestCommitter> m_committer;
    std::unique_ptr<ReceiverPool> m_pool;
    std::unique_ptr<GateSampler> m_gates;
    std::vector<std::unique_ptr<ConnectorTask>> m_connectorTasks; // Connector::startTask
    std::unique_ptr<ChangeListener> m_listener; // team mode only
    std::unique_ptr<LeaderElection> m_leader; // team mode only
    std::unique_ptr<RetentionJob> m_retention; // the leader's, like the schedules
    std::unique_ptr<ChatNotifier> m_chat; // receiving instances only
    QByteArray m_operatorToken;
    QString m_vaultNotice;
    QVector<ConnectorSecret> m_connectionSecrets;
    QHash<QString, InboundSetting> m_inbound;
    quint16 m_port = 0;
    quint16 m_metricsPort = 0;
    MetricsServer *m_metricsServer = nullptr; // a child: gone with the service
    bool m_tls = false;
    bool m_receiverEnabled = true;
};

// ServiceThread: runs a GatehouseService in a thread of its own and starts it there.
class ServiceThread
{
public:
    ServiceThread();
    ~ServiceThread();
    bool start(const ServiceConfig &config, QString *error);
    void stop();
    GatehouseService *service() const { return m_service; }

private:
    QThread m_thread;
    GatehouseService *m_service = nullptr;
};
