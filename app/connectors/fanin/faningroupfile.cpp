#include "faningroupfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtMath>

namespace {

QString fail(QString *problem, const QString &field, const QString &reason)
{
    if (problem->isEmpty())
        *problem = FanInGroupFile::tr("field %1: %2").arg(field, reason);
    return {};
}

std::optional<FanInCallback> readCallback(const QJsonValue &value, const QString &path,
                                          QString *problem)
{
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isObject()) {
        fail(problem, path, FanInGroupFile::tr("must be an object"));
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    FanInCallback callback;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        static const QStringList known{QStringLiteral("method"), QStringLiteral("url"),
                                       QStringLiteral("headers"), QStringLiteral("body"),
                                       QStringLiteral("bearerSecret")};
        if (!known.contains(it.key()))
            fail(problem, path + QLatin1Char('.') + it.key(),
                 FanInGroupFile::tr("is not a known field (known: %1)")
                         .arg(known.join(QStringLiteral(", "))));
    }
    callback.method =
            object.value(QStringLiteral("method")).toString(QStringLiteral("POST")).toUpper();
    if (!QStringList{QStringLiteral("POST"), QStringLiteral("PUT"), QStringLiteral("PATCH"),
                     QStringLiteral("GET")}
                 .contains(callback.method))
        fail(problem, path + QStringLiteral(".method"),
             FanInGroupFile::tr("must be POST, PUT, PATCH or GET"));
    const QString url = object.value(QStringLiteral("url")).toString();
    callback.url = QUrl(url, QUrl::StrictMode);
    if (url.isEmpty())
        fail(problem, path + QStringLiteral(".url"), FanInGroupFile::tr("is required"));
    else if (!callback.url.isValid() || callback.url.host().isEmpty()
             || (callback.url.scheme() != QLatin1String("http")
                 && callback.url.scheme() != QLatin1String("https")))
        fail(problem, path + QStringLiteral(".url"),
             FanInGroupFile::tr("must be an absolute http or https URL"));
    const QJsonValue headers = object.value(QStringLiteral("headers"));
    if (!headers.isUndefined() && !headers.isObject())
        fail(problem, path + QStringLiteral(".headers"),
             FanInGroupFile::tr("must be an object of name: value"));
    const QJsonObject headerObject = headers.toObject();
    for (auto it = headerObject.constBegin(); it != headerObject.constEnd(); ++it) {
        if (!it.value().isString())
            fail(problem, path + QStringLiteral(".headers.") + it.key(),
                 FanInGroupFile::tr("must be a string"));
        callback.headers.append({it.key().toUtf8(), it.value().toString().toUtf8()});
    }
    callback.body = object.value(QStringLiteral("body"));
    callback.bearerSecret = object.value(QStringLiteral("bearerSecret")).toString();
    return callback;
}

std::optional<FanInGroup> readGroup(const QJsonObject &object, const QString &path,
                                    QString *problem)
{
    static const QStringList known{QStringLiteral("name"),
                                   QStringLiteral("expectedSources"),
                                   QStringLiteral("idPath"),
                                   QStringLiteral("timeoutMinutes"),
                                   QStringLiteral("onComplete"),
                                   QStringLiteral("callback"),
                                   QStringLiteral("timeoutCallback"),
                                   QStringLiteral("auth")};
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!known.contains(it.key()))
            fail(problem, path + QLatin1Char('.') + it.key(),
                 FanInGroupFile::tr("is not a known field (known: %1)")
                         .arg(known.join(QStringLiteral(", "))));
    }
    FanInGroup group;
    group.name = object.value(QStringLiteral("name")).toString();
    // The name is a path segment of the webhook URL.
    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z0-9_.-]{1,64}$"));
    if (!namePattern.match(group.name).hasMatch())
        fail(problem, path + QStringLiteral(".name"),
             FanInGroupFile::tr("is required: 1 to 64 letters, digits, '.', '_' or '-'"));
    const QJsonArray sources = object.value(QStringLiteral("expectedSources")).toArray();
    if (sources.isEmpty())
        fail(problem, path + QStringLiteral(".expectedSources"),
             FanInGroupFile::tr("must be a non-empty list of source names"));
    for (const QJsonValue &source : sources) {
        if (!source.isString() || source.toString().trimmed().isEmpty())
            fail(problem, path + QStringLiteral(".expectedSources"),
                 FanInGroupFile::tr("must hold non-empty strings"));
        else if (group.expectedSources.contains(source.toString()))
            fail(problem, path + QStringLiteral(".expectedSources"),
                 FanInGroupFile::tr("'%1' is listed twice").arg(source.toString()));
        group.expectedSources.append(source.toString());
    }
    QString error;
    const QString idPath = object.value(QStringLiteral("idPath")).toString(QStringLiteral("id"));
    group.idPath = JsonExpression::parse(idPath, &error);
    if (!group.idPath.isValid())
        fail(problem, path + QStringLiteral(".idPath"), error);
    const QJsonValue timeout = object.value(QStringLiteral("timeoutMinutes"));
    if (!timeout.isUndefined()) {
        const double minutes = timeout.toDouble(-1);
        if (!timeout.isDouble() || minutes <= 0 || minutes > 60 * 24 * 366)
            fail(problem, path + QStringLiteral(".timeoutMinutes"),
                 FanInGroupFile::tr("must be a number of minutes above 0, at most a year"));
        group.timeoutMinutes = int(qCeil(minutes));
    }
    const QString onComplete =
            object.value(QStringLiteral("onComplete")).toString(QStringLiteral("callback"));
    if (onComplete == QLatin1String("callback"))
        group.onComplete = FanInGroup::OnComplete::Callback;
    else if (onComplete == QLatin1String("approval"))
        group.onComplete = FanInGroup::OnComplete::Approval;
    else
        fail(problem, path + QStringLiteral(".onComplete"),
             FanInGroupFile::tr("must be callback or approval"));
    group.callback = readCallback(object.value(QStringLiteral("callback")),
                                  path + QStringLiteral(".callback"), problem);
    group.timeoutCallback = readCallback(object.value(QStringLiteral("timeoutCallback")),
                                         path + QStringLiteral(".timeoutCallback"), problem);
    if (group.onComplete == FanInGroup::OnComplete::Callback && !group.callback)
        fail(problem, path + QStringLiteral(".callback"),
             FanInGroupFile::tr("is required when onComplete is callback"));
    const QJsonValue auth = object.value(QStringLiteral("auth"));
    if (!auth.isUndefined()) {
        group.authHeader = auth.toObject().value(QStringLiteral("header")).toString().toUtf8();
        group.authSecret = auth.toObject().value(QStringLiteral("secret")).toString();
        if (!auth.isObject() || group.authHeader.isEmpty() || group.authSecret.isEmpty())
            fail(problem, path + QStringLiteral(".auth"),
                 FanInGroupFile::tr("must name a header and a secret"));
    }
    if (!problem->isEmpty())
        return std::nullopt;
    return group;
}

} // namespace

std::optional<QVector<FanInGroup>> FanInGroupFile::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = FanInGroupFile::tr("cannot read the fan-in groups file %1: %2")
                         .arg(path, file.errorString());
        return std::nullopt;
    }
    return parse(file.readAll(), error);
}

std::optional<QVector<FanInGroup>> FanInGroupFile::parse(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = FanInGroupFile::tr("the fan-in groups file is not JSON: %1 at offset %2")
                         .arg(parseError.errorString())
                         .arg(parseError.offset);
        return std::nullopt;
    }
    const QJsonValue list = document.object().value(QStringLiteral("groups"));
    if (!list.isArray()) {
        *error = FanInGroupFile::tr("field groups: is required and must be a list");
        return std::nullopt;
    }
    QVector<FanInGroup> groups;
    QString problem;
    const QJsonArray array = list.toArray();
    for (int i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("groups[%1]").arg(i);
        std::optional<FanInGroup> group;
        if (!array.at(i).isObject())
            fail(&problem, path, FanInGroupFile::tr("must be an object"));
        else
            group = readGroup(array.at(i).toObject(), path, &problem);
        for (const FanInGroup &other : groups) {
            if (group && other.name == group->name)
                fail(&problem, path + QStringLiteral(".name"),
                     FanInGroupFile::tr("'%1' is used twice").arg(group->name));
        }
        if (!problem.isEmpty()) {
            *error = problem;
            return std::nullopt;
        }
        groups.append(*group);
    }
    return groups;
}
