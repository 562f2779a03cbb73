// DatabaseClock: "now" on the database server's clock, for team mode. Instances on
// several machines then agree on deadlines, expiry and retry times, whatever their own
// clocks say: the local clock plus the offset to PostgreSQL's clock_timestamp(),
// measured at start and again now and then (LeaderElection's heartbeat).
#pragma once

#include "core/clock.h"

#include <QSqlDatabase>

#include <atomic>

class DatabaseClock : public Clock
{
public:
    QDateTime now() const override
    {
        return QDateTime::currentDateTimeUtc().addMSecs(m_offsetMs.load());
    }
    // Measures the offset on that open connection; false when the server did not answer.
    bool sync(const QSqlDatabase &db);
    qint64 offsetMs() const { return m_offsetMs.load(); }

private:
    std::atomic<qint64> m_offsetMs{0};
};
