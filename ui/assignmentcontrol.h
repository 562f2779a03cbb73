// AssignmentControl: "Assign to me" in the window (issue 18 item 7). It hands the
// detail pane's Take it / Release (and Ctrl+T) to the Engine as the console's user,
// shows the Engine's answer in the pane, and tells the views who "me" is: "Needs me"
// orders by it and "Assigned to me" filters by it.
#pragma once

#include <QObject>

class ApprovalFilterProxy;
class DetailPane;
class Engine;
class QAction;
class QWidget;
class SidebarModel;

class AssignmentControl : public QObject
{
    Q_OBJECT
public:
    AssignmentControl(Engine *engine, DetailPane *pane, ApprovalFilterProxy *proxy,
                      SidebarModel *sidebar, QWidget *window);

    // "Take it / Release" (Ctrl+T) for the Approval menu.
    QAction *action() const { return m_action; }

private:
    Engine *m_engine;
    DetailPane *m_pane;
    QAction *m_action;
};
