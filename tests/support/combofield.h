// The width a combo box's style gives its text (the edit field, without frame and
// arrow): what the layout tests compare a choice's text with.
#pragma once

#include <QComboBox>
#include <QStyle>
#include <QStyleOptionComboBox>

inline int comboTextField(QComboBox *combo)
{
    QStyleOptionComboBox option;
    option.initFrom(combo);
    return combo->style()
            ->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo)
            .width();
}
