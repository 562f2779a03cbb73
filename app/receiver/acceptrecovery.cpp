#include "acceptrecovery.h"

#include <QLoggingCategory>
#include <QTcpServer>

Q_LOGGING_CATEGORY(lcAccept, "gatehouse.receiver.accept")

AcceptRecovery::AcceptRecovery(QTcpServer *server, int retryMs) : QObject(server), m_server(server)
{
    m_retry.setSingleShot(true);
    m_retry.setInterval(retryMs);
    connect(&m_retry, &QTimer::timeout, m_server, &QTcpServer::resumeAccepting);
    connect(m_server, &QTcpServer::acceptError, this, &AcceptRecovery::failed);
}

void AcceptRecovery::failed(QAbstractSocket::SocketError error)
{
    // One line when the spell starts, not one per retry.
    if (m_failures++ == 0)
        qCWarning(lcAccept).nospace()
                << "cannot accept connections on port " << m_server->serverPort() << ": " << error
                << " (out of file descriptors?); retrying every " << m_retry.interval() << " ms";
    m_retry.start();
}

void AcceptRecovery::accepted()
{
    if (m_failures == 0)
        return;
    qCWarning(lcAccept).noquote()
            << QStringLiteral("accepting connections on port %1 again after %2 failed attempts")
                       .arg(m_server->serverPort())
                       .arg(m_failures);
    m_failures = 0;
}
