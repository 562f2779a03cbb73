#include "localtime.h"

#include <QRegularExpression>

namespace LocalTime {

QString text(const QDateTime &at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                        : QString();
}

QString compactText(const QDateTime &at, const QDateTime &now)
{
    if (!at.isValid())
        return {};
    const QDateTime local = at.toLocalTime();
    return local.date() == now.toLocalTime().date() ? local.toString(QStringLiteral("HH:mm"))
                                                    : local.toString(QStringLiteral("yyyy-MM-dd"));
}

QString localized(const QString &line)
{
    // Only instants with a zone: a bare "2026-11-30T10:02:00" could be either.
    static const QRegularExpression instant(QStringLiteral(
            R"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?(?:Z|[+-]\d{2}:\d{2}))"));
    QString result;
    qsizetype done = 0;
    auto it = instant.globalMatch(line);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QDateTime at = QDateTime::fromString(match.captured(), Qt::ISODateWithMs);
        result += line.mid(done, match.capturedStart() - done);
        result += at.isValid() ? text(at) : match.captured();
        done = match.capturedEnd();
    }
    return result + line.mid(done);
}

} // namespace LocalTime
