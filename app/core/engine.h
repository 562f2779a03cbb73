// Engine: the only code that changes state. It enforces the rules: an acknowledgement
// only after the approval is committed, one decision wins and is final, deadlines
// expire, and every change is written to the timeline in the same transaction.
// It lives in the service thread; the UI reaches it through queued calls and signals.
#pragma once

#include "connectors/connector.h"
#include "core/actionlink.h"
#include "core/actiontokens.h"
#include "core/approval.h"
#include "core/clock.h"
#include "core/decision.h"
#include "core/linksettings.h"
#include "core/personaltokens.h"
#include "core/preapproval.h"
#include "core/timelineentry.h"
#include "core/timeoutchoice.h"
#include "gates/decisionrules.h"
#include "gates/releasewindows.h"
#include "monitoring/metrics.h"
#include "store/outboxitem.h"
#include "store/store.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QTimer>
#include <QVector>

#include <functional>
#include <memory>
#include <optional>

class SecretVault;

class Engine : public QObject
{
    Q_OBJECT
public:
    Engine(Store &store, SecretVault &vault, const Clock &clock, QObject *parent = nullptr);

    void addConnector(std::shared_ptr<Connector> connector);
    // Team mode: remote changes show timeline lines written from now on.
    void followRemoteChanges() { m_remoteTimelineStart = m_store.lastTimelineId(); }
    const Connector *connector(const QString &name) const;
    // The same from any thread (the receiver threads parse ahead with it).
    std::shared_ptr<const Connector> sharedConnector(const QString &name) const;
    QDateTime now() const { return m_clock.now(); }

    struct IngestResult
    {
        bool ok = false;
        bool created = false;
        Approval approval;
        QString error;
    };
    // Stores a new approval or updates the one with the same connector and external id.
    // Returns only after the change is committed.
    IngestResult ingest(const ParsedWebhook &webhook);

    // Held: a person's approval was recorded, but a policy decides once its gates pass.
    // CommentRequired: approving by hand while a policy's gates are not green overrides
    // them, and an override must say why.
    // Refused: the approver rules (DecisionRules) do not let this person decide it.
    // Voted: one approval of a quorum was recorded; the item stays pending.
    enum class DecideOutcome {
        Decided,
        AlreadyDecided,
        NotFound,
        Failed,
        Held,
        CommentRequired,
        Refused,
        Voted,
        ReleaseRefused, // approve ahead: the release time cannot be used (message says why)
        InvalidInputs // Decision::inputs refused by the connector; message says why
    };
    struct DecideResult
    {
        DecideOutcome outcome = DecideOutcome::Failed;
        Approval approval;
        QString message;
    };
    DecideResult decide(qint64 approvalId, const Decision &decision);
    // A gate policy with the order approvalThenGates holds a person's approval back until
    // its gates pass: when the hook returns true, decide() records the approval in
    // metadata "humanApproval" and the item stays pending. Policy and timeout decisions,
    // and rejections, are never held.
    using ApprovalHold = std::function<bool(const Approval &, const Decision &)>;
    void setApprovalHold(ApprovalHold hold) { m_hold = std::move(hold); }
    // Four eyes, quorum and approver groups of the policies, and this console's decider;
    // shared with the window (thread-safe).
    std::shared_ptr<DecisionRules> decisionRules() const { return m_rules; }
    // The change windows of the policies, for approving "within the next change window"
    // (issue 18, item 2); shared with the window (thread-safe).
    std::shared_ptr<ReleaseWindows> releaseWindows() const { return m_releaseWindows; }
    // Approve ahead (issue 18, item 2): an approval decided with a release time keeps its
    // decision callback in the outbox until then (enginerelease.cpp). Cancelling the
    // release before then returns the item to pending, removes the waiting callback and
    // names who cancelled, all in one transaction.
    enum class CancelReleaseOutcome { Cancelled, NotFound, NotScheduled, Released, Failed };
    struct CancelReleaseResult
    {
        CancelReleaseOutcome outcome = CancelReleaseOutcome::Failed;
        Approval approval;
        QString message;
    };
    CancelReleaseResult cancelRelease(qint64 approvalId, const QString &cancelledBy,
                                      const QString &origin);
    // Pre-approvals of a scheduled run (issue 18, item 2; enginepreapprovals.cpp): recorded
    // now, applied when a matching wait arrives (after its ingest has committed).
    enum class PreApprovalOutcome { Recorded, Revoked, Invalid, NotFound, Closed, Failed };
    struct PreApprovalResult
    {
        PreApprovalOutcome outcome = PreApprovalOutcome::Failed;
        PreApproval record;
        QString message;
    };
    PreApprovalResult recordPreApproval(const PreApproval &request);
    PreApprovalResult revokePreApproval(qint64 id, const QString &revokedBy);
    QVector<PreApproval> preApprovals(bool activeOnly) const;
    // Personal API tokens; call in the engine's thread.
    PersonalTokens &personalTokens() { return m_personalTokens; }
    // Asked at ingest whether a new approval supersedes the older pending ones of its
    // deployment (issue 18, item 1; GatehouseService answers from the policies). They are
    // cancelled in the ingest's own transaction, each with the callback its system
    // expects for a cancellation.
    using SupersedeRule = std::function<bool(const Approval &)>;
    void setSupersedeRule(SupersedeRule rule) { m_supersede = std::move(rule); }
    // Asked when a deadline passes (issue 18, item 3): reject (the default), approve, or
    // leave it to the waiting system; the timeline names the policy that chose.
    using TimeoutRule = std::function<TimeoutChoice(const Approval &)>;
    void setTimeoutRule(TimeoutRule rule) { m_timeoutRule = std::move(rule); }
    int expireDue();
    // Off in a console without receiver: the receiving instance expires deadlines.
    void setExpiryEnabled(bool enabled);

    // Action links. The raw token leaves the engine only through the returned value;
    // the store keeps its hash (ActionTokens).
    struct IssuedToken
    {
        QByteArray token;
        QDateTime expiresAt;
    };
    // replaceEarlier: the approval's active links of that purpose are revoked in the same
    // transaction (a repeated FlexDeploy task gets new links; the old ones stop working).
    std::optional<IssuedToken> issueActionToken(qint64 approvalId, const QString &purpose,
                                                qint64 lifetimeMs,
                                                int bytes = ActionTokens::defaultBytes,
                                                bool replaceEarlier = false);
    // NotAllowed: the approver rules need a known person (DecisionRules); the token stays
    // unused.
    enum class TokenOutcome {
        Ok,
        Unknown,
        Expired,
        Used,
        Revoked,
        AlreadyDecided,
        NotAllowed,
        Failed
    };
    struct TokenResult
    {
        TokenOutcome outcome = TokenOutcome::Failed;
        Approval approval; // set for every outcome but Unknown
        ActionTokenRecord record;
        QString message;
    };
    // Looks a token up without using it; a refusal is written to the approval's timeline
    // with `from` (the remote address).
    TokenResult resolveActionToken(const QByteArray &token, const QString &purpose,
                                   const QString &from);
    // Decides through a token: the token is marked used in the decision's own transaction.
    TokenResult decideWithToken(const QByteArray &token, const QString &purpose,
                                const Decision &decision, const QString &from);
    // The console's view of an approval's links: purpose, expiry, state; never a token
    // or its hash.
    QVector<ActionLink> actionLinks(qint64 approvalId) const;
    // "Issue new link": a fresh token of the purpose the approval's links have (restart
    // for paused runs, approve/reject otherwise), recorded on the timeline; earlier
    // unused links of that purpose are revoked (marked used) in the same transaction, so
    // they answer as used. The URL is built from the link settings the receiver serves
    // under and is in the result only. Refused for a decided approval.
    IssuedLink issueNewLink(qint64 approvalId, const QString &issuedBy);
    // Where links point and how long new ones last: set by the service once it listens.
    void setLinkSettings(const LinkSettings &settings) { m_linkSettings = settings; }
    const LinkSettings &linkSettings() const { return m_linkSettings; }
    bool retryDelivery(qint64 approvalId);
    void postStatus(qint64 approvalId, const QString &line);
    // Logs the line and queues the given status requests (not the connector's own), with
    // the secrets sealed in the same transaction: a request can carry a sealed body, such
    // as a chat message with action links.
    bool announce(qint64 approvalId, const QString &line, const QList<OutboundRequest> &requests,
                  const QHash<QString, QByteArray> &secrets);

    // "Assign to me" (issue 18 item 7; engineassignment.cpp): a person takes a pending
    // approval ("anna is looking at this") or lets it go, with a timeline line either
    // way; every console shows it, and a decision of any kind releases it. Taking one
    // that someone else holds, or releasing someone else's, needs takeOver.
    enum class AssignOutcome {
        Assigned,
        Released,
        Unchanged,
        HeldByOther,
        Decided,
        NotFound,
        Failed
    };
    struct AssignResult
    {
        AssignOutcome outcome = AssignOutcome::Failed;
        Approval approval; // as it is now (HeldByOther: with the holder)
        QString message;
        bool ok() const
        {
            return outcome == AssignOutcome::Assigned || outcome == AssignOutcome::Released
                    || outcome == AssignOutcome::Unchanged;
        }
    };
    // origin: "window", "api", as for decisions.
    AssignResult assign(qint64 approvalId, const QString &person, const QString &origin,
                        bool takeOver);
    AssignResult release(qint64 approvalId, const QString &person, const QString &origin,
                         bool takeOver);
    // "anna is looking at this since 10:02".
    static QString lookingSince(const Approval &approval);

    // Group commit: everything between beginGroup() and commitGroup() lands with one
    // durable commit. Signals wait for that commit, so no view shows what could
    // still be lost; after rollbackGroup() they are dropped.
    bool beginGroup();
    bool commitGroup();
    void rollbackGroup();
    // Stores one gate sample summary in metadata "gates" of a pending approval, writes
    // the line to its timeline and queues it for the source's own log (Azure's task
    // log), all in one transaction. False when the approval is no longer pending.
    bool recordGateSample(qint64 approvalId, const QJsonObject &gates, const QString &line);
    // Seals a named secret (gate probe credentials) in the store.
    bool putSecret(const QString &name, const QByteArray &value);

    // Reads, for the control API and the UI.
    std::optional<Approval> approval(qint64 id) const { return m_store.approval(id); }
    std::optional<Approval> approvalByExternalId(const QString &connector,
                                                 const QString &externalId) const
    {
        return m_store.approvalByExternalId(connector, externalId);
    }
    QVector<TimelineEntry> timeline(qint64 id) const { return m_store.timeline(id); }
    QVector<Approval> approvals(const ApprovalQuery &query) const
    {
        return m_store.approvals(query);
    }
    int countApprovals(std::optional<ApprovalState> state) const
    {
        return m_store.countApprovals(state);
    }

    // The security log: refused calls, bad tokens, limits hit. Past 20 events from one
    // address in a minute, further ones are counted, not written, so a flood cannot
    // fill the disk.
    void recordSecurityEvent(const QString &peer, const QString &what);
    QVector<SecurityEvent> securityEvents(int limit) const { return m_store.securityEvents(limit); }

    // Delivery bookkeeping, called by the OutboxWorker.
    QVector<OutboxItem> dueDeliveries(int limit) const { return m_store.dueOutbox(now(), limit); }
    // Pending approvals by kind and the outbox, as gauges for GET /metrics.
    QVector<Metrics::Gauge> monitoringGauges() const;
    // The due calls this instance sends now; in team mode leased to it (Store::claimDueOutbox).
    QVector<OutboxItem> claimDeliveries(int limit, qint64 leaseMs)
    {
        return m_store.claimDueOutbox(now(), limit, leaseMs);
    }
    void releaseDeliveries(const QVector<qint64> &outboxIds) { m_store.releaseClaims(outboxIds); }
    QDateTime nextDeliveryAt(const QDateTime &after = {}) const
    {
        return m_store.earliestQueuedAttempt(after);
    }
    int recoverInFlightDeliveries() { return m_store.requeueInFlight(); }
    QByteArray secret(const QString &name) const;
    // The values of the secrets sealed for one approval (job token, callback
    // credentials), so that an answer can prove it carries none of them.
    QList<QByteArray> approvalSecrets(qint64 approvalId) const;
    void deliveryStarted(const OutboxItem &item);
    // answer: the response body, read only for a request with captureAs.
    // False: the target accepted the call, but the database did not take the record of
    // it (locked, unreachable); the caller must record it again, not send it again.
    bool deliverySucceeded(const OutboxItem &item, int httpStatus, const QByteArray &answer = {});
    void deliveryFailed(const OutboxItem &item, const QString &error, const QDateTime &retryAt);

public slots:
    // Queued entry points for the UI thread; results come back as signals.
    void requestSnapshot(int limit);
    void requestTimeline(qint64 approvalId);
    // inputs: Decision::inputs (the Jenkins input's parameters from the detail pane).
    void requestDecision(qint64 approvalId, bool approve, const QString &comment,
                         const QString &origin, const QString &decidedBy,
                         const QJsonObject &inputs = {});
    void requestRetryDelivery(qint64 approvalId);
    // Approve ahead from the window: releaseAt, or (nextWindow) the next change window.
    void requestApproveAhead(qint64 approvalId, const QString &comment, const QString &origin,
                             const QString &decidedBy, const QDateTime &releaseAt, bool nextWindow);
    void requestCancelRelease(qint64 approvalId, const QString &origin, const QString &cancelledBy);
    void requestPreApproval(const PreApproval &request);
    void requestSecurityLog(int limit);
    void requestLinks(qint64 approvalId);
    void requestNewLink(qint64 approvalId, const QString &issuedBy);
    // Team mode: approvals another instance changed (ChangeListener). Each one is read
    // and shown as if changed here, with its timeline lines not shown yet; the deadlines
    // look again. catchUp: after a lost connection.
    void applyRemoteChanges(const QVector<qint64> &approvalIds, bool catchUp);
    void setLiveUpdates(bool live) { emit liveUpdatesChanged(live); }
    // The window's "Take it" and "Release" (origin "window"); answered by assignmentFinished.
    void requestAssign(qint64 approvalId, const QString &person, bool takeOver);
    void requestRelease(qint64 approvalId, const QString &person);

signals:
    void approvalUpserted(const Approval &approval);
    void timelineAppended(const TimelineEntry &entry);
    void snapshotReady(const QVector<Approval> &approvals);
    void timelineReady(qint64 approvalId, const QVector<TimelineEntry> &entries);
    void decisionFinished(qint64 approvalId, bool decided, const QString &message);
    void outboxChanged();
    void securityEventRecorded(const SecurityEvent &event);
    void securityLogReady(const QVector<SecurityEvent> &events);
    void linksReady(qint64 approvalId, const QVector<ActionLink> &links);
    void newLinkIssued(qint64 approvalId, const IssuedLink &link);
    // Team mode: false while changes of other instances do not arrive (reconnecting).
    void liveUpdatesChanged(bool live);
    void preApprovalFinished(bool recorded, const QString &message);
    void assignmentFinished(qint64 approvalId, bool ok, const QString &message);

private:
    // Cancels what `newest` supersedes (inside the caller's transaction); false when the
    // database failed.
    bool supersedeOlder(const Approval &newest, QVector<Approval> *cancelled);
    // Applies a timeout choice to one due approval; true when it was acted on.
    bool timeOut(const Approval &approval, const TimeoutChoice &choice);
    AssignResult changeAssignee(qint64 approvalId, const QString &person, const QString &to,
                                const QString &origin, bool takeOver);
    // Inside a decision's transaction: the store cleared who was looking; the timeline
    // says so, and the published approval shows nobody.
    void releaseOnDecision(Approval &decided);
    // "leave": no decision; the deadline is cleared and the timeline says why.
    bool leaveToWaitingSystem(const Approval &approval, const QString &policy);
    DecideResult decide(qint64 approvalId, const Decision &decision,
                        const std::function<bool()> &alsoInTransaction);
    TokenResult checkToken(const QByteArray &token, const QString &purpose) const;
    // Marks the approval's active tokens of the purpose revoked; -1 on a store error.
    int revokeActiveTokens(qint64 approvalId, const QString &purpose, const QDateTime &at);
    static QString revokedSuffix(int revoked); // for the timeline line of a new link
    TimelineEntry log(qint64 approvalId, const QString &type, const QString &message);
    // at: when the calls may go (a release time); invalid: now.
    bool enqueueAll(const Approval &approval, const QList<OutboundRequest> &requests,
                    const QDateTime &at = {});
    // The release time a decision asks for, resolved (a change window's next opening) and
    // checked (not past, not after the deadline); false with *problem when unusable.
    bool resolveRelease(const Approval &approval, const ReleaseRequest &release, QDateTime *at,
                        QString *window, QString *problem) const;
    // Inside decide()'s transaction: the release in metadata, on the timeline, in the
    // audit ledger.
    bool recordRelease(Approval *decided, const QDateTime &at, const QString &window);
    // A new approval that a recorded pre-approval matches is approved with it.
    std::optional<Approval> applyPreApproval(const Approval &arrived);
    void publish(const Approval &approval, const QVector<TimelineEntry> &entries);
    void notifyOutbox();
    void scheduleExpiry();
    bool m_expiryEnabled = true;
    void dropSecrets(qint64 approvalId);
    void captureAnswer(const OutboxItem &item, const QByteArray &answer);
    bool m_readQueued = false; // a reading queued calls: wake the outbox after the commit
    // The connector's reading of a readAnswer call's answer; its decision is recorded now.
    AnswerReading readAnswer(const OutboxItem &item, const QByteArray &answer);
    // The rest of it (metadata, title, line, further calls), in the delivery's transaction.
    void applyReading(qint64 approvalId, const AnswerReading &reading);
    void finishDelivery(qint64 approvalId);
    // Inside the caller's transaction: the metadata and sealed secrets of a decider's
    // accepted inputs (Connector::acceptInputs) onto the approval as stored now.
    bool storeAcceptedInputs(qint64 approvalId, const AcceptedInputs &accepted);
    DecideResult hold(qint64 approvalId, const Decision &decision,
                      const std::function<bool()> &alsoInTransaction);
    // A person's decision against the approver rules: refused, a vote towards a quorum,
    // or nothing to say (std::nullopt: decide). *quorumLine: the voters, for the timeline.
    std::optional<DecideResult> applyRules(const Approval &current, const Decision &decision,
                                           const std::function<bool()> &alsoInTransaction,
                                           QString *quorumLine);
    // Records one approval of a quorum; std::nullopt when this one completes it.
    std::optional<DecideResult> vote(qint64 approvalId, const Decision &decision, int needed,
                                     const std::function<bool()> &alsoInTransaction,
                                     QString *quorumLine);

    Store &m_store;
    SecretVault &m_vault;
    const Clock &m_clock;
    QHash<QString, std::shared_ptr<Connector>> m_connectors;
    // Held while m_connectors changes (engine thread) and while another thread reads it;
    // the engine thread's own reads need no lock.
    mutable QMutex m_connectorsLock;
    QVector<TimelineEntry> m_pendingEntries; // written in the open transaction
    QTimer m_expiryTimer;
    bool m_grouping = false;
    // Within a group: whether any pre-approval is active, looked up once for the group
    // (unknown until a webhook asks). Another instance's pre-approval committed while a
    // group runs counts from the next group on, as if it had come a moment later.
    std::optional<bool> m_groupHasPreApprovals;
    QVector<QPair<Approval, QVector<TimelineEntry>>> m_deferred;
    bool m_deferredOutbox = false;
    QHash<QString, QPair<qint64, int>> m_securityCounts; // peer -> (minute, events)
    ApprovalHold m_hold;
    std::shared_ptr<DecisionRules> m_rules = std::make_shared<DecisionRules>();
    std::shared_ptr<ReleaseWindows> m_releaseWindows = std::make_shared<ReleaseWindows>();
    PersonalTokens m_personalTokens{m_store, m_clock};
    SupersedeRule m_supersede;
    TimeoutRule m_timeoutRule;
    LinkSettings m_linkSettings;
    qint64 m_remoteTimelineStart = 0;
    QHash<qint64, qint64> m_remoteTimelineSeen; // approval -> last timeline line shown
};
