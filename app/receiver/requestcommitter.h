// RequestCommitter: the meeting point of the receiver threads and the engine thread.
// Qt 6.4's QHttpServer must answer synchronously in its own thread, so each receiver
// thread hands its request over here and waits. The engine thread takes every request
// waiting at that moment, handles them as one group and commits the group with one
// durable commit (one fsync), then releases all their answers at once: group commit.
// No 2xx leaves before the group is on disk.
#pragma once

#include "receiver/httpmessage.h"

#include <QMutex>
#include <QObject>

#include <deque>
#include <future>
#include <memory>

class Engine;
class WebhookReceiver;

class RequestCommitter : public QObject
{
    Q_OBJECT
public:
    RequestCommitter(WebhookReceiver &receiver, Engine &engine, int maxGroup = 128,
                     QObject *parent = nullptr);
    ~RequestCommitter() override;

    // From any thread; blocks until the answer is ready (and, for writes, durable).
    HttpResponse execute(const HttpRequest &request);
    // Answers everything still waiting with 503 and refuses what comes later.
    void shutdown();

    struct Stats
    {
        quint64 groups = 0;
        quint64 requests = 0;
        int largestGroup = 0;
    };
    Stats stats() const;
    // Requests handed over and not yet taken by the engine thread (tests watch a group form).
    int waiting() const;

private:
    struct Job
    {
        HttpRequest request;
        std::promise<HttpResponse> answer;
    };
    void drain();

    WebhookReceiver &m_receiver;
    Engine &m_engine;
    const int m_maxGroup;
    mutable QMutex m_mutex;
    std::deque<std::shared_ptr<Job>> m_queue;
    bool m_drainPosted = false;
    bool m_closed = false;
    Stats m_stats;
};
