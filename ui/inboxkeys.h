// InboxKeys: the keyboard between the search field and the table of approvals. Down
// or Enter in the search field goes to the first result; j and k move the selection
// in the table as Down and Up do (only there: in a text field they are letters). Tab
// leaves the table instead of walking its cells (set by install()).
#pragma once

#include <QObject>

class QLineEdit;
class QTableView;

class InboxKeys : public QObject
{
    Q_OBJECT
public:
    static void install(QLineEdit *search, QTableView *table);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    InboxKeys(QLineEdit *search, QTableView *table);
    void goToFirstResult();

    QLineEdit *m_search;
    QTableView *m_table;
};
