#include "filtercombobox.h"

#include <QHelpEvent>
#include <QStyleOptionComboBox>
#include <QStylePainter>
#include <QToolTip>

FilterComboBox::FilterComboBox(QWidget *parent) : QComboBox(parent)
{
    // A new choice has another width: the filter row lays itself out again.
    connect(this, &QComboBox::currentIndexChanged, this, [this] { updateGeometry(); });
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

QSize FilterComboBox::sizeForText(int textWidth) const
{
    // As QComboBox measures its items: the icon and its gap, the text, a pixel either
    // side; the style adds the frame and the arrow.
    QStyleOptionComboBox option;
    initStyleOption(&option);
    const bool icon = !itemIcon(currentIndex()).isNull();
    const QSize contents(
            textWidth + 2 + (icon ? iconSize().width() + 4 : 0),
            qMax(qMax(fontMetrics().height(), 14) + 2, icon ? iconSize().height() + 2 : 0));
    return style()->sizeFromContents(QStyle::CT_ComboBox, &option, contents, this);
}

QSize FilterComboBox::sizeHint() const
{
    return sizeForText(fontMetrics().horizontalAdvance(currentText()));
}

QSize FilterComboBox::minimumSizeHint() const
{
    return sizeForText(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 4);
}

int FilterComboBox::textRoom() const
{
    QStyleOptionComboBox option;
    initStyleOption(&option);
    const QRect field = style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                QStyle::SC_ComboBoxEditField, this);
    const bool icon = !option.currentIcon.isNull();
    return field.width() - 2 - (icon ? option.iconSize.width() + 4 : 0);
}

bool FilterComboBox::isElided() const
{
    return fontMetrics().horizontalAdvance(currentText()) > textRoom();
}

void FilterComboBox::paintEvent(QPaintEvent *)
{
    // QComboBox::paintEvent, with the text elided instead of cut off mid-letter.
    QStylePainter painter(this);
    painter.setPen(palette().color(QPalette::Text));
    QStyleOptionComboBox option;
    initStyleOption(&option);
    painter.drawComplexControl(QStyle::CC_ComboBox, option);
    option.currentText =
            fontMetrics().elidedText(option.currentText, Qt::ElideRight, qMax(0, textRoom()));
    painter.drawControl(QStyle::CE_ComboBoxLabel, option);
}

bool FilterComboBox::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && isElided()) {
        // "Filter by environment: production-eu-west-1": what the field leaves out.
        QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(),
                           tr("%1: %2").arg(toolTip(), currentText()), this);
        return true;
    }
    return QComboBox::event(event);
}
