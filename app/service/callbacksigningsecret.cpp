#include "callbacksigningsecret.h"

#include "core/engine.h"
#include "delivery/callbacksigner.h"

std::optional<ConnectorSecret> CallbackSigningSecret::provision(const QByteArray &given,
                                                                Engine &engine, QString *error)
{
    ConnectorSecret listed{listedAs(), QStringLiteral("standard-webhooks"), given,
                           QStringLiteral("environment")};
    if (!given.isEmpty() && !CallbackSigner::isValidSecret(given)) {
        *error = QStringLiteral("GATEHOUSE_CALLBACK_SIGNING_SECRET must be whsec_ followed by the"
                                " base64 of at least 16 bytes");
        return std::nullopt;
    }
    if (given.isEmpty()) {
        listed.secret = engine.secret(CallbackSigner::secretName());
        listed.origin = QStringLiteral("stored");
    }
    if (listed.secret.isEmpty()) {
        listed.secret = CallbackSigner::generateSecret();
        listed.origin = QStringLiteral("generated now");
    }
    if (listed.origin != QLatin1String("stored")
        && !engine.putSecret(CallbackSigner::secretName(), listed.secret)) {
        *error = QStringLiteral("cannot store the callback signing secret");
        return std::nullopt;
    }
    return listed;
}
