// ReleaseAtDialog: picks the time an approval decided now is released (issue 18,
// item 2, "Approve, release at…"). Only the choosing: the engine checks the time (not
// past, not after the deadline) and refuses with a message the pane shows.
#pragma once

#include <QDateTime>
#include <QDialog>

class QDateTimeEdit;
class QDialogButtonBox;

class ReleaseAtDialog : public QDialog
{
    Q_OBJECT
public:
    // title: the approval's, so the dialog says what it approves.
    ReleaseAtDialog(const QString &title, const QDateTime &suggested, QWidget *parent = nullptr);
    QDateTime releaseAt() const; // UTC
    QDateTimeEdit *timeEdit() const { return m_edit; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    QDateTimeEdit *m_edit;
    QDialogButtonBox *m_buttons;
};
