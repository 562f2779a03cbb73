#include "inboundsecrets.h"

#include "receiver/inboundauth.h"
#include "secrets/secretvault.h"
#include "store/store.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSettings>

namespace {

QByteArray randomSecret()
{
    QByteArray raw(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), 8);
    return raw;
}

QString environmentName(const QString &connector)
{
    return QStringLiteral("GATEHOUSE_SECRET_")
            + connector.toUpper().replace(QLatin1Char('-'), QLatin1Char('_'));
}

bool readSecretFile(const QString &path, QByteArray *secret, QString *error)
{
    QFile file(path);
    const QFileDevice::Permissions wider = QFileDevice::ReadGroup | QFileDevice::WriteGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther;
    if (!file.exists() || !file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read secret file %1").arg(path);
        return false;
    }
    if (file.permissions() & wider) {
        *error = QStringLiteral("secret file %1 is readable by others; run chmod 600 on it")
                         .arg(path);
        return false;
    }
    *secret = file.readAll().trimmed();
    if (secret->isEmpty()) {
        *error = QStringLiteral("secret file %1 is empty").arg(path);
        return false;
    }
    return true;
}

} // namespace

QStringList InboundSecrets::connectors()
{
    return {QStringLiteral("generic"),   QStringLiteral("azure"), QStringLiteral("flexdeploy"),
            QStringLiteral("pipelines"), QStringLiteral("fanin"), QStringLiteral("gitlab")};
}

QString InboundSecrets::secretName(const QString &connector)
{
    return QStringLiteral("inbound-secret/") + connector;
}

QByteArray InboundSecrets::generate(const QString &scheme)
{
    const QByteArray raw = randomSecret();
    return scheme == QLatin1String("standard-webhooks")
            ? "whsec_" + raw.toBase64()
            : raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

InboundRule InboundSecrets::rule(const InboundSetting &setting, const QByteArray &secret)
{
    InboundRule rule;
    bool known = false;
    rule.scheme = InboundRule::schemeFromName(setting.scheme, &known);
    rule.secret = rule.scheme == InboundRule::Scheme::StandardWebhooks ? standardWebhooksKey(secret)
                                                                       : secret;
    if (!setting.signatureHeader.isEmpty())
        rule.signatureHeader = setting.signatureHeader;
    rule.signaturePrefix = setting.signaturePrefix;
    rule.timestampHeader = setting.timestampHeader;
    rule.replayWindowSecs = setting.replayWindowSecs;
    return rule;
}

QByteArray InboundSecrets::standardWebhooksKey(const QByteArray &secret)
{
    return QByteArray::fromBase64(secret.startsWith("whsec_") ? secret.mid(6) : secret);
}

void InboundSecrets::readReplaySettings(const QSettings &settings, const QString &connector,
                                        InboundSetting *setting)
{
    const QString group = QStringLiteral("auth/%1/").arg(connector);
    setting->timestampHeader =
            settings.value(group + QStringLiteral("timestampHeader")).toString().toLatin1();
    setting->replayWindowSecs = qBound(
            1,
            settings.value(group + QStringLiteral("replayWindowSecs"), setting->replayWindowSecs)
                    .toInt(),
            24 * 3600);
}

bool InboundSecrets::readSettings(const QSettings &settings, QHash<QString, InboundSetting> *out,
                                  QString *error)
{
    for (const QString &connector : connectors()) {
        const QString group = QStringLiteral("auth/%1/").arg(connector);
        InboundSetting setting;
        setting.scheme =
                settings.value(group + QStringLiteral("scheme"), setting.scheme).toString();
        bool known = false;
        InboundRule::schemeFromName(setting.scheme, &known);
        if (!known) {
            *error = QStringLiteral("%1scheme: '%2' is not one of token, hmac-sha256, "
                                    "standard-webhooks, none")
                             .arg(group, setting.scheme);
            return false;
        }
        setting.signatureHeader = settings.value(group + QStringLiteral("signatureHeader"),
                                                 QStringLiteral("X-Hub-Signature-256"))
                                          .toString()
                                          .toLatin1();
        setting.signaturePrefix =
                settings.value(group + QStringLiteral("signaturePrefix"), QStringLiteral("sha256="))
                        .toString()
                        .toLatin1();
        readReplaySettings(settings, connector, &setting);
        const QByteArray fromEnvironment =
                qgetenv(environmentName(connector).toLatin1().constData());
        const QString secretFile = settings.value(group + QStringLiteral("secretFile")).toString();
        if (!fromEnvironment.isEmpty()) {
            setting.secret = fromEnvironment;
            setting.secretOrigin = QStringLiteral("environment");
        } else if (!secretFile.isEmpty()) {
            if (!readSecretFile(secretFile, &setting.secret, error))
                return false;
            setting.secretOrigin = secretFile;
        }
        out->insert(connector, setting);
    }
    return true;
}

ConnectorSecret InboundSecrets::provisionOne(const QString &connector,
                                             const InboundSetting &setting, Store &store,
                                             SecretVault &vault)
{
    ConnectorSecret secret{connector, setting.scheme, setting.secret, setting.secretOrigin};
    if (setting.scheme == QLatin1String("none")) {
        secret.secret.clear();
    } else if (secret.secret.isEmpty()) {
        const QString name = secretName(connector);
        const QString sealed = store.sealedSecret(name);
        if (!sealed.isEmpty() && vault.open(sealed, &secret.secret)) {
            secret.origin = QStringLiteral("stored");
        } else {
            secret.secret = generate(setting.scheme);
            store.putSealedSecret(name, vault.seal(secret.secret));
            secret.origin = QStringLiteral("generated now");
        }
    }
    return secret;
}

QVector<ConnectorSecret> InboundSecrets::provision(const QHash<QString, InboundSetting> &settings,
                                                   Store &store, SecretVault &vault)
{
    QVector<ConnectorSecret> result;
    for (const QString &connector : connectors())
        result.append(provisionOne(connector, settings.value(connector), store, vault));
    return result;
}
