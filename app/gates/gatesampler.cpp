#include "gatesampler.h"

#include "core/engine.h"
#include "gates/gateevaluator.h"

#include <QJsonArray>
#include <QLoggingCategory>

#include <algorithm>
#include <limits>

Q_LOGGING_CATEGORY(lcGates, "gatehouse.gates")

namespace {

const QString gatesKey = QStringLiteral("gates");
// Timer intervals are ints; far-off work is looked at again within a minute anyway.
constexpr qint64 maxWaitMs = 60 * 1000;

QDateTime parseTime(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QString durationText(qint64 secs)
{
    if (secs % 3600 == 0)
        return GateSampler::tr("%n h", nullptr, int(secs / 3600));
    if (secs % 60 == 0)
        return GateSampler::tr("%n min", nullptr, int(secs / 60));
    return GateSampler::tr("%n s", nullptr, int(secs));
}

// When the delay and the timeout start counting: at arrival, or for approvalThenGates
// at the person's approval (invalid: not approved yet, nothing to evaluate).
QDateTime referenceTime(const Approval &approval, const Policy &policy)
{
    if (policy.order != Policy::Order::ApprovalThenGates)
        return approval.createdAt;
    return parseTime(approval.metadata.value(QStringLiteral("humanApproval"))
                             .toObject()
                             .value(QStringLiteral("at")));
}

// What policyFor() and consider() read; the rest (a description may be a megabyte)
// is left out.
Approval slim(const Approval &approval)
{
    Approval copy;
    copy.id = approval.id;
    copy.connector = approval.connector;
    copy.pipeline = approval.pipeline;
    copy.stage = approval.stage;
    copy.environment = approval.environment;
    copy.state = approval.state;
    copy.createdAt = approval.createdAt;
    for (const QString &key : {gatesKey, QStringLiteral("humanApproval")}) {
        if (approval.metadata.contains(key))
            copy.metadata.insert(key, approval.metadata.value(key));
    }
    return copy;
}

} // namespace

GateSampler::GateSampler(Engine &engine, const QVector<Policy> &policies, QObject *parent)
    : QObject(parent),
      m_engine(engine),
      m_policies(policies),
      m_evaluator(new GateEvaluator(engine, this))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &GateSampler::tick);
    m_engine.setApprovalHold([this](const Approval &approval, const Decision &) {
        const Policy *policy = policyFor(approval);
        return policy && policy->order == Policy::Order::ApprovalThenGates;
    });
}

GateSampler::~GateSampler()
{
    m_engine.setApprovalHold({});
}

void GateSampler::start()
{
    m_started = true;
    if (m_policies.isEmpty())
        return; // without policies, no work for each webhook
    // A new or changed approval may be one a policy wants; many in one turn cost one tick.
    loadPending();
    if (!m_watching) {
        connect(&m_engine, &Engine::approvalUpserted, this, &GateSampler::wake);
        m_watching = true;
    }
    wake();
}

void GateSampler::setPolicies(const QVector<Policy> &policies)
{
    m_policies = policies;
    if (m_started)
        start();
}

void GateSampler::loadPending()
{
    if (m_tracking)
        return;
    // Every later change arrives as an upsert; this is the only full read.
    connect(&m_engine, &Engine::approvalUpserted, this, &GateSampler::track);
    m_tracking = true;
    ApprovalQuery query;
    query.state = ApprovalState::Pending;
    query.limit = std::numeric_limits<int>::max();
    for (const Approval &approval : m_engine.approvals(query))
        m_pending.insert(approval.id, slim(approval));
}

void GateSampler::track(const Approval &approval)
{
    if (approval.isPending())
        m_pending.insert(approval.id, slim(approval));
    else
        m_pending.remove(approval.id);
}

void GateSampler::wake()
{
    if (m_tickQueued)
        return;
    m_tickQueued = true;
    QMetaObject::invokeMethod(this, &GateSampler::tick, Qt::QueuedConnection);
}

const Policy *GateSampler::policyFor(const Approval &approval) const
{
    for (const Policy &policy : m_policies) {
        if (!policy.gates.isEmpty() && policy.matches(approval)) // gate-less: other rules only
            return &policy;
    }
    return nullptr;
}

void GateSampler::tick()
{
    m_tickQueued = false;
    loadPending();
    QDateTime nextDue;
    // A copy, newest first as the store would list them: considering one approval may
    // decide it, and that upsert edits m_pending.
    QVector<Approval> pending = m_pending.values().toVector();
    std::sort(pending.begin(), pending.end(), [](const Approval &a, const Approval &b) {
        return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.id > b.id;
    });
    for (const Approval &approval : std::as_const(pending)) {
        if (m_inFlight.contains(approval.id))
            continue;
        if (const Policy *policy = policyFor(approval))
            consider(approval, *policy, &nextDue);
    }
    if (!nextDue.isValid()) {
        m_timer.stop();
        return;
    }
    m_timer.start(int(qBound<qint64>(0LL, m_engine.now().msecsTo(nextDue) + 1, maxWaitMs)));
}

void GateSampler::consider(const Approval &approval, const Policy &policy, QDateTime *nextDue)
{
    const QJsonObject gates = approval.metadata.value(gatesKey).toObject();
    if (gates.value(QStringLiteral("ready")).toBool())
        return; // all green once: now it is the human's turn
    const QDateTime start = referenceTime(approval, policy);
    if (!start.isValid())
        return; // approvalThenGates: the gates start with the person's approval
    const QDateTime now = m_engine.now();
    const QDateTime from = start.addSecs(policy.delayBeforeEvaluationSecs);
    const QDateTime timeoutAt = start.addSecs(policy.timeoutSecs);
    const int evaluations = gates.value(QStringLiteral("evaluations")).toInt();
    const QString last = gates.value(QStringLiteral("lastSummary")).toString();

    if (now >= timeoutAt) {
        reject(approval,
               evaluations == 0 ? tr("Gates did not pass within the timeout of %1 (no evaluation)")
                                          .arg(durationText(policy.timeoutSecs))
                                : tr("Gates did not all pass within the timeout of %1 (%n "
                                     "evaluations; last: %2)",
                                     nullptr, evaluations)
                                          .arg(durationText(policy.timeoutSecs), last));
        return;
    }
    if (policy.maxEvaluations > 0 && evaluations >= policy.maxEvaluations) {
        reject(approval,
               tr("Gates did not all pass in %n evaluations, the policy's cap (last: %1)", nullptr,
                  evaluations)
                       .arg(last));
        return;
    }
    QDateTime due = from;
    const QDateTime lastAt = parseTime(gates.value(QStringLiteral("lastSampleAt")));
    if (lastAt.isValid())
        due = qMax(due, lastAt.addSecs(policy.samplingIntervalSecs));
    if (now >= due) {
        startSample(approval, policy);
        return;
    }
    const QDateTime next = qMin(due, timeoutAt);
    if (!nextDue->isValid() || next < *nextDue)
        *nextDue = next;
}

void GateSampler::startSample(const Approval &approval, const Policy &policy)
{
    Sample &sample = m_inFlight[approval.id];
    sample.policy = policy.name;
    sample.startedAt = m_engine.now();
    sample.results.resize(policy.gates.size());
    sample.outstanding = int(policy.gates.size());
    const qint64 id = approval.id;
    // All gates at once, as seed 003 asks; the answers arrive in any order.
    for (int i = 0; i < policy.gates.size(); ++i) {
        m_evaluator->evaluate(policy.gates.at(i), [this, id, i](const GateResult &result) {
            auto it = m_inFlight.find(id);
            if (it == m_inFlight.end())
                return;
            it->results[i] = result;
            if (--it->outstanding == 0)
                QMetaObject::invokeMethod(
                        this, [this, id] { finishSample(id); }, Qt::QueuedConnection);
        });
    }
}

void GateSampler::finishSample(qint64 approvalId)
{
    const Sample sample = m_inFlight.take(approvalId);
    const std::optional<Approval> approval = m_engine.approval(approvalId);
    if (!approval || !approval->isPending())
        return; // decided by hand meanwhile: the sample no longer matters
    const Policy *policy = policyFor(*approval);
    if (!policy || policy->name != sample.policy)
        return;

    QJsonObject gates = approval->metadata.value(gatesKey).toObject();
    const int evaluation = gates.value(QStringLiteral("evaluations")).toInt() + 1;
    int green = 0;
    QJsonArray results;
    QStringList parts;
    for (const GateResult &result : sample.results) {
        green += result.green ? 1 : 0;
        results.append(QJsonObject{{QStringLiteral("name"), result.name},
                                   {QStringLiteral("green"), result.green},
                                   {QStringLiteral("reason"), result.reason}});
        parts.append(
                tr("%1 %2 (%3)")
                        .arg(result.name, result.green ? tr("green") : tr("red"), result.reason));
    }
    const int total = int(sample.results.size());
    const bool allGreen = green == total;
    QJsonArray samples = gates.value(QStringLiteral("samples")).toArray();
    samples.append(QJsonObject{{QStringLiteral("at"), sample.startedAt.toString(Qt::ISODateWithMs)},
                               {QStringLiteral("green"), allGreen},
                               {QStringLiteral("results"), results}});
    while (samples.size() > keptSamples)
        samples.removeFirst();

    const QString summary = parts.join(QStringLiteral("; "));
    gates.insert(QStringLiteral("policy"), policy->name);
    gates.insert(QStringLiteral("order"), Policy::orderName(policy->order));
    const QDateTime start = referenceTime(*approval, *policy);
    gates.insert(QStringLiteral("startAt"), start.toString(Qt::ISODateWithMs));
    gates.insert(QStringLiteral("evaluateFrom"),
                 start.addSecs(policy->delayBeforeEvaluationSecs).toString(Qt::ISODateWithMs));
    gates.insert(QStringLiteral("timeoutAt"),
                 start.addSecs(policy->timeoutSecs).toString(Qt::ISODateWithMs));
    gates.insert(QStringLiteral("samplingIntervalSecs"), policy->samplingIntervalSecs);
    gates.insert(QStringLiteral("evaluations"), evaluation);
    gates.insert(QStringLiteral("lastSampleAt"), sample.startedAt.toString(Qt::ISODateWithMs));
    gates.insert(QStringLiteral("lastSummary"), summary);
    gates.insert(QStringLiteral("green"), green);
    gates.insert(QStringLiteral("total"), total);
    gates.insert(QStringLiteral("samples"), samples);
    const bool ready = allGreen && policy->order == Policy::Order::GatesThenApproval;
    gates.insert(QStringLiteral("ready"), ready);

    QString line = tr("Gates evaluation %1: %2 of %3 green: %4")
                           .arg(evaluation)
                           .arg(green)
                           .arg(total)
                           .arg(summary);
    if (ready)
        line += tr(". All gates green: waiting for a human approval");
    if (!m_engine.recordGateSample(approvalId, gates, line))
        return;
    qCInfo(lcGates).noquote() << "approval" << approvalId << line;

    if (allGreen && policy->order == Policy::Order::ApprovalThenGates) {
        // The person approved first; the gates now let that approval through.
        const QJsonObject human =
                approval->metadata.value(QStringLiteral("humanApproval")).toObject();
        const QString by = human.value(QStringLiteral("by")).toString();
        QString comment =
                tr("Approved by %1, then all %n gates green in evaluation %2", nullptr, total)
                        .arg(by)
                        .arg(evaluation);
        if (!human.value(QStringLiteral("comment")).toString().isEmpty())
            comment += tr(": \"%1\"").arg(human.value(QStringLiteral("comment")).toString());
        m_engine.decide(approvalId, {Verdict::Approve, by, QStringLiteral("policy"), comment});
    }
    if (allGreen && policy->order == Policy::Order::GatesOnly) {
        m_engine.decide(approvalId,
                        {Verdict::Approve, QStringLiteral("gatehouse"), QStringLiteral("policy"),
                         tr("All %n gates green in evaluation %1 (policy %2)", nullptr, total)
                                 .arg(evaluation)
                                 .arg(policy->name)});
    }
    // The last allowed evaluation failed: say so now rather than at the next tick.
    if (!allGreen && policy->maxEvaluations > 0 && evaluation >= policy->maxEvaluations)
        reject(*approval,
               tr("Gates did not all pass in %n evaluations, the policy's cap (last: %1)", nullptr,
                  evaluation)
                       .arg(summary));
    emit sampleFinished(approvalId, allGreen);
    wake();
}

void GateSampler::reject(const Approval &approval, const QString &reason)
{
    m_engine.decide(
            approval.id,
            {Verdict::Reject, QStringLiteral("gatehouse"), QStringLiteral("policy"), reason});
}
