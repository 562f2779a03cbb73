#include "outboundrequest.h"

#include <QJsonArray>

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
    // Omitted when empty: outbox rows written before the capture existed look the same.
    if (!captureField.isEmpty())
        json.insert(QStringLiteral("captureField"), captureField);
    if (!captureAs.isEmpty())
        json.insert(QStringLiteral("captureAs"), captureAs);
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
    request.captureField = json.value(QStringLiteral("captureField")).toString();
    request.captureAs = json.value(QStringLiteral("captureAs")).toString();
    return request;
}
