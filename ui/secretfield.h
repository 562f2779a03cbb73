// SecretField: a secret shown masked, with a Show toggle and a Copy button. One widget
// so every dialog that shows a secret (Webhook secrets, How to connect) masks it alike.
#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;

class SecretField : public QWidget
{
    Q_OBJECT
public:
    // owner names whose secret it is, for the accessible names ("Secret of generic").
    SecretField(const QString &secret, const QString &owner, QWidget *parent = nullptr);

    // An editable field for a new secret (Settings › Connectors): still masked, Show
    // reveals and Copy copies what is typed.
    void setEditable(bool editable);

    QLineEdit *edit() const { return m_edit; }
    QPushButton *showButton() const { return m_show; }
    QPushButton *copyButton() const { return m_copy; }

signals:
    void revealedChanged(bool revealed);

private:
    QLineEdit *m_edit;
    QPushButton *m_show;
    QPushButton *m_copy;
};
