// TlsSetup: turns a PEM certificate and private key into the TLS configuration of the
// receiver, and refuses at start, with a clear message, a file that is missing or
// unreadable, a certificate or key that does not parse, an expired certificate, and a
// key that does not belong to the certificate (checked by a handshake on loopback).
#pragma once

#include <QSslConfiguration>
#include <QString>

#include <optional>

namespace TlsSetup {
std::optional<QSslConfiguration> load(const QString &certificatePath, const QString &keyPath,
                                      QString *error);
}
