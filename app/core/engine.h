// Engine: the only code that changes state. It enforces the rules: an acknowledgement
// only after the approval is committed, one decision wins and is final, deadlines
// expire, and every change is written to the timeline in the same transaction.
// It lives in the service thread; the UI reaches it through queued calls and signals.
#pragma once

#include "connectors/connector.h"
#include "core/approval.h"
#include "core/clock.h"
#include "core/decision.h"
#include "core/timelineentry.h"
#include "store/outboxitem.h"
#include "store/store.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <QVector>

#include <functional>
#include <memory>

class SecretVault;

class Engine : public QObject
{
    Q_OBJECT
public:
    Engine(Store &store, SecretVault &vault, const Clock &clock, QObject *parent = nullptr);

    void addConnector(std::shared_ptr<Connector> connector);
    const Connector *connector(const QString &name) const;
    QDateTime now() const { return m_clock.now(); }

    struct IngestResult
    {
        bool ok = false;
        bool created = false;
        Approval approval;
        QString error;
    };
    // Stores a new approval or updates the one with the same connector and external id.
    // Returns only after the change is committed.
    IngestResult ingest(const ParsedWebhook &webhook);

    // Held: a person's approval was recorded, but a policy decides once its gates pass.
    enum class DecideOutcome { Decided, AlreadyDecided, NotFound, Failed, Held };
    struct DecideResult
    {
        DecideOutcome outcome = DecideOutcome::Failed;
        Approval approval;
        QString message;
    };
    DecideResult decide(qint64 approvalId, const Decision &decision);
    // A gate policy with the order approvalThenGates holds a person's approval back until
    // its gates pass: when the hook returns true, decide() records the approval in
    // metadata "humanApproval" and the item stays pending. Policy and timeout decisions,
    // and rejections, are never held.
    using ApprovalHold = std::function<bool(const Approval &, const Decision &)>;
    void setApprovalHold(ApprovalHold hold) { m_hold = std::move(hold); }
    int expireDue();
    bool retryDelivery(qint64 approvalId);
    void postStatus(qint64 approvalId, const QString &line);
    // Stores one gate sample summary in metadata "gates" of a pending approval, writes
    // the line to its timeline and queues it for the source's own log (Azure's task
    // log), all in one transaction. False when the approval is no longer pending.
    bool recordGateSample(qint64 approvalId, const QJsonObject &gates, const QString &line);
    // Seals a named secret (gate probe credentials) in the store.
    bool putSecret(const QString &name, const QByteArray &value);

    // Reads, for the control API and the UI.
    std::optional<Approval> approval(qint64 id) const { return m_store.approval(id); }
    std::optional<Approval> approvalByExternalId(const QString &connector, const QString &externalId) const
    {
        return m_store.approvalByExternalId(connector, externalId);
    }
    QVector<TimelineEntry> timeline(qint64 id) const { return m_store.timeline(id); }
    QVector<Approval> approvals(const ApprovalQuery &query) const { return m_store.approvals(query); }
    int countApprovals(std::optional<ApprovalState> state) const { return m_store.countApprovals(state); }

    // Delivery bookkeeping, called by the OutboxWorker.
    QVector<OutboxItem> dueDeliveries(int limit) const { return m_store.dueOutbox(now(), limit); }
    QDateTime nextDeliveryAt() const { return m_store.earliestQueuedAttempt(); }
    int recoverInFlightDeliveries() { return m_store.requeueInFlight(); }
    QByteArray secret(const QString &name) const;
    void deliveryStarted(const OutboxItem &item);
    void deliverySucceeded(const OutboxItem &item, int httpStatus);
    void deliveryFailed(const OutboxItem &item, const QString &error, const QDateTime &retryAt);

public slots:
    // Queued entry points for the UI thread; results come back as signals.
    void requestSnapshot(int limit);
    void requestTimeline(qint64 approvalId);
    void requestDecision(qint64 approvalId, bool approve, const QString &comment,
                         const QString &origin, const QString &decidedBy);
    void requestRetryDelivery(qint64 approvalId);

signals:
    void approvalUpserted(const Approval &approval);
    void timelineAppended(const TimelineEntry &entry);
    void snapshotReady(const QVector<Approval> &approvals);
    void timelineReady(qint64 approvalId, const QVector<TimelineEntry> &entries);
    void decisionFinished(qint64 approvalId, bool decided, const QString &message);
    void outboxChanged();

private:
    TimelineEntry log(qint64 approvalId, const QString &type, const QString &message);
    bool enqueueAll(const Approval &approval, const QList<OutboundRequest> &requests);
    void publish(const Approval &approval, const QVector<TimelineEntry> &entries);
    void scheduleExpiry();
    void dropSecrets(qint64 approvalId);
    DecideResult hold(qint64 approvalId, const Decision &decision);

    Store &m_store;
    SecretVault &m_vault;
    const Clock &m_clock;
    QHash<QString, std::shared_ptr<Connector>> m_connectors;
    QVector<TimelineEntry> m_pendingEntries; // written in the open transaction
    QTimer m_expiryTimer;
    ApprovalHold m_hold;
};
