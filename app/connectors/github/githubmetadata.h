// The metadata keys of GitHub approvals: what the inbox shows (repository, environment,
// ref, run link, who triggered it) and what a decision needs (owner, repo, run id,
// installation id, environment ids). One list, so that the connector, the poller, the
// table model and the tests spell them alike.
#pragma once

#include <QString>

namespace GitHubMetadata {
inline const QString repository = QStringLiteral("repository"); // "owner/name"
inline const QString owner = QStringLiteral("owner");
inline const QString repo = QStringLiteral("repo");
inline const QString environment = QStringLiteral("environment");
inline const QString ref = QStringLiteral("ref");
inline const QString sha = QStringLiteral("sha");
inline const QString runId = QStringLiteral("runId");
inline const QString runUrl = QStringLiteral("runUrl"); // the run's page, for people
inline const QString event = QStringLiteral("event"); // push, pull_request, ...
inline const QString triggeredBy = QStringLiteral("triggeredBy");
// The custom protection rule (GitHub App) only:
inline const QString installationId = QStringLiteral("installationId");
inline const QString deploymentId = QStringLiteral("deploymentId");
// Required reviewers only: the environment ids a decision releases (JSON array).
inline const QString environmentIds = QStringLiteral("environmentIds");
} // namespace GitHubMetadata
