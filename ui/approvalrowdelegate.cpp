#include "approvalrowdelegate.h"

#include "models/approvaltablemodel.h"
#include "models/relativetime.h"
#include "service/decisionsafety.h"

#include <QApplication>
#include <QPainter>

namespace {
constexpr int padding = 4;
const QString separator = QStringLiteral("  \u00b7  ");

QFont smallFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.9);
    return font;
}
} // namespace

ApprovalRowDelegate::ApprovalRowDelegate(const ApprovalTableModel *model, QObject *parent)
    : QStyledItemDelegate(parent), m_model(model)
{ }

namespace {
// The deadline, drawn at the right end of the second line: it elides last.
QString deadline(const Approval &a)
{
    return a.isPending() && a.deadline.isValid() ? RelativeTime::until(a.deadline) : QString();
}
} // namespace

QStringList ApprovalRowDelegate::facts(const Approval &a)
{
    QStringList parts;
    QStringList where;
    for (const QString &part : {a.pipeline, a.stage}) {
        if (!part.isEmpty())
            where.append(part);
    }
    if (!where.isEmpty())
        parts.append(where.join(QStringLiteral(" / ")));
    if (!a.requestedBy.isEmpty())
        parts.append(a.requestedBy);
    // "anna is looking": before the deadline, which paint() draws on its own.
    if (const QString looking = ApprovalTableModel::lookingText(a); !looking.isEmpty())
        parts.append(looking);
    if (!deadline(a).isEmpty())
        parts.append(deadline(a));
    return parts;
}

QString ApprovalRowDelegate::secondLine(const Approval &a)
{
    QStringList parts;
    if (!a.environment.isEmpty())
        parts.append(DecisionSafety::isProduction(a.environment) ? a.environment.toUpper()
                                                                 : a.environment);
    parts += facts(a);
    return parts.join(separator);
}

int ApprovalRowDelegate::rowHeight(const QFontMetrics &metrics)
{
    return 2 * metrics.height() + 3 * padding;
}

void ApprovalRowDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    const Approval *a = m_model->approvalById(index.data(ApprovalTableModel::IdRole).toLongLong());
    if (!a) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    opt.text.clear(); // the background, selection and focus as the style draws them
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
            option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor text =
            option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor quiet = text;
    if (!selected)
        quiet.setAlphaF(0.68);

    const QRect area = option.rect.adjusted(padding, padding, -padding, -padding);
    const QFontMetrics titleMetrics(opt.font);
    painter->save();
    painter->setClipRect(option.rect);
    painter->setFont(opt.font);
    painter->setPen(text);
    const QRect first(area.left(), area.top(), area.width(), titleMetrics.height());
    painter->drawText(first, Qt::AlignLeft | Qt::AlignVCenter,
                      titleMetrics.elidedText(a->title, Qt::ElideRight, first.width()));

    const QFont small = smallFont(opt.font);
    const QFontMetrics smallMetrics(small);
    painter->setFont(small);
    QRect second(area.left(), first.bottom() + padding, area.width(), titleMetrics.height());
    QStringList rest = facts(*a);
    const QString due = deadline(*a);
    if (!due.isEmpty()) {
        rest.removeLast(); // drawn on its own, right-aligned, so it is never elided
        const int dueWidth = smallMetrics.horizontalAdvance(due);
        painter->setPen(quiet);
        painter->drawText(second, Qt::AlignRight | Qt::AlignVCenter, due);
        second.setRight(second.right() - dueWidth - 8);
    }
    if (!a->environment.isEmpty() && DecisionSafety::isProduction(a->environment)) {
        // A filled badge with the name in capitals: visible without colour vision too.
        QFont bold = small;
        bold.setBold(true);
        const QFontMetrics boldMetrics(bold);
        const QString name = a->environment.toUpper();
        // The badge is whole before the facts get any room: "PRODUCT…" hides what matters.
        const QRect badge(second.left(), second.top() + 1,
                          qMin(boldMetrics.horizontalAdvance(name) + 10, second.width()),
                          second.height() - 2);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xc6, 0x28, 0x28));
        painter->drawRoundedRect(badge, 3, 3);
        painter->setFont(bold);
        painter->setPen(Qt::white);
        painter->drawText(badge, Qt::AlignCenter,
                          boldMetrics.elidedText(name, Qt::ElideRight, badge.width() - 6));
        painter->setFont(small);
        second.setLeft(badge.right() + 6);
    } else if (!a->environment.isEmpty()) {
        rest.prepend(a->environment);
    }
    painter->setPen(quiet);
    painter->drawText(
            second, Qt::AlignLeft | Qt::AlignVCenter,
            smallMetrics.elidedText(rest.join(separator), Qt::ElideRight, second.width()));
    painter->restore();
}

QSize ApprovalRowDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(rowHeight(option.fontMetrics));
    return size;
}
