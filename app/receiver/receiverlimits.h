// ReceiverLimits: what one client may cost us. Qt 6.4's QHttpServer has no limits of
// its own, so the guarded servers enforce these before QHttpServer reads a byte.
#pragma once

#include <QtGlobal>

struct ReceiverLimits
{
    qint64 maxBodyBytes = 1024 * 1024; // 413 above
    int maxHeaderBytes = 16 * 1024; // 431 above
    int maxConnections = 256; // over all receiver threads, TLS handshakes included
    int maxConnectionsPerAddress = 64; // from one client address (the benchmark load uses 64)
    int idleTimeoutMs = 30000; // idle keep-alive connections are closed
    int headTimeoutMs = 10000; // a head must arrive whole this long after its first byte
    int bodyTimeoutMs = 60000; // a body must arrive whole this long after its head
    // After an early error answer, what the client still sends is read and dropped for
    // this long (or this many bytes), so that it reads the answer instead of a reset.
    int lingerMs = 5000;
    qint64 lingerBytes = 16 * 1024 * 1024;
};
