// What the Jenkins connector is made of: kinds, routes, calls, settings, How to connect,
// and the facts a row shows.
#include "jenkinsconnector.h"

#include "connectors/connecthelp.h"
#include "connectors/jenkins/jenkinsmetadata.h"
#include "core/engine.h"
#include "service/serviceconfig.h"

std::shared_ptr<Connector> JenkinsConnector::create(const ServiceConfig &config)
{
    return std::make_shared<JenkinsConnector>(
            QUrl(config.connectorSettings.value(urlSetting()), QUrl::StrictMode));
}

QList<ConnectorKind> JenkinsConnector::kinds() const
{
    return {{QStringLiteral("jenkins"), QT_TRANSLATE_NOOP("ApprovalTableModel", "Jenkins input"),
             QT_TRANSLATE_NOOP("SidebarModel", "Jenkins inputs"),
             QStringLiteral(":/icons/kind-jenkins.svg")}};
}

QList<InboundRoute> JenkinsConnector::routes() const
{
    const auto parse = [this](const HttpRequest &request, const QDateTime &now) {
        return this->parse(request, now);
    };
    // 202: accepted and stored, confirmed with Jenkins asynchronously (the outbox).
    const auto receive = [parse](InboundContext &context, const HttpRequest &request,
                                 const RouteParams &) {
        if (auto refused = refuseUnlessJson(request))
            return *refused;
        return context.ingest(parse(request, context.engine().now()), 202, 200);
    };
    return {{QStringLiteral("POST"), QStringLiteral("/hooks/jenkins"), name(), parse, receive}};
}

QList<OutboundCall> JenkinsConnector::outboundCalls() const
{
    const QString get = QStringLiteral("GET"), post = QStringLiteral("POST");
    return {{get, QStringLiteral("{buildUrl}wfapi/pendingInputActions"),
             QStringLiteral(
                     "confirm the wait (after the hook) and re-read it (before proceeding)")},
            {get, QStringLiteral("{buildUrl}api/json?tree=actions[causes[...]]"),
             QStringLiteral("who started the build")},
            {post, QStringLiteral("{buildUrl}input/{inputId}/proceed"),
             QStringLiteral("approve: form field json with every parameter")},
            {post, QStringLiteral("{buildUrl}input/{inputId}/abort"),
             QStringLiteral("reject or expire")}};
}

QList<ConnectorSetting> JenkinsConnector::settings() const
{
    using T = ConnectorSetting::Type;
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("Connector", text);
    };
    const auto credentials = [tr](const QString &value) {
        const qsizetype colon = value.indexOf(QLatin1Char(':'));
        if (colon <= 0 || colon == value.size() - 1)
            return tr("must be user:API token");
        for (const QChar c : value) {
            if (c.unicode() <= 0x20 || c.unicode() == 0x7f)
                return tr("must not contain spaces or control characters");
        }
        return QString();
    };
    return {ConnectorSetting::plain(T::Url, urlSetting(),
                                    tr("Jenkins URL; Gatehouse calls nothing outside it"))
                    .labelled(tr("URL"))
                    .example(QStringLiteral("https://jenkins.example.com/")),
            ConnectorSetting::secret(QStringLiteral("jenkins/credentials"),
                                     QStringLiteral("GATEHOUSE_JENKINS_CREDENTIALS"),
                                     credentialsSecret(), tr("user:API token of the deciding user"))
                    .labelled(tr("User and API token"))
                    .example(QStringLiteral("release-bot:11abc..."))
                    .checkedBy(credentials)};
}

QList<ConnectInstructions> JenkinsConnector::connectInstructions(const QString &endpoint,
                                                                 const QString &secret) const
{
    const QString url = endpoint + QStringLiteral("/hooks/jenkins");
    const QString header = secret.isEmpty()
            ? QString()
            : QStringLiteral(" -H 'Authorization: Bearer %1'").arg(secret);
    return {{QStringLiteral("Jenkins"), url, QStringLiteral("POST"),
             ConnectHelp::jsonHeaders(secret),
             QStringLiteral(
                     "// Jenkinsfile, just before the input step:\n"
                     "sh \"curl -fsS -X POST -H 'Content-Type: application/json'%1 "
                     "-d "
                     "'{\\\"buildUrl\\\":\\\"${env.BUILD_URL}\\\",\\\"inputId\\\":\\\"Deploy-"
                     "prod\\\"}' %2\"\n"
                     "input id: 'Deploy-prod', message: 'Deploy to production?', ok: 'Deploy'")
                     .arg(header, url),
             QCoreApplication::translate(
                     "ConnectDialog",
                     "Set jenkins/url to your Jenkins and GATEHOUSE_JENKINS_CREDENTIALS to "
                     "user:API token of the user who decides. Gatehouse answers 202, confirms the "
                     "wait with pendingInputActions, and proceeds (with every parameter) or aborts "
                     "the input. The input id must start with an upper-case letter, as Jenkins "
                     "stores it."),
             secret}};
}

QList<ApprovalFact> JenkinsConnector::facts(const Approval &a) const
{
    using namespace JenkinsMetadata;
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("JenkinsConnector", text);
    };
    QList<ApprovalFact> list{{tr("Job"), text(a, job), {}},
                             {tr("Build"),
                              QStringLiteral("#%1").arg(a.metadata.value(build).toInt()),
                              QUrl(text(a, buildUrl), QUrl::StrictMode)},
                             {tr("Triggered by"), text(a, triggeredBy), {}},
                             {tr("Input"),
                              confirmed(a) ? text(a, proceedText)
                                      : text(a, confirmation) == QLatin1String("confirming")
                                      ? tr("confirming with Jenkins…")
                                      : tr("not waiting in Jenkins"),
                              {}}};
    for (const QJsonValue &entry : a.metadata.value(parameters).toArray()) {
        const QJsonObject parameter = entry.toObject();
        const QString name = parameter.value(QStringLiteral("name")).toString();
        const QJsonValue chosen = a.metadata.value(values).toObject().value(name);
        const QJsonValue value =
                chosen.isUndefined() ? parameter.value(QStringLiteral("default")) : chosen;
        list.append({name,
                     value.isBool()
                             ? (value.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                             : value.toVariant().toString(),
                     {}});
    }
    return list;
}
