#include "groupmemberslist.h"

#include <QListWidget>
#include <QVBoxLayout>

GroupMembersList::GroupMembersList(QWidget *parent) : QGroupBox(parent)
{
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Group members"));
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setFocusPolicy(Qt::NoFocus);
    // A long title elides (its tooltip has it whole): a horizontal scroll bar would take
    // the height of the one row a lone member has.
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    setVisible(false);
}

void GroupMembersList::setMembers(const QVector<GroupMember> &members, qint64 shownId)
{
    m_list->clear();
    setVisible(!members.isEmpty());
    if (members.isEmpty())
        return;
    setTitle(tr("This run's stage: %n approvals", nullptr, int(members.size())));
    for (const GroupMember &member : members) {
        auto *item = new QListWidgetItem(tr("%1 · %2").arg(member.title, member.state), m_list);
        item->setData(Qt::UserRole, member.id);
        item->setToolTip(member.title);
        if (member.id == shownId) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
    }
    // As tall as its rows (up to five), so the timeline keeps the room.
    const int rows = qBound(1, int(members.size()), 5);
    m_list->setFixedHeight(rows * qMax(m_list->sizeHintForRow(0), 1) + 2 * m_list->frameWidth()
                           + 2);
}
