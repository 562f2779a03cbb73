#include "service/configreloader.h"

#include "gates/policyfile.h"
#include "service/inboundsecrets.h"
#include "service/settingsservice.h"

#include <QSettings>

ConfigReloader::Result ConfigReloader::reload(QSettings &settings) const
{
    if (!m_service.isAvailable())
        return {false, tr("reload refused: the service is not running")};
    settings.sync(); // QSettings caches: read what is on disk now
    if (settings.status() != QSettings::NoError)
        return {false, tr("reload refused: the settings file cannot be read")};

    QString error;
    QHash<QString, InboundSetting> inbound;
    if (!InboundSecrets::readSettings(settings, &inbound, &error))
        return {false, tr("reload refused, nothing changed: %1").arg(error)};
    const QString policyFile = settings.value(QStringLiteral("gates/policyFile")).toString();
    QVector<Policy> policies;
    if (!policyFile.isEmpty()) {
        const auto loaded = PolicyFile::load(policyFile, &error);
        if (!loaded)
            return {false, tr("reload refused, nothing changed: %1").arg(error)};
        policies = *loaded;
    }

    m_service.setPolicies(policies);
    for (auto it = inbound.constBegin(); it != inbound.constEnd(); ++it)
        m_service.applyInbound(it.key(), it.value());
    return {true,
            tr("reloaded the settings (gate policies: %1, connectors: %2)")
                    .arg(policies.size())
                    .arg(inbound.size())};
}
