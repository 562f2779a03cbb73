#include "leaderelection.h"

#include "store/databaseclock.h"

#include <QAtomicInteger>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcLeader, "gatehouse.leader")

namespace {
QAtomicInteger<quint64> electionCounter;
// "gatehouse schedules": one key for the whole database (the migrations use ...001).
const QString scheduleLockKey = QStringLiteral("7310585091847361002");
} // namespace

LeaderElection::LeaderElection(const DatabaseLocation &location, DatabaseClock *clock,
                               QObject *parent)
    : QObject(parent),
      m_location(location),
      m_clock(clock),
      m_connectionName(
              QStringLiteral("gatehouse-leader-%1").arg(electionCounter.fetchAndAddRelaxed(1))),
      m_timer(this)
{
    connect(&m_timer, &QTimer::timeout, this, &LeaderElection::check);
}

LeaderElection::~LeaderElection()
{
    m_timer.stop();
    closeConnection(); // the session ends: the lock is free for the next instance
}

void LeaderElection::start(int intervalMs)
{
    m_timer.start(intervalMs);
    check();
}

bool LeaderElection::ensureOpen()
{
    if (!QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase db = QSqlDatabase::addDatabase(m_location.driverName(), m_connectionName);
        m_location.configure(db);
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (db.isOpen())
        return true;
    if (!db.open()) {
        qCDebug(lcLeader).noquote() << "cannot reach the database:" << db.lastError().text();
        return false;
    }
    return true;
}

void LeaderElection::closeConnection()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

void LeaderElection::check()
{
    if (!ensureOpen()) {
        setLeader(false);
        return;
    }
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    bool answered = false;
    bool leader = false;
    QString error;
    {
        QSqlQuery query(db);
        // The leader asks nothing new: the lock is its session's for as long as it lives.
        answered = (m_leader ? query.exec(QStringLiteral("SELECT true"))
                             : query.exec(QStringLiteral("SELECT pg_try_advisory_lock(%1)")
                                                  .arg(scheduleLockKey)))
                && query.next();
        leader = answered && query.value(0).toBool();
        error = query.lastError().text();
    }
    if (!answered) {
        // Lost connection: its session, and with it the lock, is gone or going.
        qCWarning(lcLeader).noquote() << "lost the database:" << error.trimmed();
        closeConnection();
        setLeader(false);
        return;
    }
    if (m_clock)
        m_clock->sync(db);
    setLeader(leader);
}

void LeaderElection::setLeader(bool leader)
{
    if (leader == m_leader)
        return;
    m_leader = leader;
    qCInfo(lcLeader) << (leader ? "this instance runs the schedules"
                                : "this instance no longer runs the schedules");
    emit leadershipChanged(leader);
}
