#include "inboxkeys.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTableView>

void InboxKeys::install(QLineEdit *search, QTableView *table)
{
    // Tab walking the cells wrapped onto the next approval and changed the selection
    // on its way to the comment field.
    table->setTabKeyNavigation(false);
    new InboxKeys(search, table);
}

InboxKeys::InboxKeys(QLineEdit *search, QTableView *table)
    : QObject(table), m_search(search), m_table(table)
{
    search->installEventFilter(this);
    table->installEventFilter(this);
}

void InboxKeys::goToFirstResult()
{
    QAbstractItemModel *model = m_table->model();
    if (!model || model->rowCount() == 0)
        return;
    m_table->setFocus(Qt::ShortcutFocusReason);
    m_table->selectionModel()->setCurrentIndex(
            model->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

bool InboxKeys::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool plain = (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    if (watched == m_search && plain
        && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return
            || key->key() == Qt::Key_Enter)) {
        goToFirstResult();
        return true;
    }
    if (watched == m_table && plain && (key->key() == Qt::Key_J || key->key() == Qt::Key_K)) {
        // The table's own Down and Up: the same selection rules, the same scrolling.
        QKeyEvent arrow(QEvent::KeyPress, key->key() == Qt::Key_J ? Qt::Key_Down : Qt::Key_Up,
                        Qt::NoModifier);
        QCoreApplication::sendEvent(m_table, &arrow);
        return true;
    }
    return QObject::eventFilter(watched, event);
}
