#include "policysettings.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>

namespace {
const QString policyFileKey = QStringLiteral("gates/policyFile");
} // namespace

QString PolicySettings::filePath(const QSettings &settings)
{
    const QString named = settings.value(policyFileKey).toString();
    if (!named.isEmpty())
        return named;
    return QFileInfo(settings.fileName()).absoluteDir().filePath(QStringLiteral("policies.json"));
}

std::optional<QJsonArray> PolicySettings::load(const QSettings &settings, QString *error)
{
    const QString path = filePath(settings);
    QFile file(path);
    if (!file.exists())
        return QJsonArray();
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the policy file %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    const QJsonValue list = document.object().value(QStringLiteral("policies"));
    if (!list.isArray()) {
        *error = tr("the policy file %1 has no list of policies").arg(path);
        return std::nullopt;
    }
    return list.toArray();
}

bool PolicySettings::isCredentialHeader(const QString &name)
{
    static const QRegularExpression credential(
            QStringLiteral(
                    "^(authorization|proxy-authorization|cookie)$|token|key|secret|password"),
            QRegularExpression::CaseInsensitiveOption);
    return credential.match(name).hasMatch();
}

std::optional<Policy> PolicySettings::validate(const QJsonObject &policy, PolicyFile::Error *error)
{
    const QJsonObject document{{QStringLiteral("policies"), QJsonArray{policy}}};
    PolicyFile::Error problem;
    auto parsed =
            PolicyFile::parse(QJsonDocument(document).toJson(QJsonDocument::Compact), &problem);
    const QString prefix = QStringLiteral("policies[0].");
    if (!parsed) {
        if (problem.field.startsWith(prefix))
            problem.field = problem.field.mid(prefix.size());
        *error = PolicyFile::Error::at(problem.field, problem.reason);
        return std::nullopt;
    }
    const QJsonArray gates = policy.value(QStringLiteral("gates")).toArray();
    for (int i = 0; i < gates.size(); ++i) {
        const QJsonObject headers =
                gates.at(i).toObject().value(QStringLiteral("headers")).toObject();
        for (auto it = headers.constBegin(); it != headers.constEnd(); ++it) {
            if (isCredentialHeader(it.key())
                && !it.value().toString().contains(QLatin1String("${secret:"))) {
                *error = PolicyFile::Error::at(
                        QStringLiteral("gates[%1].headers.%2").arg(i).arg(it.key()),
                        tr("carries a credential: add it as a secret header, so that it is "
                           "kept in the vault and not in clear"));
                return std::nullopt;
            }
        }
    }
    return parsed->first();
}

std::optional<QVector<Policy>> PolicySettings::validateAll(const QJsonArray &policies,
                                                           PolicyFile::Error *error)
{
    QVector<Policy> result;
    QStringList names;
    for (int i = 0; i < policies.size(); ++i) {
        const QString path = QStringLiteral("policies[%1]").arg(i);
        PolicyFile::Error problem;
        const auto policy = validate(policies.at(i).toObject(), &problem);
        if (!policy) {
            *error = PolicyFile::Error::at(path + QLatin1Char('.') + problem.field, problem.reason);
            return std::nullopt;
        }
        if (names.contains(policy->name)) {
            *error = PolicyFile::Error::at(path + QStringLiteral(".name"),
                                           tr("'%1' is used twice").arg(policy->name));
            return std::nullopt;
        }
        names.append(policy->name);
        result.append(*policy);
    }
    return result;
}

std::optional<QVector<Policy>> PolicySettings::save(QSettings &settings, const QJsonArray &policies,
                                                    PolicyFile::Error *error)
{
    auto valid = validateAll(policies, error);
    if (!valid)
        return std::nullopt;
    const QString path = filePath(settings);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    const QByteArray json =
            QJsonDocument(QJsonObject{{QStringLiteral("policies"), policies}}).toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size()) {
        *error = PolicyFile::Error::at(QStringLiteral("gates/policyFile"),
                                       tr("cannot write %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!file.commit()) {
        *error = PolicyFile::Error::at(QStringLiteral("gates/policyFile"),
                                       tr("cannot write %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    settings.setValue(policyFileKey, path);
    return valid;
}

QString PolicySettings::headerSecretName(const QString &policy, const QString &gate,
                                         const QString &header)
{
    QString name = QStringLiteral("gate-%1-%2-%3").arg(policy, gate, header).toLower();
    static const QRegularExpression other(QStringLiteral("[^a-z0-9]+"));
    name.replace(other, QStringLiteral("-"));
    return name;
}

QString PolicySettings::secretReference(const QString &name)
{
    return QStringLiteral("${secret:%1}").arg(name);
}
