// ReceiverLimits: what one client may cost us. Qt 6.4's QHttpServer has no limits of
// its own, so GuardedTcpServer enforces these before QHttpServer reads a byte.
#pragma once

#include <QtGlobal>

struct ReceiverLimits
{
    qint64 maxBodyBytes = 1024 * 1024; // 413 above
    int maxHeaderBytes = 16 * 1024; // 431 above
    int maxConnections = 256; // 503 above
    int idleTimeoutMs = 30000; // idle keep-alive connections are closed
};
