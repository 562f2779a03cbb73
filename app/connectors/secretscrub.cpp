#include "secretscrub.h"

#include <QJsonArray>

namespace {

const QString redacted = QStringLiteral("[redacted]");

QString text(QString value, const QString &secret)
{
    if (!secret.isEmpty())
        value.replace(secret, redacted);
    return value;
}

QJsonValue value(const QJsonValue &input, const QString &name, const QString &secret)
{
    if (input.isString())
        return text(input.toString(), secret);
    if (input.isArray()) {
        QJsonArray array;
        for (const QJsonValue &item : input.toArray())
            array.append(value(item, name, secret));
        return array;
    }
    if (!input.isObject())
        return input;
    QJsonObject out;
    const QJsonObject object = input.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!name.isEmpty() && it.key().compare(name, Qt::CaseInsensitive) == 0)
            continue;
        out.insert(text(it.key(), secret), value(it.value(), name, secret));
    }
    return out;
}

} // namespace

QJsonObject SecretScrub::object(const QJsonObject &object, const QString &name,
                                const QByteArray &secret)
{
    return value(object, name, QString::fromUtf8(secret)).toObject();
}

void SecretScrub::approval(Approval *a, const QByteArray &secret)
{
    if (secret.isEmpty())
        return;
    const QString s = QString::fromUtf8(secret);
    for (QString *field : {&a->title, &a->description, &a->pipeline, &a->stage, &a->environment,
                           &a->requestedBy, &a->externalId, &a->groupKey})
        *field = text(*field, s);
    a->metadata = value(a->metadata, QString(), s).toObject();
}
