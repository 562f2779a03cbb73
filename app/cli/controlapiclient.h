// ControlApiClient: blocking calls to a running Gatehouse's control API
// (/api/approvals...) for the command-line client. One request at a time, each
// with a timeout; the answer is the HTTP status and the JSON body, or why there was
// none.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QString>
#include <QUrl>

class ControlApiClient
{
public:
    struct Reply
    {
        int status = 0; // 0: no HTTP answer at all
        QJsonObject json;
        QString networkError; // set when status is 0

        bool ok() const { return status >= 200 && status < 300; }
        // The server's own words for a refusal: "already decided: ...".
        QString problem() const;
        // The exit status a script sees for this answer (exitcodes.h).
        int exitCode() const;
    };

    ControlApiClient(const QUrl &server, const QByteArray &token, int timeoutMs = 15000);

    Reply get(const QString &pathAndQuery);
    Reply post(const QString &path, const QJsonObject &body);
    Reply remove(const QString &path, const QJsonObject &body); // DELETE
    QUrl server() const { return m_server; }

private:
    Reply send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body);

    QNetworkAccessManager m_network;
    QUrl m_server;
    QByteArray m_token;
    int m_timeoutMs;
};
