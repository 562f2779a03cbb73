// FilterComboBox: a filter of the inbox (source, environment, state) as wide as its
// current choice, not as its longest one, so that three filters and the search field
// share a narrow window. Squeezed below that width it elides the choice and its tooltip
// names the whole of it; the popup still lists every choice whole.
#pragma once

#include <QComboBox>

class FilterComboBox : public QComboBox
{
    Q_OBJECT
public:
    explicit FilterComboBox(QWidget *parent = nullptr);

    QSize sizeHint() const override; // the current choice, whole
    QSize minimumSizeHint() const override; // a few characters of it
    bool isElided() const; // the current choice does not fit the field

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QSize sizeForText(int textWidth) const;
    int textRoom() const; // the width CE_ComboBoxLabel has for the text
};
