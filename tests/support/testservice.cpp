#include "testservice.h"

#include <QDebug>
#include <QDir>

ServiceConfig TestService::config(const QString &dir, const QByteArray &operatorToken)
{
    ServiceConfig config;
    config.databasePath = QDir(dir).filePath(QStringLiteral("g.sqlite"));
    config.port = 0;
    config.keyFile = QDir(dir).filePath(QStringLiteral("vault.key"));
    config.operatorToken = operatorToken;
    config.delivery.baseDelayMs = 20;
    return config;
}

void TestService::acceptToken(ServiceConfig &config, const QStringList &connectors,
                              const QByteArray &secret)
{
    for (const QString &connector : connectors)
        config.inbound.insert(
                connector,
                {QStringLiteral("token"), secret, QStringLiteral("environment"), {}, {}});
}

void TestService::acceptAnyone(ServiceConfig &config, const QStringList &connectors)
{
    for (const QString &connector : connectors) {
        InboundSetting setting;
        setting.scheme = QStringLiteral("none");
        config.inbound.insert(connector, setting);
    }
}

bool TestService::start(ServiceThread &service, const ServiceConfig &config)
{
    QString error;
    const bool started = service.start(config, &error);
    if (!started)
        qWarning().noquote() << "the service did not start:" << error;
    return started;
}
