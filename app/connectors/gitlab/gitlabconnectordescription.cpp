// What the GitLab connector is made of: kinds, routes, calls, settings, How to connect,
// and how its webhooks prove where they come from.
#include "gitlabconnector.h"

#include "connectors/gitlab/gitlabhook.h"
#include "connectors/gitlab/gitlabwebhookauth.h"
#include "service/serviceconfig.h"

std::shared_ptr<Connector> GitLabConnector::create(const ServiceConfig &config)
{
    return std::make_shared<GitLabConnector>(GitLabSettings::fromKeys(config.connectorSettings));
}

QList<ConnectorKind> GitLabConnector::kinds() const
{
    return {{kind(), QT_TRANSLATE_NOOP("ApprovalTableModel", "GitLab deployment"),
             QT_TRANSLATE_NOOP("SidebarModel", "GitLab"),
             QStringLiteral(":/icons/kind-gitlab.svg")}};
}

QList<InboundRoute> GitLabConnector::routes() const
{
    // parse is what the fuzz target runs: the pure reading of a delivery. Only a blocked
    // deployment becomes an approval; the handler answers everything else with a 200.
    const auto parse = [this](const HttpRequest &request, const QDateTime &) {
        GitLabEvent event = this->parse(request);
        switch (event.kind) {
        case GitLabEvent::Kind::Blocked:
            return ParseOutcome::ok(std::move(event.webhook));
        case GitLabEvent::Kind::Invalid:
            return ParseOutcome::fail(400, QStringLiteral("invalid JSON"), event.reason);
        case GitLabEvent::Kind::Ignored:
        case GitLabEvent::Kind::Update:
            break;
        }
        return ParseOutcome::fail(200, QStringLiteral("ignored"), event.reason);
    };
    const auto receive = [this](InboundContext &context, const HttpRequest &request,
                                const RouteParams &) {
        return GitLabHook::receive(context, *this, request);
    };
    return {{QStringLiteral("POST"), GitLabHook::path(), name(), parse, receive}};
}

QList<OutboundCall> GitLabConnector::outboundCalls() const
{
    return {{QStringLiteral("GET"),
             QStringLiteral("{gitlab/url}/api/v4/projects/{id}/deployments/{deployment_id}"),
             QStringLiteral("re-read a deployment: are approvals pending, who decided "
                            "(PRIVATE-TOKEN)")},
            {QStringLiteral("POST"),
             QStringLiteral("{gitlab/url}/api/v4/projects/{id}/deployments/{deployment_id}/"
                            "approval"),
             QStringLiteral("the decision: status, comment, represented_as (PRIVATE-TOKEN)")},
            {QStringLiteral("POST"),
             QStringLiteral("{gitlab/url}/api/v4/projects/{id}/jobs/{job_id}/play"),
             QStringLiteral("with gitlab/playJob: start the blocked job once approved")}};
}

QList<ConnectorSetting> GitLabConnector::settings() const
{
    using T = ConnectorSetting::Type;
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("Connector", text);
    };
    const auto address = [tr](const QString &value) {
        const QUrl url(value);
        return url.hasQuery() || url.hasFragment()
                ? tr("must be the GitLab address, such as https://gitlab.example.com")
                : QString();
    };
    const auto token = [tr](const QString &value) {
        for (const QChar c : value) {
            if (c.unicode() <= 0x20 || c.unicode() == 0x7f)
                return tr("must not contain spaces or control characters");
        }
        return QString();
    };
    return {ConnectorSetting::plain(T::Url, GitLabSettings::urlKey(),
                                    tr("GitLab address (default gitlab.com)"))
                    .labelled(tr("Address"))
                    .example(QStringLiteral("https://gitlab.com"))
                    .defaultsTo(GitLabSettings::defaultUrl().toString())
                    .checkedBy(address),
            ConnectorSetting::plain(T::Text, GitLabSettings::representedAsKey(),
                                    tr("approve as (represented_as)"))
                    .labelled(tr("Approve as"))
                    .example(tr("user, group or role (optional)")),
            ConnectorSetting::plain(T::Bool, GitLabSettings::playJobKey(),
                                    tr("play the deployment job after approving"))
                    .defaultsTo(QStringLiteral("false")),
            ConnectorSetting::secret(QStringLiteral("gitlab/token"),
                                     GitLabSettings::tokenVariable(), GitLabSettings::tokenSecret(),
                                     tr("GitLab access token (scope api)"))
                    .labelled(tr("Access token"))
                    .example(QStringLiteral("glpat-..."))
                    .checkedBy(token)};
}

QList<ConnectInstructions> GitLabConnector::connectInstructions(const QString &endpoint,
                                                                const QString &secret) const
{
    return {{QCoreApplication::translate("ConnectDialog", "GitLab deployments"),
             endpoint + GitLabHook::path(), QStringLiteral("POST"),
             QStringLiteral("X-Gitlab-Event: Deployment Hook")
                     + (secret.isEmpty() ? QString()
                                         : QStringLiteral("\nX-Gitlab-Token: %1").arg(secret)),
             QStringLiteral("{\"object_kind\": \"deployment\", \"status\": \"blocked\",\n"
                            " \"deployment_id\": 1503204389, \"deployable_id\": 15663409982,\n"
                            " \"environment\": \"production\", \"ref\": \"main\",\n"
                            " \"project\": {\"id\": 85038800, \"path_with_namespace\": "
                            "\"grp/app\"},\n \"user\": {\"username\": \"dev1\"}}"),
             QCoreApplication::translate(
                     "ConnectDialog",
                     "In GitLab, open the project's (or group's) Settings > Webhooks > Add new "
                     "webhook. URL: %1/hooks/gitlab. Secret token: the secret below. Trigger: "
                     "Deployment events only. (With a signing token, give Gatehouse that whsec_ "
                     "value as its GitLab secret.) Gatehouse re-reads each blocked deployment and "
                     "approves or rejects it through GitLab's API with an access token of scope "
                     "api, of a user allowed to approve (GATEHOUSE_GITLAB_TOKEN, or Settings > "
                     "Connectors > GitLab).")
                     .arg(endpoint),
             secret}};
}

InboundAuth::Verifier GitLabConnector::webhookVerifier() const
{
    return &GitLabWebhookAuth::verify;
}
