#include "settingsservice.h"

#include "service/gatehouseservice.h"

#include <QThread>

template<typename F>
void SettingsService::run(F &&work) const
{
    // The service lives in its own thread (ServiceThread); tests may run it in theirs.
    if (m_service->thread() == QThread::currentThread())
        work();
    else
        QMetaObject::invokeMethod(m_service, std::forward<F>(work), Qt::BlockingQueuedConnection);
}

bool SettingsService::storeSecret(const QString &name, const QByteArray &value) const
{
    if (!m_service || name.isEmpty() || value.isEmpty())
        return false;
    bool stored = false;
    run([&] { stored = m_service->storeSecret(name, value); });
    return stored;
}

bool SettingsService::hasSecret(const QString &name) const
{
    if (!m_service)
        return false;
    bool has = false;
    run([&] { has = m_service->hasSecret(name); });
    return has;
}

bool SettingsService::setPolicies(const QVector<Policy> &policies) const
{
    if (!m_service)
        return false;
    run([&] { m_service->setPolicies(policies); });
    return true;
}

bool SettingsService::applyInbound(const QString &connector, const InboundSetting &setting) const
{
    if (!m_service)
        return false;
    run([&] { m_service->applyInbound(connector, setting); });
    return true;
}

QVector<ConnectorSecret> SettingsService::connectionSecrets() const
{
    QVector<ConnectorSecret> secrets;
    if (m_service)
        run([&] { secrets = m_service->connectionSecrets(); });
    return secrets;
}
