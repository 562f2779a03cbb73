// ReceiverPool: several receiver threads, each with its own QHttpServer and guarded
// listening socket on the same port (SO_REUSEPORT: the kernel spreads connections
// over them). Each hands its requests to the RequestCommitter and waits, so that
// requests arriving together are committed together.
#pragma once

#include "receiver/receiverlimits.h"

#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>
#include <QVector>

#include <functional>
#include <optional>

class GuardedTcpServer;
class QThread;
class RequestCommitter;

class ReceiverPool : public QObject
{
    Q_OBJECT
public:
    ReceiverPool(RequestCommitter &committer, const ReceiverLimits &limits, int threads,
                 QObject *parent = nullptr);
    ~ReceiverPool() override;

    // Returns the bound port (port 0 picks one for all threads), or 0 with *error.
    quint16 listen(const QHostAddress &address, quint16 port, QString *error);
    // With a configuration, every thread speaks TLS only (call before listen()).
    void setTls(const QSslConfiguration &configuration) { m_tls = configuration; }
    void stop();

signals:
    void refused(const QString &peer, int status, const QString &reason);

private:
    RequestCommitter &m_committer;
    ReceiverLimits m_limits;
    int m_threadCount;
    std::optional<QSslConfiguration> m_tls;
    QVector<QThread *> m_threads;
    QVector<QObject *> m_servers; // one HttpServerAdapter per thread, living there
};
