#include "concurrentclients.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

ConcurrentClients::~ConcurrentClients()
{
    for (QThread *thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
}

void ConcurrentClients::add(const QString &method, const QUrl &url, const QByteArray &body,
                            const QList<QPair<QByteArray, QByteArray>> &headers)
{
    m_requests.append({method, url, body, headers});
}

void ConcurrentClients::start()
{
    m_replies.resize(m_requests.size());
    for (int i = 0; i < m_requests.size(); ++i) {
        QThread *thread = QThread::create([this, i] {
            m_ready.release();
            m_gate.acquire();
            const Request &request = m_requests.at(i);
            m_replies[i] = TestHttp::send(request.method, request.url, request.body,
                                          request.headers, 15000);
            ++m_finished;
        });
        thread->setObjectName(QStringLiteral("test-client-%1").arg(i));
        m_threads.append(thread);
        thread->start();
    }
    m_ready.acquire(int(m_requests.size()));
    m_gate.release(int(m_requests.size()));
}

bool ConcurrentClients::wait(int timeoutMs)
{
    // The test's own thread keeps serving (fake targets live there) while it waits.
    QDeadlineTimer deadline(timeoutMs);
    while (m_finished.load() < m_threads.size()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(2);
    }
    for (QThread *thread : std::as_const(m_threads))
        thread->wait();
    return true;
}

QList<int> ConcurrentClients::statuses() const
{
    QList<int> statuses;
    for (const TestReply &reply : m_replies)
        statuses.append(reply.status);
    return statuses;
}
