// SidebarDelegate: draws a sidebar view as icon, name and its count as a pill on the
// right (orange while something waits), so the numbers line up and stand out. The
// model's display text ("Pending (3)") stays the accessible and fallback form. A view's
// tooltip ends with the key that opens it (ViewShortcuts).
#pragma once

#include <QStyledItemDelegate>

class SidebarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;
};
