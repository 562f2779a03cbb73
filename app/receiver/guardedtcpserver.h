// GuardedTcpServer: the QTcpServer handed to QHttpServer. It sees each connection
// first and watches every request head as it arrives: a body announced larger than
// the limit, an endless head, chunked uploads of unknown size, too many connections
// and idle keep-alive sockets are answered and closed here, before QHttpServer
// buffers anything.
#pragma once

#include "receiver/receiverlimits.h"

#include <QTcpServer>

class QTcpSocket;

class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit GuardedTcpServer(const ReceiverLimits &limits, QObject *parent = nullptr);
    int openConnections() const { return m_open; }

signals:
    void refused(const QString &peer, int status, const QString &reason);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void guard(QTcpSocket *socket);

    ReceiverLimits m_limits;
    int m_open = 0;
};
