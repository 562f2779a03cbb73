#include "declaredsettingsgroup.h"

#include "connectors/connectorregistry.h"
#include "ui/fielderrors.h"
#include "ui/filefield.h"
#include "ui/namedlineedit.h"
#include "ui/secretfield.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace {
using Type = ConnectorSetting::Type;
}

DeclaredSettingsGroup::DeclaredSettingsGroup(const QString &connector, bool secretsWritable,
                                             FieldErrors &errors, QWidget *parent)
    : QGroupBox(parent), m_secretsWritable(secretsWritable)
{
    const Connector *described = ConnectorRegistry::find(connector);
    const QString title = ConnectorRegistry::displayName(connector);
    setTitle(tr("%1 settings").arg(title));
    setAccessibleName(tr("%1 settings").arg(title));
    auto *form = new QFormLayout(this);
    const QList<ConnectorSetting> settings =
            described ? described->settings() : QList<ConnectorSetting>();
    for (const ConnectorSetting &setting : settings) {
        if (setting.isTemplate() || setting.key.isEmpty())
            continue;
        const QString name = tr("%1 %2").arg(title, setting.labelText());
        QWidget *shown = nullptr;
        QWidget *edit = nullptr;
        if (setting.type == Type::Bool) {
            auto *box = new QCheckBox(setting.labelText(), this);
            box->setAccessibleName(name);
            shown = edit = box;
        } else if (setting.type == Type::File
                   || (setting.type == Type::Secret && setting.readFromFile)) {
            auto *file = new FileField(name, tr("All files (*)"), FileField::Mode::Open, this);
            file->edit()->setPlaceholderText(setting.placeholder);
            shown = file;
            edit = file->edit();
        } else if (setting.type == Type::Secret) {
            auto *secret = new SecretField(QString(), name, this);
            secret->setEditable(true);
            secret->edit()->setAccessibleName(name);
            secret->edit()->setMinimumWidth(0);
            shown = secret;
            edit = secret->edit();
        } else {
            edit = shown = namedLineEdit(this, name, setting.placeholder);
        }
        shown->setToolTip(setting.description);
        m_fields.insert(setting.key, edit);
        if (setting.type == Type::Secret) {
            auto *state = new QLabel(this);
            state->setWordWrap(true);
            state->setAccessibleName(tr("%1 state").arg(name));
            m_states.insert(setting.key, state);
            form->addRow(setting.labelText() + QLatin1Char(':'), state);
            form->addRow(QString(), errors.withError(shown, setting.key));
        } else if (setting.type == Type::Bool) {
            form->addRow(errors.withError(shown, setting.key));
        } else {
            form->addRow(setting.labelText() + QLatin1Char(':'),
                         errors.withError(shown, setting.key));
        }
    }
    if (!m_fields.isEmpty()) {
        auto *note = new QLabel(tr("Settings apply when Gatehouse starts again; a new secret "
                                   "with the next call. Secrets are sealed in the vault and "
                                   "never shown again."),
                                this);
        note->setWordWrap(true);
        form->addRow(note);
    }
}

void DeclaredSettingsGroup::load(const ConnectorSettingValues &values)
{
    for (auto it = m_fields.constBegin(); it != m_fields.constEnd(); ++it) {
        const ConnectorSettingValues::Field *field = values.field(it.key());
        if (!field)
            continue;
        if (auto *box = qobject_cast<QCheckBox *>(it.value())) {
            box->setChecked(field->value == QLatin1String("true"));
            continue;
        }
        auto *edit = qobject_cast<QLineEdit *>(it.value());
        if (field->setting.type != Type::Secret) {
            edit->setText(field->value);
            continue;
        }
        edit->clear();
        edit->setEnabled(m_secretsWritable);
        QString state = !m_secretsWritable ? tr("Secrets can be changed only while Gatehouse runs.")
                : field->stored            ? tr("Stored in the vault.")
                                           : tr("None stored.");
        if (field->fromEnvironment)
            state += QLatin1Char(' ')
                    + tr("%1 is set and replaces it at every start.")
                              .arg(field->setting.environment);
        m_states.value(it.key())->setText(state);
        if (field->setting.readFromFile)
            edit->setPlaceholderText(tr("a file whose content is sealed in the vault"));
        else
            edit->setPlaceholderText(field->stored ? tr("stored — type to replace")
                                                   : field->setting.placeholder);
    }
}

void DeclaredSettingsGroup::collect(ConnectorSettingValues &values) const
{
    for (auto it = m_fields.constBegin(); it != m_fields.constEnd(); ++it) {
        ConnectorSettingValues::Field *field = values.field(it.key());
        if (!field)
            continue;
        if (auto *box = qobject_cast<QCheckBox *>(it.value())) {
            field->value = box->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
            continue;
        }
        const QString text = qobject_cast<QLineEdit *>(it.value())->text();
        if (field->setting.type == Type::Secret && !field->setting.readFromFile)
            field->newSecret = text.trimmed().toUtf8();
        else
            field->value = text.trimmed();
    }
}
