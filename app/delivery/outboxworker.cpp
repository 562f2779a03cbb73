#include "outboxworker.h"

#include "core/engine.h"
#include "delivery/callbacksigner.h"
#include "delivery/oneshotbody.h"

#include <QHostInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRandomGenerator>

namespace {

constexpr qint64 maxCapturedAnswer = 64 * 1024;
// Of a refusing target's answer, only this much is kept as the delivery error: enough
// to recognise the problem, too little to turn the timeline into someone's storage.
constexpr int maxStoredAnswer = 64;

QByteArray authorizationHeader(OutboundRequest::Auth auth, const QByteArray &secret)
{
    switch (auth) {
    case OutboundRequest::Auth::BasicToken:
        return "Basic " + (QByteArray(":") + secret).toBase64();
    case OutboundRequest::Auth::BasicUserPassword:
        return "Basic " + secret.toBase64();
    case OutboundRequest::Auth::Bearer:
        return "Bearer " + secret;
    case OutboundRequest::Auth::Header: // sent under its own name (send())
    case OutboundRequest::Auth::None:
        break;
    }
    return {};
}

// Printable ASCII only, never the credential we sent (a target may echo it), short.
QString storableAnswer(QByteArray answer, const QByteArray &authorization)
{
    // "Bearer <token>" or "Basic <base64 of user:password>": each part on its own too.
    const QByteArray credential = authorization.mid(authorization.indexOf(' ') + 1).trimmed();
    QList<QByteArray> secrets{credential};
    if (authorization.startsWith("Basic ")) {
        const QByteArray pair = QByteArray::fromBase64(credential);
        secrets << pair << pair.mid(pair.indexOf(':') + 1);
    }
    for (const QByteArray &secret : std::as_const(secrets)) {
        if (secret.size() >= 4)
            answer.replace(secret, "[redacted]");
    }
    QByteArray printable;
    for (const char c : std::as_const(answer))
        printable += (c >= 0x20 && c < 0x7f) ? c : ' ';
    printable = printable.simplified();
    if (printable.size() > maxStoredAnswer)
        return QString::fromLatin1(printable.left(maxStoredAnswer)) + QStringLiteral("...");
    return QString::fromLatin1(printable);
}

// A "." or ".." segment (also percent-encoded) would move the call to another resource
// of the target, with the same credentials; connectors refuse such values at ingest,
// and this is the last check before anything is sent.
bool hasDotSegment(const QUrl &url)
{
    // Split the encoded path: a %2F inside a value is part of its segment, not a border.
    const QList<QByteArray> segments = url.path(QUrl::FullyEncoded).toLatin1().split('/');
    for (const QByteArray &segment : segments) {
        const QByteArray decoded = QByteArray::fromPercentEncoding(segment);
        if (decoded == "." || decoded == "..")
            return true;
    }
    return false;
}

QString hostKey(const QUrl &url)
{
    return url.host().toLower();
}

} // namespace

OutboxWorker::OutboxWorker(Engine &engine, const DeliveryPolicy &policy, QObject *parent)
    : QObject(parent),
      m_engine(engine),
      m_policy(policy),
      m_guard(TargetGuard::withEnvironment(policy.allowTargets))
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
    recordDelivered();
    m_sweptAt = m_engine.now();
    ++m_sweeps;
    if (m_slots.size() < m_policy.maxConcurrent) {
        const qint64 leaseMs = m_policy.leaseMs > 0
                ? m_policy.leaseMs
                : qMax<qint64>(120000, 4LL * m_policy.requestTimeoutMs);
        // The store lists first attempts before retries; a wide window lets calls to
        // other hosts pass those held back by their host's share. In team mode the rows
        // are leased to this instance: what it does not send now it hands back.
        const QVector<OutboxItem> due =
                m_engine.claimDeliveries(m_policy.maxConcurrent * 8, leaseMs);
        QVector<qint64> notSent;
        for (const OutboxItem &item : due) {
            // In flight, or next in its approval's order: this instance keeps it.
            if (m_slots.contains(item.approvalId))
                continue;
            if (m_slots.size() < m_policy.maxConcurrent && mayStart(item))
                send(item);
            else
                notSent.append(item.id);
        }
        if (!notSent.isEmpty())
            m_engine.releaseDeliveries(notSent);
    }
    scheduleNext();
}

bool OutboxWorker::mayStart(const OutboxItem &item) const
{
    const QString host = hostKey(item.request.url);
    if (m_hostLoad.value(host) >= m_policy.perHostLimit())
        return false;
    if (item.attempts == 0)
        return true;
    return m_retries < m_policy.retryLimit()
            && m_hostRetries.value(host) < m_policy.perHostRetryLimit();
}

void OutboxWorker::take(const OutboxItem &item)
{
    const Slot slot{hostKey(item.request.url), item.attempts > 0};
    m_slots.insert(item.approvalId, slot);
    ++m_hostLoad[slot.host];
    if (slot.retry) {
        ++m_retries;
        ++m_hostRetries[slot.host];
    }
}

void OutboxWorker::release(qint64 approvalId)
{
    const auto it = m_slots.constFind(approvalId);
    if (it == m_slots.constEnd())
        return;
    if (--m_hostLoad[it->host] <= 0)
        m_hostLoad.remove(it->host);
    if (it->retry) {
        --m_retries;
        if (--m_hostRetries[it->host] <= 0)
            m_hostRetries.remove(it->host);
    }
    m_slots.erase(it);
}

// A delivered call's row still reads "queued" until its record lands: its approval keeps
// the slot meanwhile, so no sweep sends it again. One at a time, in order: while the
// database refuses, each try waits for its busy timeout.
void OutboxWorker::recordDelivered()
{
    while (!m_unrecorded.isEmpty()) {
        const Unrecorded &first = m_unrecorded.constFirst();
        if (!m_engine.deliverySucceeded(first.item, first.httpStatus, first.answer))
            return;
        release(first.item.approvalId);
        m_unrecorded.removeFirst();
    }
}

void OutboxWorker::scheduleNext()
{
    // Calls that were due at this sweep and did not start are in flight (they stay
    // "queued" in the database) or wait for a slot: a reply that finishes, a new row or
    // a change elsewhere wakes the worker for them. Counted here, they would start the
    // timer at 0 again and again while a call waits for its answer: a sweep every
    // event-loop turn, a core busy for nothing. Only later attempts set the timer.
    const QDateTime next = m_engine.nextDeliveryAt(m_sweptAt);
    constexpr qint64 recordAgainMs = 1000;
    if (!next.isValid()) {
        if (m_unrecorded.isEmpty())
            m_timer.stop();
        else
            m_timer.start(int(recordAgainMs));
        return;
    }
    qint64 wait = qBound<qint64>(0LL, m_engine.now().msecsTo(next), 60LL * 60 * 1000);
    if (!m_unrecorded.isEmpty())
        wait = qMin(wait, recordAgainMs);
    m_timer.start(int(wait));
}

void OutboxWorker::fail(const OutboxItem &item, const QString &error, bool retry)
{
    release(item.approvalId);
    QDateTime retryAt;
    const int attempts = item.attempts + 1;
    if (retry && attempts < m_policy.maxAttempts) {
        const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
        retryAt = m_engine.now().addMSecs(m_policy.backoffMs(attempts, jitter));
    }
    m_engine.deliveryFailed(item, error, retryAt);
    wake();
}

void OutboxWorker::send(const OutboxItem &item)
{
    take(item);
    m_engine.deliveryStarted(item);

    OutboundRequest outbound = item.request;
    if (!outbound.placeholders.isEmpty()) {
        const std::optional<Approval> approval = m_engine.approval(item.approvalId);
        QString missing;
        if (!approval || !outbound.fillPlaceholders(approval->metadata, &missing)) {
            // The call this one builds on failed for good: sending it cannot succeed.
            fail(item, tr("needs %1 from an earlier call, which did not succeed").arg(missing),
                 false);
            return;
        }
    }
    if (!outbound.urlSecretName.isEmpty()) {
        outbound.url =
                QUrl(QString::fromUtf8(m_engine.secret(outbound.urlSecretName)), QUrl::StrictMode);
        if (outbound.url.isEmpty()) {
            fail(item, tr("the sealed URL of this call is no longer available"), false);
            return;
        }
    }
    const QUrl &url = outbound.url;
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        fail(item, tr("refused: the target is not an absolute http or https URL"), false);
        return;
    }
    if (hasDotSegment(url)) {
        fail(item, tr("refused: the target URL has a '.' or '..' path segment"), false);
        return;
    }
    const QString problem = m_guard.checkUrl(url);
    if (!problem.isEmpty()) {
        fail(item, tr("refused: %1").arg(problem), false);
        return;
    }

    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    for (const auto &[name, value] : outbound.headers)
        request.setRawHeader(name, value);
    if (item.request.auth != OutboundRequest::Auth::None) {
        const QByteArray secret = m_engine.secret(item.request.secretName);
        if (secret.isEmpty()) {
            fail(item, tr("the credential for this call is no longer available"), false);
            return;
        }
        if (item.request.auth == OutboundRequest::Auth::Header)
            request.setRawHeader(item.request.authHeader, secret);
        else
            request.setRawHeader("Authorization", authorizationHeader(item.request.auth, secret));
    }
    // Placeholders are filled in the body as well: it goes on as the connector built it.
    if (!item.request.credentialProvider.isEmpty())
        sendWithCredential(item, request, outbound.body);
    else
        sendPrepared(item, request, outbound.body);
}

void OutboxWorker::sendWithCredential(const OutboxItem &item, const QNetworkRequest &request,
                                      const QByteArray &body)
{
    const std::shared_ptr<CredentialProvider> provider =
            m_providers.value(item.request.credentialProvider);
    if (!provider) {
        fail(item,
             tr("no credentials for '%1' are configured").arg(item.request.credentialProvider),
             false);
        return;
    }
    provider->obtain(item.request.credentialScope,
                     [self = QPointer<OutboxWorker>(this), item, request,
                      body](const CredentialProvider::Result &result) {
                         if (!self)
                             return;
                         if (!result.error.isEmpty()) {
                             self->fail(item, result.error, result.retry);
                             return;
                         }
                         QNetworkRequest withCredential = request;
                         withCredential.setRawHeader("Authorization", result.authorization);
                         self->sendPrepared(item, withCredential, body);
                     });
}

void OutboxWorker::sendPrepared(const OutboxItem &item, QNetworkRequest request, QByteArray body)
{
    const QUrl url = request.url();
    if (!item.request.bodySecretName.isEmpty()) {
        body = m_engine.secret(item.request.bodySecretName);
        if (body.isEmpty()) {
            fail(item, tr("the sealed body of this call is no longer available"), false);
            return;
        }
    }
    if (item.request.sign) {
        const QByteArray secret = m_engine.secret(CallbackSigner::secretName());
        if (secret.isEmpty()) {
            fail(item, tr("the callback signing secret is not available"), false);
            return;
        }
        // The id is the outbox row's: the same on every retry, so the receiver can
        // deduplicate; the timestamp and signature are fresh on each attempt.
        const QByteArray id = "msg_gatehouse_" + QByteArray::number(item.id);
        for (const auto &[name, value] :
             CallbackSigner::headers(secret, id, m_engine.now().toSecsSinceEpoch(), body))
            request.setRawHeader(name, value);
    }
    QHostAddress literal;
    if (literal.setAddress(url.host()) || m_guard.allowsHost(url.host()))
        transmit(item, request, body); // a literal address passed checkUrl already
    else
        resolveAndSend(item, request, body);
}

// The string check cannot see where a name points, and the name may point elsewhere by
// the time the connection is made (DNS rebinding). So the worker resolves the name
// itself, refuses it if any of its addresses is refused, and then connects to exactly
// the address it checked: the URL gets that address as its host, while the Host header
// and TLS (SNI and certificate verification, through the peer verify name) keep the
// name. QNetworkAccessManager then has nothing left to resolve.
void OutboxWorker::resolveAndSend(const OutboxItem &item, QNetworkRequest request,
                                  const QByteArray &body)
{
    const QUrl url = request.url();
    const QString host = url.host();
    QHostInfo::lookupHost(
            host, this, [this, item, request, body, url, host](const QHostInfo &info) {
                if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
                    fail(item, tr("cannot resolve %1: %2").arg(host, info.errorString()), true);
                    return;
                }
                for (const QHostAddress &address : info.addresses()) {
                    const QString problem = m_guard.checkAddress(host, address);
                    if (!problem.isEmpty()) {
                        fail(item, tr("refused: %1").arg(problem), false);
                        return;
                    }
                }
                // One address is pinned, so there is no falling back from IPv6 to IPv4 as
                // QNetworkAccessManager would: IPv4 first, where most callback targets listen.
                QHostAddress chosen = info.addresses().constFirst();
                for (const QHostAddress &address : info.addresses()) {
                    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
                        chosen = address;
                        break;
                    }
                }
                QNetworkRequest pinned = request;
                QUrl direct = url;
                direct.setHost(chosen.toString());
                pinned.setUrl(direct);
                pinned.setRawHeader("Host",
                                    QUrl::toAce(host)
                                            + (url.port() == -1
                                                       ? QByteArray()
                                                       : ':' + QByteArray::number(url.port())));
                pinned.setPeerVerifyName(host);
                // HTTP/2 would take :authority from the URL, that is the address.
                pinned.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
                transmit(item, pinned, body);
            });
}

void OutboxWorker::transmit(const OutboxItem &item, const QNetworkRequest &request,
                            const QByteArray &body)
{
    const QByteArray method = item.request.method.toLatin1();
    QNetworkReply *reply = nullptr;
    if (method == "GET" || method == "HEAD") {
        // A read, sent again by Qt after a closed connection, changes nothing.
        reply = m_network.sendCustomRequest(request, method, body);
    } else {
        // A call that acts is sent once per attempt: Qt must not resend it by itself
        // (see OneShotBody). Unbuffered, so that Qt reads it from the device only.
        auto *once = new OneShotBody(body);
        QNetworkRequest streamed = request;
        streamed.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
        streamed.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        reply = m_network.sendCustomRequest(streamed, method, once);
        once->setParent(reply);
    }
    connect(reply, &QNetworkReply::finished, this, [this, reply, item] { finished(reply, item); });
}

void OutboxWorker::finished(QNetworkReply *reply, const OutboxItem &item)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 200 && status < 300) {
        // Only an answer that a later call builds on is read; it is small (a log record).
        const bool read = !item.request.captureAs.isEmpty() || item.request.readAnswer
                || !item.request.okField.isEmpty();
        const QByteArray answer = read ? reply->read(maxCapturedAnswer) : QByteArray();
        if (!item.request.okField.isEmpty()) {
            const QJsonObject object = QJsonDocument::fromJson(answer).object();
            if (object.value(item.request.okField) != QJsonValue(true)) {
                fail(item,
                     tr("HTTP %1 without \"%2\": true %3")
                             .arg(status)
                             .arg(item.request.okField,
                                  storableAnswer(answer,
                                                 reply->request().rawHeader("Authorization"))),
                     true);
                return;
            }
        }
        // The slot goes only with the record: a row delivered and not recorded still
        // looks due, and a sweep would send it a second time (recordDelivered()).
        if (!m_engine.deliverySucceeded(item, status, answer)) {
            m_unrecorded.append({item, status, answer});
            scheduleNext();
            return;
        }
        release(item.approvalId);
        wake();
        return;
    }
    if (status == 401 && !item.request.credentialProvider.isEmpty()) {
        if (const auto provider = m_providers.value(item.request.credentialProvider))
            provider->refused(item.request.credentialScope,
                              reply->request().rawHeader("Authorization"));
    }
    QString error;
    if (status > 0) {
        error = tr("HTTP %1").arg(status);
        const QByteArray credential = item.request.auth == OutboundRequest::Auth::Header
                ? reply->request().rawHeader(item.request.authHeader)
                : reply->request().rawHeader("Authorization");
        const QString answer = storableAnswer(reply->read(4 * maxStoredAnswer), credential);
        if (!answer.isEmpty())
            error += QStringLiteral(" ") + answer;
    } else {
        switch (reply->error()) {
        case QNetworkReply::OperationCanceledError:
            error = tr("timed out");
            break;
        case QNetworkReply::RemoteHostClosedError:
        case QNetworkReply::ContentReSendError: // Qt's own resend, refused (OneShotBody)
            error = tr("the connection closed before the target answered");
            break;
        default:
            error = reply->errorString();
        }
    }
    // A sealed URL's path is its credential: Qt's error texts may quote the URL.
    if (!item.request.urlSecretName.isEmpty()) {
        const QUrl sent = reply->request().url();
        error.replace(sent.toString(), sent.host());
        if (sent.path().size() > 1)
            error.replace(sent.path(), QStringLiteral("/..."));
    }
    fail(item, error, true);
}
