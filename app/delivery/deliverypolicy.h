// DeliveryPolicy: how hard the outbox tries. Exponential backoff with jitter, capped,
// and a limit after which the approval shows "delivery failed" with a retry button.
#pragma once

#include <QtGlobal>

struct DeliveryPolicy
{
    int maxAttempts = 10;
    int baseDelayMs = 2000;
    int maxDelayMs = 5 * 60 * 1000;
    int requestTimeoutMs = 15000;
    int maxConcurrent = 8;
    // Team mode: how long a claimed row stays this instance's (database clock). 0: at
    // least 2 minutes and 4 request timeouts, so a live instance never loses a row.
    qint64 leaseMs = 0;

    // Delay before attempt number attemptsSoFar + 1; jitter in [0.8, 1.2] spreads
    // retries of many items that failed together.
    qint64 backoffMs(int attemptsSoFar, double jitter) const;
};
