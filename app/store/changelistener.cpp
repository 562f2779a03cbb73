#include "changelistener.h"

#include "store/store.h"

#include <QAtomicInteger>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcListener, "gatehouse.listener")

namespace {

QAtomicInteger<quint64> listenerCounter;

constexpr int firstRetryMs = 250;
constexpr int maxRetryMs = 5000;
// How far back a catch-up starts before the last number seen at the loss. A transaction
// draws its number as its last statement before COMMIT, so a few seconds would do.
constexpr qint64 overlapMs = 30000;

} // namespace

ChangeListener::ChangeListener(const DatabaseLocation &location, const QString &ownInstance,
                               QObject *parent)
    : QObject(parent),
      m_location(location),
      m_ownInstance(ownInstance),
      m_connectionName(
              QStringLiteral("gatehouse-listener-%1").arg(listenerCounter.fetchAndAddRelaxed(1))),
      m_heartbeat(this),
      m_retry(this)
{
    m_heartbeat.setInterval(1000);
    m_retry.setSingleShot(true);
    connect(&m_heartbeat, &QTimer::timeout, this, &ChangeListener::beat);
    connect(&m_retry, &QTimer::timeout, this, &ChangeListener::retry);
}

ChangeListener::~ChangeListener()
{
    stop();
}

bool ChangeListener::start(QString *error)
{
    m_clock.start();
    if (!connectAndListen(error))
        return false;
    // LISTEN first, then the number: a transaction that commits after this read is heard.
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(change_seq), 0) FROM approvals"))
        || !query.next()) {
        if (error)
            *error = QStringLiteral("cannot read the change sequence: %1")
                             .arg(query.lastError().text());
        return false;
    }
    m_lastSeq = query.value(0).toLongLong();
    m_history = {{m_clock.elapsed(), m_lastSeq}};
    m_live = true;
    m_heartbeat.start();
    return true;
}

void ChangeListener::stop()
{
    m_heartbeat.stop();
    m_retry.stop();
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool ChangeListener::connectAndListen(QString *error)
{
    if (!QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase db = QSqlDatabase::addDatabase(m_location.driverName(), m_connectionName);
        m_location.configure(db);
        connect(db.driver(),
                qOverload<const QString &, QSqlDriver::NotificationSource, const QVariant &>(
                        &QSqlDriver::notification),
                this, &ChangeListener::notified);
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    db.close();
    if (!db.open()) {
        if (error)
            *error = QStringLiteral("cannot open the listening connection: %1")
                             .arg(db.lastError().text().trimmed());
        return false;
    }
    if (!db.driver()->subscribeToNotification(Store::changeChannel())) {
        if (error)
            *error = QStringLiteral("cannot LISTEN: %1").arg(db.driver()->lastError().text());
        db.close();
        return false;
    }
    return true;
}

void ChangeListener::notified(const QString &name, QSqlDriver::NotificationSource,
                              const QVariant &payload)
{
    if (name != Store::changeChannel())
        return;
    // "<instance> <highest change_seq> <id>,<id>,..."
    const QStringList parts = payload.toString().split(QLatin1Char(' '));
    if (parts.size() != 3)
        return;
    m_lastSeq = qMax(m_lastSeq, parts.at(1).toLongLong());
    if (parts.at(0) == m_ownInstance)
        return;
    QVector<qint64> ids;
    for (const QString &id : parts.at(2).split(QLatin1Char(','), Qt::SkipEmptyParts))
        ids.append(id.toLongLong());
    if (!ids.isEmpty())
        emit changed(ids, false);
}

void ChangeListener::beat()
{
    if (!m_live)
        return;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("SELECT 1"))) {
        lost();
        return;
    }
    remember(m_lastSeq);
}

void ChangeListener::remember(qint64 seq)
{
    const qint64 now = m_clock.elapsed();
    m_history.append({now, seq});
    // Keep one entry older than the overlap, and those since.
    while (m_history.size() > 1 && m_history.at(1).first <= now - overlapMs)
        m_history.removeFirst();
}

qint64 ChangeListener::seqBefore(qint64 msAgo) const
{
    const qint64 when = m_lostAt - msAgo;
    qint64 seq = m_history.isEmpty() ? 0 : m_history.first().second;
    for (const auto &[at, seen] : m_history) {
        if (at > when)
            break;
        seq = seen;
    }
    return seq;
}

void ChangeListener::lost()
{
    qCWarning(lcListener) << "live updates lost; reconnecting";
    m_live = false;
    m_lostAt = m_clock.elapsed();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    emit liveChanged(false);
    m_backoffMs = firstRetryMs;
    m_retry.start(m_backoffMs);
}

void ChangeListener::retry()
{
    QString why;
    if (!connectAndListen(&why) || !catchUp()) {
        qCDebug(lcListener).noquote() << "still no live updates:" << why;
        m_backoffMs = qMin(m_backoffMs * 2, maxRetryMs);
        m_retry.start(m_backoffMs);
        return;
    }
    qCInfo(lcListener) << "live updates back at change" << m_lastSeq;
    m_live = true;
    emit liveChanged(true);
}

bool ChangeListener::catchUp()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, change_seq FROM approvals WHERE change_seq > :from"
                                 " ORDER BY change_seq"));
    query.bindValue(QStringLiteral(":from"), seqBefore(overlapMs));
    if (!query.exec())
        return false;
    QVector<qint64> ids;
    while (query.next()) {
        ids.append(query.value(0).toLongLong());
        m_lastSeq = qMax(m_lastSeq, query.value(1).toLongLong());
    }
    remember(m_lastSeq);
    if (!ids.isEmpty())
        emit changed(ids, true);
    return true;
}
