#include "sidebardelegate.h"

#include "models/sidebarmodel.h"
#include "ui/viewshortcuts.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

void SidebarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text = index.data(SidebarModel::LabelRole).toString();
    const int count = index.data(SidebarModel::CountRole).toInt();
    const QString number = QString::number(count);
    const QFontMetrics metrics(opt.font);
    const int pillWidth =
            count > 0 ? qMax(metrics.height() + 4, metrics.horizontalAdvance(number) + 12) : 0;
    opt.rect.setRight(opt.rect.right() - pillWidth - 4);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // The background spans the whole row, the text stops before the pill.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    background.icon = QIcon();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &background, painter, widget);
    opt.backgroundBrush = Qt::NoBrush;
    opt.state &= ~QStyle::State_HasFocus;
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (count == 0)
        return;
    const bool history = index.row() == SidebarModel::historyView();
    const QRect pill(option.rect.right() - pillWidth - 4,
                     option.rect.center().y() - metrics.height() / 2, pillWidth, metrics.height());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(history ? QColor(0x90, 0xa4, 0xae) : QColor(0xef, 0x6c, 0x00));
    painter->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
    QFont bold = opt.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(Qt::white);
    painter->drawText(pill, Qt::AlignCenter, number);
    painter->restore();
}

QSize SidebarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(qMax(size.height(), option.fontMetrics.height() + 10));
    // Narrow on purpose: the rows then take the sidebar's width and long names elide
    // instead of pushing the count out of view behind a scroll bar.
    size.setWidth(qMin(size.width(), 100));
    return size;
}

bool SidebarDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const QKeySequence key = ViewShortcuts::of(index.row());
    if (event->type() != QEvent::ToolTip || !index.isValid() || key.isEmpty())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    // "3 waiting for a decision (Ctrl+3)": where users look for the key.
    QToolTip::showText(event->globalPos(),
                       tr("%1 (%2)").arg(index.data(Qt::ToolTipRole).toString(),
                                         key.toString(QKeySequence::NativeText)),
                       view->viewport(), option.rect);
    return true;
}
