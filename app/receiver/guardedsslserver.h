// GuardedSslServer: the TLS QSslServer handed to QHttpServer. A connection counts
// against the connection caps from the moment it is accepted, handshake included (idle
// handshakes must not take every descriptor), then passes the same ConnectionGuard as
// plain ones; accepting resumes after an accept error.
#pragma once

#include "receiver/acceptrecovery.h"
#include "receiver/connectionguard.h"

#include <QSslServer>

class GuardedSslServer : public QSslServer
{
    Q_OBJECT
public:
    explicit GuardedSslServer(const ReceiverLimits &limits,
                              std::shared_ptr<ConnectionBudget> budget = {},
                              QObject *parent = nullptr);
    QTcpSocket *nextPendingConnection() override;

signals:
    void refused(const QString &peer, int status, const QString &reason);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    ConnectionGuard m_guard;
    AcceptRecovery m_recovery{this};
};
