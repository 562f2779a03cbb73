#include "outboundrequest.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace {

QString authName(OutboundRequest::Auth auth)
{
    switch (auth) {
    case OutboundRequest::Auth::None:
        return QStringLiteral("none");
    case OutboundRequest::Auth::BasicToken:
        return QStringLiteral("basic-token");
    case OutboundRequest::Auth::BasicUserPassword:
        return QStringLiteral("basic");
    case OutboundRequest::Auth::Bearer:
        return QStringLiteral("bearer");
    case OutboundRequest::Auth::Header:
        return QStringLiteral("header");
    }
    return QStringLiteral("none");
}

OutboundRequest::Auth authFromName(const QString &name)
{
    if (name == QLatin1String("basic-token"))
        return OutboundRequest::Auth::BasicToken;
    if (name == QLatin1String("basic"))
        return OutboundRequest::Auth::BasicUserPassword;
    if (name == QLatin1String("bearer"))
        return OutboundRequest::Auth::Bearer;
    if (name == QLatin1String("header"))
        return OutboundRequest::Auth::Header;
    return OutboundRequest::Auth::None;
}

} // namespace

QJsonObject OutboundRequest::toJson() const
{
    QJsonArray headerArray;
    for (const auto &[name, value] : headers)
        headerArray.append(QJsonArray{QString::fromLatin1(name), QString::fromUtf8(value)});
    QJsonObject json{
            {QStringLiteral("method"), method},
            {QStringLiteral("url"), url.toString(QUrl::FullyEncoded)},
            {QStringLiteral("headers"), headerArray},
            {QStringLiteral("body"), QString::fromLatin1(body.toBase64())},
            {QStringLiteral("auth"), authName(auth)},
            {QStringLiteral("secret"), secretName},
            {QStringLiteral("purpose"),
             purpose == Purpose::Decision ? QStringLiteral("decision") : QStringLiteral("status")},
            {QStringLiteral("label"), label},
            {QStringLiteral("bodySecret"), bodySecretName},
    };
    if (!captureAs.isEmpty()) {
        if (!captureField.isEmpty())
            json.insert(QStringLiteral("captureField"), captureField);
        json.insert(QStringLiteral("captureAs"), captureAs);
    }
    if (sign)
        json.insert(QStringLiteral("sign"), true);
    if (!credentialProvider.isEmpty()) {
        json.insert(QStringLiteral("credentialProvider"), credentialProvider);
        json.insert(QStringLiteral("credentialScope"), credentialScope);
    }
    if (!authHeader.isEmpty())
        json.insert(QStringLiteral("authHeader"), QString::fromLatin1(authHeader));
    if (readAnswer)
        json.insert(QStringLiteral("readAnswer"), true);
    if (!urlSecretName.isEmpty())
        json.insert(QStringLiteral("urlSecret"), urlSecretName);
    if (!okField.isEmpty())
        json.insert(QStringLiteral("okField"), okField);
    if (!placeholders.isEmpty())
        json.insert(QStringLiteral("placeholders"), QJsonArray::fromStringList(placeholders));
    return json;
}

OutboundRequest OutboundRequest::fromJson(const QJsonObject &json)
{
    OutboundRequest request;
    request.method = json.value(QStringLiteral("method")).toString(QStringLiteral("POST"));
    request.url = QUrl(json.value(QStringLiteral("url")).toString(), QUrl::StrictMode);
    const QJsonArray headerArray = json.value(QStringLiteral("headers")).toArray();
    for (const auto &pair : headerArray) {
        const QJsonArray nameValue = pair.toArray();
        request.headers.append(
                {nameValue.at(0).toString().toLatin1(), nameValue.at(1).toString().toUtf8()});
    }
    request.body = QByteArray::fromBase64(json.value(QStringLiteral("body")).toString().toLatin1());
    request.auth = authFromName(json.value(QStringLiteral("auth")).toString());
    request.secretName = json.value(QStringLiteral("secret")).toString();
    request.purpose = json.value(QStringLiteral("purpose")).toString() == QLatin1String("status")
            ? Purpose::Status
            : Purpose::Decision;
    request.label = json.value(QStringLiteral("label")).toString();
    request.bodySecretName = json.value(QStringLiteral("bodySecret")).toString();
    request.sign = json.value(QStringLiteral("sign")).toBool();
    request.credentialProvider = json.value(QStringLiteral("credentialProvider")).toString();
    request.credentialScope = json.value(QStringLiteral("credentialScope")).toString();
    request.authHeader = json.value(QStringLiteral("authHeader")).toString().toLatin1();
    request.readAnswer = json.value(QStringLiteral("readAnswer")).toBool();
    request.urlSecretName = json.value(QStringLiteral("urlSecret")).toString();
    request.okField = json.value(QStringLiteral("okField")).toString();
    request.captureField = json.value(QStringLiteral("captureField")).toString();
    request.captureAs = json.value(QStringLiteral("captureAs")).toString();
    // Rows queued before the one answer hook said "read by the connector" as captureField "*".
    if (request.captureField == QLatin1String("*")) {
        request.captureField.clear();
        request.readAnswer = true;
    }
    for (const QJsonValue &key : json.value(QStringLiteral("placeholders")).toArray())
        request.placeholders.append(key.toString());
    return request;
}

bool OutboundRequest::fillPlaceholders(const QJsonObject &metadata, QString *missingKey)
{
    QByteArray encodedUrl = url.toEncoded();
    for (const QString &key : std::as_const(placeholders)) {
        const QJsonValue value = metadata.value(key);
        // Numbers stay numbers: Azure's log id is written into JSON bodies as it came.
        // Only plain ids are ever filled in: an answer cannot inject JSON or a path.
        static const QRegularExpression plainId(QStringLiteral("^[A-Za-z0-9._~-]{1,200}$"));
        const QString text = value.isDouble() ? QString::number(value.toDouble(), 'g', 17)
                : value.isString()            ? value.toString()
                                              : QString();
        if (!plainId.match(text).hasMatch()) {
            if (missingKey)
                *missingKey = key;
            return false;
        }
        const QByteArray marker = placeholder(key).toUtf8();
        // QUrl keeps the braces percent-encoded.
        encodedUrl.replace(QUrl::toPercentEncoding(QString::fromUtf8(marker)),
                           QUrl::toPercentEncoding(text));
        body.replace(marker, text.toUtf8());
    }
    url = QUrl::fromEncoded(encodedUrl, QUrl::StrictMode);
    return true;
}
