#include "guardedsslserver.h"

#include <QSslSocket>

GuardedSslServer::GuardedSslServer(const ReceiverLimits &limits, QObject *parent)
    : QSslServer(parent), m_guard(limits)
{
    connect(&m_guard, &ConnectionGuard::refused, this, &GuardedSslServer::refused);
    // A handshake that never finishes must not hold a socket forever.
    setHandshakeTimeout(10000);
}

QTcpSocket *GuardedSslServer::nextPendingConnection()
{
    QTcpSocket *socket = QSslServer::nextPendingConnection();
    if (socket)
        m_guard.admit(socket);
    return socket;
}
