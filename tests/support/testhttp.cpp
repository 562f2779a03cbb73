#include "testhttp.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

QJsonObject TestReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray TestReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

TestReply TestHttp::send(const QString &method, const QUrl &url, const QByteArray &body,
                         const QList<QPair<QByteArray, QByteArray>> &headers, int timeoutMs)
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    if (!body.isEmpty() && !request.hasRawHeader("Content-Type"))
        request.setRawHeader("Content-Type", "application/json");
    QNetworkReply *reply = network.sendCustomRequest(request, method.toLatin1(), body);
    // Tests use self-signed certificates made on the spot.
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                     [reply] { reply->ignoreSslErrors(); });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    TestReply result;
    if (!reply->isFinished()) {
        reply->abort();
        result.networkError = QStringLiteral("timeout");
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    if (result.status == 0 && result.networkError.isEmpty())
        result.networkError = reply->errorString();
    delete reply;
    return result;
}

TestReply TestHttp::postJson(const QUrl &url, const QJsonObject &body,
                             const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return send(QStringLiteral("POST"), url, QJsonDocument(body).toJson(QJsonDocument::Compact),
                headers);
}

QByteArray TestHttp::raw(quint16 port, const QByteArray &bytes, int timeoutMs)
{
    return rawFrom({}, port, bytes, timeoutMs);
}

QByteArray TestHttp::rawFrom(const QHostAddress &source, quint16 port, const QByteArray &bytes,
                             int timeoutMs)
{
    QTcpSocket socket;
    if (!source.isNull() && !socket.bind(source))
        return {};
    socket.connectToHost(QHostAddress::LocalHost, port);
    QEventLoop loop;
    QByteArray received;
    QObject::connect(&socket, &QTcpSocket::connected, &loop, [&] { socket.write(bytes); });
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] {
        received += socket.readAll();
        // One whole response is enough: a keep-alive server would otherwise hold us.
        const qsizetype headEnd = received.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const QByteArray head = received.left(headEnd).toLower();
        const qsizetype at = head.indexOf("content-length:");
        const qsizetype length = at < 0
                ? 0
                : head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
        if (received.size() >= headEnd + 4 + length)
            loop.quit();
    });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    received += socket.readAll();
    return received;
}

quint16 TestHttp::freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}
