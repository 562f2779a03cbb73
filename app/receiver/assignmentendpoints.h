// AssignmentEndpoints: POST and DELETE /api/approvals/{id}/assign, "Assign to me" over
// the control API (issue 18 item 7). The assignee is the caller: a personal API
// token's owner, whatever the body says; with the shared operator token, the body's
// "assignee" or else this instance's own user (the OS user, or its PostgreSQL role), as
// the window names it. A hold of someone else answers 409 naming them, unless the body
// says {"force": true}.
#pragma once

#include "receiver/httpmessage.h"

class Engine;

namespace AssignmentEndpoints {

// caller: the personal token's owner, empty for the shared operator token.
HttpResponse take(Engine &engine, const HttpRequest &request, const QString &idText,
                  const QString &caller);
HttpResponse release(Engine &engine, const HttpRequest &request, const QString &idText,
                     const QString &caller);

} // namespace AssignmentEndpoints
