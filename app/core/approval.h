// Approval: one thing that waits for a decision (a check, a gate, a human task,
// a paused run, a fan-in). A plain value type; only the Engine changes its state.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

enum class ApprovalState { Pending, Approved, Rejected, Expired, Cancelled };
enum class DeliveryState { None, Queued, Delivering, Delivered, Failed };

QString stateName(ApprovalState state);
QString stateName(DeliveryState state);
ApprovalState approvalStateFromString(const QString &text, bool *ok = nullptr);
DeliveryState deliveryStateFromString(const QString &text, bool *ok = nullptr);

struct Approval
{
    qint64 id = 0;
    QString connector; // which connector received it: "generic", "azure", ...
    QString kind; // "generic", "check", "gate", "task", "pausedrun", "fanin"
    QString externalId; // the source system's identity, used for dedup
    QString title;
    QString description;
    QString pipeline;
    QString stage;
    QString environment;
    QString requestedBy;
    QString groupKey; // approvals of one run and stage share it
    ApprovalState state = ApprovalState::Pending;
    DeliveryState delivery = DeliveryState::None;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime deadline; // invalid: waits forever
    QString decidedBy;
    QString decisionOrigin; // "window", "tray", "api", "link", "timeout", "policy"
    QString comment;
    QDateTime decidedAt;
    QString lastDeliveryError;
    QJsonObject metadata; // connector data; never holds secrets
    // Who is looking at it ("Assign to me", issue 18 item 7): a person's name, empty when
    // nobody holds it. Released when the approval is decided.
    QString assignee;
    QDateTime assignedAt; // invalid when nobody holds it

    bool isPending() const { return state == ApprovalState::Pending; }
    bool isFinal() const { return !isPending(); }
};

Q_DECLARE_METATYPE(Approval)
