// DbValues: how times and text travel to and from the database columns: times as
// milliseconds since the epoch (UTC) in BIGINT, NULL for none; text never NULL.
// (store.cpp and storeidentity.cpp still have their own copies of these three.)
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QVariant>

namespace DbValues {

inline QVariant time(const QDateTime &at)
{
    return at.isValid() ? QVariant(at.toMSecsSinceEpoch())
                        : QVariant(QMetaType(QMetaType::LongLong));
}

inline QDateTime time(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// A null QString binds as SQL NULL; NOT NULL text columns want ''.
inline QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

} // namespace DbValues
