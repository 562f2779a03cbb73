#include "githubsettings.h"

QString GitHubConfig::apiBase() const
{
    QString base = apiUrl.toString(QUrl::FullyEncoded | QUrl::RemoveQuery | QUrl::RemoveFragment);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base;
}

QString GitHubConfig::webBase() const
{
    QUrl web = apiUrl;
    web.setQuery(QString());
    web.setFragment(QString());
    if (web.host() == QLatin1String("api.github.com")) {
        web.setHost(QStringLiteral("github.com"));
        web.setPath(QString());
    } else if (web.path().endsWith(QLatin1String("/api/v3"))
               || web.path().endsWith(QLatin1String("/api/v3/"))) {
        web.setPath(web.path().left(web.path().lastIndexOf(QLatin1String("/api/v3"))));
    }
    QString text = web.toString(QUrl::FullyEncoded);
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return text;
}

GitHubConfig readGitHubSettings(const QSettings &settings, const QProcessEnvironment &environment)
{
    GitHubConfig config;
    const QString api = settings.value(QStringLiteral("github/apiUrl")).toString().trimmed();
    if (!api.isEmpty())
        config.apiUrl = QUrl(api, QUrl::StrictMode);
    config.appId = settings.value(QStringLiteral("github/appId")).toString().trimmed();
    config.privateKeyFile = settings.value(QStringLiteral("github/privateKeyFile")).toString();
    const QVariant repositories = settings.value(QStringLiteral("github/repositories"));
    const QStringList entries = repositories.typeId() == QMetaType::QStringList
            ? repositories.toStringList()
            : repositories.toString().split(QLatin1Char(','));
    for (const QString &entry : entries) {
        const QString repository = entry.trimmed();
        if (!repository.isEmpty() && !config.repositories.contains(repository))
            config.repositories.append(repository);
    }
    config.pollSeconds = qBound(
            15, settings.value(QStringLiteral("github/pollSeconds"), config.pollSeconds).toInt(),
            3600);
    config.reviewerToken = environment.value(QStringLiteral("GATEHOUSE_GITHUB_TOKEN")).toUtf8();
    return config;
}
