#include "outboxworker.h"

#include "core/engine.h"

#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>

namespace {

constexpr qint64 maxCapturedAnswer = 64 * 1024;

QByteArray authorizationHeader(OutboundRequest::Auth auth, const QByteArray &secret)
{
    switch (auth) {
    case OutboundRequest::Auth::BasicToken:
        return "Basic " + (QByteArray(":") + secret).toBase64();
    case OutboundRequest::Auth::BasicUserPassword:
        return "Basic " + secret.toBase64();
    case OutboundRequest::Auth::Bearer:
        return "Bearer " + secret;
    case OutboundRequest::Auth::None:
        break;
    }
    return {};
}

} // namespace

OutboxWorker::OutboxWorker(Engine &engine, const DeliveryPolicy &policy, QObject *parent)
    : QObject(parent), m_engine(engine), m_policy(policy)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &OutboxWorker::pump);
    connect(&m_engine, &Engine::outboxChanged, this, &OutboxWorker::wake);
    m_network.setAutoDeleteReplies(true);
    m_network.setTransferTimeout(m_policy.requestTimeoutMs);
    // Callbacks go straight to the target; a desktop proxy setting must not swallow them.
    m_network.setProxy(QNetworkProxy::NoProxy);
}

void OutboxWorker::start()
{
    m_engine.recoverInFlightDeliveries();
    wake();
}

void OutboxWorker::wake()
{
    // Many wake-ups in one event-loop turn cost one database query.
    if (m_pumpQueued)
        return;
    m_pumpQueued = true;
    QMetaObject::invokeMethod(this, &OutboxWorker::pump, Qt::QueuedConnection);
}

void OutboxWorker::pump()
{
    m_pumpQueued = false;
    if (m_busyApprovals.size() < m_policy.maxConcurrent) {
        const qint64 leaseMs = m_policy.leaseMs > 0
                ? m_policy.leaseMs
                : qMax<qint64>(120000, 4LL * m_policy.requestTimeoutMs);
        const QVector<OutboxItem> due =
                m_engine.claimDeliveries(m_policy.maxConcurrent * 4, leaseMs);
        QVector<qint64> notSent; // in team mode another instance may send them
        for (const OutboxItem &item : due) {
            // In flight, or next in its approval's order: this instance keeps it.
            if (m_busyApprovals.contains(item.approvalId))
                continue;
            if (m_busyApprovals.size() >= m_policy.maxConcurrent) {
                notSent.append(item.id);
                continue;
            }
            send(item);
        }
        if (!notSent.isEmpty())
            m_engine.releaseDeliveries(notSent);
    }
    scheduleNext();
}

void OutboxWorker::scheduleNext()
{
    const QDateTime next = m_engine.nextDeliveryAt();
    if (!next.isValid()) {
        m_timer.stop();
        return;
    }
    const qint64 wait = qBound<qint64>(0LL, m_engine.now().msecsTo(next), 60LL * 60 * 1000);
    m_timer.start(int(wait));
}

void OutboxWorker::send(const OutboxItem &item)
{
    m_busyApprovals.insert(item.approvalId);
    m_engine.deliveryStarted(item);

    OutboundRequest outbound = item.request;
    if (!outbound.placeholders.isEmpty()) {
        const std::optional<Approval> approval = m_engine.approval(item.approvalId);
        QString missing;
        if (!approval || !outbound.fillPlaceholders(approval->metadata, &missing)) {
            // The call this one builds on failed for good: sending it cannot succeed.
            m_busyApprovals.remove(item.approvalId);
            m_engine.deliveryFailed(
                    item, tr("needs %1 from an earlier call, which did not succeed").arg(missing),
                    {});
            return;
        }
    }

    QNetworkRequest request(outbound.url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    for (const auto &[name, value] : outbound.headers)
        request.setRawHeader(name, value);
    if (item.request.auth != OutboundRequest::Auth::None) {
        const QByteArray secret = m_engine.secret(item.request.secretName);
        if (secret.isEmpty()) {
            m_busyApprovals.remove(item.approvalId);
            m_engine.deliveryFailed(item, tr("the credential for this call is no longer available"),
                                    {});
            return;
        }
        request.setRawHeader("Authorization", authorizationHeader(item.request.auth, secret));
    }
    QByteArray body = outbound.body;
    if (!item.request.bodySecretName.isEmpty()) {
        body = m_engine.secret(item.request.bodySecretName);
        if (body.isEmpty()) {
            m_busyApprovals.remove(item.approvalId);
            m_engine.deliveryFailed(item, tr("the sealed body of this call is no longer available"),
                                    {});
            return;
        }
    }
    QNetworkReply *reply = m_network.sendCustomRequest(request, outbound.method.toLatin1(), body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, item] { finished(reply, item); });
}

void OutboxWorker::finished(QNetworkReply *reply, const OutboxItem &item)
{
    m_busyApprovals.remove(item.approvalId);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 200 && status < 300) {
        // Only an answer that a later call builds on is read; it is small (a log record).
        const QByteArray answer =
                item.request.captureAs.isEmpty() ? QByteArray() : reply->read(maxCapturedAnswer);
        m_engine.deliverySucceeded(item, status, answer);
    } else {
        QString error;
        if (status > 0) {
            error = tr("HTTP %1").arg(status);
            const QByteArray answer = reply->read(200).simplified();
            if (!answer.isEmpty())
                error += QStringLiteral(" ") + QString::fromUtf8(answer);
        } else {
            error = reply->error() == QNetworkReply::OperationCanceledError ? tr("timed out")
                                                                            : reply->errorString();
        }
        const int attempts = item.attempts + 1;
        QDateTime retryAt;
        if (attempts < m_policy.maxAttempts) {
            const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
            retryAt = m_engine.now().addMSecs(m_policy.backoffMs(attempts, jitter));
        }
        m_engine.deliveryFailed(item, error, retryAt);
    }
    wake();
}
