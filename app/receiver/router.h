// Router: matches method and path to a handler. Patterns are literal segments and
// "{name}" placeholders. A path that exists under another method answers 405 with
// an Allow header (QHttpServer 6.4 would say 404); an unknown path answers 404.
#pragma once

#include "receiver/httpmessage.h"

#include <QHash>
#include <QStringList>
#include <QVector>

#include <functional>

class Router
{
public:
    using Params = QHash<QString, QString>;
    using Handler = std::function<HttpResponse(const HttpRequest &, const Params &)>;

    void add(const QString &method, const QString &pattern, Handler handler);
    HttpResponse dispatch(const HttpRequest &request) const;

private:
    struct Route
    {
        QString method;
        QStringList segments;
        Handler handler;
    };
    static bool match(const QStringList &pattern, const QStringList &path, Params *params);
    QVector<Route> m_routes;
};
