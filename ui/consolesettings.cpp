#include "consolesettings.h"

namespace {
QString &iniFile()
{
    static QString path;
    return path;
}
} // namespace

void ConsoleSettings::setFile(const QString &path)
{
    iniFile() = path;
}

QString ConsoleSettings::file()
{
    return iniFile();
}

std::unique_ptr<QSettings> ConsoleSettings::open()
{
    return iniFile().isEmpty() ? std::make_unique<QSettings>()
                               : std::make_unique<QSettings>(iniFile(), QSettings::IniFormat);
}
