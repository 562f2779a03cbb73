// readTaskSettings: reads the settings for action links, FlexDeploy tasks and restart
// targets into a ServiceConfig. Credentials come from the environment, never from the
// settings file, and go straight into the vault at start.
#pragma once

#include "service/serviceconfig.h"

#include <QProcessEnvironment>
#include <QSettings>

void readTaskSettings(QSettings &settings, const QProcessEnvironment &environment,
                      ServiceConfig *config);

// Reads every registered connector's declared settings (ConnectorSetting) into
// config->connectorSettings and its environment credentials into
// config->connectorCredentials.
void readConnectorSettings(const QSettings &settings, const QProcessEnvironment &environment,
                           ServiceConfig *config);
