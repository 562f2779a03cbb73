// ConnectorSettingValues: what Settings › Connectors edits of the settings every
// connector declares (Connector::settings(), through ConnectorRegistry): one Field per
// setting, loaded from the settings file and the vault (a secret only as "stored"),
// validated by its type and the connector's own check, and saved: plain values to their
// QSettings keys (removed when empty or the default), secrets sealed in the vault only.
// Settings whose key has a placeholder are left to their owner (restart targets).
// No widgets and no service: the caller passes how to look up and store a secret.
#pragma once

#include "connectors/connector.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

class QSettings;

class ConnectorSettingValues
{
    Q_DECLARE_TR_FUNCTIONS(ConnectorSettingValues)

public:
    using HasSecret = std::function<bool(const QString &name)>;
    using StoreSecret = std::function<bool(const QString &name, const QByteArray &value)>;

    struct Field
    {
        QString connector; // its canonical name
        ConnectorSetting setting;
        QString value; // plain settings: as shown; a secret readFromFile: the file to seal
        QByteArray newSecret; // a secret typed on the page; empty keeps the stored one
        bool stored = false; // a secret: one is in the vault
        bool fromEnvironment = false; // its environment variable is set and wins at start
    };
    struct Problem
    {
        QString field; // the setting's key
        QString reason;
    };

    // Every registered connector's settings, or those of the connectors given.
    void load(const QSettings &settings, const HasSecret &hasSecret);
    QVector<Problem> validate() const;
    bool hasNewSecret() const;
    // Stores the new secrets (false: one could not be stored, named in *problems), then
    // writes the keys; *restartNeeded: a key (read at start) changed.
    bool save(QSettings &settings, const StoreSecret &storeSecret, bool *restartNeeded,
              QVector<Problem> *problems);

    // For --print-secrets: each declared secret's key and where it comes from ("stored in
    // the vault", "GATEHOUSE_JENKINS_CREDENTIALS", "not set"), never its value.
    static QStringList secretStates(const HasSecret &hasSecret);

    QVector<Field> &fields() { return m_fields; }
    const QVector<Field> &fields() const { return m_fields; }
    Field *field(const QString &key);
    const Field *field(const QString &key) const;

private:
    // The secret a field would store: the typed value, or the content of the named file.
    QByteArray secretToStore(const Field &field, QString *error) const;
    QVector<Field> m_fields;
};
