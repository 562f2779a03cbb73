// RawClient: a blocking POSIX TCP client for attack tests: it can bind to a chosen
// loopback source address (127.0.0.2 is another client), send partial heads, stream
// bodies and read until the server closes, with deadlines instead of fixed waits.
// Use it only against a server running in another thread or process.
#pragma once

#include <QByteArray>
#include <QString>

class RawClient
{
public:
    RawClient() = default;
    ~RawClient();
    RawClient(const RawClient &) = delete;
    RawClient &operator=(const RawClient &) = delete;
    RawClient(RawClient &&other) noexcept;

    // Connects to 127.0.0.1:port from source (an IPv4 loopback address).
    bool connectTo(quint16 port, const QString &source = QStringLiteral("127.0.0.1"));
    // Sends everything (false when the connection failed: reset, closed).
    bool sendAll(const QByteArray &bytes);
    // Reads one answer: until it is whole (Content-Length), the peer closes, or
    // timeoutMs. Bytes of a following answer are kept for the next call.
    QByteArray readAnswer(int timeoutMs = 5000);
    // Waits until the peer closes the connection; false on timeout. *received gets
    // whatever arrived before.
    bool waitForClose(int timeoutMs, QByteArray *received = nullptr);
    void close();
    int descriptor() const { return m_fd; }
    QString lastError() const { return m_error; }

private:
    int m_fd = -1;
    QString m_error;
    QByteArray m_pending; // bytes read past the last answer
};
