// UndoCountdown: the status bar's view of PendingDecisions: "Approving “Deploy shop
// 3.1” in 4 s" with an Undo button (Ctrl+Z), for the newest decision still held. It is
// hidden when nothing waits. It shows and forwards; the rules are PendingDecisions'.
#pragma once

#include <QWidget>

class PendingDecisions;
class QLabel;
class QPushButton;

class UndoCountdown : public QWidget
{
    Q_OBJECT
public:
    explicit UndoCountdown(PendingDecisions *pending, QWidget *parent = nullptr);
    QLabel *label() const { return m_label; }
    QPushButton *undoButton() const { return m_undo; }

private:
    void refresh();

    PendingDecisions *m_pending;
    QLabel *m_label;
    QPushButton *m_undo;
};
