// AcceptRecovery: after an accept error (EMFILE: the process is out of file
// descriptors) QTcpServer pauses accepting and never resumes by itself, so the port
// stays dead after the flood is gone. This resumes accepting after a short delay, as
// long as the error lasts, and logs when accepting stops and when it works again.
#pragma once

#include <QAbstractSocket>
#include <QObject>
#include <QTimer>

class QTcpServer;

class AcceptRecovery : public QObject
{
    Q_OBJECT
public:
    explicit AcceptRecovery(QTcpServer *server, int retryMs = 250);
    // Call for every accepted connection: ends (and logs the end of) a failing spell.
    void accepted();

private:
    void failed(QAbstractSocket::SocketError error);

    QTcpServer *m_server;
    QTimer m_retry;
    int m_failures = 0;
};
