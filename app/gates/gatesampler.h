// GateSampler: runs the policies' gates for pending approvals, in the service thread
// next to the Engine. After the delay it samples all gates of a policy concurrently
// every interval; they pass only when all are green in the same sample. Each sample
// becomes one timeline entry and a summary in metadata "gates" (for the detail pane's
// strip); a timeout or the evaluation cap rejects, and all green either approves
// (gatesOnly) or marks the approval ready for a human (gatesThenApproval).
// Time comes from the Engine's clock; tests move a ManualClock and call tick().
// The pending approvals are read from the store once; after that the sampler keeps a
// slim copy of each (only what policies and the schedule read) from the Engine's
// upsert signals, so a webhook costs one hash update, not a reload of every pending
// row with its description (issue 12, item 7).
#pragma once

#include "gates/policy.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <QVector>

class Engine;
class GateEvaluator;
struct Approval;

class GateSampler : public QObject
{
    Q_OBJECT
public:
    static constexpr int keptSamples = 20; // in metadata; the timeline has them all

    GateSampler(Engine &engine, const QVector<Policy> &policies, QObject *parent = nullptr);
    ~GateSampler() override;

    void start();
    // Team mode: another instance leads the schedules (LeaderElection); start() again
    // when this one takes over.
    void stop();
    // Replaces the policies while running (edited in the settings dialog). Samples in
    // flight finish under the policy they started with; the next tick uses the new ones.
    void setPolicies(const QVector<Policy> &policies);
    const QVector<Policy> &policies() const { return m_policies; }
    const Policy *policyFor(const Approval &approval) const;
    int samplesInFlight() const { return int(m_inFlight.size()); }
    int trackedPending() const { return int(m_pending.size()); }

public slots:
    // Looks at every pending approval and starts, ends or skips its evaluation.
    void tick();

signals:
    void sampleFinished(qint64 approvalId, bool allGreen);

private:
    struct Sample
    {
        QString policy;
        QDateTime startedAt;
        QVector<GateResult> results;
        int outstanding = 0;
    };
    void wake();
    void loadPending();
    void track(const Approval &approval);
    void consider(const Approval &approval, const Policy &policy, QDateTime *nextDue);
    void startSample(const Approval &approval, const Policy &policy);
    void finishSample(qint64 approvalId);
    void reject(const Approval &approval, const QString &reason);

    Engine &m_engine;
    QVector<Policy> m_policies;
    GateEvaluator *m_evaluator;
    QHash<qint64, Sample> m_inFlight;
    QHash<qint64, Approval> m_pending; // slim copies: no description, two metadata keys
    bool m_tracking = false;
    QTimer m_timer;
    bool m_tickQueued = false;
    bool m_started = false;
    bool m_stopped = false;
    bool m_watching = false; // connected to the Engine's upserts
};
