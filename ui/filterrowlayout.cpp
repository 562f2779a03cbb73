#include "filterrowlayout.h"

#include <QApplication>
#include <QStyle>
#include <QWidget>

FilterRowLayout::FilterRowLayout(QWidget *parent) : QLayout(parent)
{
    setContentsMargins(0, 0, 0, 0);
}

FilterRowLayout::~FilterRowLayout()
{
    qDeleteAll(m_items);
}

void FilterRowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

int FilterRowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FilterRowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FilterRowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

Qt::Orientations FilterRowLayout::expandingDirections() const
{
    return Qt::Horizontal;
}

bool FilterRowLayout::hasHeightForWidth() const
{
    return true;
}

QList<QLayoutItem *> FilterRowLayout::visibleItems() const
{
    QList<QLayoutItem *> items;
    for (QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            items.append(item);
    }
    return items;
}

int FilterRowLayout::gap(QStyle::PixelMetric metric) const
{
    if (spacing() >= 0)
        return spacing();
    const QWidget *widget = parentWidget();
    return (widget ? widget->style() : QApplication::style())->pixelMetric(metric, nullptr, widget);
}

int FilterRowLayout::rowHeight() const
{
    int height = 0;
    for (QLayoutItem *item : visibleItems())
        height = qMax(height, item->sizeHint().height());
    return height;
}

int FilterRowLayout::filtersWidth() const
{
    const QList<QLayoutItem *> items = visibleItems();
    int width = 0;
    for (int i = 1; i < items.size(); ++i)
        width += items.at(i)->sizeHint().width() + gap(QStyle::PM_LayoutHorizontalSpacing);
    return width;
}

bool FilterRowLayout::fitsOneRow(int width) const
{
    const QList<QLayoutItem *> items = visibleItems();
    return items.isEmpty() || items.first()->minimumSize().width() + filtersWidth() <= width;
}

int FilterRowLayout::heightForWidth(int width) const
{
    const QMargins margins = contentsMargins();
    const int inner = width - margins.left() - margins.right();
    const int rows = fitsOneRow(inner) ? 1 : 2;
    return margins.top() + margins.bottom() + rows * rowHeight()
            + (rows - 1) * gap(QStyle::PM_LayoutVerticalSpacing);
}

QSize FilterRowLayout::sizeHint() const
{
    const QList<QLayoutItem *> items = visibleItems();
    const QMargins margins = contentsMargins();
    const int search = items.isEmpty() ? 0 : items.first()->sizeHint().width();
    return QSize(search + filtersWidth(), rowHeight()).grownBy(margins);
}

QSize FilterRowLayout::minimumSize() const
{
    // As narrow as the search field: the filters wrap beneath it and shrink.
    const QList<QLayoutItem *> items = visibleItems();
    const int search = items.isEmpty() ? 0 : items.first()->minimumSize().width();
    return QSize(search, rowHeight()).grownBy(contentsMargins());
}

void FilterRowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    const QList<QLayoutItem *> items = visibleItems();
    if (items.isEmpty())
        return;
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int height = rowHeight();
    const int hGap = gap(QStyle::PM_LayoutHorizontalSpacing);
    const auto place = [height](QLayoutItem *item, int x, int y, int width) {
        // Each at its own height, centred in the row (a combo and a line edit differ).
        const int h = qMin(height, item->sizeHint().height());
        item->setGeometry(QRect(x, y + (height - h) / 2, width, h));
    };
    m_wrapped = !fitsOneRow(area.width());
    QLayoutItem *search = items.first();
    int x = area.left();
    int y = area.top();
    if (m_wrapped) {
        place(search, x, y, area.width());
        y += height + gap(QStyle::PM_LayoutVerticalSpacing);
    } else {
        const int searchWidth = area.width() - filtersWidth();
        place(search, x, y, searchWidth);
        x += searchWidth + hGap;
    }
    // The filters at their preferred widths; on their own row and still too wide, each
    // gives up a share in proportion (they elide, their tooltips name the whole choice).
    const int wanted = filtersWidth() - hGap;
    const int room = area.right() + 1 - x;
    for (int i = 1; i < items.size(); ++i) {
        QLayoutItem *filter = items.at(i);
        int width = filter->sizeHint().width();
        if (wanted > room)
            width = qMax(filter->minimumSize().width(),
                         int(qint64(width) * (room - hGap * (items.size() - 2))
                             / (wanted - hGap * (items.size() - 2))));
        place(filter, x, y, width);
        x += width + hGap;
    }
}
