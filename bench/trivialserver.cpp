// The ceiling of this HTTP stack on this machine: a QHttpServer route that answers
// 201 with a small JSON body and stores nothing. The ingest benchmark compares
// Gatehouse's durable ingest against it in the same run.
#include <QCoreApplication>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const quint16 wanted = argc > 1 ? quint16(QByteArray(argv[1]).toUInt()) : 0;
    QHttpServer server;
    server.route(QStringLiteral("/hooks/generic"), QHttpServerRequest::Method::Post, [] {
        return QHttpServerResponse(QByteArrayLiteral("application/json"),
                                   QByteArrayLiteral("{\"id\":1,\"state\":\"pending\"}"),
                                   QHttpServerResponse::StatusCode::Created);
    });
    const quint16 port = server.listen(QHostAddress::LocalHost, wanted);
    QTextStream(stdout) << "listening on http://127.0.0.1:" << port << Qt::endl;
    return app.exec();
}
