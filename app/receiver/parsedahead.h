// ParsedAhead: a webhook parsed by the receiver thread that took it, so that the engine
// thread (which handles every request in turn) does not have to. It belongs to the
// connector object and route that parsed it: when the engine holds another connector
// object by the time the request is handled (reconfigured), the engine thread parses
// again, and the outcome here is dropped.
#pragma once

#include "connectors/connector.h"
#include "receiver/httpmessage.h"

#include <memory>

struct ParsedAhead
{
    std::shared_ptr<const Connector> connector; // kept alive for the comparison
    int route = -1; // index into connector->routes()
    ParseOutcome outcome;
    // The answer when the outcome is not stored (a parse error, fields over their limits).
    std::optional<HttpResponse> refusal;
};
