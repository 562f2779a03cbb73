#include "decisionresults.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QToolButton>
#include <QVBoxLayout>

DecisionResults::DecisionResults(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("decisionResults"));
    setFrameShape(QFrame::StyledPanel);
    m_label = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Bulk decision progress"));
    m_progress->setMaximumWidth(200);
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Bulk decision results"));
    m_list->setMaximumHeight(120);
    m_close = new QToolButton(this);
    m_close->setText(QStringLiteral("×"));
    m_close->setAutoRaise(true);
    m_close->setAccessibleName(tr("Close results"));
    m_close->setToolTip(tr("Close results"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_label, 1);
    top->addWidget(m_progress);
    top->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addLayout(top);
    layout->addWidget(m_list);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void DecisionResults::track(const QList<QPair<qint64, QString>> &items, bool approve)
{
    m_list->clear();
    m_items.clear();
    m_titles.clear();
    m_approve = approve;
    m_done = 0;
    m_refused = 0;
    for (const auto &[id, title] : items) {
        auto *item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/state-pending.svg")),
                                         tr("#%1 %2: waiting for the engine").arg(id).arg(title),
                                         m_list);
        m_items.insert(id, item);
        m_titles.insert(id, title);
    }
    m_progress->setRange(0, int(items.size()));
    m_progress->setValue(0);
    m_progress->show();
    m_label->setText(approve ? tr("Approving %n approvals…", nullptr, int(items.size()))
                             : tr("Rejecting %n approvals…", nullptr, int(items.size())));
    show();
}

QString DecisionResults::summary() const
{
    const int decided = m_done - m_refused;
    const QString verdict = m_approve ? tr("Approved %1 of %2").arg(decided).arg(total())
                                      : tr("Rejected %1 of %2").arg(decided).arg(total());
    return m_refused == 0 ? verdict : tr("%1; %n refused", nullptr, m_refused).arg(verdict);
}

void DecisionResults::finished(qint64 id, bool decided, const QString &message)
{
    QListWidgetItem *item = m_items.value(id);
    if (!item || item->data(Qt::UserRole).toBool())
        return;
    item->setData(Qt::UserRole, true); // answered
    const QString icon = !decided ? QStringLiteral(":/icons/state-deliveryfailed.svg")
            : m_approve           ? QStringLiteral(":/icons/state-approved.svg")
                                  : QStringLiteral(":/icons/state-rejected.svg");
    item->setIcon(QIcon(icon));
    item->setText(tr("#%1 %2: %3").arg(id).arg(m_titles.value(id), message));
    if (!decided) {
        item->setForeground(QColor(0xc6, 0x28, 0x28));
        ++m_refused;
    }
    ++m_done;
    m_progress->setValue(m_done);
    if (m_done == total()) {
        m_progress->hide();
        m_label->setText(summary());
        emit allFinished(summary());
    } else {
        m_label->setText(tr("%1 of %2 answered").arg(m_done).arg(total()));
    }
}
