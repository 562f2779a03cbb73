// What the FlexDeploy connector is made of: kinds, routes, calls, settings, How to connect.
#include "flexdeployconnector.h"

#include "connectors/connecthelp.h"
#include "connectors/flexdeploy/flexdeploytaskhook.h"
#include "service/serviceconfig.h"

std::shared_ptr<Connector> FlexDeployConnector::create(const ServiceConfig &config)
{
    return std::make_shared<FlexDeployConnector>(
            FlexDeployConfig{config.flexDeployBaseUrl, config.chatWebhookUrl});
}

QList<ConnectorKind> FlexDeployConnector::kinds() const
{
    return {{QStringLiteral("task"), QT_TRANSLATE_NOOP("ApprovalTableModel", "Human task"),
             QT_TRANSLATE_NOOP("SidebarModel", "Human tasks"),
             QStringLiteral(":/icons/kind-task.svg")}};
}

QList<InboundRoute> FlexDeployConnector::routes() const
{
    const auto parse = [this](const HttpRequest &request, const QDateTime &) {
        double minutes = 0;
        return this->parse(request, &minutes);
    };
    const auto receive = [this](InboundContext &context, const HttpRequest &request,
                                const RouteParams &) {
        return FlexDeployTaskHook::receive(context, *this, request);
    };
    return {{QStringLiteral("POST"), QStringLiteral("/hooks/flexdeploy/tasks"), name(), parse,
             receive}};
}

QList<OutboundCall> FlexDeployConnector::outboundCalls() const
{
    return {{QStringLiteral("PUT"),
             QStringLiteral("{flexdeploy/baseUrl}/flexdeploy/rest/v1/tasks/approval/"
                            "{approve|reject}/{taskid}"),
             QStringLiteral("the decision, Basic auth with the stored credentials")},
            {QStringLiteral("POST"), QStringLiteral("{flexdeploy/chatWebhookUrl}"),
             QStringLiteral("a new task with approve and reject links")}};
}

QList<ConnectorSetting> FlexDeployConnector::settings() const
{
    using T = ConnectorSetting::Type;
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("Connector", text);
    };
    const auto credentials = [tr](const QString &value) {
        return value.indexOf(QLatin1Char(':')) <= 0 || value.endsWith(QLatin1Char(':'))
                ? tr("needs user:password (a user name without ':')")
                : QString();
    };
    return {ConnectorSetting::plain(T::Url, QStringLiteral("flexdeploy/baseUrl"),
                                    tr("FlexDeploy server"))
                    .labelled(tr("Base URL"))
                    .example(QStringLiteral("https://flexdeploy.example.com")),
            ConnectorSetting::plain(T::Url, QStringLiteral("flexdeploy/chatWebhookUrl"),
                                    tr("chat webhook for new tasks"))
                    .labelled(tr("Chat webhook"))
                    .example(tr("Slack-compatible incoming webhook (optional)")),
            ConnectorSetting::secret(QStringLiteral("flexdeploy/credentials"),
                                     QStringLiteral("GATEHOUSE_FLEXDEPLOY_CREDENTIALS"),
                                     credentialsSecret(), tr("user:password for FlexDeploy"))
                    .labelled(tr("Credentials"))
                    .example(QStringLiteral("deployer:password"))
                    .checkedBy(credentials)};
}

QList<ConnectInstructions> FlexDeployConnector::connectInstructions(const QString &endpoint,
                                                                    const QString &secret) const
{
    return {{QCoreApplication::translate("ConnectDialog", "FlexDeploy human task"),
             endpoint + QStringLiteral("/hooks/flexdeploy/tasks"), QStringLiteral("POST"),
             ConnectHelp::jsonHeaders(secret),
             QStringLiteral("{\n    \"taskid\": \"10234\",\n    \"description\": \"Approve "
                            "deployment of shop 3.1 to PROD\"\n}"),
             QCoreApplication::translate(
                     "ConnectDialog",
                     "Call this from a FlexDeploy notification or plugin step when a human task "
                     "is created. Gatehouse approves or rejects the task through FlexDeploy's task "
                     "REST API with the credentials set for the FlexDeploy connector."),
             secret}};
}
