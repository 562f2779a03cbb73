// AssignmentBar: "Assign to me" in the detail pane (issue 18 item 7). One line says who
// is looking at the shown approval ("anna is looking at this since 10:02"), and one
// button takes it ("Take it"), lets it go ("Release") or, when someone else holds it,
// asks first and takes it over. It decides nothing itself: the buttons emit requests
// that the window hands to the Engine.
#pragma once

#include "core/approval.h"

#include <QWidget>

class QLabel;
class QPushButton;

class AssignmentBar : public QWidget
{
    Q_OBJECT
public:
    explicit AssignmentBar(QWidget *parent = nullptr);

    // The console's user (the OS user, or the PostgreSQL role in team mode).
    void setCurrentUser(const QString &name) { m_me = name; }
    // nullptr or a decided approval: the bar hides.
    void showApproval(const Approval *approval);
    // What the button does now (Ctrl+T): take, release, or ask and take over.
    void trigger();

    QLabel *label() const { return m_label; }
    QPushButton *button() const { return m_button; }

signals:
    void takeRequested(qint64 id, bool takeOver);
    void releaseRequested(qint64 id);

private:
    QString m_me;
    qint64 m_id = 0;
    QString m_holder;
    QString m_holderSince; // "anna is looking at this since 10:02"
    QLabel *m_label;
    QPushButton *m_button;
};
