#include "outcometext.h"

QString OutcomeText::where(const QString &origin)
{
    if (origin == QLatin1String("window"))
        return tr("from the window");
    if (origin == QLatin1String("tray"))
        return tr("from the tray");
    if (origin == QLatin1String("api"))
        return tr("through the API");
    if (origin == QLatin1String("policy"))
        return tr("by a policy");
    if (origin == QLatin1String("timeout"))
        return tr("by the timeout rule");
    return tr("from %1").arg(origin);
}

QString OutcomeText::describe(const Approval &approval, bool withComment)
{
    QString text;
    const bool link = approval.decisionOrigin == QLatin1String("link");
    switch (approval.state) {
    case ApprovalState::Pending:
        return {};
    case ApprovalState::Expired:
        return tr("Timed out: no decision before the deadline");
    case ApprovalState::Cancelled:
        if (approval.metadata.contains(QStringLiteral("supersededBy")))
            return tr("Superseded by #%1")
                    .arg(qint64(
                            approval.metadata.value(QStringLiteral("supersededBy")).toDouble()));
        text = tr("Cancelled by %1").arg(approval.decidedBy);
        break;
    case ApprovalState::Approved:
        // A link holder is not a known person: the link is what decided.
        text = link
                ? tr("Approved from an action link")
                : tr("Approved by %1 %2").arg(approval.decidedBy, where(approval.decisionOrigin));
        break;
    case ApprovalState::Rejected:
        text = link
                ? tr("Rejected from an action link")
                : tr("Rejected by %1 %2").arg(approval.decidedBy, where(approval.decisionOrigin));
        break;
    }
    if (withComment && !approval.comment.trimmed().isEmpty())
        text += tr(": \"%1\"").arg(approval.comment.trimmed());
    return text;
}
