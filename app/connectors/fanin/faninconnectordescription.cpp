// What the fan-in connector is made of: kinds, routes, calls, settings.
#include "faninconnector.h"

#include "connectors/fanin/faningroupfile.h"
#include "connectors/fanin/faninhandler.h"
#include "service/serviceconfig.h"

std::shared_ptr<Connector> FanInConnector::create(const ServiceConfig &config)
{
    return std::make_shared<FanInConnector>(config.faninGroups);
}

QString FanInConnector::displayName() const
{
    return QCoreApplication::translate("ConnectorNames", "Fan-in");
}

QList<ConnectorKind> FanInConnector::kinds() const
{
    return {{QStringLiteral("fanin"), QT_TRANSLATE_NOOP("ApprovalTableModel", "Fan-in"),
             QT_TRANSLATE_NOOP("SidebarModel", "Fan-in"),
             QStringLiteral(":/icons/kind-fanin.svg")}};
}

QList<InboundRoute> FanInConnector::routes() const
{
    if (m_groups.isEmpty())
        return {};
    // The group and the source decide what to parse: the fuzz target calls parse()
    // with a group of its own.
    const auto receive = [this](InboundContext &context, const HttpRequest &request,
                                const RouteParams &params) {
        FanInHandler handler(context.engine(), *this, &context);
        return handler.handle(request, params.value(QStringLiteral("group")));
    };
    return {{QStringLiteral("POST"), QStringLiteral("/hooks/fanin/{group}"), name(), {}, receive}};
}

QList<OutboundCall> FanInConnector::outboundCalls() const
{
    return {{QStringLiteral("POST"), QStringLiteral("{group.callback.url}"),
             QStringLiteral("the onward callback once every source reported")},
            {QStringLiteral("POST"), QStringLiteral("{group.timeoutCallback.url}"),
             QStringLiteral("the timeout callback when sources are missing at the deadline")}};
}

QList<ConnectorSetting> FanInConnector::settings() const
{
    const auto groups = [](const QString &path) {
        QString error;
        return FanInGroupFile::load(path, &error) ? QString() : error;
    };
    return {ConnectorSetting::plain(
                    ConnectorSetting::Type::File, QStringLiteral("fanin/groupsFile"),
                    QCoreApplication::translate("Connector", "fan-in groups file (JSON)"))
                    .labelled(QCoreApplication::translate("Connector", "Groups file"))
                    .checkedBy(groups)};
}
