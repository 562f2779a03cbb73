// GitLabSettings: what the GitLab connector is configured with. The instance URL
// (gitlab/url, default https://gitlab.com: every call goes under it, never to a host a
// payload names), the name to approve as (gitlab/representedAs), whether to play the
// blocked job after an approval (gitlab/playJob), and the API token
// (GATEHOUSE_GITLAB_TOKEN, sealed in the vault at start, or sealed there from the
// settings page). The webhook secret is the connector's inbound secret
// (GATEHOUSE_SECRET_GITLAB or the vault), as for every connector.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

class QSettings;

struct GitLabSettings
{
    QUrl url = defaultUrl();
    QString representedAs; // empty: no represented_as
    bool playJob = false;
    QByteArray token; // from the environment; empty: the one sealed in the vault

    static QUrl defaultUrl() { return QUrl(QStringLiteral("https://gitlab.com")); }
    static QString urlKey() { return QStringLiteral("gitlab/url"); }
    static QString representedAsKey() { return QStringLiteral("gitlab/representedAs"); }
    static QString playJobKey() { return QStringLiteral("gitlab/playJob"); }
    static QString tokenVariable() { return QStringLiteral("GATEHOUSE_GITLAB_TOKEN"); }
    // The vault name of the API token (sent as PRIVATE-TOKEN).
    static QString tokenSecret() { return QStringLiteral("connector/gitlab/token"); }

    static GitLabSettings read(const QSettings &settings, const QProcessEnvironment &environment);
    // From the keys above as the service read them (ServiceConfig::connectorSettings); the
    // token is sealed in the vault at start, by its declared ConnectorSetting.
    static GitLabSettings fromKeys(const QHash<QString, QString> &values);
    // The API root every call goes under: "<url>/api/v4", without a trailing slash.
    QString apiBase() const;
};
