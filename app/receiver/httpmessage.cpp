#include "httpmessage.h"

#include <QJsonDocument>

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool HttpRequest::hasHeader(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString HttpRequest::mediaType() const
{
    const QByteArray value = header("Content-Type");
    const int semicolon = value.indexOf(';');
    return QString::fromLatin1(semicolon < 0 ? value : value.left(semicolon)).trimmed().toLower();
}

std::optional<MediaTypeRefusal> jsonMediaTypeRefusal(const HttpRequest &request)
{
    const QString type = request.mediaType();
    if (!type.isEmpty() && type != QLatin1String("application/json"))
        return MediaTypeRefusal{
                415, QStringLiteral("unsupported media type"),
                QStringLiteral("Content-Type must be application/json, not %1").arg(type)};
    return std::nullopt;
}

std::optional<HttpResponse> refuseUnlessJson(const HttpRequest &request)
{
    if (const auto refusal = jsonMediaTypeRefusal(request))
        return HttpResponse::error(refusal->status, refusal->error, refusal->detail);
    return std::nullopt;
}

HttpResponse HttpResponse::json(int status, const QJsonObject &object)
{
    HttpResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

HttpResponse HttpResponse::error(int status, const QString &error, const QString &detail)
{
    return json(status, {{QStringLiteral("error"), error}, {QStringLiteral("detail"), detail}});
}

HttpResponse HttpResponse::html(int status, const QByteArray &page)
{
    HttpResponse response;
    response.status = status;
    response.contentType = "text/html; charset=utf-8";
    response.body = page;
    return response;
}
