#include "tasksettings.h"

#include "connectors/connectorregistry.h"

namespace {

QUrl urlSetting(const QSettings &settings, const QString &key)
{
    return QUrl(settings.value(key).toString(), QUrl::StrictMode);
}

OutboundRequest::Auth authSetting(const QString &name)
{
    if (name == QLatin1String("bearer"))
        return OutboundRequest::Auth::Bearer;
    if (name == QLatin1String("basic"))
        return OutboundRequest::Auth::BasicUserPassword;
    return OutboundRequest::Auth::None;
}

// GATEHOUSE_RESTART_CREDENTIALS_<NAME>, the name upper-cased with '-' as '_'.
QString credentialsVariable(const QString &target)
{
    QString name = target.toUpper();
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    return QStringLiteral("GATEHOUSE_RESTART_CREDENTIALS_") + name;
}

// A plain setting as text; an INI value with commas reads back as a list: joined again.
QString plainSetting(const QSettings &settings, const QString &key)
{
    const QVariant value = settings.value(key);
    return value.typeId() == QMetaType::QStringList ? value.toStringList().join(QLatin1Char(','))
                                                    : value.toString();
}

} // namespace

void readTaskSettings(QSettings &settings, const QProcessEnvironment &environment,
                      ServiceConfig *config)
{
    config->publicUrl = urlSetting(settings, QStringLiteral("links/publicUrl"));
    config->linkExpiryMinutes =
            qMax(1,
                 settings.value(QStringLiteral("links/expiryMinutes"), config->linkExpiryMinutes)
                         .toInt());
    config->flexDeployBaseUrl = urlSetting(settings, QStringLiteral("flexdeploy/baseUrl"));
    config->chatWebhookUrl = urlSetting(settings, QStringLiteral("flexdeploy/chatWebhookUrl"));
    config->flexDeployCredentials =
            environment.value(QStringLiteral("GATEHOUSE_FLEXDEPLOY_CREDENTIALS")).toUtf8();
    readConnectorSettings(settings, environment, config);

    settings.beginGroup(QStringLiteral("restartTargets"));
    const QStringList names = settings.childGroups();
    for (const QString &name : names) {
        settings.beginGroup(name);
        RestartTarget target;
        if (settings.value(QStringLiteral("preset")).toString() == QLatin1String("adf")) {
            target = RestartTarget::azureDataFactory(
                    name, settings.value(QStringLiteral("subscriptionId")).toString(),
                    settings.value(QStringLiteral("resourceGroup")).toString(),
                    settings.value(QStringLiteral("factory")).toString(),
                    settings.value(QStringLiteral("pipeline")).toString(),
                    settings.value(QStringLiteral("managementUrl")).toString());
        } else {
            target = RestartTarget::generic(
                    name, settings.value(QStringLiteral("url")).toString(),
                    authSetting(settings.value(QStringLiteral("auth")).toString()));
            target.method =
                    settings.value(QStringLiteral("method"), target.method).toString().toUpper();
            target.bodyTemplate =
                    settings.value(QStringLiteral("bodyTemplate"), target.bodyTemplate).toString();
        }
        target.runIdField =
                settings.value(QStringLiteral("runIdField"), target.runIdField).toString();
        settings.endGroup();
        config->restartTargets.append(target);
        const QString credentials = environment.value(credentialsVariable(name));
        if (!credentials.isEmpty())
            config->restartTargetCredentials.insert(name, credentials.toUtf8());
    }
    settings.endGroup();
}

void readConnectorSettings(const QSettings &settings, const QProcessEnvironment &environment,
                           ServiceConfig *config)
{
    // What each connector declares (ConnectorSetting): plain keys by name, secrets from
    // their environment variable by vault name. Keys with a placeholder ("<name>") are
    // read by their owner (restart targets above).
    for (const auto &connector : ConnectorRegistry::described()) {
        for (const ConnectorSetting &setting : connector->settings()) {
            if (setting.type != ConnectorSetting::Type::Secret && !setting.key.isEmpty()
                && !setting.key.contains(QLatin1Char('<')) && settings.contains(setting.key))
                config->connectorSettings.insert(setting.key, plainSetting(settings, setting.key));
            if (setting.type == ConnectorSetting::Type::Secret && !setting.environment.isEmpty()
                && !setting.environment.contains(QLatin1Char('<'))
                && !setting.vaultName.contains(QLatin1Char('<'))
                && environment.contains(setting.environment))
                config->connectorCredentials.insert(
                        setting.vaultName, environment.value(setting.environment).toUtf8());
        }
    }
}
