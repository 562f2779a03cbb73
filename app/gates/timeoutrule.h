// TimeoutRule: the first policy that matches an approval and sets "onTimeout"
// decides what its deadline does; without one, the default (reject).
#pragma once

#include "core/timeoutchoice.h"
#include "gates/policy.h"

#include <QVector>

class TimeoutRule
{
public:
    static TimeoutChoice choose(const QVector<Policy> &policies, const Approval &approval);
    // "reject", "approve", "leave"; false for anything else.
    static bool parse(const QString &text, TimeoutChoice::Outcome *outcome);
};
