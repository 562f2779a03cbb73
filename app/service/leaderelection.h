// LeaderElection: in team mode, the schedules (deadline expiry, which also ends fan-in
// timeouts, and gate sampling) run on one instance of the cluster. The leader holds a
// session-level PostgreSQL advisory lock on a connection of its own; the others try for
// it every interval. When the leader dies its session ends, the server drops the lock
// and the next follower to try takes over. QPSQL does not report a lost connection, so
// the leader checks its own every interval too, and stops leading when it is gone (the
// server has released the lock by then, or will when it notices).
// On SQLite there is one receiving instance: the service does not use this class.
#pragma once

#include "store/databaselocation.h"

#include <QObject>
#include <QTimer>

class DatabaseClock;

class LeaderElection : public QObject
{
    Q_OBJECT
public:
    // clock (optional): kept in step with the server's clock at each check.
    LeaderElection(const DatabaseLocation &location, DatabaseClock *clock,
                   QObject *parent = nullptr);
    ~LeaderElection() override;

    // Tries at once, then every intervalMs.
    void start(int intervalMs = 2000);
    bool isLeader() const { return m_leader; }

signals:
    void leadershipChanged(bool leader);

private:
    void check();
    bool ensureOpen();
    void setLeader(bool leader);
    void closeConnection();

    DatabaseLocation m_location;
    DatabaseClock *m_clock;
    QString m_connectionName;
    QTimer m_timer;
    bool m_leader = false;
};
