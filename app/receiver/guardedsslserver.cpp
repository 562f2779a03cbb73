#include "guardedsslserver.h"

#include <QSslSocket>

#include <sys/socket.h>
#include <unistd.h>

namespace {

QHostAddress peerOf(qintptr descriptor)
{
    sockaddr_storage address{};
    socklen_t size = sizeof address;
    if (::getpeername(int(descriptor), reinterpret_cast<sockaddr *>(&address), &size) != 0)
        return {};
    return QHostAddress(reinterpret_cast<const sockaddr *>(&address));
}

} // namespace

GuardedSslServer::GuardedSslServer(const ReceiverLimits &limits,
                                   std::shared_ptr<ConnectionBudget> budget, QObject *parent)
    : QSslServer(parent), m_guard(limits, std::move(budget))
{
    connect(&m_guard, &ConnectionGuard::refused, this, &GuardedSslServer::refused);
    // A handshake that never finishes must not hold a socket forever.
    setHandshakeTimeout(qMin(10000, limits.headTimeoutMs));
    // QTcpServer stops accepting while this many sockets are pending, handshakes
    // included, and resumes only when one is taken: idle handshakes would stop the port
    // for good. The connection budget is the cap that counts.
    setMaxPendingConnections(qMax(limits.maxConnections + 1, 30));
}

void GuardedSslServer::incomingConnection(qintptr descriptor)
{
    m_recovery.accepted();
    const QHostAddress peer = peerOf(descriptor);
    QString why;
    if (!m_guard.reserve(peer, &why)) {
        // No TLS yet, so no way to say why: close before spending a handshake on it.
        ::close(int(descriptor));
        emit refused(peer.toString(), 503, why);
        return;
    }
    QSslServer::incomingConnection(descriptor);
    const auto sockets = findChildren<QSslSocket *>(QString(), Qt::FindDirectChildrenOnly);
    for (auto it = sockets.crbegin(); it != sockets.crend(); ++it) {
        if ((*it)->socketDescriptor() == descriptor) {
            m_guard.hold(*it, peer);
            // A finished (or failed) handshake frees a slot: accept again if paused.
            connect(*it, &QObject::destroyed, this, &QTcpServer::resumeAccepting);
            return;
        }
    }
    m_guard.release(peer);
}

QTcpSocket *GuardedSslServer::nextPendingConnection()
{
    QTcpSocket *socket = QSslServer::nextPendingConnection();
    if (socket)
        m_guard.admit(socket);
    return socket;
}
