// DeclaredSettingsGroup: the part of Settings › Connectors generated from what one
// connector declares (Connector::settings()): a line edit for text, a URL or a list, a
// check box for a bool, a path with Browse for a file, and for a secret its state
// ("stored", from the environment) and a masked field with Show and Copy to replace it
// (or a file whose content is sealed). A stored secret is never shown again. Each field
// is registered under its settings key for the dialog's field errors.
#pragma once

#include "service/connectorsettingvalues.h"

#include <QGroupBox>
#include <QHash>

class FieldErrors;
class QLabel;

class DeclaredSettingsGroup : public QGroupBox
{
    Q_OBJECT
public:
    // Empty when the connector declares nothing to edit (isEmpty()).
    DeclaredSettingsGroup(const QString &connector, bool secretsWritable, FieldErrors &errors,
                          QWidget *parent = nullptr);
    bool isEmpty() const { return m_fields.isEmpty(); }

    void load(const ConnectorSettingValues &values);
    void collect(ConnectorSettingValues &values) const;
    // The editing widget of a key (QLineEdit or QCheckBox), nullptr if none.
    QWidget *field(const QString &key) const { return m_fields.value(key); }

private:
    bool m_secretsWritable;
    QHash<QString, QWidget *> m_fields; // settings key -> QLineEdit or QCheckBox
    QHash<QString, QLabel *> m_states; // secret key -> its state
};
