// GitHubHttp: how Gatehouse's own calls to GitHub (token exchange, polling; not the
// outbox's) are made: straight to GitHub (no desktop proxy), no redirects followed, a
// transfer timeout, the REST API's headers, and the target rules of the outbox.
#pragma once

#include "delivery/targetguard.h"

#include <QNetworkRequest>

#include <optional>

class QNetworkAccessManager;

namespace GitHubHttp {
void configure(QNetworkAccessManager &network);
// The request for url with "Authorization: Bearer <bearer>", or nothing with *problem
// saying why the URL may not be called.
std::optional<QNetworkRequest> request(const QUrl &url, const TargetGuard &guard,
                                       const QByteArray &bearer, QString *problem);
} // namespace GitHubHttp
