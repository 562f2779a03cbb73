// TestCore: the service's parts composed in the test's own thread, on a real SQLite
// file in a temporary directory, with a real vault key and a real receiver on an
// ephemeral loopback port. Tests drive it exactly as the service does.
#pragma once

#include "core/clock.h"
#include "core/engine.h"
#include "delivery/outboxworker.h"
#include "receiver/webhookreceiver.h"
#include "secrets/secretvault.h"
#include "store/store.h"

#include <QTemporaryDir>
#include <QUrl>

#include <memory>

// A clock the test moves by hand.
class ManualClock : public Clock
{
public:
    QDateTime now() const override { return m_now.isValid() ? m_now : Clock::now(); }
    void set(const QDateTime &now) { m_now = now; }
    void advance(qint64 ms) { m_now = now().addMSecs(ms); }

private:
    QDateTime m_now;
};

class TestCore
{
public:
    static constexpr const char *operatorToken = "test-operator-token-0123456789";
    static constexpr const char *webhookSecret = "test-webhook-secret-0123456789";
    // Signs generic, fan-in and restart callbacks (Standard Webhooks).
    static constexpr const char *callbackSigningSecret =
            "whsec_dGVzdC1jYWxsYmFjay1zaWduaW5nLWtleS0wMTIzNDU2Nzg5";
    static QList<QPair<QByteArray, QByteArray>> webhookAuth();

    explicit TestCore(DeliveryPolicy policy = fastPolicy(), const QString &databasePath = {});
    ~TestCore();

    static DeliveryPolicy fastPolicy();
    QString databasePath() const { return m_databasePath; }
    QUrl url(const QString &path) const;
    QList<QPair<QByteArray, QByteArray>> operatorAuth() const;
    bool listen();
    // A generic approval with this callback URL, stored straight through the engine
    // (no ingest checks) and decided through the API: its callback is queued.
    qint64 decidedGeneric(const QString &callbackUrl, const QString &externalId = {},
                          Verdict verdict = Verdict::Approve);

    QTemporaryDir dir;
    ManualClock clock;
    Store store;
    SecretVault vault;
    std::unique_ptr<Engine> engine;
    std::unique_ptr<OutboxWorker> outbox;
    std::unique_ptr<WebhookReceiver> receiver;
    quint16 port = 0;

private:
    QString m_databasePath;
};
