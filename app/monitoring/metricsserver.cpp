#include "monitoring/metricsserver.h"

#include "monitoring/metrics.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace {
constexpr int maxHead = 8 * 1024;
constexpr int maxOpen = 16;
constexpr int headTimeoutMs = 5000;
} // namespace

MetricsServer::MetricsServer(Render render, QObject *parent)
    : QObject(parent), m_render(std::move(render)), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &MetricsServer::accept);
}

quint16 MetricsServer::listen(quint16 port, QString *error)
{
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        *error = QStringLiteral("metrics port %1: %2").arg(port).arg(m_server->errorString());
        return 0;
    }
    return m_server->serverPort();
}

void MetricsServer::accept()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (m_open >= maxOpen) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        ++m_open;
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QObject::destroyed, this, [this] { --m_open; });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        QTimer::singleShot(headTimeoutMs, socket, [socket] { socket->abort(); });
    }
}

void MetricsServer::read(QTcpSocket *socket)
{
    QByteArray head = socket->property("head").toByteArray() + socket->readAll();
    socket->setProperty("head", head);
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (head.size() > maxHead)
            answer(socket, 431, "text/plain", "request head too large\n");
        return;
    }
    const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1."))
        answer(socket, 400, "text/plain", "not an HTTP/1.x request\n");
    else if (requestLine.at(1) != "/metrics")
        answer(socket, 404, "text/plain", "only /metrics is served here\n");
    else if (requestLine.at(0) != "GET")
        answer(socket, 405, "text/plain", "GET only\n");
    else
        answer(socket, 200, Metrics::contentType(), m_render());
}

void MetricsServer::answer(QTcpSocket *socket, int status, const QByteArray &contentType,
                           const QByteArray &body)
{
    const char *reason = status == 200 ? "OK"
            : status == 404            ? "Not Found"
            : status == 405            ? "Method Not Allowed"
            : status == 431            ? "Request Header Fields Too Large"
                                       : "Bad Request";
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    response += "Content-Type: " + contentType + "\r\n";
    response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (status == 405)
        response += "Allow: GET\r\n";
    response += "Connection: close\r\n\r\n" + body;
    QObject::disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr); // one request
    socket->write(response);
    socket->disconnectFromHost();
}
