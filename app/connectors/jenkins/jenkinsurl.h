// JenkinsUrl: which build URLs Gatehouse may call. Only URLs under jenkins/url: the same
// scheme, host and port, a path below the base path, no credentials, query, fragment or
// dot segments, and the shape of a build ("job/<name>/" once or more, then its number),
// so that a hook can never send Gatehouse's Jenkins credentials anywhere else.
#pragma once

#include <QString>
#include <QUrl>

#include <optional>

struct JenkinsBuild
{
    QUrl url; // normalised, ends with '/'
    QString job; // "shop/main"
    int number = 0;
};

namespace JenkinsUrl {
// The build, or nothing with *problem saying why.
std::optional<JenkinsBuild> build(const QUrl &base, const QString &buildUrl, QString *problem);
// True when url lies under base (used again right before each call).
bool isUnder(const QUrl &base, const QUrl &url);
// An input id as Jenkins accepts it in a URL ("Deploy-prod").
bool isInputId(const QString &id);
} // namespace JenkinsUrl
