// namedLineEdit: a line edit with the name a screen reader announces and, as its
// placeholder, an example of what goes in it. Every settings page builds its fields so.
#pragma once

#include <QLineEdit>

inline QLineEdit *namedLineEdit(QWidget *parent, const QString &accessibleName,
                                const QString &placeholder = {})
{
    auto *edit = new QLineEdit(parent);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    return edit;
}
