#include "requestcommitter.h"

#include "core/engine.h"
#include "monitoring/metrics.h"
#include "receiver/webhookreceiver.h"

#include <QElapsedTimer>
#include <QThread>

namespace {
HttpResponse unavailable()
{
    return HttpResponse::error(
            503, QStringLiteral("unavailable"),
            QStringLiteral("Gatehouse is shutting down or cannot store right now; retry later"));
}
} // namespace

RequestCommitter::RequestCommitter(WebhookReceiver &receiver, Engine &engine, int maxGroup,
                                   QObject *parent)
    : QObject(parent), m_receiver(receiver), m_engine(engine), m_maxGroup(maxGroup)
{ }

RequestCommitter::~RequestCommitter()
{
    shutdown();
}

HttpResponse RequestCommitter::execute(const HttpRequest &request)
{
    if (QThread::currentThread() == thread())
        return m_receiver.handle(request); // already in the engine thread: no hand-over

    QElapsedTimer waited;
    waited.start();
    auto job = std::make_shared<Job>();
    job->request = request;
    // Parsing is per request and needs nothing of the engine's state: it runs here, in
    // parallel, and the engine thread (the one every webhook waits for) skips it.
    job->request.parsedAhead = m_receiver.parseAhead(request);
    std::future<HttpResponse> answer = job->answer.get_future();
    {
        QMutexLocker lock(&m_mutex);
        if (m_closed)
            return unavailable();
        m_queue.push_back(job);
        if (!m_drainPosted) {
            m_drainPosted = true;
            QMetaObject::invokeMethod(this, &RequestCommitter::drain, Qt::QueuedConnection);
        }
    }
    HttpResponse response = answer.get();
    Metrics::global().observe("gatehouse_ack_seconds", waited.nsecsElapsed() / 1e9);
    return response;
}

void RequestCommitter::drain()
{
    std::vector<std::shared_ptr<Job>> group;
    {
        QMutexLocker lock(&m_mutex);
        while (!m_queue.empty() && int(group.size()) < m_maxGroup) {
            group.push_back(std::move(m_queue.front()));
            m_queue.pop_front();
        }
        m_drainPosted = !m_queue.empty();
        if (m_drainPosted)
            QMetaObject::invokeMethod(this, &RequestCommitter::drain, Qt::QueuedConnection);
        ++m_stats.groups;
        m_stats.requests += group.size();
        m_stats.largestGroup = qMax(m_stats.largestGroup, int(group.size()));
    }
    if (group.empty())
        return;

    const bool grouped = m_engine.beginGroup();
    std::vector<HttpResponse> answers;
    answers.reserve(group.size());
    for (const auto &job : group)
        answers.push_back(m_receiver.handle(job->request));
    QElapsedTimer commitTime;
    commitTime.start();
    const bool durable = !grouped || m_engine.commitGroup();
    Metrics::global().observe("gatehouse_commit_seconds", commitTime.nsecsElapsed() / 1e9);
    Metrics::global().observe("gatehouse_commit_group_size", double(group.size()));
    for (std::size_t i = 0; i < group.size(); ++i) {
        // A lost group commit takes back every success it would have acknowledged.
        if (!durable && answers[i].status < 300)
            answers[i] = unavailable();
        group[i]->answer.set_value(answers[i]);
    }
}

void RequestCommitter::shutdown()
{
    std::deque<std::shared_ptr<Job>> left;
    {
        QMutexLocker lock(&m_mutex);
        m_closed = true;
        left.swap(m_queue);
    }
    for (const auto &job : left)
        job->answer.set_value(unavailable());
}

RequestCommitter::Stats RequestCommitter::stats() const
{
    QMutexLocker lock(&m_mutex);
    return m_stats;
}

int RequestCommitter::waiting() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_queue.size());
}
