// GitHubAppTokens: installation tokens of the GitHub App, obtained when a call is about
// to be sent (they live one hour). It signs a JWT with the App's private key, exchanges
// it with POST {apiUrl}/app/installations/{id}/access_tokens, and keeps each
// installation's token until five minutes before its expires_at. Calls that need the
// same installation's token while one is being fetched wait for that one fetch. A token
// the target refused (401) is dropped, so the retry fetches a fresh one.
#pragma once

#include "connectors/github/githubsettings.h"
#include "delivery/credentialprovider.h"
#include "delivery/targetguard.h"

#include <QDateTime>
#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>

#include <functional>

class QNetworkReply;

class GitHubAppTokens : public QObject, public CredentialProvider
{
    Q_OBJECT
public:
    static QString providerName() { return QStringLiteral("github-app"); }
    static constexpr qint64 renewBeforeSecs = 5 * 60;

    // privateKey returns the PEM (read from the file or opened from the vault) or sets
    // the error; now is the clock the expiry is compared with.
    GitHubAppTokens(GitHubConfig config, TargetGuard guard,
                    std::function<QByteArray(QString *error)> privateKey,
                    std::function<QDateTime()> now, QObject *parent = nullptr);

    void obtain(const QString &installationId, Callback done) override;
    void refused(const QString &installationId, const QByteArray &authorization) override;

    // How many tokens were fetched (for tests and the log).
    int fetches() const { return m_fetches; }

private:
    struct Cached
    {
        QByteArray token;
        QDateTime expiresAt;
    };
    void fetch(const QString &installationId);
    void fetched(QNetworkReply *reply, const QString &installationId);
    void finish(const QString &installationId, const Result &result);

    GitHubConfig m_config;
    TargetGuard m_guard;
    std::function<QByteArray(QString *)> m_privateKey;
    std::function<QDateTime()> m_now;
    QNetworkAccessManager m_network;
    QHash<QString, Cached> m_cache;
    QHash<QString, QList<Callback>> m_waiting; // fetch in flight per installation
    int m_fetches = 0;
};

// Reads the App's private key: the PEM file when one is named (refused when others can
// read it, like every secret file), else the sealed one.
QByteArray readGitHubPrivateKey(const QString &file, const QByteArray &sealed, QString *error);
