// RejectBar: the inline question "why reject?" above the table. Rejecting from the
// context menu or with Ctrl+Backspace opens it instead of a modal dialog: type an
// optional reason, Enter rejects, Escape cancels. It remembers which approvals it is
// about, so a selection change meanwhile cannot redirect the rejection.
#pragma once

#include <QFrame>
#include <QList>

class QLabel;
class QLineEdit;
class QPushButton;

class RejectBar : public QFrame
{
    Q_OBJECT
public:
    explicit RejectBar(QWidget *parent = nullptr);
    void ask(const QList<qint64> &ids, const QString &reason = {});
    QLineEdit *reasonField() const { return m_reason; }
    QPushButton *rejectButton() const { return m_reject; }
    QList<qint64> ids() const { return m_ids; }

signals:
    void rejectRequested(const QList<qint64> &ids, const QString &reason);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void confirm();
    void cancel();

    QList<qint64> m_ids;
    QLabel *m_label;
    QLineEdit *m_reason;
    QPushButton *m_reject;
    QPushButton *m_cancel;
};
