#include "connectionguard.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace {

// Follows the request stream of one connection just far enough to know where each
// head ends and how long each body is. QHttpServer 6.4 reads everything available on
// every readyRead, so the bytes available when this runs (first) are the new ones.
class RequestFramer : public QObject
{
public:
    RequestFramer(QTcpSocket *socket, const ReceiverLimits &limits, ConnectionGuard *guard)
        : QObject(socket), m_socket(socket), m_limits(limits), m_guard(guard)
    {
        m_idle.setSingleShot(true);
        m_idle.setInterval(limits.idleTimeoutMs);
        connect(&m_idle, &QTimer::timeout, socket, [socket] { socket->disconnectFromHost(); });
        m_idle.start();
    }

    void onReadyRead()
    {
        m_idle.start();
        if (m_rejected) {
            m_socket->readAll(); // drain so that QHttpServer never sees the rest
            return;
        }
        const QByteArray fresh = m_socket->peek(m_socket->bytesAvailable());
        qsizetype pos = 0;
        while (pos < fresh.size() && !m_rejected) {
            if (m_bodyLeft > 0) {
                const qint64 take = qMin<qint64>(m_bodyLeft, fresh.size() - pos);
                m_bodyLeft -= take;
                pos += take;
                continue;
            }
            const qsizetype end = fresh.indexOf("\r\n\r\n", pos);
            const qsizetype headPart = (end < 0 ? fresh.size() : end + 4) - pos;
            if (m_head.size() + headPart > m_limits.maxHeaderBytes) {
                reject(431, "Request Header Fields Too Large",
                       QStringLiteral("request head larger than %1 bytes")
                               .arg(m_limits.maxHeaderBytes));
                break;
            }
            m_head.append(fresh.mid(pos, headPart));
            pos += headPart;
            qint64 bodyAlreadySeen = 0;
            if (end < 0) {
                // The terminator may straddle two reads: look again with what we kept.
                const qsizetype joined = m_head.indexOf("\r\n\r\n");
                if (joined < 0)
                    break;
                bodyAlreadySeen = m_head.size() - (joined + 4);
                m_head.truncate(joined + 4);
            }
            inspectHead();
            m_bodyLeft = qMax<qint64>(0, m_bodyLeft - bodyAlreadySeen);
            m_head.clear();
        }
    }

private:
    void inspectHead()
    {
        qint64 length = 0;
        for (const QByteArray &line : m_head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-length") {
                bool ok = false;
                length = value.toLongLong(&ok);
                if (!ok || length < 0) {
                    reject(400, "Bad Request", QStringLiteral("invalid Content-Length"));
                    return;
                }
            } else if (name == "transfer-encoding" && value.toLower() != "identity") {
                reject(411, "Length Required",
                       QStringLiteral("chunked uploads are not accepted; send Content-Length"));
                return;
            }
        }
        if (length > m_limits.maxBodyBytes) {
            reject(413, "Payload Too Large",
                   QStringLiteral("the body has %1 bytes; the limit is %2")
                           .arg(length)
                           .arg(m_limits.maxBodyBytes));
            return;
        }
        m_bodyLeft = length;
    }

    void reject(int status, const char *reason, const QString &detail)
    {
        m_rejected = true;
        m_socket->readAll();
        const QByteArray body = QByteArrayLiteral("{\"error\":\"") + QByteArray(reason).toLower()
                + QByteArrayLiteral("\",\"detail\":\"") + detail.toUtf8()
                + QByteArrayLiteral("\"}");
        m_socket->write(
                "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
                + "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
                + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        m_socket->disconnectFromHost();
        emit m_guard->refused(m_socket->peerAddress().toString(), status, detail);
    }

    QTcpSocket *m_socket;
    ReceiverLimits m_limits;
    ConnectionGuard *m_guard;
    QByteArray m_head;
    qint64 m_bodyLeft = 0;
    bool m_rejected = false;
    QTimer m_idle;
};

} // namespace

ConnectionGuard::ConnectionGuard(const ReceiverLimits &limits, QObject *parent)
    : QObject(parent), m_limits(limits)
{ }

void ConnectionGuard::admit(QTcpSocket *socket)
{
    if (m_open >= m_limits.maxConnections) {
        const QByteArray body =
                "{\"error\":\"too many connections\",\"detail\":\"try again in a moment\"}";
        socket->write("HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\n"
                      "Connection: close\r\nContent-Length: "
                      + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        socket->disconnectFromHost();
        // Whatever the client sends is drained here, never seen by QHttpServer.
        connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->readAll(); });
        emit refused(socket->peerAddress().toString(), 503, QStringLiteral("too many connections"));
        return;
    }
    ++m_open;
    auto *framer = new RequestFramer(socket, m_limits, this);
    // Connected before QHttpServer sees the socket, so this runs first on every read.
    connect(socket, &QTcpSocket::readyRead, framer, &RequestFramer::onReadyRead);
    connect(socket, &QObject::destroyed, this, [this] { --m_open; });
}
