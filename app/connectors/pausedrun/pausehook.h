// PauseHook: POST /hooks/pausedrun/pause (and the earlier /hooks/pipelines/pause).
// Stores the paused run, issues its single-use restart token and answers with the
// restart link built from the public base URL.
#pragma once

#include "connectors/connector.h"

class PausedRunConnector;

namespace PauseHook {
HttpResponse receive(InboundContext &context, const PausedRunConnector &connector,
                     const HttpRequest &request);
}
