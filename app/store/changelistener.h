// ChangeListener: in team mode (PostgreSQL), hears what other instances committed.
// A connection of its own LISTENs on Store::changeChannel(); each notification names the
// approvals a transaction changed and the highest change_seq it stamped. QPSQL says
// nothing when that connection drops, so a cheap query every heartbeat checks it; a lost
// connection is opened again with backoff, LISTENs again and then catches up: it reads
// the approvals whose change_seq is past the last number it saw, never the whole inbox.
// The connection belongs to the thread that started the listener.
#pragma once

#include "store/databaselocation.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QObject>
#include <QSqlDriver>
#include <QTimer>
#include <QVector>

class ChangeListener : public QObject
{
    Q_OBJECT
public:
    // ownInstance: the Store::instanceId() of this process; its own changes are skipped
    // (its engine has shown them already).
    ChangeListener(const DatabaseLocation &location, const QString &ownInstance,
                   QObject *parent = nullptr);
    ~ChangeListener() override;

    bool start(QString *error);
    void stop();
    bool isLive() const { return m_live; }
    qint64 lastSequence() const { return m_lastSeq; }
    // How often the connection is checked (and, as a follower, nothing else); tests and
    // the benchmark may shorten it.
    void setHeartbeatMs(int ms) { m_heartbeat.setInterval(ms); }

signals:
    // Approvals another instance changed; catchUp: read after a lost connection.
    void changed(const QVector<qint64> &approvalIds, bool catchUp);
    void liveChanged(bool live);

private:
    bool connectAndListen(QString *error);
    void notified(const QString &name, QSqlDriver::NotificationSource source,
                  const QVariant &payload);
    void beat();
    void lost();
    void retry();
    bool catchUp();
    void remember(qint64 seq);
    qint64 seqBefore(qint64 msAgo) const;

    DatabaseLocation m_location;
    QString m_ownInstance;
    QString m_connectionName;
    QTimer m_heartbeat;
    QTimer m_retry;
    int m_backoffMs = 0;
    bool m_live = false;
    qint64 m_lastSeq = 0;
    // The highest number seen, a heartbeat apart: a transaction that drew its number
    // just before a newer one and committed after it is not skipped when catching up
    // from a number a while back.
    QElapsedTimer m_clock;
    QVector<QPair<qint64, qint64>> m_history; // (ms on m_clock, m_lastSeq)
    qint64 m_lostAt = 0;
};
