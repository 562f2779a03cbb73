// OutboxWorker: delivers queued outbound requests. At most one request per approval is
// in flight, so each approval's calls keep their order; failures are retried with
// backoff; rows left "delivering" by a crash are sent again after a restart
// (at-least-once). Every attempt reaches the timeline through the Engine.
#pragma once

#include "delivery/deliverypolicy.h"
#include "store/outboxitem.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>
#include <QTimer>

class Engine;
class QNetworkReply;

class OutboxWorker : public QObject
{
    Q_OBJECT
public:
    OutboxWorker(Engine &engine, const DeliveryPolicy &policy, QObject *parent = nullptr);
    void start();
    int inFlight() const { return m_busyApprovals.size(); }

public slots:
    void wake();

private:
    void pump();
    void send(const OutboxItem &item);
    void finished(QNetworkReply *reply, const OutboxItem &item);
    void scheduleNext();

    Engine &m_engine;
    DeliveryPolicy m_policy;
    QNetworkAccessManager m_network;
    QSet<qint64> m_busyApprovals;
    QTimer m_timer;
    bool m_pumpQueued = false;
};
