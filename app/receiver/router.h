// Router: matches method and path to a handler. Patterns are literal segments and
// "{name}" placeholders. A path that exists under another method answers 405 with
// an Allow header (QHttpServer 6.4 would say 404); an unknown path answers 404.
// Every route declares who may call it; the guard checks that before the handler
// runs, and without a guard only public routes answer: closed by default.
#pragma once

#include "receiver/httpmessage.h"

#include <QHash>
#include <QStringList>
#include <QVector>

#include <functional>
#include <optional>

// Who may call a route.
struct Access
{
    enum class Kind {
        Public, // health checks
        Operator, // the control API: the operator token
        Connector, // a webhook: the connector's inbound rule
        Link, // an action link: the token in the path, checked by the handler itself
    };
    Kind kind = Kind::Operator;
    QString connector;

    static Access open() { return {Kind::Public, {}}; }
    static Access operatorOnly() { return {Kind::Operator, {}}; }
    static Access webhook(const QString &connector) { return {Kind::Connector, connector}; }
    static Access link() { return {Kind::Link, {}}; }
};

class Router
{
public:
    using Params = QHash<QString, QString>;
    using Handler = std::function<HttpResponse(const HttpRequest &, const Params &)>;
    // Returns the refusal to answer with, or nothing to let the request through.
    using Guard = std::function<std::optional<HttpResponse>(const Access &, const HttpRequest &)>;

    // One route as declared: for the API description and the test that keeps it true.
    struct Declared
    {
        QString method;
        QString pattern; // "/api/approvals/{id}"
        Access access;
    };

    void setGuard(Guard guard) { m_guard = std::move(guard); }
    void add(const QString &method, const QString &pattern, const Access &access, Handler handler);
    HttpResponse dispatch(const HttpRequest &request) const;
    QVector<Declared> routes() const;

private:
    struct Route
    {
        QString method;
        QStringList segments;
        Access access;
        Handler handler;
    };
    std::optional<HttpResponse> admit(const Access &access, const HttpRequest &request) const;
    Guard m_guard;
    static bool match(const QStringList &pattern, const QStringList &path, Params *params);
    QVector<Route> m_routes;
};
