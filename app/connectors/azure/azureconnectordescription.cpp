// What the Azure connector is made of: kinds, routes, calls, settings, How to connect.
#include "azurechecksconnector.h"

#include "connectors/azure/azuregatehook.h"
#include "connectors/connecthelp.h"
#include "core/engine.h"

std::shared_ptr<Connector> AzureChecksConnector::create(const ServiceConfig &)
{
    return std::make_shared<AzureChecksConnector>();
}

QList<ConnectorKind> AzureChecksConnector::kinds() const
{
    return {{QStringLiteral("check"), QT_TRANSLATE_NOOP("ApprovalTableModel", "Check"),
             QT_TRANSLATE_NOOP("SidebarModel", "Checks"), QStringLiteral(":/icons/kind-check.svg")},
            {QStringLiteral("gate"), QT_TRANSLATE_NOOP("ApprovalTableModel", "Gate"),
             QT_TRANSLATE_NOOP("SidebarModel", "Gates"), QStringLiteral(":/icons/kind-gate.svg")}};
}

QList<InboundRoute> AzureChecksConnector::routes() const
{
    const auto check = [this](const HttpRequest &request, const QDateTime &now) {
        return parse(request, now);
    };
    // Azure needs a 200; a repeated delivery gets the same answer as the first.
    const auto storeCheck = [check](InboundContext &context, const HttpRequest &request,
                                    const RouteParams &) {
        return context.ingest(check(request, context.engine().now()), 200, 200);
    };
    const auto gate = [this](const HttpRequest &request, const QDateTime &now) {
        return parseGate(request, now);
    };
    const auto answerGate = [gate](InboundContext &context, const HttpRequest &request,
                                   const RouteParams &) {
        return AzureGateHook::answer(context, gate(request, context.engine().now()));
    };
    const QString post = QStringLiteral("POST"), get = QStringLiteral("GET");
    return {{post, QStringLiteral("/hooks/azure/check"), name(), check, storeCheck},
            {post, QStringLiteral("/hooks/azure/gate"), name(), gate, answerGate},
            {get, QStringLiteral("/hooks/azure/gate"), name(), gate, answerGate}};
}

QList<OutboundCall> AzureChecksConnector::outboundCalls() const
{
    const QString post = QStringLiteral("POST");
    return {{post,
             QStringLiteral("{planUrl}{projectId}/_apis/distributedtask/hubs/{hubName}/plans/"
                            "{planId}/events"),
             QStringLiteral("TaskCompleted with the decision")},
            {post,
             QStringLiteral("{planUrl}{projectId}/_apis/distributedtask/hubs/{hubName}/plans/"
                            "{planId}/logs"),
             QStringLiteral("the check's task log and its progress lines")}};
}

QList<ConnectorSetting> AzureChecksConnector::settings() const
{
    return {};
}

QList<ConnectInstructions> AzureChecksConnector::connectInstructions(const QString &endpoint,
                                                                     const QString &secret) const
{
    // Without a webhook secret the headers are exactly those of docs/azure.md (seed 000).
    const QString headers = QStringLiteral("{\n")
            + (secret.isEmpty()
                       ? QString()
                       : QStringLiteral("    \"X-Gatehouse-Secret\": \"%1\",\n").arg(secret))
            + QStringLiteral("    \"Content-Type\":\"application/json\",\n"
                             "    \"PlanUrl\": \"$(system.CollectionUri)\",\n"
                             "    \"ProjectId\": \"$(system.TeamProjectId)\",\n"
                             "    \"HubName\": \"$(system.HostType)\",\n"
                             "    \"PlanId\": \"$(system.PlanId)\",\n"
                             "    \"JobId\": \"$(system.JobId)\",\n"
                             "    \"TimelineId\": \"$(system.TimelineId)\",\n"
                             "    \"TaskInstanceId\": \"$(system.TaskInstanceId)\",\n"
                             "    \"AuthToken\": \"$(system.AccessToken)\",\n"
                             "    \"BuildId\": \"$(build.BuildId)\"\n"
                             "}");
    return {
            {QCoreApplication::translate("ConnectDialog", "Azure Pipelines check"),
             endpoint + QStringLiteral("/hooks/azure/check"), QStringLiteral("POST"), headers,
             QStringLiteral("{\"title\":\"Deploy "
                            "$(Build.BuildNumber)\",\"pipeline\":\"$(Build.DefinitionName)\","
                            "\"stage\":\"prod\"}"),
             QCoreApplication::translate(
                     "ConnectDialog",
                     "Invoke REST API check on a Generic service connection pointing at %1, URL "
                     "suffix /hooks/azure/check. Completion event: Callback; time between "
                     "evaluations: 0; timeout: as long as the operator may take.")
                     .arg(endpoint),
             secret},
            {QCoreApplication::translate("ConnectDialog", "Azure gate (ApiResponse)"),
             endpoint + QStringLiteral("/hooks/azure/gate"), QStringLiteral("POST"), headers,
             QStringLiteral("{\"title\":\"Gate for $(Release.ReleaseName)\",\"stage\":\"prod\"}"),
             QCoreApplication::translate(
                     "ConnectDialog",
                     "Completion event: ApiResponse. Success criterion: eq(root['status'], "
                     "'approved'). Timeout / time between evaluations at most 10. For classic "
                     "release gates add the header \"GatehouseKey\": "
                     "\"$(Release.ReleaseId)-$(Release.EnvironmentId)\". Add \"GatehouseInterval\" "
                     "and \"GatehouseTimeout\" (minutes, as configured in Azure) to see the "
                     "evaluations and the time left."),
             secret},
    };
}
