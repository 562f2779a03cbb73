#include "service/systemdnotifier.h"

#include <QtGlobal>

#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

SystemdNotifier::SystemdNotifier() : m_socketPath(qgetenv("NOTIFY_SOCKET"))
{
    // Only an absolute path or an abstract name ("@...") is a socket systemd made.
    if (!m_socketPath.startsWith('/') && !m_socketPath.startsWith('@'))
        m_socketPath.clear();
    bool ok = false;
    const qint64 usec = qgetenv("WATCHDOG_USEC").toLongLong(&ok);
    const QByteArray forPid = qgetenv("WATCHDOG_PID");
    const bool meant = forPid.isEmpty() || forPid.toLongLong() == qint64(::getpid());
    if (ok && usec > 0 && meant)
        m_watchdogInterval = std::chrono::milliseconds(qMax<qint64>(1, usec / 2000));
}

bool SystemdNotifier::ready(const QString &status)
{
    return send("READY=1\nSTATUS=" + status.toUtf8());
}

bool SystemdNotifier::status(const QString &status)
{
    return send("STATUS=" + status.toUtf8());
}

bool SystemdNotifier::reloading()
{
    // systemd 253 also wants MONOTONIC_USEC with RELOADING=1 (Type=notify-reload);
    // Debian 12's 252 ignores it, and it does no harm.
    timespec now{};
    ::clock_gettime(CLOCK_MONOTONIC, &now);
    const qint64 usec = qint64(now.tv_sec) * 1000000 + now.tv_nsec / 1000;
    return send("RELOADING=1\nMONOTONIC_USEC=" + QByteArray::number(usec));
}

bool SystemdNotifier::stopping()
{
    return send("STOPPING=1");
}

bool SystemdNotifier::watchdog()
{
    return send("WATCHDOG=1");
}

bool SystemdNotifier::send(const QByteArray &state)
{
    if (m_socketPath.isEmpty())
        return false;
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (size_t(m_socketPath.size()) >= sizeof(address.sun_path))
        return false;
    std::memcpy(address.sun_path, m_socketPath.constData(), size_t(m_socketPath.size()));
    if (address.sun_path[0] == '@')
        address.sun_path[0] = '\0'; // an abstract socket name
    const socklen_t length = socklen_t(offsetof(sockaddr_un, sun_path) + m_socketPath.size());
    const int fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    const ssize_t sent = ::sendto(fd, state.constData(), size_t(state.size()), MSG_NOSIGNAL,
                                  reinterpret_cast<const sockaddr *>(&address), length);
    ::close(fd);
    return sent == state.size();
}
