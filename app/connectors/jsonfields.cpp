#include "jsonfields.h"

#include <QJsonValue>

QString JsonFields::requiredString(const QString &field)
{
    const QJsonValue value = m_object.value(field);
    if (value.isUndefined() || value.isNull()) {
        fail(QStringLiteral("field '%1' is required").arg(field));
        return {};
    }
    if (!value.isString()) {
        fail(QStringLiteral("field '%1' must be a string").arg(field));
        return {};
    }
    if (value.toString().trimmed().isEmpty())
        fail(QStringLiteral("field '%1' must not be empty").arg(field));
    return value.toString();
}

QString JsonFields::optionalString(const QString &field)
{
    const QJsonValue value = m_object.value(field);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString()) {
        fail(QStringLiteral("field '%1' must be a string").arg(field));
        return {};
    }
    return value.toString();
}

double JsonFields::optionalNumber(const QString &field, double fallback)
{
    const QJsonValue value = m_object.value(field);
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (!value.isDouble()) {
        fail(QStringLiteral("field '%1' must be a number").arg(field));
        return fallback;
    }
    return value.toDouble();
}
