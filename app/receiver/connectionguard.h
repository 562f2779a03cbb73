// ConnectionGuard: sees each connection before QHttpServer does and watches every
// request head as it arrives. A body announced larger than the limit, an endless
// head, chunked uploads of unknown size, too many connections and idle keep-alive
// sockets are answered and closed here, before QHttpServer buffers anything
// (Qt 6.4's server has no limits of its own). Shared by the plain and TLS servers.
#pragma once

#include "receiver/receiverlimits.h"

#include <QObject>

class QTcpSocket;

class ConnectionGuard : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionGuard(const ReceiverLimits &limits, QObject *parent = nullptr);
    // Call before anyone else connects to the socket's signals. Over the connection
    // cap, the socket is answered with 503 and closed; it is still safe to hand on.
    void admit(QTcpSocket *socket);
    int openConnections() const { return m_open; }

signals:
    void refused(const QString &peer, int status, const QString &reason);

private:
    ReceiverLimits m_limits;
    int m_open = 0;
};
