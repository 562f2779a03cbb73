// PolicyAudit: writes a change of the gate policies in force to the audit ledger
// (issue 18, item 6): at start when the file changed while Gatehouse was stopped, and
// whenever the window or a reload puts new policies in force. The entry's detail is
// a plain description of every policy, so an auditor reads what was in force from
// when, without the policy file at hand.
#pragma once

#include "gates/policy.h"

#include <QString>
#include <QVector>

class Store;

class PolicyAudit
{
public:
    static QString describe(const QVector<Policy> &policies);
    // Appends a "policy-changed" entry unless the newest one already describes the
    // same policies. False when the ledger could not be written.
    static bool record(Store &store, const QVector<Policy> &policies, const QString &origin,
                       const QDateTime &at);
};
