// CallbackSigningSecret: the one secret under which Gatehouse signs its generic, fan-in
// and restart callbacks (Standard Webhooks). Given by GATEHOUSE_CALLBACK_SIGNING_SECRET
// for scripted set-ups, else the stored one, else generated at first start; always
// sealed in the vault, where the outbox worker reads it at send time. File › Webhook
// secrets shows it as "Callback signing" so it can be pasted into the receivers.
#pragma once

#include "service/inboundsecrets.h"

#include <optional>

class Engine;

namespace CallbackSigningSecret {
// The connector name under which the secret is listed with the webhook secrets.
inline QString listedAs()
{
    return QStringLiteral("callback-signing");
}
// The secret in effect, sealed; nothing, with *error, when the given one is not
// "whsec_<base64>" or cannot be stored.
std::optional<ConnectorSecret> provision(const QByteArray &given, Engine &engine, QString *error);
} // namespace CallbackSigningSecret
