// TimeoutChoice: what happens when an approval's deadline passes (issue 18, item 3),
// and which rule said so, for the timeline. Reject is what Gatehouse always did.
#pragma once

#include <QString>

struct TimeoutChoice
{
    enum class Outcome {
        Reject, // expire it and tell the waiting system "rejected" (the default)
        Approve, // approve it on the policy's behalf
        Leave, // decide nothing: the waiting system's own timeout applies
    };
    Outcome outcome = Outcome::Reject;
    QString policy; // the policy whose "onTimeout" fired; empty: the default
};
