#include "jenkinsinput.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QStringList>
#include <QUrl>

namespace {

// The value a parameter gets when the operator chose none: its declared default, else
// the first choice, else false for a boolean and "" for text.
QJsonValue defaultValue(const QJsonObject &input)
{
    const QString type = input.value(QStringLiteral("type")).toString();
    const QJsonObject definition = input.value(QStringLiteral("definition")).toObject();
    const bool boolean = type.startsWith(QLatin1String("Boolean"));
    QJsonValue value = definition.value(QStringLiteral("defaultVal"));
    if (value.isUndefined() || value.isNull())
        value = definition.value(QStringLiteral("defaultValue"));
    const QJsonArray choices = definition.value(QStringLiteral("choices")).toArray();
    if ((value.isUndefined() || value.isNull()) && !choices.isEmpty())
        value = choices.first();
    if (value.isUndefined() || value.isNull())
        return boolean ? QJsonValue(false) : QJsonValue(QString());
    if (boolean && value.isString())
        return value.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    return value;
}

} // namespace

std::optional<QJsonObject> JenkinsInput::find(const QByteArray &answer, const QString &inputId)
{
    const QJsonDocument document = QJsonDocument::fromJson(answer);
    if (!document.isArray())
        return std::nullopt;
    for (const QJsonValue &entry : document.array()) {
        const QJsonObject action = entry.toObject();
        if (action.value(QStringLiteral("id")).toString() != inputId)
            continue;
        QJsonArray parameters;
        for (const QJsonValue &inputValue : action.value(QStringLiteral("inputs")).toArray()) {
            const QJsonObject input = inputValue.toObject();
            const QJsonObject definition = input.value(QStringLiteral("definition")).toObject();
            parameters.append(QJsonObject{
                    {QStringLiteral("name"), input.value(QStringLiteral("name")).toString()},
                    {QStringLiteral("type"), input.value(QStringLiteral("type")).toString()},
                    {QStringLiteral("description"),
                     input.value(QStringLiteral("description")).toString()},
                    {QStringLiteral("default"), defaultValue(input)},
                    {QStringLiteral("choices"),
                     definition.value(QStringLiteral("choices")).toArray()}});
        }
        return QJsonObject{
                {QStringLiteral("message"), action.value(QStringLiteral("message")).toString()},
                {QStringLiteral("proceedText"),
                 action.value(QStringLiteral("proceedText")).toString()},
                {QStringLiteral("parameters"), parameters}};
    }
    return std::nullopt;
}

QByteArray JenkinsInput::proceedForm(const QJsonArray &parameters, const QJsonObject &values)
{
    QJsonArray settled;
    for (const QJsonValue &entry : parameters) {
        const QJsonObject parameter = entry.toObject();
        const QString name = parameter.value(QStringLiteral("name")).toString();
        const QJsonValue chosen = values.value(name);
        settled.append(QJsonObject{
                {QStringLiteral("name"), name},
                {QStringLiteral("value"),
                 chosen.isUndefined() ? parameter.value(QStringLiteral("default")) : chosen}});
    }
    const QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("parameter"), settled}})
                                    .toJson(QJsonDocument::Compact);
    return "json=" + QUrl::toPercentEncoding(QString::fromUtf8(json));
}

QString JenkinsInput::kindOf(const QJsonObject &parameter)
{
    const QString type = parameter.value(QStringLiteral("type")).toString();
    for (const char *kind : {"Text", "Boolean", "Choice", "Password"}) {
        if (type.startsWith(QLatin1String(kind)))
            return QString::fromLatin1(kind).toLower();
    }
    return QStringLiteral("string");
}

QString JenkinsInput::checkValues(const QJsonArray &parameters, const QJsonObject &values)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("JenkinsInput", text);
    };
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        QJsonObject parameter;
        for (const QJsonValue &entry : parameters) {
            if (entry.toObject().value(QStringLiteral("name")).toString() == it.key())
                parameter = entry.toObject();
        }
        if (parameter.isEmpty())
            return tr("the input has no parameter '%1'").arg(it.key());
        const QString kind = kindOf(parameter);
        if (kind == QLatin1String("boolean")) {
            if (!it.value().isBool())
                return tr("parameter '%1' must be true or false").arg(it.key());
            continue;
        }
        if (!it.value().isString())
            return tr("parameter '%1' must be a string").arg(it.key());
        const QJsonArray choices = parameter.value(QStringLiteral("choices")).toArray();
        if (kind == QLatin1String("choice") && !choices.contains(it.value())) {
            QStringList names;
            for (const QJsonValue &choice : choices)
                names.append(choice.toString());
            return tr("parameter '%1' must be one of: %2")
                    .arg(it.key(), names.join(QStringLiteral(", ")));
        }
    }
    return {};
}
