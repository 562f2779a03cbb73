#include "tasksettings.h"

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

    config->gitlab = GitLabSettings::read(settings, environment);

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
