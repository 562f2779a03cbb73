// ConfigReloader: what SIGHUP does. Reads the settings file again and applies, to the
// running service, what can change without a restart: the gate policies (from the
// policy file the settings name) and each connector's inbound authentication (scheme,
// signature header, secret file). Everything is read and validated first; when
// anything is wrong nothing is applied and the running configuration stays.
#pragma once

#include <QCoreApplication>
#include <QString>

class QSettings;
class SettingsService;

class ConfigReloader
{
    Q_DECLARE_TR_FUNCTIONS(ConfigReloader)

public:
    struct Result
    {
        bool ok = false;
        QString message; // one line for the log: what was applied, or why nothing was
    };

    explicit ConfigReloader(const SettingsService &service) : m_service(service) { }

    Result reload(QSettings &settings) const;

private:
    const SettingsService &m_service;
};
