// ApprovalSortKeys: the times the table sorts by, as plain numbers, kept per row by
// ApprovalTableModel. Sorting 100,000 rows makes ~1.7 million comparisons; reading a
// QDateTime (and checking that it is valid) in each took most of the sort's time.
#pragma once

#include "core/approval.h"

#include <limits>

struct ApprovalSortKeys
{
    qint64 createdMs = 0;
    qint64 deadlineMs = std::numeric_limits<qint64>::max(); // none: after every deadline
    qint64 decidedMs = 0; // pending: before every decision

    static ApprovalSortKeys of(const Approval &a)
    {
        ApprovalSortKeys keys;
        if (a.createdAt.isValid())
            keys.createdMs = a.createdAt.toMSecsSinceEpoch();
        if (a.deadline.isValid())
            keys.deadlineMs = a.deadline.toMSecsSinceEpoch();
        if (a.decidedAt.isValid())
            keys.decidedMs = a.decidedAt.toMSecsSinceEpoch();
        return keys;
    }
};
