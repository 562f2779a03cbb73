#include "rawclient.h"

#include <QElapsedTimer>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

RawClient::~RawClient()
{
    close();
}

RawClient::RawClient(RawClient &&other) noexcept : m_fd(other.m_fd), m_error(other.m_error)
{
    other.m_fd = -1;
}

bool RawClient::connectTo(quint16 port, const QString &source)
{
    close();
    m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_fd < 0) {
        m_error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    sockaddr_in local{};
    local.sin_family = AF_INET;
    ::inet_pton(AF_INET, source.toLatin1().constData(), &local.sin_addr);
    sockaddr_in remote{};
    remote.sin_family = AF_INET;
    remote.sin_port = htons(port);
    remote.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::bind(m_fd, reinterpret_cast<sockaddr *>(&local), sizeof local) != 0
        || ::connect(m_fd, reinterpret_cast<sockaddr *>(&remote), sizeof remote) != 0) {
        m_error = QString::fromLocal8Bit(std::strerror(errno));
        close();
        return false;
    }
    return true;
}

bool RawClient::sendAll(const QByteArray &bytes)
{
    qsizetype sent = 0;
    while (m_fd >= 0 && sent < bytes.size()) {
        const ssize_t n =
                ::send(m_fd, bytes.constData() + sent, size_t(bytes.size() - sent), MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            m_error = QString::fromLocal8Bit(std::strerror(errno));
            return false;
        }
        sent += n;
    }
    return m_fd >= 0;
}

namespace {

// The size of the first whole answer in received, or -1.
qsizetype answerSize(const QByteArray &received)
{
    const qsizetype headEnd = received.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return -1;
    const QByteArray head = received.left(headEnd).toLower();
    const qsizetype at = head.indexOf("content-length:");
    const qint64 length =
            at < 0 ? 0 : head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
    return received.size() >= headEnd + 4 + length ? headEnd + 4 + length : -1;
}

} // namespace

QByteArray RawClient::readAnswer(int timeoutMs)
{
    QByteArray received = m_pending;
    m_pending.clear();
    QElapsedTimer timer;
    timer.start();
    while (m_fd >= 0 && answerSize(received) < 0) {
        const qint64 left = timeoutMs - timer.elapsed();
        pollfd p{m_fd, POLLIN, 0};
        if (left <= 0 || ::poll(&p, 1, int(left)) <= 0)
            break;
        char buffer[16384];
        const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
        if (n <= 0) {
            if (n < 0)
                m_error = QString::fromLocal8Bit(std::strerror(errno));
            break;
        }
        received.append(buffer, n);
    }
    const qsizetype size = answerSize(received);
    if (size >= 0) {
        m_pending = received.mid(size);
        received.truncate(size);
    }
    return received;
}

bool RawClient::waitForClose(int timeoutMs, QByteArray *received)
{
    QElapsedTimer timer;
    timer.start();
    while (m_fd >= 0) {
        const qint64 left = timeoutMs - timer.elapsed();
        pollfd p{m_fd, POLLIN, 0};
        if (left <= 0 || ::poll(&p, 1, int(left)) <= 0)
            return false;
        char buffer[16384];
        const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
        if (n <= 0)
            return true; // closed (0) or reset (<0)
        if (received)
            received->append(buffer, n);
    }
    return true;
}

void RawClient::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}
