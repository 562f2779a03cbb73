// Decision: what the operator (or a timeout, or a policy) decided about one approval.
#pragma once

#include <QString>

enum class Verdict { Approve, Reject };

struct Decision
{
    Verdict verdict = Verdict::Approve;
    QString decidedBy; // a person or "gatehouse"
    QString origin; // "window", "tray", "api", "link", "timeout", "policy"
    QString comment;
};
