// ConnectionGuard: sees each connection before QHttpServer does and watches every
// request as it arrives. Heads the server would read differently from us (HttpFraming),
// bodies over the limit, heads or bodies that arrive too slowly, chunked uploads, too
// many connections overall or from one address, and idle keep-alive sockets are
// answered and closed here, before QHttpServer buffers anything (Qt 6.4's server has
// no limits of its own). An early answer is followed by a lingering close, so that a
// client still sending reads it instead of a reset. Shared by the plain and TLS servers.
#pragma once

#include "receiver/connectionbudget.h"
#include "receiver/receiverlimits.h"

#include <QObject>

#include <memory>

class QHostAddress;
class QTcpSocket;

class ConnectionGuard : public QObject
{
    Q_OBJECT
public:
    // Without a budget, the guard makes its own from the limits.
    explicit ConnectionGuard(const ReceiverLimits &limits,
                             std::shared_ptr<ConnectionBudget> budget = {},
                             QObject *parent = nullptr);

    // Takes a slot for a connection from peer (false with *why when a cap is reached);
    // hold() ties it to a socket, which gives it back when destroyed.
    bool reserve(const QHostAddress &peer, QString *why);
    void hold(QTcpSocket *socket, const QHostAddress &peer);
    void release(const QHostAddress &peer);

    // Call before anyone else connects to the socket's signals. A socket not yet held
    // takes a slot first; over a cap it is answered with 503 and closed, and it is
    // still safe to hand on.
    void admit(QTcpSocket *socket);
    int openConnections() const { return m_budget->open(); }

signals:
    void refused(const QString &peer, int status, const QString &reason);

private:
    ReceiverLimits m_limits;
    std::shared_ptr<ConnectionBudget> m_budget;
};
