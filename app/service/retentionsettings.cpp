#include "retentionsettings.h"

#include <QDir>
#include <QStandardPaths>

RetentionSettings RetentionSettings::read(const QSettings &settings)
{
    RetentionSettings retention;
    retention.days = qMax(0, settings.value(QStringLiteral("retention/days"), 0).toInt());
    retention.archiveFile = settings.value(QStringLiteral("retention/archiveFile")).toString();
    return retention;
}

QString RetentionSettings::archiveFileFor(const QString &databaseLocation) const
{
    if (!archiveFile.isEmpty())
        return archiveFile;
    if (!databaseLocation.startsWith(QLatin1String("postgres")))
        return databaseLocation + QStringLiteral(".archive.jsonl");
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return folder + QStringLiteral("/archive.jsonl");
}
