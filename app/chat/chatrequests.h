// ChatRequests: the outbound calls that carry chat messages, per channel type. A
// webhook's URL is its credential, so the call names it as a sealed secret
// (OutboundRequest::urlSecretName) and shows only its origin; a post that carries action
// links has a sealed body. Slack's Web API answers 200 with {"ok": false} on errors:
// those calls count only with "ok": true, and chat.postMessage's "ts" is kept in the
// approval's metadata for chat.update and the thread reply.
#pragma once

#include "chat/chatchannel.h"
#include "chat/chatmessages.h"
#include "core/outboundrequest.h"

namespace ChatRequests {

QString bodySecret(const QString &channel); // the approval-scoped secret of the post's body
QString tsKey(const QString &channel); // metadata key of the posted message's ts
QUrl origin(const QUrl &url); // scheme, host and port: what the outbox may show

// webhookOrigin: origin() of the stored webhook URL (webhook channels).
OutboundRequest announcement(const ChatChannel &channel, const QUrl &webhookOrigin,
                             const QString &sealedBody);
QByteArray announcementBody(const ChatChannel &channel, const ChatFacts &facts,
                            const QUrl &approveUrl, const QUrl &rejectUrl);
// Slack Web API: chat.update (the buttons give way to the outcome) and a reply in the
// message's thread; webhooks: a follow-up message.
QList<OutboundRequest> outcome(const ChatChannel &channel, const QUrl &webhookOrigin,
                               const ChatFacts &facts, const QString &outcome);

} // namespace ChatRequests
