// FittingLabel: a one-line value in a narrow field (the detail pane's Deadline). Given
// the same value worded from longest to shortest, it shows the longest that fits its
// width and elides the shortest if none does; whenever it shows less than the longest,
// its tooltip holds the longest. It never wraps onto a second line that a full pane
// would cut off, and never widens the pane: the splitter's divider sets the width.
#pragma once

#include <QLabel>
#include <QStringList>

class FittingLabel : public QLabel
{
    Q_OBJECT
public:
    explicit FittingLabel(QWidget *parent = nullptr);

    void setTexts(const QStringList &longestFirst);
    QStringList texts() const { return m_texts; }

    QSize sizeHint() const override; // the longest wording, whole
    QSize minimumSizeHint() const override; // a few characters: elided below the shortest

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fit();

    QStringList m_texts;
};
