// TestHttp: a blocking HTTP client for tests (it spins the event loop while it waits,
// so servers in the same thread keep answering).
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

struct TestReply
{
    int status = 0; // 0: no HTTP answer (connection refused, reset, timeout)
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString networkError;
    QJsonObject json() const;
    QByteArray header(const QByteArray &name) const;
};

namespace TestHttp {
TestReply send(const QString &method, const QUrl &url, const QByteArray &body = {},
               const QList<QPair<QByteArray, QByteArray>> &headers = {}, int timeoutMs = 10000);
TestReply postJson(const QUrl &url, const QJsonObject &body,
                   const QList<QPair<QByteArray, QByteArray>> &headers = {});
// Writes raw bytes to a TCP port and returns whatever comes back before close/timeout.
QByteArray raw(quint16 port, const QByteArray &bytes, int timeoutMs = 5000);
// A loopback port free at the moment of asking, for a program the test starts.
quint16 freePort();
// The same from a chosen loopback address (127.0.0.x), e.g. one per case so that a
// limit on refusals per address does not mix the cases up.
QByteArray rawFrom(const QHostAddress &source, quint16 port, const QByteArray &bytes,
                   int timeoutMs = 5000);
} // namespace TestHttp
