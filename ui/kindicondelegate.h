// KindIconDelegate: the Kind column as its icon alone when the column is too narrow for
// the word beside it (the default: the word is the tooltip, and the sidebar's views name
// the kinds), so the title keeps the room in a narrow window. Wider, it shows both.
#pragma once

#include <QStyledItemDelegate>

class KindIconDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
