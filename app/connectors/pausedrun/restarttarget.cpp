#include "restarttarget.h"

#include "core/pathsegment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {

const QRegularExpression placeholder(
        QStringLiteral(R"(\{\{\s*data(?:\.([A-Za-z0-9_\-]+))?\s*\}\})"));

QByteArray jsonText(const QJsonValue &value)
{
    // QJsonDocument wraps only objects and arrays; a scalar goes in an array and back out.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

QString plainText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    return QString::fromUtf8(jsonText(value));
}

// Replaces every placeholder; `format` turns the stored value into template text.
template<typename Format>
QString fill(const QString &templ, const QJsonObject &data, QString *missing, Format format)
{
    QString out;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(templ);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out += templ.mid(last, match.capturedStart() - last);
        const QString key = match.captured(1);
        if (key.isEmpty()) {
            out += format(QJsonValue(data), true);
        } else if (!data.contains(key)) {
            if (missing->isEmpty())
                *missing = key;
        } else {
            out += format(data.value(key), false);
        }
        last = match.capturedEnd();
    }
    out += templ.mid(last);
    return out;
}

} // namespace

QString RestartTarget::unsafePathField(const QJsonObject &data) const
{
    // Only the path matters: a "." or ".." in a query value moves nothing.
    const qsizetype query = urlTemplate.indexOf(QLatin1Char('?'));
    const QString path = query < 0 ? urlTemplate : urlTemplate.left(query);
    auto it = placeholder.globalMatch(path);
    while (it.hasNext()) {
        const QString key = it.next().captured(1);
        if (key.isEmpty() || !data.contains(key))
            continue;
        if (!PathSegment::isSafe(plainText(data.value(key))))
            return key;
    }
    return {};
}

RestartTarget RestartTarget::azureDataFactory(const QString &name, const QString &subscriptionId,
                                              const QString &resourceGroup, const QString &factory,
                                              const QString &pipeline, const QString &managementUrl)
{
    const auto enc = [](const QString &part) {
        return QString::fromLatin1(QUrl::toPercentEncoding(part));
    };
    RestartTarget target;
    target.name = name;
    target.method = QStringLiteral("POST");
    QString base = managementUrl.trimmed();
    if (base.isEmpty())
        base = QLatin1String(azurePublicManagementUrl);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    target.urlTemplate = base
            + QStringLiteral("/subscriptions/%1/resourceGroups/%2"
                             "/providers/Microsoft.DataFactory/factories/%3/pipelines/%4"
                             "/createRun?api-version=2018-06-01")
                      .arg(enc(subscriptionId), enc(resourceGroup), enc(factory), enc(pipeline));
    target.headers.append(
            {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    target.bodyTemplate = QStringLiteral("{{data}}");
    target.auth = OutboundRequest::Auth::Bearer;
    return target;
}

RestartTarget RestartTarget::generic(const QString &name, const QString &url,
                                     OutboundRequest::Auth auth)
{
    RestartTarget target;
    target.name = name;
    target.urlTemplate = url;
    target.headers.append(
            {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    target.auth = auth;
    return target;
}

OutboundRequest RestartTarget::render(const QJsonObject &data, QString *error) const
{
    OutboundRequest request;
    QString missing;
    const QString url = fill(urlTemplate, data, &missing, [](const QJsonValue &value, bool whole) {
        return QString::fromLatin1(QUrl::toPercentEncoding(
                whole ? QString::fromUtf8(jsonText(value)) : plainText(value)));
    });
    const QString body = fill(bodyTemplate, data, &missing, [](const QJsonValue &value, bool) {
        return QString::fromUtf8(jsonText(value));
    });
    if (!missing.isEmpty()) {
        *error = QStringLiteral("restart target '%1' needs field 'data.%2'").arg(name, missing);
        return request;
    }
    const QString unsafe = unsafePathField(data);
    if (!unsafe.isEmpty()) {
        *error = QStringLiteral("field 'data.%1' %2").arg(unsafe, PathSegment::rule());
        return request;
    }
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty()
        || (parsed.scheme() != QLatin1String("http")
            && parsed.scheme() != QLatin1String("https"))) {
        *error = QStringLiteral("restart target '%1' has no absolute http(s) URL").arg(name);
        return request;
    }
    request.method = method;
    request.url = parsed;
    request.headers = headers;
    request.body = body.toUtf8();
    request.auth = auth;
    if (auth != OutboundRequest::Auth::None)
        request.secretName = secretName(name);
    request.label = QStringLiteral("restart %1").arg(name);
    request.sign = true;
    if (!runIdField.isEmpty()) {
        request.captureField = runIdField;
        request.captureAs = QLatin1String(runIdKey);
    }
    return request;
}
