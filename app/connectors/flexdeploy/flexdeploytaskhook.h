// FlexDeployTaskHook: POST /hooks/flexdeploy/tasks. Stores the human task through the
// Engine, issues its action token, answers with absolute approve and reject links built
// from the public base URL, and announces a new task in chat when configured.
#pragma once

#include "connectors/connector.h"

class FlexDeployConnector;

namespace FlexDeployTaskHook {
HttpResponse receive(InboundContext &context, const FlexDeployConnector &connector,
                     const HttpRequest &request);
}
