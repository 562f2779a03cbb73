#include "gitlabconnector.h"

#include "connectors/gitlab/gitlabmetadata.h"
#include "receiver/fieldlimits.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace M = GitLabMetadata;

namespace {

// GitLab's ids are positive integers; anything else is not used to build a call.
qint64 wholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return 0;
    const double number = value.toDouble();
    if (number < 1 || number >= 9.0e15 || std::floor(number) != number)
        return 0;
    return qint64(number);
}

QString userName(const QJsonObject &user)
{
    const QString username = user.value(QStringLiteral("username")).toString();
    return username.isEmpty() ? user.value(QStringLiteral("name")).toString() : username;
}

bool isWebUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty()
            && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

// What the deployment's answer says about its approvals.
struct ApprovalFacts
{
    int pending = -1; // -1: GitLab says nothing about approvals (no approval rules)
    QString approvedBy;
    QString approvedComment;
    QString rejectedBy;
    QString rejectedComment;
};

void readApprovals(const QJsonArray &approvals, ApprovalFacts *facts)
{
    for (const QJsonValue &value : approvals) {
        const QJsonObject approval = value.toObject();
        const QString by = userName(approval.value(QStringLiteral("user")).toObject());
        const QString comment = approval.value(QStringLiteral("comment")).toString();
        const QString status = approval.value(QStringLiteral("status")).toString();
        if (status == QLatin1String("rejected")) {
            facts->rejectedBy = by;
            facts->rejectedComment = comment;
        } else if (status == QLatin1String("approved")) {
            facts->approvedBy = by;
            facts->approvedComment = comment;
        }
    }
}

ApprovalFacts approvalFacts(const QJsonObject &deployment)
{
    ApprovalFacts facts;
    readApprovals(deployment.value(QStringLiteral("approvals")).toArray(), &facts);
    const QJsonValue count = deployment.value(QStringLiteral("pending_approval_count"));
    if (count.isDouble()) {
        facts.pending = qMax(0, count.toInt());
        return facts;
    }
    // Several approval rules: the summary has what each still needs.
    const QJsonArray rules = deployment.value(QStringLiteral("approval_summary"))
                                     .toObject()
                                     .value(QStringLiteral("rules"))
                                     .toArray();
    if (rules.isEmpty())
        return facts;
    facts.pending = 0;
    for (const QJsonValue &value : rules) {
        const QJsonObject rule = value.toObject();
        const QJsonArray given = rule.value(QStringLiteral("deployment_approvals")).toArray();
        readApprovals(given, &facts);
        int approved = 0;
        for (const QJsonValue &approval : given)
            approved += approval.toObject().value(QStringLiteral("status")).toString()
                    == QLatin1String("approved");
        facts.pending +=
                qMax(0, rule.value(QStringLiteral("required_approvals")).toInt() - approved);
    }
    return facts;
}

Decision fromGitLab(Verdict verdict, const QString &by, const QString &comment)
{
    return {verdict, by.isEmpty() ? QStringLiteral("GitLab") : by, GitLabConnector::origin(),
            comment};
}

} // namespace

GitLabEvent GitLabConnector::parse(const HttpRequest &request) const
{
    GitLabEvent event;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        event.kind = GitLabEvent::Kind::Invalid;
        event.reason = QStringLiteral("the body must be a JSON object (a GitLab Deployment event)");
        return event;
    }
    const QJsonObject body = document.object();
    if (body.value(QStringLiteral("object_kind")).toString() != QLatin1String("deployment")) {
        event.reason = QStringLiteral("only Deployment events are read");
        return event;
    }
    const QJsonObject project = body.value(QStringLiteral("project")).toObject();
    const qint64 projectId = wholeNumber(project.value(QStringLiteral("id")));
    const qint64 deploymentId = wholeNumber(body.value(QStringLiteral("deployment_id")));
    if (projectId == 0 || deploymentId == 0) {
        event.reason = QStringLiteral("the event has no numeric project.id and deployment_id");
        return event;
    }
    event.externalId = QStringLiteral("%1/%2").arg(projectId).arg(deploymentId);
    event.status = body.value(QStringLiteral("status")).toString().left(32);
    const QString user = userName(body.value(QStringLiteral("user")).toObject());
    const QString approver = userName(body.value(QStringLiteral("approver")).toObject());
    event.actor = approver.isEmpty() ? user : approver;
    event.comment = body.value(QStringLiteral("approval"))
                            .toObject()
                            .value(QStringLiteral("comment"))
                            .toString()
                            .left(FieldLimits::shortFieldChars);
    if (event.status != QLatin1String("blocked")) {
        event.kind = GitLabEvent::Kind::Update;
        return event;
    }

    event.kind = GitLabEvent::Kind::Blocked;
    const auto shortField = [](const QString &text) {
        return text.left(FieldLimits::shortFieldChars);
    };
    QString path = project.value(QStringLiteral("path_with_namespace")).toString();
    if (path.isEmpty())
        path = project.value(QStringLiteral("name")).toString();
    if (path.isEmpty())
        path = QStringLiteral("project %1").arg(projectId);
    const QString environment = body.value(QStringLiteral("environment")).toString();
    const QString ref = body.value(QStringLiteral("ref")).toString();
    const QString sha = body.value(QStringLiteral("short_sha")).toString();
    const QString jobUrl = body.value(QStringLiteral("deployable_url")).toString();
    const QString projectUrl = project.value(QStringLiteral("web_url")).toString();
    const QString link = isWebUrl(jobUrl) ? jobUrl : isWebUrl(projectUrl) ? projectUrl : QString();
    const qint64 jobId = wholeNumber(body.value(QStringLiteral("deployable_id")));

    Approval a;
    a.connector = name();
    a.kind = kind();
    a.externalId = event.externalId;
    a.title = tr("Deploy %1 %2 to %3")
                      .arg(path, ref.isEmpty() ? sha : ref, environment)
                      .left(FieldLimits::titleChars);
    a.pipeline = shortField(path);
    a.environment = shortField(environment);
    a.requestedBy = shortField(user);
    QStringList lines{
            tr("GitLab deployment %1 of %2 at %3 (%4) to %5, triggered by %6.")
                    .arg(deploymentId)
                    .arg(path, ref, sha, environment, user.isEmpty() ? tr("nobody named") : user)};
    const QString commitTitle = body.value(QStringLiteral("commit_title")).toString();
    if (!commitTitle.isEmpty())
        lines.append(tr("Commit: %1").arg(commitTitle));
    if (!link.isEmpty())
        lines.append(link);
    a.description = lines.join(QLatin1Char('\n')).left(FieldLimits::descriptionChars);
    a.metadata.insert(M::projectId(), projectId);
    a.metadata.insert(M::deploymentId(), deploymentId);
    if (jobId > 0)
        a.metadata.insert(M::jobId(), jobId);
    a.metadata.insert(M::project(), shortField(path));
    a.metadata.insert(M::ref(), shortField(ref));
    a.metadata.insert(M::shortSha(), shortField(sha));
    if (!link.isEmpty())
        a.metadata.insert(M::link(), link.left(2048));
    a.metadata.insert(M::deploymentStatus(), event.status);
    a.metadata.insert(M::confirmation(), M::confirming());
    a.metadata.insert(M::sourceStatus(),
                      tr("Confirming with GitLab that approvals are pending (a blocked "
                         "deployment can also be a manual job)"));
    event.webhook.approval = a;
    // GitLab sends a delivery again when it got no answer in time: that must not undo
    // what the re-read found.
    event.webhook.keepFirst = {M::confirmation(), M::sourceStatus(), M::pendingApprovals()};
    return event;
}

QString GitLabConnector::describe(const GitLabEvent &event)
{
    QString line;
    if (event.status == QLatin1String("approved") || event.status == QLatin1String("rejected"))
        line = tr("GitLab: %1 by %2")
                       .arg(event.status == QLatin1String("approved") ? tr("approved")
                                                                      : tr("rejected"),
                            event.actor.isEmpty() ? tr("someone") : event.actor);
    else
        line = tr("GitLab: the deployment is now %1").arg(event.status);
    if (!event.comment.isEmpty())
        line += tr(": \"%1\"").arg(event.comment);
    return line;
}

QString GitLabConnector::deploymentPath(const Approval &approval) const
{
    const qint64 projectId = wholeNumber(approval.metadata.value(M::projectId()));
    const qint64 deploymentId = wholeNumber(approval.metadata.value(M::deploymentId()));
    if (projectId == 0 || deploymentId == 0)
        return {};
    return m_settings.apiBase()
            + QStringLiteral("/projects/%1/deployments/%2").arg(projectId).arg(deploymentId);
}

std::optional<OutboundRequest> GitLabConnector::rereadRequest(const Approval &approval) const
{
    const QString path = deploymentPath(approval);
    if (path.isEmpty())
        return std::nullopt;
    OutboundRequest request;
    request.method = QStringLiteral("GET");
    request.url = QUrl(path, QUrl::StrictMode);
    request.auth = OutboundRequest::Auth::Header;
    request.authHeader = QByteArrayLiteral("PRIVATE-TOKEN");
    request.secretName = GitLabSettings::tokenSecret();
    request.purpose = OutboundRequest::Purpose::Status;
    request.readAnswer = true;
    request.label = QStringLiteral("GitLab deployment read");
    return request;
}

QList<OutboundRequest> GitLabConnector::openingRequests(const Approval &created) const
{
    if (const auto reread = rereadRequest(created))
        return {*reread};
    return {};
}

QList<OutboundRequest> GitLabConnector::decisionRequests(const Approval &decided) const
{
    // Decided in GitLab: GitLab knows.
    if (decided.decisionOrigin == origin() || decided.state == ApprovalState::Cancelled)
        return {};
    const QString path = deploymentPath(decided);
    if (path.isEmpty())
        return {};
    const bool approve = decided.state == ApprovalState::Approved;
    // GitLab records the token's owner as the approver: the person's name goes into the
    // comment.
    QString comment;
    if (decided.state == ApprovalState::Expired) {
        comment = QStringLiteral("Gatehouse: no decision before the deadline");
    } else {
        comment = QStringLiteral("%1 in Gatehouse by %2")
                          .arg(approve ? QStringLiteral("Approved") : QStringLiteral("Rejected"),
                               decided.decidedBy);
        if (!decided.comment.isEmpty())
            comment += QStringLiteral(": ") + decided.comment;
    }
    QJsonObject body{{QStringLiteral("status"),
                      approve ? QStringLiteral("approved") : QStringLiteral("rejected")},
                     {QStringLiteral("comment"), comment}};
    if (!m_settings.representedAs.isEmpty())
        body.insert(QStringLiteral("represented_as"), m_settings.representedAs);

    OutboundRequest approval;
    approval.url = QUrl(path + QStringLiteral("/approval"), QUrl::StrictMode);
    approval.headers.append(
            {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    approval.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    approval.auth = OutboundRequest::Auth::Header;
    approval.authHeader = QByteArrayLiteral("PRIVATE-TOKEN");
    approval.secretName = GitLabSettings::tokenSecret();
    // Success is "any 2xx" (201 or 200: UNCONFIRMED which); its "status" is kept so that
    // the job is played only after GitLab accepted the approval.
    approval.captureField = QStringLiteral("status");
    approval.captureAs = M::approvalAnswer();
    approval.label =
            approve ? QStringLiteral("GitLab approval") : QStringLiteral("GitLab rejection");
    QList<OutboundRequest> requests{approval};

    const qint64 projectId = wholeNumber(decided.metadata.value(M::projectId()));
    const qint64 jobId = wholeNumber(decided.metadata.value(M::jobId()));
    if (approve && m_settings.playJob && jobId > 0) {
        // After approval the job does not start by itself (GitLab's docs).
        OutboundRequest play;
        play.url = QUrl(
                m_settings.apiBase()
                        + QStringLiteral("/projects/%1/jobs/%2/play").arg(projectId).arg(jobId),
                QUrl::StrictMode);
        play.auth = OutboundRequest::Auth::Header;
        play.authHeader = QByteArrayLiteral("PRIVATE-TOKEN");
        play.secretName = GitLabSettings::tokenSecret();
        play.placeholders = {M::approvalAnswer()};
        play.label = QStringLiteral("GitLab play job");
        requests.append(play);
    }
    return requests;
}

AnswerReading GitLabConnector::readAnswer(const Approval &approval, const OutboundRequest &,
                                          const QByteArray &answer) const
{
    AnswerReading effect;
    const QJsonObject deployment = QJsonDocument::fromJson(answer).object();
    const QString status = deployment.value(QStringLiteral("status")).toString().left(32);
    if (status.isEmpty()) {
        effect.line = tr("GitLab's answer names no deployment status; nothing changed");
        return effect;
    }
    effect.metadata.insert(M::deploymentStatus(), status);
    if (!approval.isPending()) {
        effect.line = tr("GitLab: the deployment is %1").arg(status);
        return effect;
    }
    const ApprovalFacts facts = approvalFacts(deployment);
    const bool wasConfirmed =
            approval.metadata.value(M::confirmation()).toString() == M::confirmedApproval();
    const auto drop = [&](const QString &why) {
        effect.metadata.insert(M::confirmation(), M::manualJob());
        effect.metadata.insert(M::sourceStatus(), why);
        effect.decision = fromGitLab(Verdict::Cancel, {}, why);
    };

    if (!facts.rejectedBy.isEmpty()) {
        effect.decision = fromGitLab(Verdict::Reject, facts.rejectedBy, facts.rejectedComment);
    } else if (status == QLatin1String("blocked") && facts.pending > 0) {
        effect.metadata.insert(M::confirmation(), M::confirmedApproval());
        effect.metadata.insert(M::pendingApprovals(), facts.pending);
        const QString pending = tr("%n approvals pending in GitLab", nullptr, facts.pending);
        effect.metadata.insert(M::sourceStatus(), pending);
        effect.line = wasConfirmed ? tr("GitLab: %1").arg(pending)
                                   : tr("GitLab confirms: %1").arg(pending);
    } else if (!facts.approvedBy.isEmpty()
               && (status == QLatin1String("blocked") || status == QLatin1String("running")
                   || status == QLatin1String("success") || status == QLatin1String("created"))) {
        // Nothing pending any more and approvals given: approved in GitLab.
        effect.decision = fromGitLab(Verdict::Approve, facts.approvedBy, facts.approvedComment);
    } else if (status == QLatin1String("failed") || status == QLatin1String("canceled")) {
        const QString why =
                tr("the deployment %1 in GitLab")
                        .arg(status == QLatin1String("failed") ? tr("failed") : tr("was canceled"));
        effect.metadata.insert(M::sourceStatus(), why);
        effect.decision = fromGitLab(Verdict::Cancel, {}, why);
    } else if (wasConfirmed
               && (status == QLatin1String("running") || status == QLatin1String("success"))) {
        effect.decision =
                fromGitLab(Verdict::Approve, {}, tr("the deployment went ahead in GitLab"));
    } else if (status == QLatin1String("blocked") || status == QLatin1String("running")
               || status == QLatin1String("success") || status == QLatin1String("created")) {
        // Blocked without approval rules, or it went ahead without approvals.
        drop(tr("manual job, not an approval"));
    } else {
        effect.line = tr("GitLab: the deployment is %1").arg(status);
    }
    return effect;
}
