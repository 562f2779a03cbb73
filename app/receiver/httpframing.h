// HttpFraming: follows the byte stream of one connection and decides where each request
// head ends and how long each body is, exactly as QHttpServer 6.4 will. It accepts only
// a strict form of HTTP/1.1 on which the two readings cannot differ (CRLF line ends, no
// folded lines, one Content-Length, no Transfer-Encoding, no protocol upgrade) and
// answers everything else with a refusal, so a request cannot mean one length to the
// guard and another to the server (request smuggling, the body limit bypassed).
// Pure code without sockets: the connection guard and the fuzz target both drive it.
#pragma once

#include "receiver/receiverlimits.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

struct HttpRefusal
{
    int status = 0; // 0: no refusal
    QByteArray reason; // status text, e.g. "Bad Request"
    QString detail; // what is wrong, for the JSON body and the security log
    explicit operator bool() const { return status != 0; }
};

struct HttpHead
{
    HttpRefusal refusal;
    qint64 contentLength = 0;
};

class HttpFraming
{
public:
    enum class Phase { Idle, Head, Body };

    explicit HttpFraming(const ReceiverLimits &limits) : m_limits(limits) { }

    // Feeds the bytes that just arrived. Returns a refusal as soon as the stream can no
    // longer be framed safely; after that the framing is stuck and takes nothing more.
    HttpRefusal feed(QByteArrayView bytes);

    Phase phase() const { return m_phase; }
    // Requests whose head and body have fully arrived.
    int completedRequests() const { return m_completed; }
    // Bytes received so far for the request in progress (head and body).
    qint64 requestBytes() const { return m_requestBytes; }

    // Reads one complete head (request line to the blank line, CRLFs included).
    static HttpHead parseHead(QByteArrayView head, const ReceiverLimits &limits);

private:
    HttpRefusal feedHead(QByteArrayView bytes, qsizetype *used);
    void finishRequest();

    ReceiverLimits m_limits;
    Phase m_phase = Phase::Idle;
    QByteArray m_head;
    qint64 m_bodyLeft = 0;
    qint64 m_requestBytes = 0;
    int m_completed = 0;
    bool m_requestLineSeen = false;
    bool m_refused = false;
};
