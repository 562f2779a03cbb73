// GroupMembersList: the detail pane's list of the selected approval's group (the
// approvals of one run's stage: all must pass), each as "title · state", so a person
// sees why the group is waiting or failed without searching for its other members.
#pragma once

#include "models/groupmembers.h"

#include <QGroupBox>

class QListWidget;

class GroupMembersList : public QGroupBox
{
    Q_OBJECT
public:
    explicit GroupMembersList(QWidget *parent = nullptr);
    // Hidden when members is empty; the shown approval (shownId) is marked in bold.
    void setMembers(const QVector<GroupMember> &members, qint64 shownId);
    QListWidget *list() const { return m_list; }

private:
    QListWidget *m_list;
};
