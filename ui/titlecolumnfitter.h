// TitleColumnFitter: the table's Title column takes the width the other columns leave,
// so a wide window shows whole titles instead of an empty strip after the last column.
// When not all columns fit, the title reaches the right edge and the columns after it
// (their facts are on the title's second line) are a scroll away. The width the user
// gives the Title column by hand is its minimum (a narrow window scrolls sideways rather
// than cutting every title to a few letters).
#pragma once

#include <QObject>

class QTableView;

class TitleColumnFitter : public QObject
{
    Q_OBJECT
public:
    TitleColumnFitter(QTableView *table, int column, int minimumWidth);
    void fit(); // while the table is shown: a hidden one has no width to share
    // The user's width for the title: remembered by the window with its layout.
    int minimumWidth() const { return m_minimum; }
    void setMinimumWidth(int width);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTableView *m_table;
    int m_column;
    int m_minimum;
    bool m_fitting = false;
};
