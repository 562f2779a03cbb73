#include "titlecolumnfitter.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableView>

TitleColumnFitter::TitleColumnFitter(QTableView *table, int column, int minimumWidth)
    : QObject(table), m_table(table), m_column(column), m_minimum(minimumWidth)
{
    QHeaderView *header = table->horizontalHeader();
    header->setStretchLastSection(false); // the free width goes to the title instead
    table->viewport()->installEventFilter(this);
    connect(header, &QHeaderView::sectionResized, this, [this](int logical, int, int size) {
        if (m_fitting)
            return;
        if (logical == m_column) {
            m_minimum = size; // the user's choice: never narrower than that
            return;
        }
        fit(); // another column grew or shrank: the title takes up the difference
    });
}

void TitleColumnFitter::setMinimumWidth(int width)
{
    m_minimum = width;
    fit();
}

void TitleColumnFitter::fit()
{
    QHeaderView *header = m_table->horizontalHeader();
    if (!m_table->isVisible() || header->isSectionHidden(m_column))
        return;
    int others = 0;
    int before = 0; // the columns left of the title
    for (int section = 0; section < header->count(); ++section) {
        if (section == m_column || header->isSectionHidden(section))
            continue;
        others += header->sectionSize(section);
        if (header->visualIndex(section) < header->visualIndex(m_column))
            before += header->sectionSize(section);
    }
    const int viewport = m_table->viewport()->width();
    // Everything fits: the title takes what is left. It does not: the title reaches the
    // right edge, and the columns after it are a scroll away.
    const int width =
            viewport - others >= m_minimum ? viewport - others : qMax(m_minimum, viewport - before);
    if (width == header->sectionSize(m_column))
        return;
    m_fitting = true;
    header->resizeSection(m_column, width);
    m_fitting = false;
}

bool TitleColumnFitter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize || event->type() == QEvent::Show)
        fit();
    return QObject::eventFilter(watched, event);
}
