#include "publicmetadata.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace {

const QString redacted = QStringLiteral("[redacted]");

bool credentialName(const QString &key)
{
    static const QStringList words{QStringLiteral("token"),      QStringLiteral("secret"),
                                   QStringLiteral("password"),   QStringLiteral("passwd"),
                                   QStringLiteral("credential"), QStringLiteral("authorization"),
                                   QStringLiteral("apikey"),     QStringLiteral("api_key"),
                                   QStringLiteral("api-key"),    QStringLiteral("signature"),
                                   QStringLiteral("cookie"),     QStringLiteral("privatekey"),
                                   QStringLiteral("private_key")};
    const QString lower = key.toLower();
    // When a token expires is not a secret (Azure's tokenExpiresAt).
    if (lower.endsWith(QLatin1String("expiresat")))
        return false;
    return std::any_of(words.cbegin(), words.cend(),
                       [&](const QString &word) { return lower.contains(word); });
}

QString cleanText(QString text, const QList<QByteArray> &secrets)
{
    static const QRegularExpression userInfo(
            QStringLiteral("([A-Za-z][A-Za-z0-9+.-]*://)[^/@\\s]*@"));
    text.replace(userInfo, QStringLiteral("\\1"));
    for (const QByteArray &secret : secrets) {
        const QString value = QString::fromUtf8(secret);
        if (value.size() >= 4) // a one-letter "secret" would blank out everything
            text.replace(value, redacted);
    }
    return text;
}

QJsonValue clean(const QJsonValue &value, const QList<QByteArray> &secrets);

QJsonObject cleanObject(const QJsonObject &object, const QList<QByteArray> &secrets)
{
    QJsonObject out;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!credentialName(it.key()))
            out.insert(it.key(), clean(it.value(), secrets));
    }
    return out;
}

QJsonValue clean(const QJsonValue &value, const QList<QByteArray> &secrets)
{
    if (value.isObject())
        return cleanObject(value.toObject(), secrets);
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out.append(clean(item, secrets));
        return out;
    }
    if (value.isString())
        return cleanText(value.toString(), secrets);
    return value;
}

} // namespace

QJsonObject publicMetadata(const QJsonObject &metadata, const QList<QByteArray> &secretValues)
{
    return cleanObject(metadata, secretValues);
}
