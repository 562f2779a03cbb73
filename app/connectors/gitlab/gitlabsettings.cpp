#include "gitlabsettings.h"

#include <QSettings>

GitLabSettings GitLabSettings::read(const QSettings &settings,
                                    const QProcessEnvironment &environment)
{
    QHash<QString, QString> values;
    for (const QString &key : {urlKey(), representedAsKey(), playJobKey()}) {
        if (settings.contains(key))
            values.insert(key, settings.value(key).toString());
    }
    GitLabSettings gitlab = fromKeys(values);
    gitlab.token = environment.value(tokenVariable()).toUtf8().trimmed();
    return gitlab;
}

GitLabSettings GitLabSettings::fromKeys(const QHash<QString, QString> &values)
{
    GitLabSettings gitlab;
    const QString url = values.value(urlKey()).trimmed();
    if (!url.isEmpty())
        gitlab.url = QUrl(url, QUrl::StrictMode);
    gitlab.representedAs = values.value(representedAsKey()).trimmed();
    // QSettings writes a bool as "true"; a hand-edited file may say 1.
    const QString play = values.value(playJobKey()).trimmed().toLower();
    gitlab.playJob = play == QLatin1String("true") || play == QLatin1String("1");
    return gitlab;
}

QString GitLabSettings::apiBase() const
{
    QString base = url.toString(QUrl::FullyEncoded | QUrl::RemoveQuery | QUrl::RemoveFragment);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base + QStringLiteral("/api/v4");
}
