// What the GitHub connector is made of: kinds, routes, calls, settings, How to connect,
// the facts a row and the detail pane show, and the task it runs while the service does.
#include "githubconnector.h"

#include "connectors/connecthelp.h"
#include "connectors/github/githubhook.h"
#include "connectors/github/githubjwt.h"
#include "connectors/github/githubmetadata.h"
#include "connectors/github/githubmodule.h"
#include "service/serviceconfig.h"

std::shared_ptr<Connector> GitHubConnector::create(const ServiceConfig &config)
{
    return std::make_shared<GitHubConnector>(gitHubConfig(config.connectorSettings));
}

QList<ConnectorKind> GitHubConnector::kinds() const
{
    return {{ruleKind(), QT_TRANSLATE_NOOP("ApprovalTableModel", "GitHub protection rule"),
             QT_TRANSLATE_NOOP("SidebarModel", "GitHub rules"),
             QStringLiteral(":/icons/kind-githubrule.svg")},
            {reviewKind(), QT_TRANSLATE_NOOP("ApprovalTableModel", "GitHub review"),
             QT_TRANSLATE_NOOP("SidebarModel", "GitHub reviews"),
             QStringLiteral(":/icons/kind-githubreview.svg")}};
}

QList<InboundRoute> GitHubConnector::routes() const
{
    const auto parse = [this](const HttpRequest &request, const QDateTime &now) {
        return GitHubHook::parse(*this, request, now);
    };
    const auto receive = [this](InboundContext &context, const HttpRequest &request,
                                const RouteParams &) {
        return GitHubHook::receive(context, *this, request);
    };
    return {{QStringLiteral("POST"), GitHubHook::path(), name(), parse, receive}};
}

QList<OutboundCall> GitHubConnector::outboundCalls() const
{
    return {{QStringLiteral("POST"),
             QStringLiteral("{github/apiUrl}/app/installations/{installation}/access_tokens"),
             QStringLiteral("an installation token for the App, signed with its private key "
                            "(RS256 JWT); cached until shortly before it expires")},
            {QStringLiteral("POST"),
             QStringLiteral("{github/apiUrl}/repos/{owner}/{repo}/actions/runs/{run_id}/"
                            "deployment_protection_rule"),
             QStringLiteral("a protection rule's decision, and status reports on the run")},
            {QStringLiteral("GET"),
             QStringLiteral("{github/apiUrl}/repos/{owner}/{repo}/actions/runs?status=waiting"),
             QStringLiteral("runs of github/repositories that wait for a reviewer (ETags, "
                            "rate limits honoured)")},
            {QStringLiteral("POST"),
             QStringLiteral("{github/apiUrl}/repos/{owner}/{repo}/actions/runs/{run_id}/"
                            "pending_deployments"),
             QStringLiteral("a required reviewer's decision, with the reviewer token")}};
}

QList<ConnectorSetting> GitHubConnector::settings() const
{
    using T = ConnectorSetting::Type;
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("Connector", text);
    };
    const auto apiUrl = [tr](const QString &value) {
        return QUrl(value).hasQuery() ? tr("must be the API base, such as https://api.github.com "
                                           "or https://HOST/api/v3, without a query")
                                      : QString();
    };
    const auto repositories = [tr](const QString &value) {
        for (const QString &entry : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QStringList parts = entry.trimmed().split(QLatin1Char('/'));
            if (parts.size() != 2 || !isName(parts.at(0)) || !isName(parts.at(1)))
                return tr("'%1' is not owner/name; separate repositories with commas")
                        .arg(entry.trimmed());
        }
        return QString();
    };
    const auto seconds = [tr](const QString &value) {
        bool ok = false;
        return value.toInt(&ok) >= 1 && ok ? QString() : tr("must be a whole number of seconds");
    };
    const auto privateKey = [](const QString &pem) {
        // Signing once proves it is an RSA private key that GitHub will accept.
        QString error;
        GitHubJwt::sign(pem.toUtf8(), QStringLiteral("1"), QDateTime::currentDateTimeUtc(), &error);
        return error;
    };
    const auto token = [tr](const QString &value) {
        return value.contains(QLatin1Char(' ')) || value.contains(QLatin1Char('\n'))
                ? tr("must not contain spaces or line breaks")
                : QString();
    };
    return {ConnectorSetting::plain(
                    T::Url, QStringLiteral("github/apiUrl"),
                    tr("GitHub API base (GitHub Enterprise Server: https://HOST/api/v3)"))
                    .labelled(tr("API URL"))
                    .example(QStringLiteral("https://api.github.com"))
                    .checkedBy(apiUrl),
            ConnectorSetting::plain(T::Text, QStringLiteral("github/appId"),
                                    tr("GitHub App ID or client ID"))
                    .labelled(tr("App ID"))
                    .example(QStringLiteral("123456")),
            ConnectorSetting::plain(T::File, QStringLiteral("github/privateKeyFile"),
                                    tr("the App's private key (PEM file, owner-only)"))
                    .labelled(tr("Private key file")),
            ConnectorSetting::plain(
                    T::List, QStringLiteral("github/repositories"),
                    tr("repositories polled for required-reviewer waits (owner/name, ...)"))
                    .labelled(tr("Repositories"))
                    .example(QStringLiteral("acme/shop, acme/bank"))
                    .checkedBy(repositories),
            ConnectorSetting::plain(T::Text, QStringLiteral("github/pollSeconds"),
                                    tr("seconds between polls of those repositories"))
                    .labelled(tr("Poll every (seconds)"))
                    .example(QStringLiteral("60"))
                    .checkedBy(seconds),
            ConnectorSetting::secret(QStringLiteral("github/privateKey"), QString(),
                                     GitHubConfig::privateKeySecret(),
                                     tr("the App's private key, sealed from the settings page"))
                    .labelled(tr("Seal a private key"))
                    .sealedFromFile()
                    .checkedBy(privateKey),
            ConnectorSetting::secret(QStringLiteral("github/reviewerToken"),
                                     QStringLiteral("GATEHOUSE_GITHUB_TOKEN"),
                                     GitHubConfig::reviewerTokenSecret(),
                                     tr("a required reviewer's token"))
                    .labelled(tr("Reviewer token"))
                    .checkedBy(token)};
}

QList<ConnectInstructions> GitHubConnector::connectInstructions(const QString &endpoint,
                                                                const QString &secret) const
{
    return {{ConnectHelp::tr("GitHub App"), endpoint + GitHubHook::path(), QStringLiteral("POST"),
             QStringLiteral("Content-Type: application/json\n"
                            "X-GitHub-Event: deployment_protection_rule\n"
                            "X-Hub-Signature-256: sha256=<HMAC-SHA256 of the body with the "
                            "secret>"),
             QStringLiteral(
                     "{\"action\": \"requested\", \"environment\": \"production\", \"event\": "
                     "\"push\",\n \"deployment_callback_url\": "
                     "\"https://api.github.com/repos/acme/shop/actions/runs/5453085689/"
                     "deployment_protection_rule\",\n \"deployment\": {\"id\": 1124877, "
                     "\"ref\": \"main\"},\n \"repository\": {\"full_name\": \"acme/shop\"},\n "
                     "\"installation\": {\"id\": 35490125}, \"sender\": {\"login\": "
                     "\"dev1\"}}"),
             ConnectHelp::tr(
                     "GitHub sends this itself. Create a GitHub App with this webhook URL and the "
                     "secret below; repository permissions Deployments: Read and write, Actions: "
                     "Read-only; subscribe to the Deployment protection rule event. Generate its "
                     "private key, set github/appId and github/privateKeyFile, install the App and "
                     "enable it on each environment (Settings > Environments). For environments "
                     "with required reviewers instead, list the repositories in "
                     "github/repositories and set GATEHOUSE_GITHUB_TOKEN."),
             secret}};
}

QList<ApprovalFact> GitHubConnector::facts(const Approval &approval) const
{
    QList<ApprovalFact> facts;
    const QString ref = approval.metadata.value(GitHubMetadata::ref).toString();
    if (!ref.isEmpty())
        facts.append({QCoreApplication::translate("Connector", "Ref"), ref, {}});
    // Built from github/apiUrl and checked names (runPage), so the link goes where the
    // settings say GitHub is, whatever a payload claimed.
    const QUrl run(approval.metadata.value(GitHubMetadata::runUrl).toString(), QUrl::StrictMode);
    if (run.isValid()
        && (run.scheme() == QLatin1String("https") || run.scheme() == QLatin1String("http")))
        facts.append({QCoreApplication::translate("Connector", "Run"),
                      run.toString(QUrl::FullyEncoded), run});
    return facts;
}

std::unique_ptr<ConnectorTask> GitHubConnector::startTask(Engine &engine, OutboxWorker &outbox)
{
    return std::make_unique<GitHubModule>(shared_from_this(), engine, outbox);
}
