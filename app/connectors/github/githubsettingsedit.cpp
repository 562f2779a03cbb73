#include "githubsettingsedit.h"

#include "connectors/github/githubconnector.h"
#include "connectors/github/githubjwt.h"

#include <QFile>
#include <QSettings>
#include <QUrl>

namespace {

const QString apiUrlKey = QStringLiteral("github/apiUrl");
const QString appIdKey = QStringLiteral("github/appId");
const QString keyFileKey = QStringLiteral("github/privateKeyFile");
const QString repositoriesKey = QStringLiteral("github/repositories");

bool setOrRemove(QSettings &settings, const QString &key, const QString &value)
{
    const QString before = settings.value(key).toString();
    if (value.isEmpty())
        settings.remove(key);
    else
        settings.setValue(key, value);
    return before != value;
}

} // namespace

void GitHubSettingsEdit::load(const QSettings &settings, const HasSecret &hasSecret)
{
    apiUrl = settings.value(apiUrlKey).toString();
    appId = settings.value(appIdKey).toString();
    privateKeyFile = settings.value(keyFileKey).toString();
    const QVariant list = settings.value(repositoriesKey);
    repositories = list.typeId() == QMetaType::QStringList
            ? list.toStringList().join(QStringLiteral(", "))
            : list.toString();
    privateKeyStored = hasSecret(GitHubConfig::privateKeySecret());
    reviewerTokenStored = hasSecret(GitHubConfig::reviewerTokenSecret());
    reviewerTokenFromEnvironment = qEnvironmentVariableIsSet("GATEHOUSE_GITHUB_TOKEN");
    sealPrivateKeyFile.clear();
    newReviewerToken.clear();
}

QByteArray GitHubSettingsEdit::readKeyToSeal(QString *error) const
{
    QFile file(sealPrivateKeyFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1").arg(sealPrivateKeyFile);
        return {};
    }
    const QByteArray pem = file.read(64 * 1024);
    // Signing once proves it is an RSA private key that GitHub will accept.
    if (GitHubJwt::sign(pem, QStringLiteral("1"), QDateTime::currentDateTimeUtc(), error).isEmpty())
        return {};
    return pem;
}

QVector<GitHubSettingsEdit::Problem> GitHubSettingsEdit::validate() const
{
    QVector<Problem> problems;
    if (!apiUrl.isEmpty()) {
        const QUrl url(apiUrl, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() || url.hasQuery()
            || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
            problems.append({apiUrlKey,
                             tr("must be an absolute https URL such as "
                                "https://api.github.com or https://HOST/api/v3")});
    }
    for (const QString &entry : repositories.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList parts = entry.trimmed().split(QLatin1Char('/'));
        if (parts.size() != 2 || !GitHubConnector::isName(parts.at(0))
            || !GitHubConnector::isName(parts.at(1)))
            problems.append({repositoriesKey,
                             tr("'%1' is not owner/name; separate repositories with commas")
                                     .arg(entry.trimmed())});
    }
    QString error;
    if (!sealPrivateKeyFile.isEmpty() && readKeyToSeal(&error).isEmpty())
        problems.append({QStringLiteral("github/privateKey"), error});
    if (!newReviewerToken.isEmpty()
        && (newReviewerToken.contains(' ') || newReviewerToken.contains('\n')))
        problems.append({QStringLiteral("github/reviewerToken"),
                         tr("must not contain spaces or line breaks")});
    return problems;
}

bool GitHubSettingsEdit::save(QSettings &settings, const StoreSecret &storeSecret, bool *changed,
                              QVector<Problem> *problems)
{
    if (!sealPrivateKeyFile.isEmpty()) {
        QString error;
        const QByteArray pem = readKeyToSeal(&error);
        if (pem.isEmpty() || !storeSecret(GitHubConfig::privateKeySecret(), pem)) {
            problems->append(
                    {QStringLiteral("github/privateKey"), tr("could not be stored in the vault")});
            return false;
        }
        privateKeyStored = true;
    }
    if (!newReviewerToken.isEmpty()) {
        if (!storeSecret(GitHubConfig::reviewerTokenSecret(), newReviewerToken)) {
            problems->append({QStringLiteral("github/reviewerToken"),
                              tr("could not be stored in the vault")});
            return false;
        }
        reviewerTokenStored = true;
    }
    sealPrivateKeyFile.clear();
    newReviewerToken.clear();
    QStringList list;
    for (const QString &entry : repositories.split(QLatin1Char(','), Qt::SkipEmptyParts))
        list.append(entry.trimmed());
    bool any = setOrRemove(settings, apiUrlKey, apiUrl.trimmed());
    any = setOrRemove(settings, appIdKey, appId.trimmed()) || any;
    any = setOrRemove(settings, keyFileKey, privateKeyFile.trimmed()) || any;
    any = setOrRemove(settings, repositoriesKey, list.join(QStringLiteral(", "))) || any;
    *changed = any;
    return true;
}
