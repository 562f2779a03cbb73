#include "fakehttpserver.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpServer>

QByteArray RecordedRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

FakeHttpServer::FakeHttpServer(QObject *parent) : QAbstractHttpServer(parent) { }

quint16 FakeHttpServer::start(quint16 port)
{
    auto *tcp = new QTcpServer;
    if (!tcp->listen(QHostAddress::LocalHost, port)) {
        delete tcp;
        return 0;
    }
    bind(tcp);
    m_port = tcp->serverPort();
    return m_port;
}

void FakeHttpServer::stop()
{
    for (QTcpServer *server : servers()) {
        server->close();
        server->deleteLater();
    }
}

QUrl FakeHttpServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
}

bool FakeHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    static const QHash<QHttpServerRequest::Method, QString> names{
            {QHttpServerRequest::Method::Get, QStringLiteral("GET")},
            {QHttpServerRequest::Method::Post, QStringLiteral("POST")},
            {QHttpServerRequest::Method::Put, QStringLiteral("PUT")},
            {QHttpServerRequest::Method::Patch, QStringLiteral("PATCH")},
            {QHttpServerRequest::Method::Delete, QStringLiteral("DELETE")},
    };
    RecordedRequest recorded{names.value(request.method(), QStringLiteral("OTHER")),
                             request.url().path(), request.query(), request.headers(),
                             request.body()};
    requests.append(recorded);
    FakeResponse answer;
    if (m_handler)
        answer = m_handler(recorded);
    else if (!m_script.isEmpty())
        answer = m_script.size() > 1 ? m_script.takeFirst() : m_script.first();
    QHttpServerResponder responder = makeResponder(request, socket);
    if (answer.headers.isEmpty()) {
        responder.write(answer.body, answer.contentType,
                        static_cast<QHttpServerResponder::StatusCode>(answer.status));
    } else {
        responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(answer.status));
        responder.writeHeader("Content-Type", answer.contentType);
        responder.writeHeader("Content-Length", QByteArray::number(answer.body.size()));
        for (const auto &[name, value] : std::as_const(answer.headers))
            responder.writeHeader(name, value);
        responder.writeBody(answer.body);
    }
    emit received(recorded);
    return true;
}

void FakeHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}
