#include "connectionguard.h"

#include "receiver/httpframing.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>

namespace {

QByteArray errorAnswer(int status, const QByteArray &reason, const QString &detail)
{
    const QByteArray body =
            QJsonDocument(QJsonObject{
                                  {QStringLiteral("error"), QString::fromLatin1(reason.toLower())},
                                  {QStringLiteral("detail"), detail},
                          })
                    .toJson(QJsonDocument::Compact);
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
            + "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

// Drops what the client sent so far, before QHttpServer sees it. QHttpServer reads
// inside a transaction that keeps every byte until the request is whole: end it, or
// the dropped bytes would stay in memory.
qint64 drain(QTcpSocket *socket)
{
    if (socket->isTransactionStarted())
        socket->commitTransaction();
    return socket->readAll().size();
}

// Gives a connection slot back when its socket goes. A child object rather than a
// connection to destroyed(): QHttpServer drops every connection of a socket whose
// request line it cannot read.
class HeldSlot : public QObject
{
public:
    HeldSlot(QTcpSocket *socket, std::shared_ptr<ConnectionBudget> budget, const QHostAddress &peer)
        : QObject(socket), m_budget(std::move(budget)), m_peer(peer)
    { }
    ~HeldSlot() override { m_budget->release(m_peer); }

private:
    std::shared_ptr<ConnectionBudget> m_budget;
    QHostAddress m_peer;
};

// Watches one connection: frames its requests (HttpFraming), keeps the idle, head and
// body deadlines, and answers early with a lingering close.
class GuardedConnection : public QObject
{
public:
    GuardedConnection(QTcpSocket *socket, const ReceiverLimits &limits, ConnectionGuard *guard)
        : QObject(socket),
          m_socket(socket),
          m_limits(limits),
          m_guard(guard),
          m_framing(limits),
          m_peer(socket->peerAddress().toString())
    {
        m_deadline.setSingleShot(true);
        connect(&m_deadline, &QTimer::timeout, this, &GuardedConnection::onDeadline);
        // A long answer being written is not idleness.
        connect(socket, &QTcpSocket::bytesWritten, this, [this] {
            if (!m_closing && m_framing.phase() == HttpFraming::Phase::Idle)
                m_deadline.start();
        });
        startDeadline();
    }

    void onReadyRead()
    {
        if (m_closing) {
            m_lingerBytesLeft -= drain(m_socket);
            if (m_lingerBytesLeft < 0)
                m_socket->disconnectFromHost();
            return;
        }
        // QHttpServer 6.4 reads everything available on every readyRead, so the bytes
        // available when this runs (first) are the new ones.
        const HttpFraming::Phase before = m_framing.phase();
        const int completedBefore = m_framing.completedRequests();
        if (const HttpRefusal refusal =
                    m_framing.feed(m_socket->peek(m_socket->bytesAvailable()))) {
            answerEarly(refusal, true);
            return;
        }
        if (m_framing.phase() != before || m_framing.completedRequests() != completedBefore)
            startDeadline();
    }

private:
    void startDeadline()
    {
        switch (m_framing.phase()) {
        case HttpFraming::Phase::Idle:
            m_deadline.setInterval(m_limits.idleTimeoutMs);
            break;
        case HttpFraming::Phase::Head:
            m_deadline.setInterval(m_limits.headTimeoutMs);
            break;
        case HttpFraming::Phase::Body:
            m_deadline.setInterval(m_limits.bodyTimeoutMs);
            break;
        }
        m_deadline.start();
    }

    void onDeadline()
    {
        if (m_closing) { // the lingering close is over
            m_socket->disconnectFromHost();
            return;
        }
        switch (m_framing.phase()) {
        case HttpFraming::Phase::Idle:
            m_socket->disconnectFromHost();
            return;
        case HttpFraming::Phase::Head:
            answerEarly({408, "Request Timeout",
                         QStringLiteral("the request head did not arrive within %1 ms")
                                 .arg(m_limits.headTimeoutMs)},
                        false);
            return;
        case HttpFraming::Phase::Body:
            answerEarly({408, "Request Timeout",
                         QStringLiteral("the request body did not arrive within %1 ms")
                                 .arg(m_limits.bodyTimeoutMs)},
                        false);
            return;
        }
    }

    // A slow client is closed at once; one still sending gets a lingering close: what it
    // sends is read and dropped for a bounded time, because closing a socket with unread
    // bytes sends a reset that destroys our answer before the client has read it.
    void answerEarly(const HttpRefusal &refusal, bool linger)
    {
        m_closing = true;
        drain(m_socket);
        m_socket->write(errorAnswer(refusal.status, refusal.reason, refusal.detail));
        emit m_guard->refused(m_peer, refusal.status, refusal.detail);
        if (!linger) {
            m_socket->disconnectFromHost();
            return;
        }
        m_lingerBytesLeft = m_limits.lingerBytes;
        m_deadline.setInterval(m_limits.lingerMs);
        m_deadline.start();
    }

    QTcpSocket *m_socket;
    ReceiverLimits m_limits;
    ConnectionGuard *m_guard;
    HttpFraming m_framing;
    QString m_peer;
    QTimer m_deadline;
    bool m_closing = false;
    qint64 m_lingerBytesLeft = 0;
};

const char heldProperty[] = "gatehouseSlotHeld";

} // namespace

ConnectionGuard::ConnectionGuard(const ReceiverLimits &limits,
                                 std::shared_ptr<ConnectionBudget> budget, QObject *parent)
    : QObject(parent),
      m_limits(limits),
      m_budget(budget ? std::move(budget)
                      : std::make_shared<ConnectionBudget>(limits.maxConnections,
                                                           limits.maxConnectionsPerAddress))
{ }

bool ConnectionGuard::reserve(const QHostAddress &peer, QString *why)
{
    switch (m_budget->acquire(peer)) {
    case ConnectionBudget::Verdict::Admitted:
        return true;
    case ConnectionBudget::Verdict::TooManyOverall:
        *why = QStringLiteral("too many connections (%1 open)").arg(m_limits.maxConnections);
        return false;
    case ConnectionBudget::Verdict::TooManyFromAddress:
        *why = QStringLiteral("too many connections from this address (%1 open)")
                       .arg(m_limits.maxConnectionsPerAddress);
        return false;
    }
    return false;
}

void ConnectionGuard::hold(QTcpSocket *socket, const QHostAddress &peer)
{
    new HeldSlot(socket, m_budget, peer);
    socket->setProperty(heldProperty, true);
}

void ConnectionGuard::release(const QHostAddress &peer)
{
    m_budget->release(peer);
}

void ConnectionGuard::admit(QTcpSocket *socket)
{
    if (!socket->property(heldProperty).toBool()) {
        const QHostAddress peer = socket->peerAddress();
        QString why;
        if (!reserve(peer, &why)) {
            socket->write(errorAnswer(503, "Service Unavailable",
                                      why + QStringLiteral("; try again in a moment")));
            socket->disconnectFromHost();
            // Whatever the client sends is drained here, never seen by QHttpServer.
            connect(socket, &QTcpSocket::readyRead, socket, [socket] { drain(socket); });
            emit refused(peer.toString(), 503, why);
            return;
        }
        hold(socket, peer);
    }
    auto *connection = new GuardedConnection(socket, m_limits, this);
    // Connected before QHttpServer sees the socket, so this runs first on every read.
    connect(socket, &QTcpSocket::readyRead, connection, &GuardedConnection::onReadyRead);
}
