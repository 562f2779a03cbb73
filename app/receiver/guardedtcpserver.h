// GuardedTcpServer: the plain-HTTP QTcpServer handed to QHttpServer; every connection
// passes its ConnectionGuard first.
#pragma once

#include "receiver/connectionguard.h"

#include <QTcpServer>

class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit GuardedTcpServer(const ReceiverLimits &limits, QObject *parent = nullptr);
    QTcpSocket *nextPendingConnection() override;
    ConnectionGuard *guard() { return &m_guard; }

signals:
    void refused(const QString &peer, int status, const QString &reason);

private:
    ConnectionGuard m_guard;
};
