// ConnectorNames: a connector's name as the settings pages show it: "azure" is
// "Azure Pipelines". Product names stay as they are; our own words are translated.
#pragma once

#include <QCoreApplication>
#include <QString>

class ConnectorNames
{
    Q_DECLARE_TR_FUNCTIONS(ConnectorNames)

public:
    static QString title(const QString &connector);
};
