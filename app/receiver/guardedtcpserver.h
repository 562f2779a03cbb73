// GuardedTcpServer: the plain-HTTP QTcpServer handed to QHttpServer; every connection
// passes its ConnectionGuard first, and accepting resumes after an accept error.
#pragma once

#include "receiver/acceptrecovery.h"
#include "receiver/connectionguard.h"

#include <QTcpServer>

class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    // Servers of one receiver pool share one budget; without one, a server has its own.
    explicit GuardedTcpServer(const ReceiverLimits &limits,
                              std::shared_ptr<ConnectionBudget> budget = {},
                              QObject *parent = nullptr);
    QTcpSocket *nextPendingConnection() override;
    ConnectionGuard *guard() { return &m_guard; }

signals:
    void refused(const QString &peer, int status, const QString &reason);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    ConnectionGuard m_guard;
    AcceptRecovery m_recovery{this};
};
