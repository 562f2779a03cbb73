#include "inputparametersform.h"

#include "connectors/connectorregistry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace {
QString kindOf(const QJsonObject &input)
{
    return input.value(QStringLiteral("kind")).toString();
}
} // namespace

InputParametersForm::InputParametersForm(QWidget *parent)
    : QGroupBox(tr("Input parameters"), parent), m_form(new QFormLayout(this))
{
    setAccessibleName(tr("Input parameters"));
    setToolTip(tr("Sent with the approval; a rejection sends none."));
    setVisible(false);
}

void InputParametersForm::showApproval(const Approval *approval)
{
    const Connector *connector = approval && approval->isPending()
            ? ConnectorRegistry::find(approval->connector)
            : nullptr;
    const QJsonArray inputs = connector ? connector->decisionInputs(*approval) : QJsonArray();
    const qint64 id = inputs.isEmpty() ? 0 : approval->id;
    // A live refresh of the same approval keeps what the operator typed.
    if (id != m_id || !id || inputs != m_inputs) {
        m_id = id;
        rebuild(inputs);
    }
    setVisible(m_id != 0);
}

void InputParametersForm::rebuild(const QJsonArray &inputs)
{
    m_inputs = inputs;
    m_fields.clear();
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    for (const QJsonValue &entry : inputs) {
        const QJsonObject input = entry.toObject();
        QWidget *field = makeField(input);
        const QString name = input.value(QStringLiteral("name")).toString();
        field->setAccessibleName(name);
        field->setToolTip(input.value(QStringLiteral("description")).toString());
        m_fields.append({input, field});
        if (kindOf(input) == QLatin1String("boolean"))
            m_form->addRow(field);
        else
            m_form->addRow(name + QLatin1Char(':'), field);
    }
}

QWidget *InputParametersForm::makeField(const QJsonObject &input)
{
    const QString kind = kindOf(input);
    const QJsonValue value = input.value(QStringLiteral("value"));
    if (kind == QLatin1String("boolean")) {
        auto *box = new QCheckBox(input.value(QStringLiteral("name")).toString(), this);
        box->setChecked(value.toBool());
        return box;
    }
    if (kind == QLatin1String("choice")) {
        auto *combo = new QComboBox(this);
        for (const QJsonValue &choice : input.value(QStringLiteral("choices")).toArray())
            combo->addItem(choice.toString());
        combo->setCurrentIndex(qMax(0, combo->findText(value.toString())));
        return combo;
    }
    if (kind == QLatin1String("text")) {
        auto *text = new QPlainTextEdit(value.toString(), this);
        text->setTabChangesFocus(true);
        text->setMaximumHeight(80);
        return text;
    }
    auto *line = new QLineEdit(value.toString(), this);
    if (kind == QLatin1String("password"))
        line->setEchoMode(QLineEdit::Password);
    return line;
}

QJsonObject InputParametersForm::values(qint64 approvalId) const
{
    QJsonObject values;
    if (approvalId == 0 || approvalId != m_id)
        return values;
    for (const auto &[input, field] : m_fields) {
        const QString name = input.value(QStringLiteral("name")).toString();
        if (auto *box = qobject_cast<QCheckBox *>(field))
            values.insert(name, box->isChecked());
        else if (auto *combo = qobject_cast<QComboBox *>(field))
            values.insert(name, combo->currentText());
        else if (auto *text = qobject_cast<QPlainTextEdit *>(field))
            values.insert(name, text->toPlainText());
        else if (auto *line = qobject_cast<QLineEdit *>(field))
            values.insert(name, line->text());
    }
    return values;
}

QWidget *InputParametersForm::field(const QString &name) const
{
    for (const auto &[input, field] : m_fields) {
        if (input.value(QStringLiteral("name")).toString() == name)
            return field;
    }
    return nullptr;
}
