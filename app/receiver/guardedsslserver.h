// GuardedSslServer: the TLS QSslServer handed to QHttpServer. Connections finish the
// TLS handshake first, then pass the same ConnectionGuard as plain ones.
#pragma once

#include "receiver/connectionguard.h"

#include <QSslServer>

class GuardedSslServer : public QSslServer
{
    Q_OBJECT
public:
    explicit GuardedSslServer(const ReceiverLimits &limits, QObject *parent = nullptr);
    QTcpSocket *nextPendingConnection() override;

signals:
    void refused(const QString &peer, int status, const QString &reason);

private:
    ConnectionGuard m_guard;
};
