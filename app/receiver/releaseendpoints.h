// ReleaseEndpoints: the control API's part of "approve ahead" (issue 18, item 2): the
// "releaseAt" field of POST /api/approvals/{id}/approve,
// POST /api/approvals/{id}/cancel-release, and the pre-approvals of scheduled runs
// (GET and POST /api/pre-approvals, POST /api/pre-approvals/{id}/revoke). Reading and
// answering only; the Engine decides what a release time means.
#pragma once

#include "core/releaserequest.h"
#include "receiver/httpmessage.h"
#include "receiver/router.h"

#include <QJsonObject>
#include <QString>

#include <optional>

class Engine;

namespace ReleaseEndpoints {

// "releaseAt": absent (release now), "window" (the next change window) or an ISO 8601
// time that names its zone ("2026-12-01T22:00:00Z", "...+01:00"). Returns the 400 to
// answer with when the value is not one of those.
std::optional<HttpResponse> readReleaseAt(const QJsonObject &body, bool approve,
                                          ReleaseRequest *release);

// The routes, all for the operator (or a personal token). apiCaller: the receiver's
// record of who the request being handled authenticated as (empty: the operator token).
void addRoutes(Router &router, Engine &engine, const QString &apiCaller);

// caller: the personal token's owner, empty for the operator token (then the body's
// "cancelledBy" names who, or "api").
HttpResponse cancelRelease(Engine &engine, const HttpRequest &request, qint64 approvalId,
                           const QString &caller);
HttpResponse createPreApproval(Engine &engine, const HttpRequest &request, const QString &caller);
HttpResponse listPreApprovals(Engine &engine, const HttpRequest &request);
HttpResponse revokePreApproval(Engine &engine, qint64 id, const QString &caller);

} // namespace ReleaseEndpoints
