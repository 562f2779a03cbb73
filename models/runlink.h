// RunLink: where the source shows the run an approval belongs to, for the detail pane's
// "View run" link. Only what the source gave us: no link is guessed.
#pragma once

#include "core/approval.h"

#include <QUrl>

namespace RunLink {

// Azure Pipelines: {PlanUrl}{ProjectId}/_build/results?buildId={BuildId} (PlanUrl is the
// collection URL; BuildId is an optional header, PROTOCOLS.md 1.2). Generic: the
// optional `runUrl` field. Others (FlexDeploy sends no link): empty. Only http(s).
QUrl of(const Approval &approval);

} // namespace RunLink
