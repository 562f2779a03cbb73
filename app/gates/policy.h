// Policy: which approvals a set of gates applies to, and how they are sampled:
// delay before evaluation, sampling interval, timeout, evaluation cap, and the order
// of the human approval and the gates (seed 003's "execution order").
#pragma once

#include "chat/chatchannel.h"
#include "core/approval.h"
#include "core/timeoutchoice.h"
#include "gates/gate.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

// Who may decide an approval a policy matches (issue 13 item 6). The rules name people:
// on the single seat OS users, in team mode PostgreSQL roles (a role also counts when it
// is a member of a listed role, e.g. of gatehouse_approvers).
struct ApproverRules
{
    bool fourEyes = false; // whoever requested the run (requestedBy) cannot approve it
    int quorum = 1; // distinct approvals needed; one rejection rejects
    QStringList approvers; // empty: anyone may decide

    bool isEmpty() const { return !fourEyes && quorum <= 1 && approvers.isEmpty(); }
};

struct Policy
{
    enum class Order {
        GatesOnly, // no human: all green approves
        GatesThenApproval, // the human is asked only once all gates are green
        ApprovalThenGates, // a person's approval is held until all gates are green
    };

    QString name;
    // Empty matches all.
    QString connector;
    QString pipeline;
    QString stage;
    QString environment;
    QString kind; // "check", "task", ...: the approval's kind

    int delayBeforeEvaluationSecs = 0;
    int samplingIntervalSecs = 300;
    int timeoutSecs = 3600;
    int maxEvaluations = 0; // 0: no cap besides the timeout
    Order order = Order::GatesThenApproval;
    QVector<Gate> gates; // may be empty in a policy that only sets approver rules
    ApproverRules rules;
    // "supersede": "newest": a newer run of the same pipeline, stage and environment
    // cancels the older pending one (SupersedeRule). A policy may hold only such rules
    // and no gates; the gate sampler then passes it by.
    bool supersedeNewest = false;
    // "onTimeout": what the deadline does to a matching approval (TimeoutRule); unset:
    // the next matching policy's, or the default (reject).
    std::optional<TimeoutChoice::Outcome> onTimeout;
    // "chat": where a matching approval is announced, with approve and reject buttons,
    // and where its outcome is told (ChatNotifier, issue 18 item 4).
    QVector<ChatChannel> chat;

    bool matches(const Approval &approval) const;
    static QString orderName(Order order);
};
