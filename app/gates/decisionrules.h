// DecisionRules: the one place that says whether a person may decide an approval under
// the policies' approver rules (issue 13 item 6): four eyes, quorum and approver groups.
// The engine asks it for every decision made by hand (window, tray, API, link); the
// window asks it too, to disable Approve and say why. Thread-safe: the service thread
// replaces the policies while the GUI thread reads.
#pragma once

#include "core/approval.h"
#include "gates/policy.h"

#include <QCoreApplication>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <QVector>

// Who decides. proven: the name is authenticated (the console's OS user or PostgreSQL
// role, a personal API token's owner); a link holder or the shared operator token
// names nobody in particular, so rules that need a person refuse them.
struct Decider
{
    QString name;
    QStringList memberOf; // roles the name belongs to (team mode); the name itself counts
    bool proven = true;
};

class DecisionRules
{
    Q_DECLARE_TR_FUNCTIONS(DecisionRules)

public:
    struct Verdict
    {
        bool allowed = true;
        QString reason; // why not, for a tooltip, a 403 body or a link page
    };
    // The rules of the first policy that matches and has any; none: anyone decides once.
    struct Applied
    {
        QString policy;
        ApproverRules rules;
    };

    void setPolicies(const QVector<Policy> &policies);
    Applied rulesFor(const Approval &approval) const;
    Verdict check(const Approval &approval, const Decider &decider, bool approve) const;
    static Verdict check(const Applied &applied, const Approval &approval, const Decider &decider,
                         bool approve);

    // The decider of this console (OS user or PostgreSQL session role), set at start.
    void setConsoleDecider(const Decider &decider);
    Decider consoleDecider() const;

    // Quorum votes recorded so far, in metadata "approvalVotes" ({needed, votes:[{by,...}]}).
    static QStringList voters(const Approval &approval);
    static int votesNeeded(const Approval &approval);
    // "1 of 2 approvals: anna"; empty when no vote is recorded.
    static QString progress(const Approval &approval);
    static QString progress(const QStringList &voters, int needed);

private:
    mutable QMutex m_mutex;
    QVector<Applied> m_rules; // with the matching fields in a Policy copy
    QVector<Policy> m_matchers;
    Decider m_console;
};
