// Decision: what the operator (or a timeout, or a policy) decided about one approval.
#pragma once

#include "core/releaserequest.h"

#include <QJsonObject>
#include <QString>

// Cancel: the waiting system itself withdrew or settled the item (GitLab: a manual job,
// not an approval; a deployment cancelled there); nothing is sent back for it.
enum class Verdict { Approve, Reject, Cancel };

struct Decision
{
    Verdict verdict = Verdict::Approve;
    QString decidedBy; // a person or "gatehouse"
    QString origin; // "window", "tray", "api", "link", "timeout", "policy"
    QString comment;
    // decidedBy is authenticated (the console's OS user or PostgreSQL role, a personal
    // API token's owner). A link holder and the shared operator token name nobody: the
    // approver rules (DecisionRules) refuse them where a person is needed.
    bool identityProven = true;
    // Approve ahead (issue 18, item 2): when the callback may go out; now by default.
    ReleaseRequest release;
    // Values the decider chose for the waiting system's own form (a Jenkins input's
    // parameters: {"NAME": value}); an approval only. The connector checks them
    // (Connector::acceptInputs) before anything is recorded.
    QJsonObject inputs;
};
