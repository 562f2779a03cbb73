// GitLabMetadata: the keys the GitLab connector keeps in an approval's metadata. The
// ids are what every call is built from (checked numbers, never URLs from a payload);
// "ref", "link" and "sourceStatus" are the facts the detail pane shows for any CI system.
#pragma once

#include <QString>

namespace GitLabMetadata {
inline QString projectId()
{
    return QStringLiteral("projectId");
}
inline QString deploymentId()
{
    return QStringLiteral("deploymentId");
}
inline QString jobId()
{
    return QStringLiteral("jobId");
} // deployable_id; absent: no job
inline QString project()
{
    return QStringLiteral("project");
} // path_with_namespace
inline QString ref()
{
    return QStringLiteral("ref");
}
inline QString shortSha()
{
    return QStringLiteral("shortSha");
}
inline QString link()
{
    return QStringLiteral("link");
} // the job's (or project's) web page
// What GitLab last said about the deployment ("blocked", "success", ...).
inline QString deploymentStatus()
{
    return QStringLiteral("deploymentStatus");
}
// confirming (a blocked deployment, not yet re-read), approval (approvals pending),
// manual (a manual job, not an approval: dropped).
inline QString confirmation()
{
    return QStringLiteral("confirmation");
}
inline QString pendingApprovals()
{
    return QStringLiteral("pendingApprovals");
}
inline QString sourceStatus()
{
    return QStringLiteral("sourceStatus");
} // a line for people
// The approval call's answered "status": the job is played only after it succeeded.
inline QString approvalAnswer()
{
    return QStringLiteral("gitlabApprovalStatus");
}

inline QString confirming()
{
    return QStringLiteral("confirming");
}
inline QString confirmedApproval()
{
    return QStringLiteral("approval");
}
inline QString manualJob()
{
    return QStringLiteral("manual");
}
} // namespace GitLabMetadata
