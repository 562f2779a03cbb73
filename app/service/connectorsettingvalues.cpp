#include "connectorsettingvalues.h"

#include "connectors/connectorregistry.h"

#include <QFile>
#include <QSettings>
#include <QUrl>

namespace {

using Type = ConnectorSetting::Type;

// A list is kept as the service reads it: "a, b" (an INI list reads the same).
QString plainValue(const QSettings &settings, const ConnectorSetting &setting)
{
    const QVariant value = settings.value(setting.key);
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList().join(QStringLiteral(", "));
    return value.toString();
}

QString normalized(const ConnectorSetting &setting, const QString &value)
{
    if (setting.type != Type::List)
        return value.trimmed();
    QStringList entries;
    for (const QString &entry : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!entry.trimmed().isEmpty())
            entries.append(entry.trimmed());
    }
    return entries.join(QStringLiteral(", "));
}

} // namespace

void ConnectorSettingValues::load(const QSettings &settings, const HasSecret &hasSecret)
{
    m_fields.clear();
    for (const auto &connector : ConnectorRegistry::described()) {
        for (const ConnectorSetting &setting : connector->settings()) {
            if (setting.isTemplate() || setting.key.isEmpty())
                continue;
            Field field;
            field.connector = connector->name();
            field.setting = setting;
            if (setting.type == Type::Secret) {
                field.stored = !setting.vaultName.isEmpty() && hasSecret(setting.vaultName);
                field.fromEnvironment = !setting.environment.isEmpty()
                        && qEnvironmentVariableIsSet(setting.environment.toLatin1().constData());
            } else {
                field.value = plainValue(settings, setting);
                if (field.value.isEmpty() && setting.type == Type::Bool)
                    field.value = setting.defaultValue;
            }
            m_fields.append(field);
        }
    }
}

QStringList ConnectorSettingValues::secretStates(const HasSecret &hasSecret)
{
    QStringList lines;
    for (const auto &connector : ConnectorRegistry::described()) {
        for (const ConnectorSetting &setting : connector->settings()) {
            if (setting.type != Type::Secret || setting.isTemplate() || setting.key.isEmpty())
                continue;
            const bool fromEnvironment = !setting.environment.isEmpty()
                    && qEnvironmentVariableIsSet(setting.environment.toLatin1().constData());
            const QString state = fromEnvironment  ? tr("from %1").arg(setting.environment)
                    : hasSecret(setting.vaultName) ? tr("stored in the vault")
                                                   : tr("not set");
            lines.append(QStringLiteral("%1 (%2): %3").arg(setting.key, connector->name(), state));
        }
    }
    return lines;
}

ConnectorSettingValues::Field *ConnectorSettingValues::field(const QString &key)
{
    for (Field &f : m_fields) {
        if (f.setting.key == key)
            return &f;
    }
    return nullptr;
}

const ConnectorSettingValues::Field *ConnectorSettingValues::field(const QString &key) const
{
    return const_cast<ConnectorSettingValues *>(this)->field(key);
}

QByteArray ConnectorSettingValues::secretToStore(const Field &field, QString *error) const
{
    if (!field.setting.readFromFile)
        return field.newSecret;
    const QString path = field.value.trimmed();
    if (path.isEmpty())
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1").arg(path);
        return {};
    }
    const QByteArray content = file.read(64 * 1024);
    if (content.isEmpty())
        *error = tr("%1 is empty").arg(path);
    return content;
}

QVector<ConnectorSettingValues::Problem> ConnectorSettingValues::validate() const
{
    QVector<Problem> problems;
    for (const Field &field : m_fields) {
        const ConnectorSetting &setting = field.setting;
        QString reason;
        QString checked = normalized(setting, field.value);
        if (setting.type == Type::Secret) {
            QString error;
            const QByteArray secret = secretToStore(field, &error);
            if (!error.isEmpty()) {
                problems.append({setting.key, error});
                continue;
            }
            if (secret.isEmpty())
                continue;
            checked = QString::fromUtf8(secret);
        } else if (checked.isEmpty()) {
            continue;
        }
        if (setting.type == Type::Url) {
            const QUrl url(checked, QUrl::StrictMode);
            if (!url.isValid() || url.host().isEmpty()
                || (url.scheme() != QLatin1String("https")
                    && url.scheme() != QLatin1String("http")))
                reason = tr("must be an absolute http or https URL");
            else if (!url.userInfo().isEmpty())
                reason = tr("must not carry a user name or password: Gatehouse keeps credentials "
                            "in the vault");
        } else if (setting.type == Type::Bool && checked != QLatin1String("true")
                   && checked != QLatin1String("false")) {
            reason = tr("must be true or false");
        }
        if (reason.isEmpty() && setting.check)
            reason = setting.check(checked);
        if (!reason.isEmpty())
            problems.append({setting.key, reason});
    }
    return problems;
}

bool ConnectorSettingValues::hasNewSecret() const
{
    for (const Field &field : m_fields) {
        if (field.setting.type == Type::Secret
            && (!field.newSecret.isEmpty()
                || (field.setting.readFromFile && !field.value.trimmed().isEmpty())))
            return true;
    }
    return false;
}

bool ConnectorSettingValues::save(QSettings &settings, const StoreSecret &storeSecret,
                                  bool *restartNeeded, QVector<Problem> *problems)
{
    *restartNeeded = false;
    // Secrets first: a refused one leaves the settings file as it was.
    for (Field &field : m_fields) {
        if (field.setting.type != Type::Secret)
            continue;
        QString error;
        const QByteArray secret = secretToStore(field, &error);
        if (secret.isEmpty())
            continue;
        if (!storeSecret(field.setting.vaultName, secret)) {
            problems->append({field.setting.key, tr("could not be stored in the vault")});
            return false;
        }
        field.stored = true;
        field.newSecret.clear();
        field.value.clear();
    }
    for (const Field &field : std::as_const(m_fields)) {
        const ConnectorSetting &setting = field.setting;
        if (setting.type == Type::Secret)
            continue;
        const QString value = normalized(setting, field.value);
        const QString before = plainValue(settings, setting);
        if (value.isEmpty() || value == setting.defaultValue)
            settings.remove(setting.key);
        else
            settings.setValue(setting.key, value);
        const auto effective = [&setting](const QString &v) {
            return v.isEmpty() ? setting.defaultValue : v;
        };
        *restartNeeded = *restartNeeded || effective(before) != effective(value);
    }
    return true;
}
