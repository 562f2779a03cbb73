#include "groupmembers.h"

#include "models/approvaltablemodel.h"

#include <algorithm>

QVector<GroupMember> GroupMembers::of(const ApprovalTableModel &model, const Approval &approval)
{
    if (approval.groupKey.isEmpty() || model.groupTally(approval.groupKey).total < 2)
        return {};
    QVector<const Approval *> members;
    for (const Approval &a : model.approvals()) {
        if (a.groupKey == approval.groupKey)
            members.append(&a);
    }
    std::sort(members.begin(), members.end(), [](const Approval *x, const Approval *y) {
        return x->createdAt != y->createdAt ? x->createdAt < y->createdAt : x->id < y->id;
    });
    QVector<GroupMember> result;
    result.reserve(members.size());
    for (const Approval *a : members)
        result.append({a->id, a->title, ApprovalTableModel::stateLabel(*a)});
    return result;
}
