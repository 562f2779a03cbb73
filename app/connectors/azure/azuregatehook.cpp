#include "azuregatehook.h"

#include "core/engine.h"
#include "receiver/fieldlimits.h"

HttpResponse AzureGateHook::answer(InboundContext &context, const ParseOutcome &outcome)
{
    if (!outcome.parsed)
        return HttpResponse::error(outcome.status, outcome.error, outcome.detail);
    if (auto refused = FieldLimits::refuse(outcome.parsed->approval))
        return *refused;
    Engine &engine = context.engine();
    const Engine::IngestResult result = engine.ingest(*outcome.parsed);
    if (!result.ok)
        return HttpResponse::error(
                503, QStringLiteral("not stored"),
                QStringLiteral("the evaluation could not be stored; retry later"));
    const Approval &a = result.approval;
    const int evaluations = a.metadata.value(QStringLiteral("evaluations")).toInt();
    // A success criterion compares with 'approved'; everything final that is not an
    // approval (rejected, expired, cancelled) reads as 'rejected'.
    const QString status = a.isPending()         ? QStringLiteral("pending")
            : a.state == ApprovalState::Approved ? QStringLiteral("approved")
                                                 : QStringLiteral("rejected");
    engine.postStatus(a.id,
                      QCoreApplication::translate("WebhookReceiver", "Evaluation %1: answered %2")
                              .arg(evaluations)
                              .arg(status));
    return HttpResponse::json(
            200,
            {{QStringLiteral("status"), status},
             {QStringLiteral("state"), stateName(a.state)},
             {QStringLiteral("approvalId"), a.id},
             {QStringLiteral("decidedBy"),
              a.isPending() ? QJsonValue(QJsonValue::Null) : QJsonValue(a.decidedBy)},
             {QStringLiteral("evaluations"), evaluations}});
}
