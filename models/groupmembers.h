// GroupMembers: the approvals that share the selected one's group (one run's stage), as
// the detail pane lists them: title and state, oldest first. Read from the table model's
// rows, so the pane shows exactly what the list shows and runs no query of its own.
#pragma once

#include <QString>
#include <QVector>

class ApprovalTableModel;
struct Approval;

struct GroupMember
{
    qint64 id = 0;
    QString title;
    QString state; // ApprovalTableModel::stateLabel: "Approved, delivered"
};

namespace GroupMembers {
// Every member of approval's group, itself included; empty for an approval without a
// group or alone in it (then there is nothing to list).
QVector<GroupMember> of(const ApprovalTableModel &model, const Approval &approval);
} // namespace GroupMembers
