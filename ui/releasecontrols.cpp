#include "releasecontrols.h"

#include "core/engine.h"
#include "core/scheduledrelease.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>

ReleaseControls::ReleaseControls(QLineEdit *comment, QWidget *parent)
    : QWidget(parent), m_comment(comment)
{
    m_later = new QToolButton(this);
    m_later->setText(tr("Approve &later"));
    m_later->setAccessibleName(tr("Approve later"));
    m_later->setToolTip(tr("Approve now and send the callback at a time you choose"));
    m_later->setPopupMode(QToolButton::InstantPopup);
    m_later->setFocusPolicy(Qt::StrongFocus);
    auto *menu = new QMenu(m_later);
    m_releaseAt = menu->addAction(tr("Approve, release at…"));
    m_window = menu->addAction(tr("Approve for the next change window"));
    m_later->setMenu(menu);
    m_cancel = new QPushButton(tr("Cancel release"), this);
    m_cancel->setAccessibleName(tr("Cancel release"));
    m_cancel->setToolTip(tr("Withdraw the approval before its release; the item waits again"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_later);
    layout->addWidget(m_cancel);
    connect(m_releaseAt, &QAction::triggered, this, &ReleaseControls::openDialog);
    connect(m_window, &QAction::triggered, this,
            [this] { emit approveAheadRequested(m_id, m_comment->text(), {}, true); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { emit cancelReleaseRequested(m_id); });
    showApproval(nullptr);
}

void ReleaseControls::setEngine(Engine *engine)
{
    m_engine = engine;
    connect(this, &ReleaseControls::approveAheadRequested, this,
            [engine](qint64 id, const QString &comment, const QDateTime &at, bool window) {
                const QString who = engine->decisionRules()->consoleDecider().name;
                QMetaObject::invokeMethod(
                        engine,
                        [=] {
                            engine->requestApproveAhead(id, comment, QStringLiteral("window"), who,
                                                        at, window);
                        },
                        Qt::QueuedConnection);
            });
    connect(this, &ReleaseControls::cancelReleaseRequested, this, [engine](qint64 id) {
        const QString who = engine->decisionRules()->consoleDecider().name;
        QMetaObject::invokeMethod(
                engine, [=] { engine->requestCancelRelease(id, QStringLiteral("window"), who); },
                Qt::QueuedConnection);
    });
}

void ReleaseControls::showApproval(const Approval *approval)
{
    const qint64 previous = m_id;
    m_id = approval ? approval->id : 0;
    m_title = approval ? approval->title : QString();
    if (m_dialog && m_id != previous)
        m_dialog->reject(); // it was for another item
    const bool pending = approval && approval->isPending();
    m_later->setVisible(pending);
    m_later->setEnabled(pending);
    m_window->setVisible(pending && m_engine && m_engine->releaseWindows()->hasWindow(*approval));
    m_cancel->setVisible(approval
                         && ScheduledRelease::waiting(*approval, QDateTime::currentDateTimeUtc()));
}

void ReleaseControls::setApproveAllowed(bool allowed)
{
    m_later->setEnabled(allowed && m_later->isVisibleTo(this));
}

void ReleaseControls::openDialog()
{
    if (m_id == 0)
        return;
    // A suggestion only: the next full hour, at least a few minutes away.
    const QDateTime now = QDateTime::currentDateTime();
    QDateTime suggested = now.addSecs(3600);
    suggested.setTime(QTime(suggested.time().hour(), 0));
    const qint64 id = m_id;
    m_dialog = new ReleaseAtDialog(m_title, suggested, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this, id] {
        if (m_dialog && id == m_id)
            emit approveAheadRequested(id, m_comment->text(), m_dialog->releaseAt(), false);
    });
    m_dialog->open();
}
