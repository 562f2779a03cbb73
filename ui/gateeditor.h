// GateEditor: the form for one gate of a policy: its kind (an HTTP probe, a count within
// a threshold, or a time window) and the fields that kind uses, shown only for it. It
// reads and writes a gate as the policy file's JSON. A secret header's value goes no
// further than secretHeaderAdded(): the headers name it, the vault gets it on Save.
#pragma once

#include "ui/fielderrors.h"

#include <QGroupBox>
#include <QJsonObject>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

class GateEditor : public QGroupBox
{
    Q_OBJECT
public:
    // Without a running service (secretsWritable false) no secret header can be added.
    GateEditor(bool secretsWritable, FieldErrors &errors, QWidget *parent = nullptr);

    void load(const QJsonObject &gate);
    // The form as the policy file's JSON. Of old, the gate as it was, it keeps what the
    // form does not show and the defaults it spelled out: viewing a gate changes nothing.
    QJsonObject gate(const QJsonObject &old) const;
    void setPolicyName(const QString &name); // part of a secret header's name in the vault
    void focusName();

signals:
    void nameEdited(const QString &name);
    void secretHeaderAdded(const QString &secretName, const QByteArray &value);

private:
    void updateRows();
    void addSecretHeader();

    FieldErrors &m_errors;
    QString m_policyName;
    QFormLayout *m_gateForm = nullptr;
    QLineEdit *m_gateName = nullptr;
    QComboBox *m_gateKind = nullptr;
    QComboBox *m_method = nullptr;
    QLineEdit *m_url = nullptr;
    QPlainTextEdit *m_headers = nullptr;
    QLineEdit *m_secretHeaderName = nullptr;
    QLineEdit *m_secretHeaderValue = nullptr;
    QPushButton *m_addSecretHeader = nullptr;
    QLineEdit *m_condition = nullptr;
    QLineEdit *m_countValue = nullptr;
    QLineEdit *m_countMin = nullptr;
    QLineEdit *m_countMax = nullptr;
    QList<QCheckBox *> m_days;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_to = nullptr;
    QLineEdit *m_timeZone = nullptr;
    QCheckBox *m_inverse = nullptr;
    QList<QWidget *> m_httpRows;
    QList<QWidget *> m_conditionRows;
    QList<QWidget *> m_countRows;
    QList<QWidget *> m_windowRows;
};
