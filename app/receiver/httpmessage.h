// HttpRequest / HttpResponse: our own request and response values. Everything past
// the QHttpServer adapter (routing, handlers, connectors, tests) uses these, so that
// a Qt upgrade that changes QHttpServer's API touches one file.
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <memory>
#include <optional>

struct ParsedAhead;

struct HttpRequest
{
    QString method; // upper case: "GET", "POST", ...
    QString path; // decoded path, e.g. "/hooks/generic"
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress remoteAddress;
    // The route's parse, already run by the receiver thread (receiver/parsedahead.h).
    std::shared_ptr<const ParsedAhead> parsedAhead;

    // Header names are case-insensitive (Azure's own sample sends "TaskinstanceId").
    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
    QString mediaType() const; // Content-Type without parameters, lower case
};

struct HttpResponse;
// The 415 every JSON endpoint answers to another Content-Type (none is taken as JSON).
std::optional<HttpResponse> refuseUnlessJson(const HttpRequest &request);
// The same refusal as its error and detail, for a parse that answers it itself.
struct MediaTypeRefusal
{
    int status;
    QString error;
    QString detail;
};
std::optional<MediaTypeRefusal> jsonMediaTypeRefusal(const HttpRequest &request);

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static HttpResponse json(int status, const QJsonObject &object);
    // Every error answer has the same shape: {"error": "...", "detail": "..."}.
    static HttpResponse error(int status, const QString &error, const QString &detail = {});
    static HttpResponse html(int status, const QByteArray &page);
};
