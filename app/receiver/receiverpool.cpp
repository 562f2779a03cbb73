#include "receiverpool.h"

#include "receiver/guardedsslserver.h"
#include "receiver/guardedtcpserver.h"
#include "receiver/httpserveradapter.h"
#include "receiver/requestcommitter.h"

#include <QAbstractSocket>
#include <QDeadlineTimer>
#include <QThread>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

// A listening socket that other sockets may share (SO_REUSEPORT), which QTcpServer
// cannot make by itself.
int sharedListeningSocket(const QHostAddress &address, quint16 port, QString *error)
{
    const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    const int fd = ::socket(v6 ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return -1;
    }
    const int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof one);
    int bound = -1;
    if (v6) {
        sockaddr_in6 sa{};
        sa.sin6_family = AF_INET6;
        sa.sin6_port = htons(port);
        const Q_IPV6ADDR ip = address.toIPv6Address();
        std::memcpy(&sa.sin6_addr, &ip, sizeof ip);
        bound = ::bind(fd, reinterpret_cast<sockaddr *>(&sa), sizeof sa);
    } else {
        sockaddr_in sa{};
        sa.sin_family = AF_INET;
        sa.sin_port = htons(port);
        sa.sin_addr.s_addr = htonl(address.toIPv4Address());
        bound = ::bind(fd, reinterpret_cast<sockaddr *>(&sa), sizeof sa);
    }
    if (bound != 0 || ::listen(fd, 512) != 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        ::close(fd);
        return -1;
    }
    return fd;
}

// Answers already written (the 503s that shutdown gives the clients still waiting) must
// leave before their sockets go: deleting a socket aborts it and drops what it had not
// sent yet. Bounded, so that a client that stopped reading cannot hold up the stop.
void flushAnswers(QObject *server)
{
    const QDeadlineTimer deadline(500);
    const auto sockets = server->findChildren<QAbstractSocket *>();
    for (QAbstractSocket *socket : sockets) {
        socket->flush();
        while (socket->bytesToWrite() > 0 && !deadline.hasExpired())
            socket->waitForBytesWritten(int(qMax<qint64>(1, deadline.remainingTime())));
        socket->disconnectFromHost();
    }
}

} // namespace

ReceiverPool::ReceiverPool(RequestCommitter &committer, const ReceiverLimits &limits, int threads,
                           QObject *parent)
    : QObject(parent), m_committer(committer), m_limits(limits), m_threadCount(qMax(1, threads))
{ }

ReceiverPool::~ReceiverPool()
{
    stop();
}

quint16 ReceiverPool::listen(const QHostAddress &address, quint16 port, QString *error)
{
    // One budget for all threads: the connection caps hold over the whole pool.
    const auto budget = std::make_shared<ConnectionBudget>(m_limits.maxConnections,
                                                           m_limits.maxConnectionsPerAddress);
    quint16 boundPort = port;
    for (int i = 0; i < m_threadCount; ++i) {
        QString why;
        const int fd = sharedListeningSocket(address, boundPort, &why);
        if (fd < 0) {
            if (error)
                *error = QStringLiteral("cannot listen on %1:%2: %3")
                                 .arg(address.toString())
                                 .arg(boundPort)
                                 .arg(why);
            stop();
            return 0;
        }
        auto *thread = new QThread;
        thread->setObjectName(QStringLiteral("gatehouse-receiver-%1").arg(i));
        thread->start();
        m_threads.append(thread);
        RequestCommitter *committer = &m_committer;
        quint16 actual = 0;
        QObject *server = nullptr;
        // The server objects are created in their own thread and live there.
        auto *context = new QObject;
        context->moveToThread(thread);
        QMetaObject::invokeMethod(
                context,
                [&] {
                    auto *adapter = new HttpServerAdapter([committer](const HttpRequest &request) {
                        return committer->execute(request);
                    });
                    QTcpServer *tcp = nullptr;
                    if (m_tls) {
                        auto *tls = new GuardedSslServer(m_limits, budget);
                        tls->setSslConfiguration(*m_tls);
                        connect(tls, &GuardedSslServer::refused, this, &ReceiverPool::refused);
                        tcp = tls;
                    } else {
                        auto *plain = new GuardedTcpServer(m_limits, budget);
                        connect(plain, &GuardedTcpServer::refused, this, &ReceiverPool::refused);
                        tcp = plain;
                    }
                    tcp->setSocketDescriptor(fd);
                    adapter->bind(tcp);
                    actual = tcp->serverPort();
                    server = adapter;
                },
                Qt::BlockingQueuedConnection);
        context->deleteLater();
        m_servers.append(server);
        boundPort = actual;
    }
    return boundPort;
}

void ReceiverPool::stop()
{
    for (int i = 0; i < m_threads.size(); ++i) {
        QObject *server = m_servers.value(i);
        if (server)
            QMetaObject::invokeMethod(
                    server,
                    [server] {
                        flushAnswers(server);
                        delete server;
                    },
                    Qt::BlockingQueuedConnection);
        m_threads[i]->quit();
        m_threads[i]->wait();
        delete m_threads[i];
    }
    m_threads.clear();
    m_servers.clear();
}
