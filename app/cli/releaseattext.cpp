#include "releaseattext.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ReleaseAtText {

std::optional<QString> toApi(const QString &text, QString *problem)
{
    const QString trimmed = text.trimmed();
    if (trimmed == QLatin1String("window"))
        return trimmed;
    // With a zone: the server reads it exactly.
    static const QRegularExpression zoned(QStringLiteral("(Z|[+-]\\d{2}:\\d{2})$"));
    if (zoned.match(trimmed).hasMatch()) {
        const QDateTime at = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
        if (at.isValid())
            return at.toUTC().toString(Qt::ISODate);
    } else {
        // Without: this terminal's local time, as the console shows times.
        QString local = trimmed;
        local.replace(QLatin1Char(' '), QLatin1Char('T'));
        for (const QString &format :
             {QStringLiteral("yyyy-MM-ddTHH:mm"), QStringLiteral("yyyy-MM-ddTHH:mm:ss")}) {
            const QDateTime at = QDateTime::fromString(local, format);
            if (at.isValid())
                return at.toUTC().toString(Qt::ISODate);
        }
    }
    *problem = QCoreApplication::translate(
                       "ReleaseAtText",
                       "--release-at must be \"window\", a local time such as \"2026-12-01"
                       " 22:00\" or an ISO 8601 time with its zone; '%1' is none of them")
                       .arg(trimmed);
    return std::nullopt;
}

} // namespace ReleaseAtText
