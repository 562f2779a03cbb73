// libFuzzer target: every connector's parse function, and the request guard's view of
// headers, on arbitrary bytes. The first byte picks the connector; the rest is split
// into a header block and a body at the first blank line, as on the wire.
#include "connectors/azurechecksconnector.h"
#include "connectors/flexdeployconnector.h"
#include "connectors/genericconnector.h"
#include "connectors/jsonparse.h"
#include "connectors/pausedrunconnector.h"
#include "receiver/inboundauth.h"

#include <cstddef>
#include <cstdint>

namespace {

HttpRequest requestFrom(const QByteArray &input)
{
    HttpRequest request;
    request.method = QStringLiteral("POST");
    request.path = QStringLiteral("/hooks/fuzz");
    const qsizetype split = input.indexOf("\n\n");
    const QByteArray head = split < 0 ? QByteArray() : input.left(split);
    request.body = split < 0 ? input : input.mid(split + 2);
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request.headers.append(qMakePair(line.left(colon), line.mid(colon + 1).trimmed()));
    }
    request.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return request;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const HttpRequest request = requestFrom(input);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
    switch (data[0] % 7) {
    case 0:
        GenericConnector().parse(request, now);
        break;
    case 1:
        AzureChecksConnector().parse(request, now);
        break;
    case 2:
        AzureChecksConnector().parseGate(request, now);
        break;
    case 3: {
        double minutes = 0;
        FlexDeployConnector().parse(request, &minutes);
        break;
    }
    case 4:
        PausedRunConnector().parse(request, now);
        break;
    case 5: {
        InboundAuth auth;
        auth.setRule(QStringLiteral("s"), {InboundRule::Scheme::StandardWebhooks, "key", {}, {}});
        auth.setRule(QStringLiteral("h"),
                     {InboundRule::Scheme::HmacSha256, "key", "X-Sig", "sha256="});
        auth.setRule(QStringLiteral("t"), {InboundRule::Scheme::Token, "key", {}, {}});
        for (const char *connector : {"s", "h", "t"})
            auth.check(QString::fromLatin1(connector), request, now);
        break;
    }
    default: {
        QJsonObject object;
        parseJsonObject(input, &object, true);
        break;
    }
    }
    return 0;
}
