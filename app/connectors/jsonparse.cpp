#include "jsonparse.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace {

// QJsonDocument accepts deep nesting (and can exhaust the stack on hostile input);
// refuse it before parsing. Strings are skipped so brackets inside them do not count.
bool nestingWithin(const QByteArray &body, int limit)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const char c = body.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > limit)
                return false;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return true;
}

} // namespace

std::optional<ParseOutcome> parseJsonObject(const QByteArray &body, QJsonObject *object,
                                            bool emptyIsEmptyObject)
{
    if (body.trimmed().isEmpty()) {
        if (emptyIsEmptyObject) {
            *object = {};
            return std::nullopt;
        }
        return ParseOutcome::fail(
                400, QStringLiteral("malformed JSON"),
                QStringLiteral("the request body is empty; a JSON object is expected"));
    }
    if (!nestingWithin(body, maxJsonDepth))
        return ParseOutcome::fail(
                400, QStringLiteral("malformed JSON"),
                QStringLiteral("JSON nested deeper than %1 levels").arg(maxJsonDepth));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return ParseOutcome::fail(
                400, QStringLiteral("malformed JSON"),
                QStringLiteral("%1 at offset %2").arg(error.errorString()).arg(error.offset));
    if (!document.isObject())
        return ParseOutcome::fail(400, QStringLiteral("malformed JSON"),
                                  QStringLiteral("the body must be a JSON object"));
    *object = document.object();
    return std::nullopt;
}
