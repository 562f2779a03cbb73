#include "router.h"

#include <QUrl>

void Router::add(const QString &method, const QString &pattern, const Access &access,
                 Handler handler)
{
    m_routes.append({method, pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts), access,
                     std::move(handler)});
}

QVector<Router::Declared> Router::routes() const
{
    QVector<Declared> declared;
    declared.reserve(m_routes.size());
    for (const Route &route : m_routes)
        declared.append({route.method, QLatin1Char('/') + route.segments.join(QLatin1Char('/')),
                         route.access});
    return declared;
}

std::optional<HttpResponse> Router::admit(const Access &access, const HttpRequest &request) const
{
    if (access.kind == Access::Kind::Public || access.kind == Access::Kind::Link)
        return std::nullopt;
    if (!m_guard)
        return HttpResponse::error(401, QStringLiteral("unauthorized"),
                                   QStringLiteral("this endpoint is closed"));
    return m_guard(access, request);
}

bool Router::match(const QStringList &pattern, const QStringList &path, Params *params)
{
    if (pattern.size() != path.size())
        return false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QString &segment = pattern.at(i);
        if (segment.startsWith(QLatin1Char('{')) && segment.endsWith(QLatin1Char('}'))) {
            if (path.at(i).isEmpty())
                return false;
            params->insert(segment.mid(1, segment.size() - 2), path.at(i));
        } else if (segment != path.at(i)) {
            return false;
        }
    }
    return true;
}

HttpResponse Router::dispatch(const HttpRequest &request) const
{
    const QStringList path = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QStringList allowed;
    for (const Route &route : m_routes) {
        Params params;
        if (!match(route.segments, path, &params))
            continue;
        if (route.method == request.method
            || (request.method == QLatin1String("HEAD") && route.method == QLatin1String("GET"))) {
            if (std::optional<HttpResponse> refusal = admit(route.access, request))
                return *refusal;
            return route.handler(request, params);
        }
        if (!allowed.contains(route.method))
            allowed.append(route.method);
    }
    if (!allowed.isEmpty()) {
        HttpResponse response = HttpResponse::error(
                405, QStringLiteral("method not allowed"),
                QStringLiteral("%1 %2 is not supported; use %3")
                        .arg(request.method, request.path, allowed.join(QStringLiteral(", "))));
        response.headers.append(
                {QByteArrayLiteral("Allow"), allowed.join(QStringLiteral(", ")).toLatin1()});
        return response;
    }
    return HttpResponse::error(404, QStringLiteral("not found"),
                               QStringLiteral("no endpoint at %1").arg(request.path));
}
