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
QStringList connectors(); // every connector with a webhook route
// Reads auth/<connector>/{scheme,secretFile,signatureHeader,signaturePrefix} and the
// environment; *error names the first problem (unknown scheme, unreadable or
// world-readable secret file).
bool readSettings(const QSettings &settings, QHash<QString, InboundSetting> *out, QString *error);
// Resolves the secret of every connector, generating and sealing missing ones.
QVector<ConnectorSecret> provision(const QHash<QString, InboundSetting> &settings, Store &store,
                                   SecretVault &vault);
// The HMAC key of a Standard Webhooks secret ("whsec_" + base64).
QByteArray standardWebhooksKey(const QByteArray &secret);
} // namespace InboundSecrets
