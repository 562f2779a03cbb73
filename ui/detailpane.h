// DetailPane: the selected approval: its title, what it asks (as plain text: webhook
// content is untrusted), its metadata, the decision buttons and the live timeline.
// It decides nothing itself: the buttons emit requests that the window hands to the Engine.
#pragma once

#include "core/approval.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class TimelineModel;

class GateStripWidget;

class DetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit DetailPane(TimelineModel *timeline, QWidget *parent = nullptr);
    void showApproval(const Approval *approval); // nullptr: nothing selected
    void showSelection(int count, int pending); // several rows: the buttons act on all
    void showMessage(const QString &message, bool error);
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *rejectButton() const { return m_reject; }
    QPushButton *retryButton() const { return m_retry; }
    QLineEdit *commentField() const { return m_comment; }
    QListView *timelineView() const { return m_timelineView; }
    GateStripWidget *gateStrip() const { return m_gateStrip; }

signals:
    void approveRequested(qint64 id, const QString &comment);
    void rejectRequested(qint64 id, const QString &comment);
    void retryRequested(qint64 id);

private:
    void followTimeline();

    qint64 m_id = 0;
    QLabel *m_title;
    QLabel *m_state;
    QFormLayout *m_meta;
    GateStripWidget *m_gateStrip;
    QPlainTextEdit *m_description;
    QLineEdit *m_comment;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QPushButton *m_retry;
    QLabel *m_message;
    QListView *m_timelineView;
};
