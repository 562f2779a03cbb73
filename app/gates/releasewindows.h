// ReleaseWindows: "within the next change window" (issue 18, item 2). From the
// time-window gates of the policies that match an approval (windows must be open,
// freezes, inverse windows, must not be), the next moment a release may happen. The
// engine asks it when an approval is decided ahead; the window asks it whether to offer
// the choice at all. Thread-safe like DecisionRules: the service thread replaces the
// policies while the GUI thread reads.
#pragma once

#include "core/approval.h"
#include "gates/policy.h"

#include <QDateTime>
#include <QMutex>
#include <QVector>

#include <optional>

class ReleaseWindows
{
public:
    struct Opening
    {
        QDateTime at; // UTC, whole minutes unless it is `from` itself
        QString policy; // the first matching policy with a time window
    };
    // How far ahead the search looks: a window that never opens within it is refused.
    static constexpr int horizonDays = 14;

    void setPolicies(const QVector<Policy> &policies);
    // Whether any matching policy has a time-window gate.
    bool hasWindow(const Approval &approval) const;
    // The first moment at or after `from` at which every time-window gate of the matching
    // policies is green; std::nullopt without such gates or when none opens in the horizon.
    std::optional<Opening> nextOpening(const Approval &approval, const QDateTime &from) const;
    // The same for given gates (non-window gates are ignored).
    static std::optional<QDateTime> nextOpening(const QVector<Gate> &gates, const QDateTime &from);

private:
    QVector<Gate> windowsFor(const Approval &approval, QString *policy) const;
    mutable QMutex m_mutex;
    QVector<Policy> m_policies;
};
