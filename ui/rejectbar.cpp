#include "rejectbar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

RejectBar::RejectBar(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("rejectBar"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#rejectBar { background: #ffebee; border: 1px solid #e57373;"
                                 " border-radius: 4px; }"));
    m_label = new QLabel(this);
    m_reason = new QLineEdit(this);
    m_reason->setPlaceholderText(tr("Reason (optional), Enter to reject, Esc to cancel"));
    m_reason->setAccessibleName(tr("Reason for rejecting"));
    m_label->setBuddy(m_reason);
    m_reject = new QPushButton(QIcon(QStringLiteral(":/icons/state-rejected.svg")), tr("Reject"),
                               this);
    m_reject->setAccessibleName(tr("Confirm reject"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setAccessibleName(tr("Cancel reject"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_label);
    layout->addWidget(m_reason, 1);
    layout->addWidget(m_reject);
    layout->addWidget(m_cancel);
    connect(m_reason, &QLineEdit::returnPressed, this, &RejectBar::confirm);
    connect(m_reject, &QPushButton::clicked, this, &RejectBar::confirm);
    connect(m_cancel, &QPushButton::clicked, this, &RejectBar::cancel);
    hide();
}

void RejectBar::ask(const QList<qint64> &ids, const QString &reason)
{
    if (ids.isEmpty())
        return;
    m_ids = ids;
    m_label->setText(tr("Reject %n approvals?", nullptr, int(ids.size())));
    m_reason->setText(reason);
    show();
    m_reason->setFocus();
    m_reason->selectAll();
}

void RejectBar::confirm()
{
    if (m_ids.isEmpty())
        return;
    const QList<qint64> ids = std::exchange(m_ids, {});
    const QString reason = m_reason->text().trimmed();
    hide();
    emit rejectRequested(ids, reason);
}

void RejectBar::cancel()
{
    m_ids.clear();
    hide();
}

void RejectBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        cancel();
        return;
    }
    QFrame::keyPressEvent(event);
}
