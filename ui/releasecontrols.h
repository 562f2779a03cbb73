// ReleaseControls: the detail pane's "approve ahead" controls (issue 18, item 2): an
// "Approve later" button whose menu offers "Approve, release at…" (a small dialog) and,
// when a policy of the item has a time window, "Approve for the next change window";
// and "Cancel release" while an approved item waits for its release. It decides
// nothing: the engine resolves and checks the release time and answers with
// decisionFinished, which the window shows.
#pragma once

#include "core/approval.h"
#include "ui/releaseatdialog.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

class Engine;
class QAction;
class QLineEdit;
class QPushButton;
class QToolButton;

class ReleaseControls : public QWidget
{
    Q_OBJECT
public:
    // comment: the pane's comment field, sent with the approval.
    explicit ReleaseControls(QLineEdit *comment, QWidget *parent = nullptr);
    // Requests go to the engine's thread as queued calls, in the name of this console's
    // decider; whether a change window exists is read from its ReleaseWindows.
    void setEngine(Engine *engine);
    void showApproval(const Approval *approval); // nullptr: nothing (or several) selected
    // The approver rules refuse approving to this console's user.
    void setApproveAllowed(bool allowed);

    QToolButton *laterButton() const { return m_later; }
    QAction *releaseAtAction() const { return m_releaseAt; }
    QAction *windowAction() const { return m_window; }
    QPushButton *cancelButton() const { return m_cancel; }
    ReleaseAtDialog *dialog() const { return m_dialog; } // open, or nullptr

signals:
    void approveAheadRequested(qint64 id, const QString &comment, const QDateTime &releaseAt,
                               bool nextWindow);
    void cancelReleaseRequested(qint64 id);

private:
    void openDialog();

    QLineEdit *m_comment;
    QToolButton *m_later;
    QAction *m_releaseAt;
    QAction *m_window;
    QPushButton *m_cancel;
    QPointer<ReleaseAtDialog> m_dialog;
    Engine *m_engine = nullptr;
    qint64 m_id = 0;
    QString m_title;
};
