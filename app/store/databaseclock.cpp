#include "databaseclock.h"

#include <QElapsedTimer>
#include <QSqlQuery>

bool DatabaseClock::sync(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    QElapsedTimer roundTrip;
    roundTrip.start();
    if (!query.exec(QStringLiteral(
                "SELECT CAST(EXTRACT(EPOCH FROM clock_timestamp()) * 1000 AS BIGINT)"))
        || !query.next())
        return false;
    // The server read its clock about half way through the round trip.
    const qint64 local = before + roundTrip.elapsed() / 2;
    m_offsetMs.store(query.value(0).toLongLong() - local);
    return true;
}
