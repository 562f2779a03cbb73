// TestCertificate: a self-signed RSA certificate and key made with the openssl tool,
// for tests that speak TLS to the real receiver.
#pragma once

#include <QString>

namespace TestCertificate {
bool make(const QString &certificatePath, const QString &keyPath);
}
