// GitHubConfig: the settings of the GitHub connector (section "GitHub Actions" of the
// README). Secrets never sit in the settings file: the webhook secret is the receiver's
// (auth/github, GATEHOUSE_SECRET_GITHUB), the reviewer token comes from
// GATEHOUSE_GITHUB_TOKEN or the vault, the App's private key from a PEM file readable
// by its owner only, or the vault.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QProcessEnvironment>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QUrl>

struct GitHubConfig
{
    // https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise Server. Every
    // call Gatehouse makes to GitHub lies under it.
    QUrl apiUrl = QUrl(QStringLiteral("https://api.github.com"));
    QString appId; // numeric App ID or client ID: the JWT's issuer
    QString privateKeyFile; // the App's PEM private key; empty: the sealed one
    QStringList repositories; // "owner/name", polled for required-reviewer waits
    int pollSeconds = 60;
    QByteArray reviewerToken; // from GATEHOUSE_GITHUB_TOKEN; sealed into the vault at start

    // Vault names of the connector's own secrets.
    static QString privateKeySecret() { return QStringLiteral("connector/github/privateKey"); }
    static QString reviewerTokenSecret()
    {
        return QStringLiteral("connector/github/reviewerToken");
    }

    // The API base as text without a trailing slash: every outbound URL starts with it.
    QString apiBase() const;
    // Where people look at runs: https://github.com for api.github.com, https://HOST for
    // https://HOST/api/v3.
    QString webBase() const;
};

// The configuration from github/* values as ServiceConfig::connectorSettings holds them
// (repositories comma-separated); the reviewer token stays in the vault.
GitHubConfig gitHubConfig(const QHash<QString, QString> &values);
// Reads github/apiUrl, github/appId, github/privateKeyFile, github/repositories (a list
// or comma-separated), github/pollSeconds and GATEHOUSE_GITHUB_TOKEN.
GitHubConfig readGitHubSettings(const QSettings &settings, const QProcessEnvironment &environment);
