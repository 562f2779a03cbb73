// GatehouseProcess: reading what a started gatehouse binary prints, for the tests that
// run the real program (end to end, single seat, team mode, metrics, framing).
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>

namespace GatehouseProcess {

// Waits until the process's standard output matches the pattern; returns its first
// capture (or the whole match). Empty when the process ended or the time ran out; then
// what it printed goes to the test log. With seen, the match also looks at what an
// earlier call read, and *seen holds all the output read so far.
QString waitForOutput(QProcess &process, const QString &pattern, int timeoutMs = 20000,
                      QByteArray *seen = nullptr);
// The port of "listening on http(s)://127.0.0.1:PORT"; 0 when it did not start.
quint16 waitForPort(QProcess &process, int timeoutMs = 20000, QByteArray *seen = nullptr);

} // namespace GatehouseProcess
