#include "releasewindows.h"

#include "gates/gateevaluator.h"

#include <QMutexLocker>

void ReleaseWindows::setPolicies(const QVector<Policy> &policies)
{
    QVector<Policy> withWindows;
    for (const Policy &policy : policies) {
        for (const Gate &gate : policy.gates) {
            if (gate.kind == Gate::Kind::TimeWindow) {
                withWindows.append(policy);
                break;
            }
        }
    }
    const QMutexLocker lock(&m_mutex);
    m_policies = withWindows;
}

QVector<Gate> ReleaseWindows::windowsFor(const Approval &approval, QString *policy) const
{
    const QMutexLocker lock(&m_mutex);
    QVector<Gate> windows;
    for (const Policy &candidate : m_policies) {
        if (!candidate.matches(approval))
            continue;
        if (policy->isEmpty())
            *policy = candidate.name;
        for (const Gate &gate : candidate.gates) {
            if (gate.kind == Gate::Kind::TimeWindow)
                windows.append(gate);
        }
    }
    return windows;
}

bool ReleaseWindows::hasWindow(const Approval &approval) const
{
    QString policy;
    return !windowsFor(approval, &policy).isEmpty();
}

std::optional<ReleaseWindows::Opening> ReleaseWindows::nextOpening(const Approval &approval,
                                                                   const QDateTime &from) const
{
    QString policy;
    const QVector<Gate> windows = windowsFor(approval, &policy);
    if (windows.isEmpty())
        return std::nullopt;
    const std::optional<QDateTime> at = nextOpening(windows, from);
    if (!at)
        return std::nullopt;
    return Opening{*at, policy};
}

std::optional<QDateTime> ReleaseWindows::nextOpening(const QVector<Gate> &gates,
                                                     const QDateTime &from)
{
    // The gates judge whole minutes (GateEvaluator::judgeTimeWindow), so the candidates
    // are `from` itself, then the start of every later minute: the same judgement the
    // gate sampler makes, so a release never falls where the gate would say red.
    const auto allGreen = [&gates](const QDateTime &at) {
        for (const Gate &gate : gates) {
            if (gate.kind == Gate::Kind::TimeWindow
                && !GateEvaluator::judgeTimeWindow(gate, at).green)
                return false;
        }
        return true;
    };
    const QDateTime start = from.toUTC();
    if (allGreen(start))
        return start;
    QDateTime minute = QDateTime::fromSecsSinceEpoch(start.toSecsSinceEpoch() / 60 * 60, Qt::UTC);
    const QDateTime end = start.addDays(horizonDays);
    for (minute = minute.addSecs(60); minute <= end; minute = minute.addSecs(60)) {
        if (allGreen(minute))
            return minute;
    }
    return std::nullopt;
}
