#include "connectorsettings.h"

#include "connectors/pausedrun/restarttarget.h"
#include "service/inboundsecrets.h"
#include "service/settingsservice.h"

#include <QRegularExpression>
#include <QSettings>
#include <QUrl>

namespace {

const QString publicUrlKey = QStringLiteral("links/publicUrl");
const QString expiryKey = QStringLiteral("links/expiryMinutes");
constexpr int maxExpiryMinutes = 365 * 24 * 60;

QString authKey(const QString &connector, const char *name)
{
    return QStringLiteral("auth/%1/%2").arg(connector, QLatin1String(name));
}

QString environmentName(const QString &connector)
{
    return QStringLiteral("GATEHOUSE_SECRET_")
            + connector.toUpper().replace(QLatin1Char('-'), QLatin1Char('_'));
}

bool isHttpUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty()
            && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

bool hasSpaceOrControl(const QByteArray &value)
{
    for (const char c : value) {
        if (uchar(c) <= 0x20 || uchar(c) == 0x7f)
            return true;
    }
    return false;
}

// Returns true when the stored value changed.
bool setOrRemove(QSettings &settings, const QString &key, const QString &value,
                 const QString &fallback = {})
{
    const QString before = settings.value(key, fallback).toString();
    if (value.isEmpty() || value == fallback)
        settings.remove(key);
    else
        settings.setValue(key, value);
    return before != (value.isEmpty() ? fallback : value);
}

} // namespace

QStringList ConnectorSettings::schemes()
{
    return {QStringLiteral("token"), QStringLiteral("hmac-sha256"),
            QStringLiteral("standard-webhooks"), QStringLiteral("none")};
}

QString ConnectorSettings::defaultSignatureHeader()
{
    return QStringLiteral("X-Hub-Signature-256");
}

QString ConnectorSettings::secretField(const QString &connector)
{
    return authKey(connector, "secret");
}

QString ConnectorSettings::restartCredentialsField(const QString &target)
{
    return QStringLiteral("restartTargets/%1/credentials").arg(target);
}

void ConnectorSettings::load(QSettings &settings, const SettingsService &service)
{
    inbound.clear();
    for (const QString &connector : InboundSecrets::connectors()) {
        Inbound in;
        // Read where an earlier version may have written it (auth/pipelines/...); saved
        // under the connector's one name.
        const QString source = InboundSecrets::settingsName(settings, connector);
        in.scheme =
                settings.value(authKey(source, "scheme"), InboundSecrets::defaultScheme(connector))
                        .toString();
        in.savedScheme = in.scheme;
        in.signatureHeader = settings.value(authKey(source, "signatureHeader")).toString();
        in.signaturePrefix =
                settings.value(authKey(source, "signaturePrefix"), in.signaturePrefix).toString();
        const QString file = settings.value(authKey(source, "secretFile")).toString();
        for (const QString &name : InboundSecrets::namesOf(connector)) {
            const QString variable = environmentName(name);
            if (in.secretOverride.isEmpty()
                && qEnvironmentVariableIsSet(variable.toLatin1().constData()))
                in.secretOverride = variable;
            in.secretStored =
                    in.secretStored || service.hasSecret(InboundSecrets::secretName(name));
        }
        if (in.secretOverride.isEmpty() && !file.isEmpty())
            in.secretOverride = file;
        inbound.insert(connector, in);
    }
    publicUrl = settings.value(publicUrlKey).toString();
    linkExpiryMinutes = settings.value(expiryKey, 24 * 60).toInt();
    restartTargets.clear();
    restartCredentialsStored.clear();
    settings.beginGroup(QStringLiteral("restartTargets"));
    restartTargets = settings.childGroups();
    settings.endGroup();
    for (const QString &target : std::as_const(restartTargets))
        restartCredentialsStored.insert(target,
                                        service.hasSecret(RestartTarget::secretName(target)));
    declared.load(settings, [&service](const QString &name) { return service.hasSecret(name); });
}

QVector<ConnectorSettings::Problem> ConnectorSettings::validate(
        const SettingsService &service) const
{
    QVector<Problem> problems;
    const auto refuse = [&problems](const QString &field, const QString &reason) {
        problems.append({field, reason});
    };
    bool anySecret = declared.hasNewSecret();
    for (const QString &connector : InboundSecrets::connectors()) {
        const Inbound in = inbound.value(connector);
        if (!schemes().contains(in.scheme)) {
            refuse(authKey(connector, "scheme"),
                   tr("must be token, hmac-sha256, standard-webhooks or none"));
            continue;
        }
        if (in.scheme == QLatin1String("hmac-sha256") && !in.signatureHeader.isEmpty()
            && !QRegularExpression(QStringLiteral("^[A-Za-z0-9!#$%&'*+.^_`|~-]+$"))
                        .match(in.signatureHeader)
                        .hasMatch())
            refuse(authKey(connector, "signatureHeader"),
                   tr("must be an HTTP header name such as X-Hub-Signature-256"));
        if (in.scheme == QLatin1String("none"))
            continue;
        const QString field = secretField(connector);
        const bool webhooks = in.scheme == QLatin1String("standard-webhooks");
        if (!in.newSecret.isEmpty()) {
            anySecret = true;
            if (hasSpaceOrControl(in.newSecret))
                refuse(field, tr("must not contain spaces or control characters"));
            else if (webhooks
                     && (!in.newSecret.startsWith("whsec_")
                         || InboundSecrets::standardWebhooksKey(in.newSecret).size() < 16))
                refuse(field,
                       tr("a Standard Webhooks secret is whsec_ followed by base64 of at least "
                          "16 bytes: press Generate"));
            else if (in.newSecret.size() < 16)
                refuse(field, tr("must be at least 16 characters long"));
        } else if (in.secretOverride.isEmpty() && in.secretStored
                   && webhooks != (in.savedScheme == QLatin1String("standard-webhooks"))) {
            // The stored secret has the other form (whsec_... or not).
            refuse(field,
                   tr("switching to or from Standard Webhooks needs a new secret: press "
                      "Generate"));
        }
    }
    if (!publicUrl.isEmpty() && !isHttpUrl(publicUrl))
        refuse(publicUrlKey, tr("must be an absolute http or https URL"));
    if (linkExpiryMinutes < 1 || linkExpiryMinutes > maxExpiryMinutes)
        refuse(expiryKey, tr("must be from 1 to %1 minutes").arg(maxExpiryMinutes));
    for (auto it = newRestartCredentials.constBegin(); it != newRestartCredentials.constEnd();
         ++it) {
        if (it.value().isEmpty())
            continue;
        anySecret = true;
        if (!restartTargets.contains(it.key()))
            refuse(restartCredentialsField(it.key()), tr("no such restart target"));
    }
    for (const auto &[field, reason] : declared.validate())
        refuse(field, reason);
    if (anySecret && !service.isAvailable())
        problems.prepend({QString(), tr("secrets can be stored only while Gatehouse runs")});
    return problems;
}

bool ConnectorSettings::save(QSettings &settings, const SettingsService &service,
                             bool *restartNeeded, QVector<Problem> *problems)
{
    *problems = validate(service);
    if (!problems->isEmpty())
        return false;
    *restartNeeded = false;
    // Secrets first: the settings file never names a value, and a refused secret
    // leaves the old settings in force.
    for (const QString &connector : InboundSecrets::connectors()) {
        Inbound &in = inbound[connector];
        if (in.newSecret.isEmpty() || in.scheme == QLatin1String("none"))
            continue;
        if (!service.storeSecret(InboundSecrets::secretName(connector), in.newSecret)) {
            problems->append({secretField(connector), tr("could not be stored in the vault")});
            return false;
        }
    }
    for (auto it = newRestartCredentials.constBegin(); it != newRestartCredentials.constEnd();
         ++it) {
        if (it.value().isEmpty())
            continue;
        if (!service.storeSecret(RestartTarget::secretName(it.key()), it.value())) {
            problems->append(
                    {restartCredentialsField(it.key()), tr("could not be stored in the vault")});
            return false;
        }
        restartCredentialsStored.insert(it.key(), true);
    }

    bool declaredChanged = false;
    QVector<ConnectorSettingValues::Problem> declaredProblems;
    if (!declared.save(
                settings,
                [&service](const QString &name, const QByteArray &value) {
                    return service.storeSecret(name, value);
                },
                &declaredChanged, &declaredProblems)) {
        for (const auto &[field, reason] : std::as_const(declaredProblems))
            problems->append({field, reason});
        return false;
    }

    for (const QString &connector : InboundSecrets::connectors()) {
        Inbound &in = inbound[connector];
        bool changed = setOrRemove(settings, authKey(connector, "scheme"), in.scheme,
                                   InboundSecrets::defaultScheme(connector));
        changed = setOrRemove(settings, authKey(connector, "signatureHeader"), in.signatureHeader,
                              defaultSignatureHeader())
                || changed;
        changed = setOrRemove(settings, authKey(connector, "signaturePrefix"), in.signaturePrefix,
                              QStringLiteral("sha256="))
                || changed;
        if (changed || !in.newSecret.isEmpty()) {
            InboundSetting setting;
            setting.scheme = in.scheme;
            setting.signatureHeader = in.signatureHeader.isEmpty()
                    ? defaultSignatureHeader().toLatin1()
                    : in.signatureHeader.toLatin1();
            setting.signaturePrefix = in.signaturePrefix.toLatin1();
            InboundSecrets::readReplaySettings(settings, connector, &setting);
            service.applyInbound(connector, setting);
        }
        if (!in.newSecret.isEmpty())
            in.secretStored = true;
        in.newSecret.clear();
        in.savedScheme = in.scheme;
    }
    newRestartCredentials.clear();

    // Read once at start by the connectors and the receiver.
    bool restart = setOrRemove(settings, publicUrlKey, publicUrl);
    restart = setOrRemove(settings, expiryKey,
                          linkExpiryMinutes == 24 * 60 ? QString()
                                                       : QString::number(linkExpiryMinutes),
                          QString())
            || restart;
    restart = declaredChanged || restart;
    *restartNeeded = restart;
    return true;
}
