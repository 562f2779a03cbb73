#include "undocountdown.h"

#include "service/pendingdecisions.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

UndoCountdown::UndoCountdown(PendingDecisions *pending, QWidget *parent)
    : QWidget(parent), m_pending(pending), m_label(new QLabel), m_undo(new QPushButton(tr("&Undo")))
{
    m_label->setTextFormat(Qt::PlainText);
    m_label->setAccessibleName(tr("Decision countdown"));
    m_undo->setAccessibleName(tr("Undo the decision"));
    m_undo->setToolTip(tr("Take the decision back before it is recorded (Ctrl+Z)"));
    m_undo->setShortcut(QKeySequence::Undo);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_undo);
    connect(m_undo, &QPushButton::clicked, m_pending, &PendingDecisions::undoLatest);
    connect(m_pending, &PendingDecisions::changed, this, &UndoCountdown::refresh);
    refresh();
}

void UndoCountdown::refresh()
{
    const QVector<PendingDecision> held = m_pending->held();
    setVisible(!held.isEmpty());
    if (held.isEmpty())
        return;
    const PendingDecision &newest = held.constLast();
    // Whole seconds, rounded up: "in 0 s" would read as already done.
    const int seconds = (m_pending->remainingMs(newest) + 999) / 1000;
    QString text = newest.approve ? tr("Approving %1 in %n s", nullptr, seconds).arg(newest.label)
                                  : tr("Rejecting %1 in %n s", nullptr, seconds).arg(newest.label);
    if (held.size() > 1)
        text += QLatin1Char(' ') + tr("(%n more waiting)", nullptr, int(held.size() - 1));
    m_label->setText(text);
}
