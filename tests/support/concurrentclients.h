// ConcurrentClients: HTTP clients that really run at the same time. Each request gets
// a thread of its own (a shared pool on a 2-core machine runs two at a time), and all
// threads wait at one gate, so the requests leave together when the gate opens.
#pragma once

#include "support/testhttp.h"

#include <QList>
#include <QPair>
#include <QSemaphore>
#include <QThread>
#include <QUrl>
#include <QVector>

#include <atomic>
#include <memory>

class ConcurrentClients
{
public:
    ConcurrentClients() = default;
    ~ConcurrentClients(); // waits for every client
    ConcurrentClients(const ConcurrentClients &) = delete;
    ConcurrentClients &operator=(const ConcurrentClients &) = delete;

    // Adds a client that sends one request (before start()).
    void add(const QString &method, const QUrl &url, const QByteArray &body = {},
             const QList<QPair<QByteArray, QByteArray>> &headers = {});
    // Starts every thread and opens the gate once all of them are ready.
    void start();
    // True when every client has its answer (or gave up) within the time. Runs the
    // calling thread's events meanwhile.
    bool wait(int timeoutMs = 20000);
    int finished() const { return m_finished.load(); }
    // After wait(): one reply per client, in the order they were added.
    const QVector<TestReply> &replies() const { return m_replies; }
    QList<int> statuses() const;

private:
    struct Request
    {
        QString method;
        QUrl url;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
    };
    QVector<Request> m_requests;
    QVector<TestReply> m_replies;
    QVector<QThread *> m_threads;
    QSemaphore m_ready;
    QSemaphore m_gate;
    std::atomic<int> m_finished{0};
};
