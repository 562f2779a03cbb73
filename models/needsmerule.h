// NeedsMeRule: whether a pending approval waits for a person now, and not for
// machines. A fan-in waits for its sources. An approval under a policy waits for its
// gates: "gatesOnly" always; "gatesThenApproval" until all are green in one sample
// (then for a person); "approvalThenGates" for a person until one approved, then for
// the gates. Anything else pending (checks, Azure gates that poll us, human tasks,
// paused runs, generic approvals) waits for a person.
//
// Within "Needs me", who is looking decides the order first (issue 18 item 7): what I
// hold, then what nobody holds, then what others hold, so that an item someone else
// already reviews does not sit on top of my list; the sort column orders each part.
#pragma once

class QString;
struct Approval;

class NeedsMeRule
{
public:
    static bool applies(const Approval &approval);
    // 0: held by me, 1: held by nobody, 2: held by someone else.
    static int assignmentRank(const Approval &approval, const QString &me);
};
