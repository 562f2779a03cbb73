// Inbound secrets: how each connector's webhooks authenticate and with which secret.
// A secret comes from the environment (GATEHOUSE_SECRET_<CONNECTOR>), from an
// owner-only file named in the settings, or is generated at first start (32 random
// bytes) and kept sealed in the database. It never sits in plain text in the
// database, the settings file or the logs.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

class QSettings;
struct InboundRule;
class SecretVault;
class Store;

// What the settings and the environment say about one connector.
struct InboundSetting
{
    QString scheme = QStringLiteral("token"); // token | hmac-sha256 | standard-webhooks | none
    QByteArray secret; // given by environment or file; empty: stored or generated
    QString secretOrigin; // "environment" or the file path
    QByteArray signatureHeader; // hmac-sha256: default X-Hub-Signature-256
    QByteArray signaturePrefix = "sha256=";
    QByteArray timestampHeader; // hmac-sha256: replay protection when set (InboundRule)
    int replayWindowSecs = 300;
};

// The secret in effect for one connector, as the "How to connect" panel shows it.
struct ConnectorSecret
{
    QString connector;
    QString scheme;
    QByteArray secret; // as the sender must be configured (whsec_... for Standard Webhooks)
    QString origin; // "environment", a file path, "generated now" or "stored"
};

namespace InboundSecrets {
QStringList connectors(); // every connector with a webhook route (ConnectorRegistry)
// The connector's name and its earlier names (aliases), canonical first.
QStringList namesOf(const QString &connector);
// The name under which the settings hold auth/<name>/...: the canonical one, or an
// earlier one that an older version wrote.
QString settingsName(const QSettings &settings, const QString &connector);
// The scheme without auth/<connector>/scheme: the connector's defaultAuthScheme()
// ("token"; "hmac-sha256" for GitHub, which signs every delivery and sends no token).
QString defaultScheme(const QString &connector);
// The name of a connector's sealed secret in the store ("inbound-secret/<connector>").
QString secretName(const QString &connector);
// A fresh random secret in the form the scheme's senders expect (whsec_... for
// Standard Webhooks).
QByteArray generate(const QString &scheme);
// The receiver's rule for a connector's setting and resolved secret.
InboundRule rule(const InboundSetting &setting, const QByteArray &secret);
// Reads auth/<connector>/timestampHeader and replayWindowSecs into *setting.
void readReplaySettings(const QSettings &settings, const QString &connector,
                        InboundSetting *setting);
// Reads auth/<connector>/{scheme,secretFile,signatureHeader,signaturePrefix,
// timestampHeader,replayWindowSecs} and the
// environment; *error names the first problem (unknown scheme, unreadable or
// world-readable secret file).
bool readSettings(const QSettings &settings, QHash<QString, InboundSetting> *out, QString *error);
// Resolves the secret of every connector, generating and sealing missing ones.
ConnectorSecret provisionOne(const QString &connector, const InboundSetting &setting, Store &store,
                             SecretVault &vault);
QVector<ConnectorSecret> provision(const QHash<QString, InboundSetting> &settings, Store &store,
                                   SecretVault &vault);
// The HMAC key of a Standard Webhooks secret ("whsec_" + base64).
QByteArray standardWebhooksKey(const QByteArray &secret);
} // namespace InboundSecrets
