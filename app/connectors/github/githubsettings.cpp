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

GitHubConfig gitHubConfig(const QHash<QString, QString> &values)
{
    GitHubConfig config;
    const QString api = values.value(QStringLiteral("github/apiUrl")).trimmed();
    if (!api.isEmpty())
        config.apiUrl = QUrl(api, QUrl::StrictMode);
    config.appId = values.value(QStringLiteral("github/appId")).trimmed();
    config.privateKeyFile = values.value(QStringLiteral("github/privateKeyFile"));
    const QStringList entries =
            values.value(QStringLiteral("github/repositories")).split(QLatin1Char(','));
    for (const QString &entry : entries) {
        const QString repository = entry.trimmed();
        if (!repository.isEmpty() && !config.repositories.contains(repository))
            config.repositories.append(repository);
    }
    const QString poll = values.value(QStringLiteral("github/pollSeconds"));
    config.pollSeconds = qBound(15, poll.isEmpty() ? config.pollSeconds : poll.toInt(), 3600);
    return config;
}

GitHubConfig readGitHubSettings(const QSettings &settings, const QProcessEnvironment &environment)
{
    // As the service reads them (readConnectorSettings): an INI list is a comma list.
    QHash<QString, QString> values;
    for (const QString &key : settings.allKeys()) {
        if (!key.startsWith(QLatin1String("github/")))
            continue;
        const QVariant value = settings.value(key);
        values.insert(key,
                      value.typeId() == QMetaType::QStringList
                              ? value.toStringList().join(QLatin1Char(','))
                              : value.toString());
    }
    GitHubConfig config = gitHubConfig(values);
    config.reviewerToken = environment.value(QStringLiteral("GATEHOUSE_GITHUB_TOKEN")).toUtf8();
    return config;
}
