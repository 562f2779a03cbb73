// PolicyChanges: what a policy edit takes away from the operator, said before it is
// saved. A change that removes the person from a policy (order "gatesOnly", also a new
// policy that starts so) or shortens its timeout applies at once to pending approvals,
// so the settings dialog lists these and asks. Compares the policy file's JSON, with
// its defaults, matching policies by name.
#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

class PolicyChanges
{
    Q_DECLARE_TR_FUNCTIONS(PolicyChanges)

public:
    // One line per risky change, in the order of the new list; empty: nothing to ask.
    static QStringList risky(const QJsonArray &before, const QJsonArray &after);
};
