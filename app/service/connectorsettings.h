// ConnectorSettings: what the settings dialog edits about each connector: how its
// webhooks authenticate (scheme, signature header) and with which secret, the action
// links, restart target credentials, and every setting the connectors declare
// (ConnectorSettingValues: servers, tokens, files). It validates field by field,
// writes the QSettings keys of the README's "Settings" table, and hands every typed
// secret to the vault through SettingsService, never to the settings file. No
// widgets: the dialog only shows it.
#pragma once

#include "service/connectorsettingvalues.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

class QSettings;
class SettingsService;

class ConnectorSettings
{
    Q_DECLARE_TR_FUNCTIONS(ConnectorSettings)

public:
    struct Inbound
    {
        QString scheme = QStringLiteral("token");
        QString savedScheme = QStringLiteral("token"); // as loaded
        QString signatureHeader; // hmac-sha256; empty: X-Hub-Signature-256
        QString signaturePrefix = QStringLiteral("sha256=");
        // An environment variable or secret file that wins over a stored secret.
        QString secretOverride;
        bool secretStored = false;
        QByteArray newSecret; // typed or generated; stored on save, empty keeps the stored one
    };
    // One refused field: the settings key ("flexdeploy/baseUrl", "auth/azure/secret") and why.
    struct Problem
    {
        QString field;
        QString reason;
    };

    QHash<QString, Inbound> inbound; // by connector (InboundSecrets::connectors())
    QString publicUrl;
    int linkExpiryMinutes = 24 * 60;
    QStringList restartTargets; // configured in the settings file (restartTargets/<name>/...)
    QHash<QString, bool> restartCredentialsStored;
    QHash<QString, QByteArray> newRestartCredentials; // target -> token or "user:password"
    ConnectorSettingValues declared; // what each connector declares (Connector::settings())

    static QStringList schemes();
    static QString defaultSignatureHeader();
    static QString secretField(const QString &connector); // "auth/<connector>/secret"
    static QString restartCredentialsField(const QString &target);

    void load(QSettings &settings, const SettingsService &service);
    QVector<Problem> validate(const SettingsService &service) const;
    // Validates, stores the new secrets, writes the keys and applies the inbound
    // settings live. *restartNeeded: a setting that is read only at start changed.
    bool save(QSettings &settings, const SettingsService &service, bool *restartNeeded,
              QVector<Problem> *problems);
};
