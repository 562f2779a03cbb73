// SettingsService: the settings dialog's way into the running service. It seals
// secrets through the service's vault into its store, says whether a secret is
// stored (never its value), and applies policies and inbound authentication live.
// Each call runs in the service's thread and waits for it; without a service
// (nothing running) every call is refused.
#pragma once

#include "gates/policy.h"
#include "service/inboundsecrets.h"

#include <QByteArray>
#include <QString>
#include <QVector>

class GatehouseService;

class SettingsService
{
public:
    explicit SettingsService(GatehouseService *service = nullptr) : m_service(service) { }

    bool isAvailable() const { return m_service != nullptr; }
    bool storeSecret(const QString &name, const QByteArray &value) const;
    bool hasSecret(const QString &name) const;
    bool setPolicies(const QVector<Policy> &policies) const;
    bool applyInbound(const QString &connector, const InboundSetting &setting) const;
    QVector<ConnectorSecret> connectionSecrets() const;

private:
    template<typename F>
    void run(F &&work) const;

    GatehouseService *m_service;
};
