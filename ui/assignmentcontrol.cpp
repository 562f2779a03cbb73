#include "assignmentcontrol.h"

#include "core/engine.h"
#include "models/approvalfilterproxy.h"
#include "models/sidebarmodel.h"
#include "ui/assignmentbar.h"
#include "ui/detailpane.h"

#include <QAction>
#include <QWidget>

AssignmentControl::AssignmentControl(Engine *engine, DetailPane *pane, ApprovalFilterProxy *proxy,
                                     SidebarModel *sidebar, QWidget *window)
    : QObject(window), m_engine(engine), m_pane(pane)
{
    // The OS user, or in team mode the PostgreSQL role this console authenticated as:
    // the same name its decisions carry.
    const QString me = engine->decisionRules()->consoleDecider().name;
    AssignmentBar *bar = pane->assignmentBar();
    bar->setCurrentUser(me);
    proxy->setCurrentUser(me);
    sidebar->setCurrentUser(me);

    m_action = new QAction(tr("&Take it / Release"), this);
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_action->setShortcutContext(Qt::WindowShortcut);
    m_action->setToolTip(tr("Show everyone you are looking at the selected approval, or let "
                            "it go (Ctrl+T)"));
    window->addAction(m_action);
    connect(m_action, &QAction::triggered, bar, &AssignmentBar::trigger);

    connect(bar, &AssignmentBar::takeRequested, this, [this, me](qint64 id, bool takeOver) {
        Engine *engine = m_engine;
        QMetaObject::invokeMethod(
                engine, [engine, id, me, takeOver] { engine->requestAssign(id, me, takeOver); },
                Qt::QueuedConnection);
    });
    connect(bar, &AssignmentBar::releaseRequested, this, [this, me](qint64 id) {
        Engine *engine = m_engine;
        QMetaObject::invokeMethod(
                engine, [engine, id, me] { engine->requestRelease(id, me); }, Qt::QueuedConnection);
    });
    // A refusal (someone took it a moment earlier) is said where the button was.
    connect(engine, &Engine::assignmentFinished, this,
            [this](qint64 id, bool ok, const QString &message) {
                if (id == m_pane->shownId())
                    m_pane->showMessage(message, !ok);
            });
}
