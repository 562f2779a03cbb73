// PreApprovalDialog: "Approve a scheduled run ahead…" (issue 18, item 2): records an
// approval for a pipeline, stage and environment whose run has not arrived yet, valid
// until a time, released at once, at a time, or in the next change window. The engine
// checks and records it (Engine::recordPreApproval); the dialog shows its answer and
// closes once it is recorded.
#pragma once

#include <QDateTime>
#include <QDialog>

class Engine;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

class PreApprovalDialog : public QDialog
{
    Q_OBJECT
public:
    PreApprovalDialog(Engine *engine, const QDateTime &now, QWidget *parent = nullptr);

    QLineEdit *pipelineField() const { return m_pipeline; }
    QLineEdit *stageField() const { return m_stage; }
    QLineEdit *environmentField() const { return m_environment; }
    QLineEdit *commentField() const { return m_comment; }
    QDateTimeEdit *validUntilEdit() const { return m_validUntil; }
    QComboBox *releaseChoice() const { return m_release; }
    QDateTimeEdit *releaseAtEdit() const { return m_releaseAt; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    QLabel *messageLabel() const { return m_message; }

private:
    void submit();

    Engine *m_engine;
    QLineEdit *m_pipeline;
    QLineEdit *m_stage;
    QLineEdit *m_environment;
    QLineEdit *m_comment;
    QDateTimeEdit *m_validUntil;
    QComboBox *m_release;
    QDateTimeEdit *m_releaseAt;
    QDialogButtonBox *m_buttons;
    QLabel *m_message;
};
