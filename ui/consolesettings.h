// ConsoleSettings: where the console keeps its settings. The default QSettings, or the
// INI file given with --config, so that the window, the tray and the settings dialog
// read and write the same file the composition root read at start.
#pragma once

#include <QSettings>

#include <memory>

class ConsoleSettings
{
public:
    static void setFile(const QString &iniFile); // empty: the default QSettings
    static QString file();
    static std::unique_ptr<QSettings> open();
};
