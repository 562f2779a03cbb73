#include "gitlabsettingsedit.h"

#include "connectors/gitlab/gitlabsettings.h"

#include <QSettings>
#include <QUrl>

void GitLabSettingsEdit::load(const QSettings &settings, bool stored)
{
    url = settings.value(GitLabSettings::urlKey()).toString();
    representedAs = settings.value(GitLabSettings::representedAsKey()).toString();
    playJob = settings.value(GitLabSettings::playJobKey(), false).toBool();
    tokenStored = stored;
    tokenFromEnvironment =
            qEnvironmentVariableIsSet(GitLabSettings::tokenVariable().toLatin1().constData());
    newToken.clear();
}

QVector<QPair<QString, QString>> GitLabSettingsEdit::validate() const
{
    QVector<QPair<QString, QString>> problems;
    if (!url.isEmpty()) {
        const QUrl parsed(url, QUrl::StrictMode);
        if (!parsed.isValid() || parsed.host().isEmpty()
            || (parsed.scheme() != QLatin1String("https")
                && parsed.scheme() != QLatin1String("http"))
            || parsed.hasQuery() || parsed.hasFragment())
            problems.append({GitLabSettings::urlKey(),
                             tr("must be the GitLab address, such as https://gitlab.example.com")});
    }
    for (const char c : newToken) {
        if (uchar(c) <= 0x20 || uchar(c) == 0x7f) {
            problems.append({tokenField(), tr("must not contain spaces or control characters")});
            break;
        }
    }
    return problems;
}

bool GitLabSettingsEdit::write(QSettings &settings) const
{
    bool changed = false;
    const auto put = [&](const QString &key, const QVariant &value, const QVariant &fallback) {
        const QVariant before = settings.value(key, fallback);
        if (value == fallback)
            settings.remove(key);
        else
            settings.setValue(key, value);
        changed |= before.toString() != value.toString();
    };
    const QString trimmedUrl = url.trimmed();
    put(GitLabSettings::urlKey(),
        trimmedUrl.isEmpty() ? GitLabSettings::defaultUrl().toString() : trimmedUrl,
        GitLabSettings::defaultUrl().toString());
    put(GitLabSettings::representedAsKey(), representedAs.trimmed(), QString());
    put(GitLabSettings::playJobKey(), playJob, false);
    return changed;
}
