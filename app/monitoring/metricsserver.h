// MetricsServer: GET /metrics without a token, on a port of its own bound to loopback
// only, for a Prometheus agent on the same machine (setting metrics/port). The receiver's
// own /metrics wants the operator token; this one trusts the machine instead. It speaks
// just enough HTTP/1.1 for a scraper: one request per connection, a head of at most
// 8 KiB within 5 s, at most 16 connections at once, then the answer and close.
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

class QTcpServer;
class QTcpSocket;

class MetricsServer : public QObject
{
    Q_OBJECT
public:
    using Render = std::function<QByteArray()>;

    explicit MetricsServer(Render render, QObject *parent = nullptr);

    // Listens on 127.0.0.1; returns the port (port 0 picks one), or 0 with *error.
    quint16 listen(quint16 port, QString *error);

private:
    void accept();
    void read(QTcpSocket *socket);
    static void answer(QTcpSocket *socket, int status, const QByteArray &contentType,
                       const QByteArray &body);

    Render m_render;
    QTcpServer *m_server = nullptr;
    int m_open = 0;
};
