#include "gitlabsettings.h"

#include <QSettings>

GitLabSettings GitLabSettings::read(const QSettings &settings,
                                    const QProcessEnvironment &environment)
{
    GitLabSettings gitlab;
    const QString url = settings.value(urlKey()).toString().trimmed();
    if (!url.isEmpty())
        gitlab.url = QUrl(url, QUrl::StrictMode);
    gitlab.representedAs = settings.value(representedAsKey()).toString().trimmed();
    gitlab.playJob = settings.value(playJobKey(), false).toBool();
    gitlab.token = environment.value(tokenVariable()).toUtf8().trimmed();
    return gitlab;
}

QString GitLabSettings::apiBase() const
{
    QString base = url.toString(QUrl::FullyEncoded | QUrl::RemoveQuery | QUrl::RemoveFragment);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base + QStringLiteral("/api/v4");
}
