// OutboxItem: one queued outbound request with its delivery bookkeeping.
#pragma once

#include "core/outboundrequest.h"

#include <QDateTime>

struct OutboxItem
{
    qint64 id = 0;
    qint64 approvalId = 0;
    OutboundRequest request;
    QString state; // "queued", "delivering", "delivered", "failed"
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString lastError;
};
