#include "fieldlimits.h"

#include "core/approval.h"

#include <QJsonDocument>

namespace {
HttpResponse tooLarge(const QString &field, qsizetype size, int limit, const QString &unit)
{
    return HttpResponse::error(413, QStringLiteral("field too large"),
                               QStringLiteral("%1 has %2 %4; the limit is %3 %4")
                                       .arg(field)
                                       .arg(size)
                                       .arg(limit)
                                       .arg(unit));
}
} // namespace

std::optional<HttpResponse> FieldLimits::refuse(const Approval &a)
{
    const QString characters = QStringLiteral("characters");
    // The generic webhook's run id is kept in the metadata and is part of the group key.
    const QString runId = a.metadata.value(QStringLiteral("runId")).toString();
    const struct
    {
        const char *name;
        const QString &value;
        int limit;
    } fields[] = {{"title", a.title, titleChars},
                  {"description", a.description, descriptionChars},
                  {"externalId", a.externalId, shortFieldChars},
                  {"pipeline", a.pipeline, shortFieldChars},
                  {"stage", a.stage, shortFieldChars},
                  {"environment", a.environment, shortFieldChars},
                  {"requestedBy", a.requestedBy, shortFieldChars},
                  {"runId", runId, shortFieldChars}};
    for (const auto &field : fields) {
        if (field.value.size() > field.limit)
            return tooLarge(QLatin1String(field.name), field.value.size(), field.limit, characters);
    }
    const qsizetype metadata = QJsonDocument(a.metadata).toJson(QJsonDocument::Compact).size();
    if (metadata > metadataBytes)
        return tooLarge(QStringLiteral("metadata (the stored request data)"), metadata,
                        metadataBytes, QStringLiteral("bytes"));
    return std::nullopt;
}
