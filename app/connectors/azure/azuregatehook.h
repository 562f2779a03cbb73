// AzureGateHook: the answer to one Azure gate evaluation (ApiResponse): the approval's
// state in the words a success criterion compares, and the evaluation counted on its
// timeline.
#pragma once

#include "connectors/connector.h"

namespace AzureGateHook {
HttpResponse answer(InboundContext &context, const ParseOutcome &outcome);
}
