// InputParametersForm: the form a decider fills before approving, as the approval's
// connector declares it (Connector::decisionInputs; a Jenkins input's parameters): a
// line edit for a string, a multi-line box for a text, a check box for a boolean, a
// combo box of the choices for a choice, a masked line edit for a password; each
// prefilled with its default or the value chosen earlier. Edits survive the live
// refreshes of the same approval; another approval, or other parameters, rebuild it.
#pragma once

#include "core/approval.h"

#include <QGroupBox>
#include <QJsonArray>
#include <QJsonObject>

class QFormLayout;

class InputParametersForm : public QGroupBox
{
    Q_OBJECT
public:
    explicit InputParametersForm(QWidget *parent = nullptr);

    // nullptr, a decided approval or one without a form: hidden.
    void showApproval(const Approval *approval);
    // Every parameter with an explicit value ({"NAME": value}), for approvalId only;
    // empty when the form shows another approval or none.
    QJsonObject values(qint64 approvalId) const;
    // The field of one parameter (for tests and accessibility), nullptr if none.
    QWidget *field(const QString &name) const;

private:
    void rebuild(const QJsonArray &inputs);
    QWidget *makeField(const QJsonObject &input);

    qint64 m_id = 0;
    QJsonArray m_inputs;
    QFormLayout *m_form;
    QList<QPair<QJsonObject, QWidget *>> m_fields;
};
