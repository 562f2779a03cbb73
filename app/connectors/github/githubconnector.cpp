#include "githubconnector.h"

#include "connectors/github/githubapptokens.h"
#include "connectors/github/githubmetadata.h"
#include "connectors/jsonfields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace M = GitHubMetadata;

namespace {

ParseOutcome invalid(const QString &detail)
{
    return ParseOutcome::fail(400, QStringLiteral("invalid field"), detail);
}

// A whole positive number as text ("5453085689"), or empty.
QString wholeNumber(const QJsonValue &value)
{
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number <= 0 || number >= 9.0e15 || std::floor(number) != number)
        return {};
    return QString::number(qint64(number));
}

QString truncated(QString text, int limit)
{
    if (text.size() > limit)
        text = text.left(limit - 1) + QChar(0x2026);
    return text;
}

} // namespace

bool GitHubConnector::isName(const QString &text)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9._-]{1,100}$"));
    return name.match(text).hasMatch() && text != QLatin1String(".") && text != QLatin1String("..");
}

std::optional<GitHubConnector::Run> GitHubConnector::callbackRun(const QString &text) const
{
    const QUrl url(text, QUrl::StrictMode);
    const QUrl base = m_config.apiUrl;
    if (!url.isValid() || url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty()
        || url.scheme() != base.scheme() || url.host().compare(base.host(), Qt::CaseInsensitive)
        || url.port(443) != base.port(443))
        return std::nullopt;
    QString basePath = base.path(QUrl::FullyEncoded);
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    const QString path = url.path(QUrl::FullyEncoded);
    if (!path.startsWith(basePath + QLatin1Char('/')))
        return std::nullopt;
    const QStringList parts = path.mid(basePath.size() + 1).split(QLatin1Char('/'));
    static const QRegularExpression digits(QStringLiteral("^[1-9][0-9]{0,18}$"));
    if (parts.size() != 7 || parts.at(0) != QLatin1String("repos") || !isName(parts.at(1))
        || !isName(parts.at(2)) || parts.at(3) != QLatin1String("actions")
        || parts.at(4) != QLatin1String("runs") || !digits.match(parts.at(5)).hasMatch()
        || parts.at(6) != QLatin1String("deployment_protection_rule"))
        return std::nullopt;
    return Run{parts.at(1), parts.at(2), parts.at(5)};
}

QString GitHubConnector::runPage(const QString &owner, const QString &repo,
                                 const QString &runId) const
{
    return QStringLiteral("%1/%2/%3/actions/runs/%4").arg(m_config.webBase(), owner, repo, runId);
}

ParseOutcome GitHubConnector::parseProtectionRule(const QJsonObject &event,
                                                  const QDateTime &now) const
{
    JsonFields fields(event);
    const QString environment = fields.requiredString(QStringLiteral("environment"));
    const QString callbackUrl = fields.requiredString(QStringLiteral("deployment_callback_url"));
    const QString trigger = fields.optionalString(QStringLiteral("event"));
    if (!fields.ok())
        return invalid(fields.problem());
    if (environment.size() > 255)
        return invalid(QStringLiteral("field 'environment' is longer than 255 characters"));
    const std::optional<Run> run = callbackRun(callbackUrl);
    if (!run)
        return ParseOutcome::fail(
                400, QStringLiteral("refused callback"),
                QStringLiteral("field 'deployment_callback_url' must be %1/repos/{owner}/{repo}/"
                               "actions/runs/{run_id}/deployment_protection_rule: Gatehouse "
                               "calls only the configured GitHub API (github/apiUrl)")
                        .arg(m_config.apiBase()));
    const QJsonObject repository = event.value(QStringLiteral("repository")).toObject();
    const QString fullName = repository.value(QStringLiteral("full_name")).toString();
    if (fullName.compare(run->owner + QLatin1Char('/') + run->repo, Qt::CaseInsensitive) != 0)
        return invalid(QStringLiteral("field 'repository.full_name' must name the repository of "
                                      "'deployment_callback_url' (%1/%2)")
                               .arg(run->owner, run->repo));
    const QString installationId = wholeNumber(
            event.value(QStringLiteral("installation")).toObject().value(QStringLiteral("id")));
    if (installationId.isEmpty())
        return invalid(QStringLiteral("field 'installation.id' must be a whole number: the "
                                      "installation whose token answers the rule"));
    const QJsonObject deployment = event.value(QStringLiteral("deployment")).toObject();
    const QString deploymentId = wholeNumber(deployment.value(QStringLiteral("id")));
    QString triggeredBy = event.value(QStringLiteral("sender"))
                                  .toObject()
                                  .value(QStringLiteral("login"))
                                  .toString();
    if (triggeredBy.isEmpty())
        triggeredBy = deployment.value(QStringLiteral("creator"))
                              .toObject()
                              .value(QStringLiteral("login"))
                              .toString();
    const QString ref = deployment.value(QStringLiteral("ref")).toString();
    const QString repositoryName = run->owner + QLatin1Char('/') + run->repo;

    Approval a;
    a.connector = name();
    a.kind = ruleKind();
    // One approval per run, environment and deployment: a redelivery (same
    // X-GitHub-Delivery, same payload) finds it; a re-run gets a new deployment.
    a.externalId =
            QStringLiteral("%1/runs/%2/%3/%4")
                    .arg(repositoryName, run->runId,
                         deploymentId.isEmpty() ? QStringLiteral("-") : deploymentId, environment);
    a.title = QStringLiteral("Deploy %1 to %2").arg(repositoryName, environment);
    a.description =
            QStringLiteral("Run %1%2%3")
                    .arg(run->runId, ref.isEmpty() ? QString() : QStringLiteral(" on %1").arg(ref),
                         trigger.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(trigger));
    a.pipeline = repositoryName;
    a.stage = QStringLiteral("run %1").arg(run->runId);
    a.environment = environment;
    a.requestedBy = triggeredBy;
    a.groupKey = QStringLiteral("github:%1/runs/%2").arg(repositoryName, run->runId);
    a.deadline = now.addDays(waitLimitDays);
    a.metadata = {{M::repository, repositoryName},
                  {M::owner, run->owner},
                  {M::repo, run->repo},
                  {M::environment, environment},
                  {M::ref, ref},
                  {M::sha, deployment.value(QStringLiteral("sha")).toString()},
                  {M::runId, run->runId},
                  {M::runUrl, runPage(run->owner, run->repo, run->runId)},
                  {M::event, trigger},
                  {M::triggeredBy, triggeredBy},
                  {M::installationId, installationId},
                  {M::deploymentId, deploymentId}};
    return ParseOutcome::ok({a, {}});
}

QList<QPair<QByteArray, QByteArray>> GitHubConnector::apiHeaders()
{
    // GitHub refuses calls without a User-Agent; the API version pins the JSON shapes.
    return {{"Accept", "application/vnd.github+json"},
            {"User-Agent", "Gatehouse"},
            {"X-GitHub-Api-Version", "2022-11-28"}};
}

OutboundRequest GitHubConnector::apiRequest(const QString &path, const QByteArray &jsonBody) const
{
    OutboundRequest request;
    request.method = QStringLiteral("POST");
    request.url = QUrl(m_config.apiBase() + path, QUrl::StrictMode);
    request.headers = apiHeaders();
    request.headers.append(
            {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    request.body = jsonBody;
    return request;
}

QString GitHubConnector::decisionComment(const Approval &decided)
{
    QString text;
    switch (decided.state) {
    case ApprovalState::Approved:
        text = QStringLiteral("Approved in Gatehouse by %1").arg(decided.decidedBy);
        break;
    case ApprovalState::Expired:
        text = QStringLiteral("Rejected by Gatehouse: no decision before the deadline");
        break;
    default:
        text = QStringLiteral("Rejected in Gatehouse by %1").arg(decided.decidedBy);
        break;
    }
    if (!decided.comment.trimmed().isEmpty())
        text += QStringLiteral(": ") + decided.comment.trimmed();
    return truncated(text, maxCommentLength);
}

QList<OutboundRequest> GitHubConnector::decisionRequests(const Approval &decided) const
{
    if (decided.kind == ruleKind())
        return ruleDecision(decided);
    if (decided.kind == reviewKind())
        return reviewDecision(decided);
    return {};
}

QList<OutboundRequest> GitHubConnector::ruleDecision(const Approval &decided) const
{
    const QString owner = decided.metadata.value(M::owner).toString();
    const QString repo = decided.metadata.value(M::repo).toString();
    const QString runId = decided.metadata.value(M::runId).toString();
    if (!isName(owner) || !isName(repo) || runId.isEmpty())
        return {};
    const bool approve = decided.state == ApprovalState::Approved;
    const QJsonObject body{
            {QStringLiteral("environment_name"), decided.metadata.value(M::environment)},
            {QStringLiteral("state"),
             approve ? QStringLiteral("approved") : QStringLiteral("rejected")},
            {QStringLiteral("comment"), decisionComment(decided)}};
    OutboundRequest request =
            apiRequest(QStringLiteral("/repos/%1/%2/actions/runs/%3/deployment_protection_rule")
                               .arg(owner, repo, runId),
                       QJsonDocument(body).toJson(QJsonDocument::Compact));
    request.credentialProvider = GitHubAppTokens::providerName();
    request.credentialScope = decided.metadata.value(M::installationId).toString();
    request.label = approve ? QStringLiteral("GitHub approve") : QStringLiteral("GitHub reject");
    return {request};
}

QList<OutboundRequest> GitHubConnector::openingRequests(const Approval &created) const
{
    if (created.kind != ruleKind())
        return {};
    QList<OutboundRequest> requests = ruleDecision(created);
    if (requests.isEmpty())
        return {};
    // A status report: a comment without a state (one of GitHub's ten per deployment).
    OutboundRequest &status = requests.first();
    status.body =
            QJsonDocument(QJsonObject{{QStringLiteral("environment_name"),
                                       created.metadata.value(M::environment)},
                                      {QStringLiteral("comment"),
                                       QStringLiteral("Waiting in Gatehouse for a decision")}})
                    .toJson(QJsonDocument::Compact);
    status.purpose = OutboundRequest::Purpose::Status;
    status.label = QStringLiteral("GitHub status report");
    return requests;
}

QList<OutboundRequest> GitHubConnector::reviewDecision(const Approval &decided) const
{
    const QString owner = decided.metadata.value(M::owner).toString();
    const QString repo = decided.metadata.value(M::repo).toString();
    const QString runId = decided.metadata.value(M::runId).toString();
    const QJsonArray environmentIds = decided.metadata.value(M::environmentIds).toArray();
    if (!isName(owner) || !isName(repo) || runId.isEmpty() || environmentIds.isEmpty())
        return {};
    const bool approve = decided.state == ApprovalState::Approved;
    const QJsonObject body{{QStringLiteral("environment_ids"), environmentIds},
                           {QStringLiteral("state"),
                            approve ? QStringLiteral("approved") : QStringLiteral("rejected")},
                           {QStringLiteral("comment"), decisionComment(decided)}};
    OutboundRequest request =
            apiRequest(QStringLiteral("/repos/%1/%2/actions/runs/%3/pending_deployments")
                               .arg(owner, repo, runId),
                       QJsonDocument(body).toJson(QJsonDocument::Compact));
    request.auth = OutboundRequest::Auth::Bearer;
    request.secretName = GitHubConfig::reviewerTokenSecret();
    request.label = approve ? QStringLiteral("GitHub approve") : QStringLiteral("GitHub reject");
    return {request};
}
