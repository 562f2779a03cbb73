#include "kindicondelegate.h"

void KindIconDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const int needed = option->decorationSize.width() + 12
            + option->fontMetrics.horizontalAdvance(option->text);
    if (option->rect.width() >= needed)
        return;
    option->text.clear();
}
