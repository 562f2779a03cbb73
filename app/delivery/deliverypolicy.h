// DeliveryPolicy: how hard the outbox tries. Exponential backoff with jitter, capped,
// and a limit after which the approval shows "delivery failed" with a retry button.
// Also how the outbox shares its slots, and which private targets it may call.
#pragma once

#include <QStringList>
#include <QtGlobal>

struct DeliveryPolicy
{
    int maxAttempts = 10;
    int baseDelayMs = 2000;
    int maxDelayMs = 5 * 60 * 1000;
    int requestTimeoutMs = 15000;
    int maxConcurrent = 16;
    // Host names and CIDR ranges that may be called although they are loopback, private
    // or link-local (delivery/allowTargets); GATEHOUSE_DELIVERY_ALLOW adds to them.
    QStringList allowTargets;
    // Team mode: how long a claimed row stays this instance's (database clock). 0: at
    // least 2 minutes and 4 request timeouts, so a live instance never loses a row.
    qint64 leaseMs = 0;

    // Delay before attempt number attemptsSoFar + 1; jitter in [0.8, 1.2] spreads
    // retries of many items that failed together.
    qint64 backoffMs(int attemptsSoFar, double jitter) const;

    // Fair shares, so that a target that hangs cannot hold up everyone else's calls:
    // one host gets at most a quarter of the slots, and retries leave a quarter free
    // for first attempts (a fresh decision never waits behind retries). Within one
    // host, retries leave one of its slots to first attempts.
    int perHostLimit() const { return qMax(1, maxConcurrent / 4); }
    int retryLimit() const { return qMax(1, maxConcurrent - maxConcurrent / 4); }
    int perHostRetryLimit() const { return qMax(1, perHostLimit() - 1); }
};
