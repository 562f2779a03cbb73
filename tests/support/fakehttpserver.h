// FakeHttpServer: a small local HTTP server standing in for an external system
// (a callback target, Azure DevOps, FlexDeploy). It records every request byte for
// byte and answers from a script of statuses, so tests can assert whole conversations.
#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>
#include <QVector>

#include <functional>

struct RecordedRequest
{
    QString method;
    QString path;
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray header(const QByteArray &name) const;
};

struct FakeResponse
{
    int status = 200;
    QByteArray body = "{}";
    QByteArray contentType = "application/json";
    // Further response headers (ETag, rate-limit headers); none by default.
    QList<QPair<QByteArray, QByteArray>> headers = {};
};

class FakeHttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit FakeHttpServer(QObject *parent = nullptr);

    quint16 start(quint16 port = 0); // loopback; returns the port
    void stop(); // closes the listening socket: "the target is down"
    quint16 port() const { return m_port; }
    QUrl url(const QString &path) const;

    // Answers in order; the last one repeats. Default: 200 "{}".
    void setScript(const QList<FakeResponse> &script) { m_script = script; }
    // Overrides the script: full control over the answer.
    void setHandler(std::function<FakeResponse(const RecordedRequest &)> handler)
    {
        m_handler = std::move(handler);
    }

    QVector<RecordedRequest> requests;

signals:
    void received(const RecordedRequest &request);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    QList<FakeResponse> m_script;
    std::function<FakeResponse(const RecordedRequest &)> m_handler;
    quint16 m_port = 0;
};
