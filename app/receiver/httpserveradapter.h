// HttpServerAdapter: the only class that touches QHttpServer's API (6.4, a technical
// preview that changes in 6.5 and 6.8). It turns each request into our HttpRequest,
// asks one handler for an HttpResponse, and writes it back synchronously, in the
// thread that owns the server, as Qt 6.4 requires.
#pragma once

#include "receiver/httpmessage.h"

#include <QAbstractHttpServer>

#include <functional>

class HttpServerAdapter final : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;
    explicit HttpServerAdapter(Handler handler, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};
