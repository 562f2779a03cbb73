// FilterRowLayout: the inbox's search field and its filters. On one row when the search
// field keeps its minimum width beside every filter at its preferred width; otherwise
// the filters move to a row of their own beneath the search field (a narrow window, a
// long translation or a long chosen value), where they share the width if they must.
// The first item added is the search field, every further one a filter.
#pragma once

#include <QLayout>
#include <QList>
#include <QStyle>

class FilterRowLayout : public QLayout
{
public:
    explicit FilterRowLayout(QWidget *parent = nullptr);
    ~FilterRowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSize() const override;
    void setGeometry(const QRect &rect) override;

    bool isWrapped() const { return m_wrapped; } // the filters are on a row of their own

private:
    QList<QLayoutItem *> visibleItems() const;
    int gap(QStyle::PixelMetric metric) const;
    int rowHeight() const;
    int filtersWidth() const; // every visible filter at its preferred width, and the gaps
    bool fitsOneRow(int width) const;

    QList<QLayoutItem *> m_items;
    bool m_wrapped = false;
};
