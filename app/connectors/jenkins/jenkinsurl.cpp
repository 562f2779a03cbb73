#include "jenkinsurl.h"

#include <QRegularExpression>

namespace {

QString basePath(const QUrl &base)
{
    QString path = base.path(QUrl::FullyEncoded);
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    return path;
}

bool hasDotSegment(const QString &path)
{
    for (const QString &segment : path.split(QLatin1Char('/'))) {
        const QString decoded = QUrl::fromPercentEncoding(segment.toUtf8());
        if (decoded == QLatin1String(".") || decoded == QLatin1String(".."))
            return true;
    }
    return false;
}

} // namespace

bool JenkinsUrl::isUnder(const QUrl &base, const QUrl &url)
{
    if (!base.isValid() || base.isEmpty() || !url.isValid())
        return false;
    const QString path = url.path(QUrl::FullyEncoded);
    return url.scheme() == base.scheme()
            && url.host().compare(base.host(), Qt::CaseInsensitive) == 0
            && url.port(url.scheme() == QLatin1String("https") ? 443 : 80)
            == base.port(base.scheme() == QLatin1String("https") ? 443 : 80)
            && url.userInfo().isEmpty() && !url.hasFragment() && path.startsWith(basePath(base))
            && !hasDotSegment(path);
}

std::optional<JenkinsBuild> JenkinsUrl::build(const QUrl &base, const QString &buildUrl,
                                              QString *problem)
{
    QUrl url(buildUrl, QUrl::StrictMode);
    if (!url.isValid() || url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty()) {
        *problem = QStringLiteral("field 'buildUrl' must be a plain URL (no credentials, query "
                                  "or fragment), as Jenkins gives it in BUILD_URL");
        return std::nullopt;
    }
    if (!url.path().endsWith(QLatin1Char('/')))
        url.setPath(url.path() + QLatin1Char('/'));
    if (!isUnder(base, url)) {
        *problem = QStringLiteral("field 'buildUrl' must lie under the configured Jenkins URL %1")
                           .arg(base.toString());
        return std::nullopt;
    }
    // Below the base: "job/<name>/" one or more times (folders, branches), then the number.
    static const QRegularExpression shape(QStringLiteral("^((?:job/[^/]+/)+)([0-9]{1,9})/$"));
    const QRegularExpressionMatch match =
            shape.match(url.path(QUrl::FullyEncoded).mid(basePath(base).size()));
    if (!match.hasMatch()) {
        *problem = QStringLiteral("field 'buildUrl' must name a build: "
                                  "<jenkins/url>job/<name>/.../<number>/");
        return std::nullopt;
    }
    QStringList names;
    const QStringList parts = match.captured(1).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (int i = 1; i < parts.size(); i += 2)
        names.append(QUrl::fromPercentEncoding(parts.at(i).toUtf8()));
    return JenkinsBuild{url, names.join(QLatin1Char('/')), match.captured(2).toInt()};
}

bool JenkinsUrl::isInputId(const QString &id)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_~-][A-Za-z0-9._~-]{0,199}$"));
    return safe.match(id).hasMatch();
}
