// libFuzzer target: the parse function of every route of every connector in
// ConnectorRegistry, and the request guard's view of headers, on arbitrary bytes. The
// first byte picks the route; the rest is split
// into a header block and a body at the first blank line, as on the wire.
#include "connectors/connectorregistry.h"
#include "connectors/jsonparse.h"
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

// Every route's parse step, once per distinct step (an earlier path shares its parse).
const QList<InboundRoute::Parse> &parsers()
{
    static const QList<InboundRoute::Parse> all = [] {
        QList<InboundRoute::Parse> list;
        for (const auto &connector : ConnectorRegistry::described()) {
            QString previousPath;
            for (const InboundRoute &route : connector->routes()) {
                if (route.parse && route.path != previousPath)
                    list.append(route.parse);
                previousPath = route.path;
            }
        }
        return list;
    }();
    return all;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const HttpRequest request = requestFrom(input);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
    const int choice = data[0] % (parsers().size() + 2);
    if (choice < parsers().size()) {
        parsers().at(choice)(request, now);
    } else if (choice == parsers().size()) {
        InboundAuth auth;
        auth.setRule(QStringLiteral("s"), {InboundRule::Scheme::StandardWebhooks, "key", {}, {}});
        auth.setRule(QStringLiteral("h"),
                     {InboundRule::Scheme::HmacSha256, "key", "X-Sig", "sha256="});
        auth.setRule(QStringLiteral("t"), {InboundRule::Scheme::Token, "key", {}, {}});
        for (const char *connector : {"s", "h", "t"})
            auth.check(QString::fromLatin1(connector), request, now);
    } else {
        QJsonObject object;
        parseJsonObject(input, &object, true);
    }
    return 0;
}
