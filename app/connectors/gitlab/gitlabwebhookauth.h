// GitLabWebhookAuth: proves that a delivery to /hooks/gitlab comes from GitLab. With a
// webhook-signature header, the Standard Webhooks signature decides (v1, base64
// HMAC-SHA256 of "<webhook-id>.<webhook-timestamp>.<body>", the timestamp within 5
// minutes of now); without one, X-Gitlab-Token must equal the secret. Both in constant
// time. Which HMAC key GitLab uses is UNCONFIRMED (CONNECTORS.md): the Standard Webhooks
// reading (the bytes base64-encoded after "whsec_") and the raw token are both accepted.
#pragma once

#include "receiver/httpmessage.h"
#include "receiver/inboundauth.h"

#include <QDateTime>

namespace GitLabWebhookAuth {
constexpr qint64 toleranceSecs = 5 * 60;
InboundAuth::Verdict verify(const QByteArray &secret, const HttpRequest &request,
                            const QDateTime &now);
// The signature GitLab would send for this message with this key (for tests and docs).
QByteArray signature(const QByteArray &key, const QByteArray &id, const QByteArray &timestamp,
                     const QByteArray &body);
} // namespace GitLabWebhookAuth
