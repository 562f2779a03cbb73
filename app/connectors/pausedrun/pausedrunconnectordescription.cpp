// What the paused-run connector is made of: kinds, routes, calls, settings, How to connect.
#include "pausedrunconnector.h"

#include "connectors/connecthelp.h"
#include "connectors/pausedrun/pausehook.h"
#include "service/serviceconfig.h"

std::shared_ptr<Connector> PausedRunConnector::create(const ServiceConfig &config)
{
    return std::make_shared<PausedRunConnector>(config.restartTargets,
                                                qint64(config.linkExpiryMinutes) * 60 * 1000);
}

QString PausedRunConnector::displayName() const
{
    return QCoreApplication::translate("ConnectorNames", "Paused pipelines");
}

QList<ConnectorKind> PausedRunConnector::kinds() const
{
    return {{QStringLiteral("pausedrun"), QT_TRANSLATE_NOOP("ApprovalTableModel", "Paused run"),
             QT_TRANSLATE_NOOP("SidebarModel", "Paused runs"),
             QStringLiteral(":/icons/kind-pausedrun.svg")}};
}

QList<InboundRoute> PausedRunConnector::routes() const
{
    const auto parse = [this](const HttpRequest &request, const QDateTime &now) {
        return this->parse(request, now);
    };
    const auto receive = [this](InboundContext &context, const HttpRequest &request,
                                const RouteParams &) {
        return PauseHook::receive(context, *this, request);
    };
    const QString post = QStringLiteral("POST");
    // The second path is the one earlier versions documented: senders keep working.
    return {{post, QStringLiteral("/hooks/pausedrun/pause"), name(), parse, receive},
            {post, QStringLiteral("/hooks/pipelines/pause"), name(), parse, receive}};
}

QList<OutboundCall> PausedRunConnector::outboundCalls() const
{
    return {{QStringLiteral("POST"), QStringLiteral("{restartTargets/<name>/url}"),
             QStringLiteral("the restart, once, with the paused run's data")}};
}

QList<ConnectorSetting> PausedRunConnector::settings() const
{
    return {{QStringLiteral("restartTargets/<name>/..."),
             QStringLiteral("GATEHOUSE_RESTART_CREDENTIALS_<TARGET>"),
             QStringLiteral("restart-target/<name>"), ConnectorSetting::Type::Secret,
             QCoreApplication::translate("Connector", "restart targets and their credentials")}};
}

QList<ConnectInstructions> PausedRunConnector::connectInstructions(const QString &endpoint,
                                                                   const QString &secret) const
{
    return {{QCoreApplication::translate("ConnectDialog", "Paused pipeline"),
             endpoint + QStringLiteral("/hooks/pausedrun/pause"), QStringLiteral("POST"),
             ConnectHelp::jsonHeaders(secret),
             QStringLiteral(
                     "{\n    \"target\": \"adf-load\",\n    \"title\": \"Load sales into the "
                     "warehouse\",\n    \"data\": {\"runId\": \"r-42\", \"rows\": 1200},\n"
                     "    \"expiresInMinutes\": 1440\n}"),
             QCoreApplication::translate(
                     "ConnectDialog",
                     "The first pipeline pauses with this call; \"target\" names a restart target "
                     "from the settings. The answer carries a single-use restart link; approving "
                     "in the console starts the second pipeline with \"data\"."),
             secret}};
}
