#include "guardedtcpserver.h"

#include <QTcpSocket>

GuardedTcpServer::GuardedTcpServer(const ReceiverLimits &limits, QObject *parent)
    : QTcpServer(parent), m_guard(limits)
{
    connect(&m_guard, &ConnectionGuard::refused, this, &GuardedTcpServer::refused);
}

QTcpSocket *GuardedTcpServer::nextPendingConnection()
{
    // QHttpServer takes each socket from here and connects to it right after: the
    // guard gets in first.
    QTcpSocket *socket = QTcpServer::nextPendingConnection();
    if (socket)
        m_guard.admit(socket);
    return socket;
}
