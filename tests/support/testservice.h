// TestService: the service configuration every service-level test starts from: a
// SQLite file and a vault key in the test's directory, an ephemeral loopback port, a
// known operator token and fast retries. Tests add what they are about.
#pragma once

#include "service/gatehouseservice.h"
#include "service/serviceconfig.h"

#include <QString>
#include <QStringList>

namespace TestService {

inline constexpr const char *hookSecret = "hook-secret";

// The database is <dir>/g.sqlite, the vault key <dir>/vault.key.
ServiceConfig config(const QString &dir, const QByteArray &operatorToken);
// Each connector takes a bearer token (the secret), as if given by the environment.
void acceptToken(ServiceConfig &config, const QStringList &connectors,
                 const QByteArray &secret = hookSecret);
// Each connector takes webhooks without authentication.
void acceptAnyone(ServiceConfig &config, const QStringList &connectors);
// Starts the service in its own thread; false (with a warning naming why) if it cannot.
bool start(ServiceThread &service, const ServiceConfig &config);

} // namespace TestService
