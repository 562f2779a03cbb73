// DetailPane: the selected approval: its title, what it asks (as plain text: webhook
// content is untrusted), its metadata, the decision buttons, its action links and the
// live timeline.
// It decides nothing itself: the buttons emit requests that the window hands to the Engine.
#pragma once

#include "core/actionlink.h"
#include "core/approval.h"

#include <QUrl>
#include <QWidget>

class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QListWidget;
class TimelineModel;

class AssignmentBar;
class GateStripWidget;
class ReleaseControls;
class InputParametersForm;
class GroupMembersList;
struct GroupMember;

class DetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit DetailPane(TimelineModel *timeline, QWidget *parent = nullptr);
    void showApproval(const Approval *approval); // nullptr: nothing selected
    // Several rows: the buttons act on all pending ones; items lists each selected
    // one ("title · environment"), so a bulk decision is taken knowing what it covers.
    void showSelection(int count, int pending, const QStringList &items = {});
    void showMessage(const QString &message, bool error);
    // The shown approval's group (title and state of each member); empty: no section.
    void showGroupMembers(const QVector<GroupMember> &members);
    // The shown approval's action links (ignored for any other id); none: no section.
    void showLinks(qint64 approvalId, const QVector<ActionLink> &links);
    // A link just issued: its URL is shown until another approval is selected, never again.
    void showNewLink(qint64 approvalId, const IssuedLink &link);
    // The approver rules' answer for this console's user: a refused button is disabled
    // and the reason is shown under the buttons and in its tooltip. Call after
    // showApproval(); empty reasons: allowed.
    void setRefusals(const QString &approveRefusal, const QString &rejectRefusal);
    QLabel *refusalLabel() const { return m_refusal; }
    // Who is looking at the shown approval, with Take it / Release ("Assign to me").
    AssignmentBar *assignmentBar() const { return m_assignment; }
    qint64 shownId() const { return m_id; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *rejectButton() const { return m_reject; }
    QPushButton *retryButton() const { return m_retry; }
    // Approve later / cancel release (issue 18, item 2).
    ReleaseControls *releaseControls() const { return m_releaseControls; }
    QLineEdit *commentField() const { return m_comment; }
    QListWidget *selectionList() const { return m_selection; }
    QListView *timelineView() const { return m_timelineView; }
    GateStripWidget *gateStrip() const { return m_gateStrip; }
    GroupMembersList *groupMembers() const { return m_groupMembers; }
    QGroupBox *linksBox() const { return m_linksBox; }
    QListWidget *linksView() const { return m_links; }
    QPushButton *newLinkButton() const { return m_newLink; }
    QLineEdit *newLinkField() const { return m_newLinkUrl; }
    QPushButton *copyLinkButton() const { return m_copyLink; }
    QLabel *newLinkExpiry() const { return m_newLinkExpiry; }
    // "View run": where the source shows the run (hidden when it gave no link).
    QLabel *runLink() const { return m_runLink; }
    QUrl runUrl() const { return m_runUrl; }
    // The waiting system's form (a Jenkins input's parameters), filled before approving.
    InputParametersForm *inputParameters() const { return m_inputs; }
    // A paused run: the data its restart sends, shown before approving restarts it.
    QPlainTextEdit *restartData() const { return m_restartData; }

    // The pane's width is the splitter's: never the width of the text it shows.
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

signals:
    void approveRequested(qint64 id, const QString &comment);
    void rejectRequested(qint64 id, const QString &comment);
    void retryRequested(qint64 id);
    void newLinkRequested(qint64 id);

private:
    void followTimeline();

    qint64 m_id = 0;
    TimelineModel *m_timeline;
    QUrl m_runUrl;
    QLabel *m_runLink;
    QLabel *m_restartLabel;
    QPlainTextEdit *m_restartData;
    InputParametersForm *m_inputs;
    QLabel *m_title;
    QLabel *m_state;
    AssignmentBar *m_assignment;
    QFormLayout *m_meta;
    GateStripWidget *m_gateStrip;
    GroupMembersList *m_groupMembers;
    QPlainTextEdit *m_description;
    QListWidget *m_selection;
    QLineEdit *m_comment;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QPushButton *m_retry;
    ReleaseControls *m_releaseControls;
    QLabel *m_message;
    QLabel *m_refusal;
    QListView *m_timelineView;
    QGroupBox *m_linksBox;
    QListWidget *m_links;
    QPushButton *m_newLink;
    QWidget *m_newLinkRow;
    QLineEdit *m_newLinkUrl;
    QPushButton *m_copyLink;
    QLabel *m_newLinkExpiry;
    bool m_pending = false;
};
