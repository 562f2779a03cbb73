#include "httpserveradapter.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpSocket>

namespace {

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QStringLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QStringLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QStringLiteral("TRACE");
    default:
        return QStringLiteral("UNKNOWN");
    }
}

HttpRequest convert(const QHttpServerRequest &in)
{
    HttpRequest out;
    out.method = methodName(in.method());
    out.path = in.url().path(QUrl::FullyDecoded);
    out.query = in.query();
    out.headers = in.headers();
    out.body = in.body();
    out.remoteAddress = in.remoteAddress();
    return out;
}

} // namespace

HttpServerAdapter::HttpServerAdapter(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent), m_handler(std::move(handler))
{ }

bool HttpServerAdapter::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const HttpRequest ours = convert(request);
    const HttpResponse response = m_handler(ours);

    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    responder.writeHeader("Content-Type", response.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeHeader("Cache-Control", "no-store");
    responder.writeHeader("X-Content-Type-Options", "nosniff");
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    if (ours.method != QLatin1String("HEAD"))
        responder.writeBody(response.body);
    else
        responder.writeBody(QByteArray());
    return true;
}

void HttpServerAdapter::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest() answers every request; this is reached only if it ever declines.
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.write(QByteArrayLiteral("{\"error\":\"not found\",\"detail\":\"\"}"),
                    "application/json", QHttpServerResponder::StatusCode::NotFound);
}
