#include "runlink.h"

#include <QRegularExpression>

namespace RunLink {

namespace {

bool isWebUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty()
            && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

QUrl azureBuild(const QJsonObject &m)
{
    const QString buildId = m.value(QStringLiteral("buildId")).toString();
    const QString project = m.value(QStringLiteral("projectId")).toString();
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,18}$"));
    if (!digits.match(buildId).hasMatch() || project.isEmpty())
        return {};
    QString collection = m.value(QStringLiteral("planUrl")).toString();
    if (!collection.endsWith(QLatin1Char('/')))
        collection += QLatin1Char('/');
    const QUrl url(collection + QString::fromLatin1(QUrl::toPercentEncoding(project))
                           + QStringLiteral("/_build/results?buildId=") + buildId,
                   QUrl::StrictMode);
    return isWebUrl(url) ? url : QUrl();
}

} // namespace

QUrl of(const Approval &a)
{
    if (a.connector == QLatin1String("azure"))
        return azureBuild(a.metadata);
    const QUrl url(a.metadata.value(QStringLiteral("runUrl")).toString(), QUrl::StrictMode);
    return isWebUrl(url) ? url : QUrl();
}

} // namespace RunLink
