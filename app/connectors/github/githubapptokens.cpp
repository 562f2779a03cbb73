#include "githubapptokens.h"

#include "connectors/github/githubhttp.h"
#include "connectors/github/githubjwt.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QRegularExpression>

GitHubAppTokens::GitHubAppTokens(GitHubConfig config, TargetGuard guard,
                                 std::function<QByteArray(QString *error)> privateKey,
                                 std::function<QDateTime()> now, QObject *parent)
    : QObject(parent),
      m_config(std::move(config)),
      m_guard(std::move(guard)),
      m_privateKey(std::move(privateKey)),
      m_now(std::move(now))
{
    GitHubHttp::configure(m_network);
}

void GitHubAppTokens::obtain(const QString &installationId, Callback done)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,20}$"));
    if (!digits.match(installationId).hasMatch()) {
        done({{},
              tr("the GitHub installation id '%1' is not a number").arg(installationId),
              false});
        return;
    }
    const auto cached = m_cache.constFind(installationId);
    if (cached != m_cache.constEnd() && m_now().secsTo(cached->expiresAt) > renewBeforeSecs) {
        done({"Bearer " + cached->token, {}, true});
        return;
    }
    m_cache.remove(installationId);
    const bool inFlight = m_waiting.contains(installationId);
    m_waiting[installationId].append(std::move(done));
    if (!inFlight)
        fetch(installationId);
}

void GitHubAppTokens::refused(const QString &installationId, const QByteArray &authorization)
{
    const auto cached = m_cache.constFind(installationId);
    if (cached != m_cache.constEnd() && authorization == "Bearer " + cached->token)
        m_cache.remove(installationId);
}

void GitHubAppTokens::finish(const QString &installationId, const Result &result)
{
    const QList<Callback> waiting = m_waiting.take(installationId);
    for (const Callback &done : waiting)
        done(result);
}

void GitHubAppTokens::fetch(const QString &installationId)
{
    QString error;
    const QByteArray pem = m_privateKey(&error);
    if (pem.isEmpty()) {
        finish(installationId,
               {{},
                error.isEmpty() ? tr("no GitHub App private key is configured") : error,
                false});
        return;
    }
    const QByteArray jwt = GitHubJwt::sign(pem, m_config.appId, m_now(), &error);
    if (jwt.isEmpty()) {
        finish(installationId, {{}, error, false});
        return;
    }
    const QUrl url(
            m_config.apiBase()
                    + QStringLiteral("/app/installations/%1/access_tokens").arg(installationId),
            QUrl::StrictMode);
    QString problem;
    const std::optional<QNetworkRequest> request = GitHubHttp::request(url, m_guard, jwt, &problem);
    if (!request) {
        finish(installationId, {{}, problem, false});
        return;
    }
    ++m_fetches;
    QNetworkReply *reply = m_network.post(*request, QByteArray());
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, installationId] { fetched(reply, installationId); });
}

void GitHubAppTokens::fetched(QNetworkReply *reply, const QString &installationId)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 201 && status != 200) {
        // 401: the JWT was refused (App id, key or clock); 404: no such installation.
        // Both may be fixed in the settings, so the call is retried like a 5xx.
        const QString why = status == 401 ? tr(" (check github/appId and the private key)")
                : status == 404           ? tr(" (is the App installed on this repository?)")
                                          : QString();
        finish(installationId,
               {{},
                status > 0 ? tr("GitHub refused the installation token: HTTP %1%2")
                                     .arg(status)
                                     .arg(why)
                           : tr("cannot reach GitHub for an installation token: %1")
                                     .arg(reply->errorString()),
                true});
        return;
    }
    const QJsonObject answer = QJsonDocument::fromJson(reply->read(64 * 1024)).object();
    const QByteArray token = answer.value(QStringLiteral("token")).toString().toUtf8();
    const QDateTime expiresAt = QDateTime::fromString(
            answer.value(QStringLiteral("expires_at")).toString(), Qt::ISODate);
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_.-]{1,512}$"));
    if (!plain.match(QString::fromUtf8(token)).hasMatch()) {
        finish(installationId, {{}, tr("GitHub answered without an installation token"), true});
        return;
    }
    // Without a readable expiry the token is used for this call only.
    if (expiresAt.isValid())
        m_cache.insert(installationId, {token, expiresAt});
    finish(installationId, {"Bearer " + token, {}, true});
}

QByteArray readGitHubPrivateKey(const QString &file, const QByteArray &sealed, QString *error)
{
    if (file.isEmpty()) {
        if (sealed.isEmpty())
            *error = QObject::tr("no GitHub App private key: set github/privateKeyFile or "
                                 "store the key in Settings");
        return sealed;
    }
    QFile pem(file);
    if (!pem.open(QIODevice::ReadOnly)) {
        *error = QObject::tr("cannot read the GitHub App private key %1").arg(file);
        return {};
    }
    if (pem.permissions()
        & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
           | QFileDevice::WriteOther)) {
        *error = QObject::tr("the GitHub App private key %1 is readable by others; run chmod 600 "
                             "on it")
                         .arg(file);
        return {};
    }
    return pem.readAll();
}
