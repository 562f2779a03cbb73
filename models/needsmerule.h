// NeedsMeRule: whether a pending approval waits for a person now, and not for
// machines. A fan-in waits for its sources. An approval under a policy waits for its
// gates: "gatesOnly" always; "gatesThenApproval" until all are green in one sample
// (then for a person); "approvalThenGates" for a person until one approved, then for
// the gates. Anything else pending (checks, Azure gates that poll us, human tasks,
// paused runs, generic approvals) waits for a person.
#pragma once

struct Approval;

class NeedsMeRule
{
public:
    static bool applies(const Approval &approval);
};
