#include "assignmentbar.h"

#include "core/engine.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

AssignmentBar::AssignmentBar(QWidget *parent) : QWidget(parent)
{
    m_label = new QLabel(this);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_label->setAccessibleName(tr("Who is looking"));
    m_button = new QPushButton(this);
    m_button->setObjectName(QStringLiteral("assignButton"));
    m_button->setText(tr("&Take it"));
    m_button->setAccessibleName(tr("Take it"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_button);
    connect(m_button, &QPushButton::clicked, this, &AssignmentBar::trigger);
    showApproval(nullptr);
}

void AssignmentBar::showApproval(const Approval *a)
{
    m_id = a && a->isPending() ? a->id : 0;
    setVisible(m_id != 0);
    if (m_id == 0)
        return;
    m_holder = a->assignee;
    m_holderSince = m_holder.isEmpty() ? QString() : Engine::lookingSince(*a);
    if (m_holder.isEmpty()) {
        m_label->setText(tr("Nobody is looking at this yet"));
        m_button->setText(tr("&Take it"));
        m_button->setToolTip(tr("Show everyone that you are looking at this (Ctrl+T)"));
    } else if (m_holder == m_me) {
        m_label->setText(
                tr("You are looking at this since %1")
                        .arg(a->assignedAt.toLocalTime().toString(QStringLiteral("HH:mm"))));
        m_button->setText(tr("Re&lease"));
        m_button->setToolTip(tr("Let someone else take it (Ctrl+T)"));
    } else {
        m_label->setText(m_holderSince);
        m_button->setText(tr("&Take over…"));
        m_button->setToolTip(tr("Take it from %1 (asks first; Ctrl+T)").arg(m_holder));
    }
    m_button->setAccessibleName(m_button->text().remove(QLatin1Char('&')));
}

void AssignmentBar::trigger()
{
    if (m_id == 0)
        return;
    if (m_holder.isEmpty()) {
        emit takeRequested(m_id, false);
        return;
    }
    if (m_holder == m_me) {
        emit releaseRequested(m_id);
        return;
    }
    // Someone else reviews it: taking it over is a choice, not a slip of the key.
    const qint64 id = m_id;
    QMessageBox box(QMessageBox::Question, tr("Take it over?"),
                    tr("%1. Take it over?").arg(m_holderSince), QMessageBox::Yes | QMessageBox::No,
                    this);
    box.setObjectName(QStringLiteral("takeOver"));
    box.setDefaultButton(QMessageBox::No);
    if (box.exec() == QMessageBox::Yes)
        emit takeRequested(id, true);
}
