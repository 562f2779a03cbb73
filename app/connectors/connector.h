// Connector: everything Gatehouse knows about one external system. It is pure
// translation: an inbound request becomes an approval, a decision becomes the
// outbound requests that system expects. No UI, no SQL, no network I/O.
#pragma once

#include "core/approval.h"
#include "core/decision.h"
#include "core/outboundrequest.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What a connector read out of a webhook: the approval to store, and the secrets it
// carried (sealed by the engine, never stored in the approval itself).
struct ParsedWebhook
{
    Approval approval;
    QHash<QString, QByteArray> secrets; // short name -> value, e.g. "authToken"
    // A metadata key the engine increments on every delivery of the same item, inside
    // the ingest transaction (Azure gate evaluations); empty: none.
    QString counter;
    // A metadata key holding a JSON array of strings to which the engine adds listValue,
    // if absent, inside the ingest transaction (the sources of a fan-in); empty: none.
    QString listKey;
    QString listValue;
    // Metadata keys that a repeated delivery of the same item leaves as the first one
    // set them (the fan-in payload: the first source's notification, as documented).
    QStringList keepFirst;
    // The deadline counts from the first delivery: later ones do not move it (an Azure
    // gate's timeout runs from its first evaluation).
    bool deadlineFromFirstDelivery = false;
    // A progress line for a new approval: on its timeline and, through the connector's
    // statusRequests(), in the waiting system's log, stored with the approval in one
    // transaction (no second commit per webhook). Empty: none.
    QString openingStatus;
};

// Either a parsed webhook or the client error to answer with.
struct ParseOutcome
{
    std::optional<ParsedWebhook> parsed;
    int status = 400;
    QString error;
    QString detail;

    static ParseOutcome ok(ParsedWebhook webhook)
    {
        ParseOutcome outcome;
        outcome.parsed = std::move(webhook);
        outcome.status = 200;
        return outcome;
    }
    static ParseOutcome fail(int status, const QString &error, const QString &detail)
    {
        ParseOutcome outcome;
        outcome.status = status;
        outcome.error = error;
        outcome.detail = detail;
        return outcome;
    }
};

// What the answer to one of a connector's own calls (OutboundRequest::readAnswer) says
// about the waiting item: metadata to merge, a timeline line, and, when the waiting
// system has settled the item itself, the decision to record (its connector sends
// nothing back for a decision of that system's origin, nor for Verdict::Cancel).
struct AnswerEffect
{
    QJsonObject metadata;
    QString line;
    std::optional<Decision> decision;
};

class Connector
{
public:
    virtual ~Connector() = default;
    virtual QString name() const = 0;

    // The calls that carry this approval's final decision to the waiting system.
    virtual QList<OutboundRequest> decisionRequests(const Approval &decided) const = 0;
    // Calls made once, when an approval is first stored (Azure creates its task log).
    virtual QList<OutboundRequest> openingRequests(const Approval &created) const
    {
        Q_UNUSED(created);
        return {};
    }
    // Progress lines for the waiting system's own log (Azure's task log); none by default.
    virtual QList<OutboundRequest> statusRequests(const Approval &approval,
                                                  const QString &line) const
    {
        Q_UNUSED(approval);
        Q_UNUSED(line);
        return {};
    }

    // Reads a 2xx answer to a request with readAnswer set; nothing by default.
    virtual AnswerEffect answerEffect(const Approval &approval, const OutboundRequest &request,
                                      const QByteArray &answer) const
    {
        Q_UNUSED(approval);
        Q_UNUSED(request);
        Q_UNUSED(answer);
        return {};
    }

    // The vault name of one of an approval's secrets.
    static QString secretName(qint64 approvalId, const QString &name)
    {
        return QStringLiteral("approval/%1/%2").arg(approvalId).arg(name);
    }
};
