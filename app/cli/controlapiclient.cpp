#include "controlapiclient.h"

#include "cli/exitcodes.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

QString ControlApiClient::Reply::problem() const
{
    if (status == 0)
        return networkError;
    const QString error = json.value(QStringLiteral("error")).toString();
    const QString detail = json.value(QStringLiteral("detail")).toString();
    if (error.isEmpty())
        return QStringLiteral("HTTP %1").arg(status);
    return detail.isEmpty() ? error : QStringLiteral("%1: %2").arg(error, detail);
}

int ControlApiClient::Reply::exitCode() const
{
    if (status == 0 || status >= 500)
        return ExitCode::Unreachable;
    if (ok())
        return ExitCode::Ok;
    if (status == 404)
        return ExitCode::NotFound;
    if (status == 401 || status == 403 || status == 429)
        return ExitCode::Auth;
    return ExitCode::Refused; // 400, 409, 415, 422: the server understood and said no
}

ControlApiClient::ControlApiClient(const QUrl &server, const QByteArray &token, int timeoutMs)
    : m_server(server), m_token(token), m_timeoutMs(timeoutMs)
{ }

ControlApiClient::Reply ControlApiClient::get(const QString &pathAndQuery)
{
    return send("GET", pathAndQuery, {});
}

ControlApiClient::Reply ControlApiClient::post(const QString &path, const QJsonObject &body)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

ControlApiClient::Reply ControlApiClient::remove(const QString &path, const QJsonObject &body)
{
    return send("DELETE", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

ControlApiClient::Reply ControlApiClient::send(const QByteArray &method,
                                               const QString &pathAndQuery, const QByteArray &body)
{
    QUrl url = m_server;
    const QUrl relative(pathAndQuery);
    url.setPath(relative.path());
    url.setQuery(relative.query());
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_token);
    request.setRawHeader("Accept", "application/json");
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    // The token goes to this server only, never to wherever a redirect points.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, reply, &QNetworkReply::abort);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(m_timeoutMs);
    loop.exec();
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (result.status == 0) {
        result.networkError = timer.isActive()
                ? QStringLiteral("cannot reach %1: %2")
                          .arg(m_server.toString(), reply->errorString())
                : QStringLiteral("%1 did not answer within %2 s")
                          .arg(m_server.toString())
                          .arg(m_timeoutMs / 1000);
    } else {
        result.json = QJsonDocument::fromJson(reply->readAll()).object();
    }
    reply->deleteLater();
    return result;
}
