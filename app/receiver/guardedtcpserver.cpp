#include "guardedtcpserver.h"

#include <QTcpSocket>

GuardedTcpServer::GuardedTcpServer(const ReceiverLimits &limits,
                                   std::shared_ptr<ConnectionBudget> budget, QObject *parent)
    : QTcpServer(parent), m_guard(limits, std::move(budget))
{
    connect(&m_guard, &ConnectionGuard::refused, this, &GuardedTcpServer::refused);
}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    m_recovery.accepted();
    QTcpServer::incomingConnection(descriptor);
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
