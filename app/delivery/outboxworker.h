// OutboxWorker: delivers queued outbound requests. At most one request per approval is
// in flight, so each approval's calls keep their order; failures are retried with
// backoff; rows left "delivering" by a crash are sent again after a restart
// (at-least-once). Every attempt reaches the timeline through the Engine.
// Slots are shared fairly (DeliveryPolicy): first attempts before retries, and no host
// takes more than its share. Targets pass the TargetGuard on their resolved address.
#pragma once

#include "delivery/credentialprovider.h"
#include "delivery/deliverypolicy.h"
#include "delivery/targetguard.h"
#include "store/outboxitem.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>

#include <memory>

class Engine;
class QHostInfo;
class QNetworkReply;
class QNetworkRequest;

class OutboxWorker : public QObject
{
    Q_OBJECT
public:
    OutboxWorker(Engine &engine, const DeliveryPolicy &policy, QObject *parent = nullptr);
    void start();
    int inFlight() const { return int(m_slots.size()); }
    // How often the worker looked for due calls (each look is a query; in team mode an
    // UPDATE of the leases).
    int sweeps() const { return m_sweeps; }
    const TargetGuard &targetGuard() const { return m_guard; }
    // Credentials obtained at send time for requests that name this provider.
    void setCredentialProvider(const QString &name, std::shared_ptr<CredentialProvider> provider)
    {
        m_providers.insert(name, std::move(provider));
    }

public slots:
    void wake();

private:
    struct Slot
    {
        QString host;
        bool retry = false;
    };
    // A call the target accepted whose record the database did not take yet.
    struct Unrecorded
    {
        OutboxItem item;
        int httpStatus = 0;
        QByteArray answer;
    };

    void pump();
    bool mayStart(const OutboxItem &item) const;
    void take(const OutboxItem &item);
    void release(qint64 approvalId);
    void send(const OutboxItem &item);
    void sendWithCredential(const OutboxItem &item, const QNetworkRequest &request,
                            const QByteArray &body);
    void sendPrepared(const OutboxItem &item, QNetworkRequest request, QByteArray body);
    void resolveAndSend(const OutboxItem &item, QNetworkRequest request, const QByteArray &body);
    void transmit(const OutboxItem &item, const QNetworkRequest &request, const QByteArray &body);
    void fail(const OutboxItem &item, const QString &error, bool retry);
    void finished(QNetworkReply *reply, const OutboxItem &item);
    void scheduleNext();
    void recordDelivered();

    Engine &m_engine;
    DeliveryPolicy m_policy;
    TargetGuard m_guard;
    QNetworkAccessManager m_network;
    QHash<qint64, Slot> m_slots; // by approval id
    QHash<QString, std::shared_ptr<CredentialProvider>> m_providers;
    QHash<QString, int> m_hostLoad;
    QHash<QString, int> m_hostRetries;
    int m_retries = 0;
    QTimer m_timer;
    bool m_pumpQueued = false;
    QDateTime m_sweptAt; // the engine's time when pump() last ran
    int m_sweeps = 0;
    QVector<Unrecorded> m_unrecorded;
};
