#include "githubreviewpoller.h"

#include "connectors/github/githubhttp.h"
#include "connectors/github/githubmetadata.h"
#include "core/engine.h"
#include "receiver/fieldlimits.h"

#include <QJsonDocument>
#include <QNetworkReply>

namespace M = GitHubMetadata;

namespace {
constexpr qint64 maxAnswer = 4 * 1024 * 1024;
constexpr int maxBackoffSecs = 15 * 60;
} // namespace

GitHubReviewPoller::GitHubReviewPoller(Engine &engine, std::shared_ptr<GitHubConnector> connector,
                                       TargetGuard guard, std::function<QByteArray()> token,
                                       QObject *parent)
    : QObject(parent),
      m_engine(engine),
      m_connector(std::move(connector)),
      m_guard(std::move(guard)),
      m_token(std::move(token))
{
    GitHubHttp::configure(m_network);
    connect(&m_timer, &QTimer::timeout, this, &GitHubReviewPoller::pollNow);
}

void GitHubReviewPoller::start()
{
    if (m_connector->config().repositories.isEmpty())
        return;
    m_timer.start(m_connector->config().pollSeconds * 1000);
    pollNow();
}

void GitHubReviewPoller::pollNow()
{
    if (m_running || m_connector->config().repositories.isEmpty())
        return;
    if (m_pausedUntil.isValid() && m_engine.now() < m_pausedUntil)
        return;
    m_pausedUntil = {};
    m_failed = false;
    for (const QString &repository : m_connector->config().repositories) {
        const QStringList parts = repository.split(QLatin1Char('/'));
        if (parts.size() != 2 || !GitHubConnector::isName(parts.at(0))
            || !GitHubConnector::isName(parts.at(1))) {
            emit problem(tr("github/repositories: '%1' is not owner/name").arg(repository));
            continue;
        }
        m_steps.enqueue({parts.at(0), parts.at(1), {}, {}});
    }
    m_running = true;
    next();
}

void GitHubReviewPoller::next()
{
    if (m_steps.isEmpty() || m_failed) {
        finishRound();
        return;
    }
    get(m_steps.dequeue());
}

void GitHubReviewPoller::finishRound()
{
    m_steps.clear();
    m_running = false;
    ++m_rounds;
    if (!m_failed)
        m_backoffSecs = 0;
    emit roundFinished();
}

void GitHubReviewPoller::get(const Step &step)
{
    const QByteArray token = m_token();
    if (token.isEmpty()) {
        emit problem(tr("no GitHub reviewer token: set GATEHOUSE_GITHUB_TOKEN or store one in "
                        "Settings"));
        m_failed = true;
        next();
        return;
    }
    QString path = QStringLiteral("/repos/%1/%2/actions/runs").arg(step.owner, step.repo);
    path += step.runId.isEmpty() ? QStringLiteral("?status=waiting")
                                 : QStringLiteral("/%1/pending_deployments").arg(step.runId);
    const QUrl url(m_connector->config().apiBase() + path, QUrl::StrictMode);
    QString refused;
    std::optional<QNetworkRequest> request = GitHubHttp::request(url, m_guard, token, &refused);
    if (!request) {
        emit problem(refused);
        m_failed = true;
        next();
        return;
    }
    const auto cached = m_cache.constFind(url.toString());
    if (cached != m_cache.constEnd())
        request->setRawHeader("If-None-Match", cached->first);
    QNetworkReply *reply = m_network.get(*request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, step] { answered(reply, step); });
}

void GitHubReviewPoller::honourLimits(QNetworkReply *reply, int status)
{
    const QDateTime now = m_engine.now();
    QDateTime until;
    bool ok = false;
    const qint64 retryAfter = reply->rawHeader("retry-after").trimmed().toLongLong(&ok);
    if (ok && retryAfter >= 0)
        until = now.addSecs(qMin<qint64>(retryAfter, 3600));
    const QByteArray remaining = reply->rawHeader("x-ratelimit-remaining").trimmed();
    const qint64 reset = reply->rawHeader("x-ratelimit-reset").trimmed().toLongLong(&ok);
    if (remaining == "0" && ok) {
        const QDateTime resetAt = QDateTime::fromSecsSinceEpoch(reset, Qt::UTC);
        if (resetAt > now && (!until.isValid() || resetAt > until))
            until = qMin(resetAt, now.addSecs(3600));
    }
    if (!until.isValid() && (status >= 500 || status == 0 || status == 403 || status == 429)) {
        m_backoffSecs = qBound(30, m_backoffSecs * 2, maxBackoffSecs);
        until = now.addSecs(m_backoffSecs);
    }
    if (until.isValid() && until > now) {
        m_pausedUntil = until;
        if (status < 200 || status >= 400)
            m_failed = true;
    }
}

void GitHubReviewPoller::answered(QNetworkReply *reply, const Step &step)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString url = reply->request().url().toString();
    honourLimits(reply, status);
    QByteArray body;
    if (status == 200) {
        body = reply->read(maxAnswer);
        const QByteArray etag = reply->rawHeader("ETag");
        if (!etag.isEmpty())
            m_cache.insert(url, {etag, body});
    } else if (status == 304 && m_cache.contains(url)) {
        body = m_cache.value(url).second;
    } else {
        if (status >= 400 && status < 500 && status != 429)
            emit problem(tr("GitHub answered %1 for %2/%3: check the reviewer token and "
                            "github/repositories")
                                 .arg(status)
                                 .arg(step.owner, step.repo));
        // A failed repository does not stop the others, unless GitHub asked to wait.
        next();
        return;
    }
    if (step.runId.isEmpty())
        readRuns(step, body);
    else
        readPending(step, body);
    next();
}

void GitHubReviewPoller::readRuns(const Step &step, const QByteArray &body)
{
    const QJsonArray runs =
            QJsonDocument::fromJson(body).object().value(QStringLiteral("workflow_runs")).toArray();
    for (const QJsonValue &value : runs) {
        const QJsonObject run = value.toObject();
        const double id = run.value(QStringLiteral("id")).toDouble();
        if (id <= 0 || id >= 9.0e15)
            continue;
        m_steps.enqueue({step.owner, step.repo, QString::number(qint64(id)), run});
    }
}

void GitHubReviewPoller::readPending(const Step &step, const QByteArray &body)
{
    const QJsonArray pending = QJsonDocument::fromJson(body).array();
    const QString repository = step.owner + QLatin1Char('/') + step.repo;
    const QJsonObject &run = step.run;
    const QString ref = run.value(QStringLiteral("head_branch")).toString();
    const QString trigger = run.value(QStringLiteral("event")).toString();
    QString triggeredBy = run.value(QStringLiteral("triggering_actor"))
                                  .toObject()
                                  .value(QStringLiteral("login"))
                                  .toString();
    if (triggeredBy.isEmpty())
        triggeredBy = run.value(QStringLiteral("actor"))
                              .toObject()
                              .value(QStringLiteral("login"))
                              .toString();
    const QString workflow = run.value(QStringLiteral("name")).toString();
    for (const QJsonValue &value : pending) {
        const QJsonObject wait = value.toObject();
        if (!wait.value(QStringLiteral("current_user_can_approve")).toBool()
            || wait.value(QStringLiteral("reviewers")).toArray().isEmpty())
            continue;
        const QJsonObject environment = wait.value(QStringLiteral("environment")).toObject();
        const double environmentId = environment.value(QStringLiteral("id")).toDouble();
        const QString name = environment.value(QStringLiteral("name")).toString();
        if (environmentId <= 0 || environmentId >= 9.0e15 || name.isEmpty())
            continue;
        const QString externalId = QStringLiteral("%1/runs/%2/environments/%3")
                                           .arg(repository, step.runId)
                                           .arg(qint64(environmentId));
        // Known already: every round would otherwise add "received again" to its timeline.
        if (m_engine.approvalByExternalId(m_connector->name(), externalId))
            continue;
        Approval a;
        a.connector = m_connector->name();
        a.kind = GitHubConnector::reviewKind();
        a.externalId = externalId;
        a.title = QStringLiteral("Deploy %1 to %2").arg(repository, name);
        a.description =
                QStringLiteral("%1run %2%3%4")
                        .arg(workflow.isEmpty() ? QString() : workflow + QLatin1Char(' '),
                             step.runId,
                             ref.isEmpty() ? QString() : QStringLiteral(" on %1").arg(ref),
                             trigger.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(trigger));
        a.pipeline = repository;
        a.stage = QStringLiteral("run %1").arg(step.runId);
        a.environment = name;
        a.requestedBy = triggeredBy;
        a.groupKey = QStringLiteral("github:%1/runs/%2").arg(repository, step.runId);
        const QDateTime created = QDateTime::fromString(
                run.value(QStringLiteral("created_at")).toString(), Qt::ISODate);
        a.deadline = (created.isValid() ? created : m_engine.now())
                             .addDays(GitHubConnector::waitLimitDays);
        a.metadata = {{M::repository, repository},
                      {M::owner, step.owner},
                      {M::repo, step.repo},
                      {M::environment, name},
                      {M::ref, ref},
                      {M::sha, run.value(QStringLiteral("head_sha")).toString()},
                      {M::runId, step.runId},
                      {M::runUrl, m_connector->runPage(step.owner, step.repo, step.runId)},
                      {M::event, trigger},
                      {M::triggeredBy, triggeredBy},
                      {M::environmentIds, QJsonArray{qint64(environmentId)}}};
        if (FieldLimits::refuse(a))
            continue;
        m_engine.ingest({a, {}});
    }
}
