// SystemdNotifier: tells systemd how the service is doing (sd_notify's protocol, spoken
// directly so Gatehouse needs no libsystemd): READY=1 once the database is open and the
// port listens, STATUS= lines, RELOADING=1 around a SIGHUP reload, STOPPING=1, and the
// watchdog ping. Outside systemd ($NOTIFY_SOCKET unset) every call does nothing.
#pragma once

#include <QByteArray>
#include <QString>
#include <chrono>

class SystemdNotifier
{
public:
    // Reads $NOTIFY_SOCKET and $WATCHDOG_USEC (honouring $WATCHDOG_PID).
    SystemdNotifier();

    bool isActive() const { return !m_socketPath.isEmpty(); }
    bool ready(const QString &status);
    bool status(const QString &status);
    bool reloading();
    bool stopping();
    bool watchdog();

    // How often to ping so that systemd never misses one: half of WatchdogSec, or
    // zero when no watchdog is set for this process.
    std::chrono::milliseconds watchdogInterval() const { return m_watchdogInterval; }

    // One datagram to the socket; false when there is none or it failed.
    bool send(const QByteArray &state);

private:
    QByteArray m_socketPath;
    std::chrono::milliseconds m_watchdogInterval{0};
};
