#include "engine.h"

#include "secrets/secretvault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcEngine, "gatehouse.engine")

namespace {

QString verdictWord(ApprovalState state)
{
    switch (state) {
    case ApprovalState::Approved:
        return QStringLiteral("approved");
    case ApprovalState::Rejected:
        return QStringLiteral("rejected");
    case ApprovalState::Expired:
        return QStringLiteral("expired");
    case ApprovalState::Cancelled:
        return QStringLiteral("cancelled");
    case ApprovalState::Pending:
        break;
    }
    return QStringLiteral("pending");
}

// Timer intervals are ints; a deadline years away is checked again within a day.
constexpr qint64 maxTimerMs = 24LL * 3600 * 1000;

} // namespace

Engine::Engine(Store &store, SecretVault &vault, const Clock &clock, QObject *parent)
    : QObject(parent), m_store(store), m_vault(vault), m_clock(clock)
{
    m_expiryTimer.setSingleShot(true);
    connect(&m_expiryTimer, &QTimer::timeout, this, [this] {
        expireDue();
        scheduleExpiry();
    });
    QMetaObject::invokeMethod(
            this, [this] { scheduleExpiry(); }, Qt::QueuedConnection);
}

void Engine::addConnector(std::shared_ptr<Connector> connector)
{
    QMutexLocker lock(&m_connectorsLock);
    // Approvals stored under an earlier name of the connector still find it.
    for (const QString &alias : connector->aliases())
        m_connectors.insert(alias, connector);
    m_connectors.insert(connector->name(), std::move(connector));
}

const Connector *Engine::connector(const QString &name) const
{
    const auto it = m_connectors.constFind(name);
    return it == m_connectors.constEnd() ? nullptr : it->get();
}

std::shared_ptr<const Connector> Engine::sharedConnector(const QString &name) const
{
    QMutexLocker lock(&m_connectorsLock);
    return m_connectors.value(name);
}

TimelineEntry Engine::log(qint64 approvalId, const QString &type, const QString &message)
{
    const TimelineEntry entry = m_store.appendTimeline(approvalId, type, message, now());
    m_pendingEntries.append(entry);
    return entry;
}

void Engine::publish(const Approval &approval, const QVector<TimelineEntry> &entries)
{
    if (m_grouping) {
        m_deferred.append({approval, entries});
        return;
    }
    emit approvalUpserted(approval);
    for (const TimelineEntry &entry : entries)
        emit timelineAppended(entry);
}

void Engine::applyRemoteChanges(const QVector<qint64> &approvalIds, bool catchUp)
{
    if (catchUp)
        m_store.ensureConnected(); // the same outage may have cut the store's connection
    for (const qint64 id : approvalIds) {
        std::optional<Approval> approval = m_store.approval(id);
        // Not there: rolled back in its group, or this connection was cut on its own.
        if (!approval && m_store.ensureConnected())
            approval = m_store.approval(id);
        if (!approval)
            continue;
        const qint64 after = m_remoteTimelineSeen.value(id, m_remoteTimelineStart);
        const QVector<TimelineEntry> entries = m_store.timelineAfter(id, after);
        if (!entries.isEmpty())
            m_remoteTimelineSeen.insert(id, entries.constLast().id);
        publish(*approval, entries);
    }
    // A new deadline may be sooner than the one waited for.
    scheduleExpiry();
}

void Engine::notifyOutbox()
{
    if (m_grouping)
        m_deferredOutbox = true;
    else
        emit outboxChanged();
}

bool Engine::beginGroup()
{
    if (!m_store.beginGroup())
        return false;
    m_grouping = true;
    m_groupHasPreApprovals.reset();
    return true;
}

bool Engine::commitGroup()
{
    m_grouping = false;
    const bool committed = m_store.commitGroup();
    const auto deferred = std::exchange(m_deferred, {});
    const bool outbox = std::exchange(m_deferredOutbox, false);
    if (!committed) {
        qCWarning(lcEngine).noquote() << "group commit failed:" << m_store.lastError();
        return false;
    }
    for (const auto &[approval, entries] : deferred)
        publish(approval, entries);
    if (outbox)
        emit outboxChanged();
    scheduleExpiry();
    return true;
}

void Engine::rollbackGroup()
{
    m_grouping = false;
    m_store.rollbackGroup();
    m_deferred.clear();
    m_deferredOutbox = false;
}

Engine::IngestResult Engine::ingest(const ParsedWebhook &webhook)
{
    IngestResult result;
    const QDateTime at = now();
    Approval incoming = webhook.approval;
    m_pendingEntries.clear();
    if (!m_store.begin()) {
        result.error = QStringLiteral("the database is not available");
        return result;
    }

    bool opensOutbox = false;
    // The usual webhook is a new item: insert it at once, and look the existing one up
    // only when the (connector, externalId) index says it is known (one statement
    // instead of two on the ingest path).
    if (!webhook.counter.isEmpty())
        incoming.metadata.insert(webhook.counter, 1);
    if (!webhook.listKey.isEmpty())
        incoming.metadata.insert(webhook.listKey, QJsonArray{webhook.listValue});
    incoming.state = ApprovalState::Pending;
    incoming.delivery = DeliveryState::None;
    incoming.createdAt = at;
    incoming.updatedAt = at;
    bool known = false;
    incoming.id = incoming.externalId.isEmpty()
            ? m_store.insertApproval(incoming)
            : m_store.insertApprovalUnlessKnown(incoming, &known);
    QVector<Approval> superseded;
    std::optional<Approval> existing;
    if (known) {
        existing = m_store.approvalByExternalId(incoming.connector, incoming.externalId);
        if (!existing) {
            result.error = m_store.lastError();
            m_store.rollback();
            return result;
        }
    }

    if (existing) {
        // A repeated webhook refreshes what the source says about the item; the
        // decision and the delivery state belong to Gatehouse and stay as they are.
        Approval merged = *existing;
        merged.title = incoming.title;
        merged.description = incoming.description;
        merged.pipeline = incoming.pipeline;
        merged.stage = incoming.stage;
        merged.environment = incoming.environment;
        merged.requestedBy = incoming.requestedBy;
        merged.groupKey = incoming.groupKey;
        for (auto it = incoming.metadata.constBegin(); it != incoming.metadata.constEnd(); ++it) {
            if (!webhook.keepFirst.contains(it.key()) || !existing->metadata.contains(it.key()))
                merged.metadata.insert(it.key(), it.value());
        }
        if (merged.isPending() && incoming.deadline.isValid() && !webhook.deadlineFromFirstDelivery)
            merged.deadline = incoming.deadline;
        if (!webhook.counter.isEmpty())
            merged.metadata.insert(webhook.counter,
                                   existing->metadata.value(webhook.counter).toInt() + 1);
        if (!webhook.listKey.isEmpty()) {
            QJsonArray list = existing->metadata.value(webhook.listKey).toArray();
            if (!list.contains(webhook.listValue))
                list.append(webhook.listValue);
            merged.metadata.insert(webhook.listKey, list);
        }
        merged.updatedAt = at;
        if (!m_store.updateApproval(merged)) {
            m_store.rollback();
            result.error = m_store.lastError();
            return result;
        }
        log(merged.id, QStringLiteral("updated"),
            merged.isPending()
                    ? tr("Received again from %1; details refreshed").arg(merged.connector)
                    : tr("Received again from %1 after the decision; nothing changed")
                              .arg(merged.connector));
        result.approval = merged;
    } else {
        if (incoming.id == 0) {
            result.error = m_store.lastError();
            m_store.rollback();
            qCWarning(lcEngine).noquote() << "cannot store approval:" << result.error;
            return result;
        }
        log(incoming.id, QStringLiteral("received"),
            incoming.deadline.isValid()
                    ? tr("Received from %1; expires %2")
                              .arg(incoming.connector, incoming.deadline.toString(Qt::ISODate))
                    : tr("Received from %1").arg(incoming.connector));
        result.created = true;
        result.approval = incoming;
        const Connector *source = connector(incoming.connector);
        QList<OutboundRequest> opening;
        if (source) {
            opening = source->openingRequests(incoming);
            if (!webhook.openingStatus.isEmpty())
                opening += source->statusRequests(incoming, webhook.openingStatus);
        }
        if (!webhook.openingStatus.isEmpty())
            log(incoming.id, QStringLiteral("status"), webhook.openingStatus);
        if (!enqueueAll(incoming, opening)) {
            result.error = m_store.lastError();
            m_store.rollback();
            return result;
        }
        opensOutbox = !opening.isEmpty();
        if (!supersedeOlder(incoming, &superseded)) {
            result.error = m_store.lastError();
            m_store.rollback();
            return result;
        }
        opensOutbox = opensOutbox || !superseded.isEmpty();
    }

    for (auto it = webhook.secrets.constBegin(); it != webhook.secrets.constEnd(); ++it) {
        if (!m_store.putSealedSecret(Connector::secretName(result.approval.id, it.key()),
                                     m_vault.seal(it.value()))) {
            m_store.rollback();
            result.error = m_store.lastError();
            return result;
        }
    }

    if (!m_store.commit()) {
        result.error = m_store.lastError();
        return result;
    }
    result.ok = true;
    for (const Approval &cancelled : std::as_const(superseded))
        publish(cancelled, {});
    publish(result.approval, m_pendingEntries);
    if (result.approval.deadline.isValid() && !m_grouping)
        scheduleExpiry();
    if (opensOutbox)
        notifyOutbox();
    if (result.created) {
        if (std::optional<Approval> decided = applyPreApproval(result.approval))
            result.approval = *decided;
    }
    return result;
}

bool Engine::supersedeOlder(const Approval &newest, QVector<Approval> *cancelled)
{
    if (!m_supersede || !m_supersede(newest))
        return true;
    QStringList ids;
    for (Approval older : m_store.pendingOfDeployment(newest)) {
        // Several checks of one run share a group key: they are one run, not older ones.
        if (!newest.groupKey.isEmpty() && older.groupKey == newest.groupKey)
            continue;
        older.state = ApprovalState::Cancelled;
        older.decidedBy = QStringLiteral("gatehouse");
        older.decisionOrigin = QStringLiteral("supersede");
        older.comment = tr("superseded by #%1").arg(newest.id);
        older.decidedAt = now();
        older.updatedAt = older.decidedAt;
        older.metadata.insert(QStringLiteral("supersededBy"), newest.id);
        const Connector *source = connector(older.connector);
        const QList<OutboundRequest> requests =
                source ? source->decisionRequests(older) : QList<OutboundRequest>();
        older.delivery = requests.isEmpty() ? DeliveryState::None : DeliveryState::Queued;
        // The arbiter as for any decision: one decided by hand a moment ago stays decided.
        if (!m_store.recordDecisionIfPending(older))
            continue;
        if (!m_store.updateApproval(older) || !enqueueAll(older, requests))
            return false;
        log(older.id, QStringLiteral("cancelled"),
            tr("Cancelled: superseded by #%1, a newer run of the same deployment").arg(newest.id));
        releaseOnDecision(older);
        for (const OutboundRequest &request : requests)
            log(older.id, QStringLiteral("queued"),
                tr("%1 queued for %2").arg(request.label, request.url.host()));
        ids.append(QStringLiteral("#%1").arg(older.id));
        cancelled->append(older);
    }
    if (!ids.isEmpty())
        log(newest.id, QStringLiteral("supersedes"),
            tr("Supersedes %1 (cancelled)").arg(ids.join(QStringLiteral(", "))));
    return true;
}

bool Engine::enqueueAll(const Approval &approval, const QList<OutboundRequest> &requests,
                        const QDateTime &at)
{
    for (const OutboundRequest &request : requests) {
        if (m_store.enqueue(approval.id, request, at.isValid() ? at : now()) == 0)
            return false;
    }
    return true;
}

Engine::DecideResult Engine::decide(qint64 approvalId, const Decision &decision)
{
    return decide(approvalId, decision, {});
}

Engine::DecideResult Engine::decide(qint64 approvalId, const Decision &decision,
                                    const std::function<bool()> &alsoInTransaction)
{
    DecideResult result;
    m_pendingEntries.clear();
    std::optional<Approval> current = m_store.approval(approvalId);
    if (!current) {
        result.outcome = DecideOutcome::NotFound;
        result.message = tr("Approval %1 does not exist").arg(approvalId);
        return result;
    }
    if (current->isFinal()) {
        result.outcome = DecideOutcome::AlreadyDecided;
        result.approval = *current;
        result.message =
                tr("Already %1 by %2").arg(verdictWord(current->state), current->decidedBy);
        return result;
    }

    // Approve ahead (issue 18, item 2): the release time is checked before anything counts.
    QDateTime releaseAt;
    QString releaseWindow;
    if (decision.release.isDeferred() && decision.verdict == Verdict::Approve) {
        QString problem;
        if (!resolveRelease(*current, decision.release, &releaseAt, &releaseWindow, &problem)) {
            result.outcome = DecideOutcome::ReleaseRefused;
            result.approval = *current;
            result.message = problem;
            return result;
        }
    }

    // A decision the waiting system took itself (origin: its connector's name, as GitLab's
    // approvers) or a withdrawal is a fact to record, not a Gatehouse decision to rule on.
    const bool bySource =
            decision.verdict == Verdict::Cancel || decision.origin == current->connector;
    const bool byHand = decision.origin != QLatin1String("policy")
            && decision.origin != QLatin1String("timeout") && !bySource;
    // The decider's values for the waiting system's form are checked before anything
    // else is recorded; a rejection sends none.
    AcceptedInputs accepted;
    if (!decision.inputs.isEmpty() && decision.verdict == Verdict::Approve) {
        const Connector *owner = connector(current->connector);
        accepted = owner ? owner->acceptInputs(*current, decision.inputs)
                         : AcceptedInputs{tr("this approval takes no parameters"), {}, {}};
        if (!accepted.error.isEmpty()) {
            result.outcome = DecideOutcome::InvalidInputs;
            result.approval = *current;
            result.message = accepted.error;
            return result;
        }
    }
    // A vote or a held approval keeps the inputs too: the decision that completes it
    // later (another voter, the gates) proceeds with them.
    const auto withInputs = [&] {
        return (!alsoInTransaction || alsoInTransaction())
                && storeAcceptedInputs(approvalId, accepted);
    };
    QString quorumLine;
    if (byHand) {
        if (auto ruled = applyRules(*current, decision, withInputs, &quorumLine))
            return *ruled;
    }
    if (m_hold && decision.verdict == Verdict::Approve && byHand && m_hold(*current, decision)) {
        if (releaseAt.isValid()) {
            result.outcome = DecideOutcome::ReleaseRefused;
            result.approval = *current;
            result.message = tr("A policy holds approvals of this item until its gates pass:"
                                " it cannot be approved ahead");
            return result;
        }
        return hold(approvalId, decision, withInputs);
    }
    const QJsonObject gates = current->metadata.value(QStringLiteral("gates")).toObject();
    if (byHand && decision.verdict == Verdict::Approve && decision.comment.trimmed().isEmpty()
        && !gates.isEmpty() && !gates.value(QStringLiteral("ready")).toBool()) {
        result.outcome = DecideOutcome::CommentRequired;
        result.approval = *current;
        result.message = tr("Its gates are not all green (%1 of %2): approving overrides them; say "
                            "why in a comment")
                                 .arg(gates.value(QStringLiteral("green")).toInt())
                                 .arg(gates.value(QStringLiteral("total")).toInt());
        return result;
    }

    Approval decided = *current;
    const bool timeout = decision.origin == QLatin1String("timeout");
    const bool cancel = decision.verdict == Verdict::Cancel;
    decided.state = timeout                        ? ApprovalState::Expired
            : cancel                               ? ApprovalState::Cancelled
            : decision.verdict == Verdict::Approve ? ApprovalState::Approved
                                                   : ApprovalState::Rejected;
    decided.decidedBy = decision.decidedBy;
    decided.decisionOrigin = decision.origin;
    decided.comment = decision.comment;
    decided.decidedAt = now();
    decided.updatedAt = decided.decidedAt;
    for (auto it = accepted.metadata.constBegin(); it != accepted.metadata.constEnd(); ++it)
        decided.metadata.insert(it.key(), it.value());

    // A cancelled item was withdrawn by its own system: there is nothing to tell it.
    const Connector *source = cancel ? nullptr : connector(decided.connector);
    const QList<OutboundRequest> requests =
            source ? source->decisionRequests(decided) : QList<OutboundRequest>();
    decided.delivery = requests.isEmpty() ? DeliveryState::None : DeliveryState::Queued;
    if (releaseAt.isValid() && requests.isEmpty()) {
        result.outcome = DecideOutcome::ReleaseRefused;
        result.approval = *current;
        result.message = tr("%1 expects no callback for this item: there is nothing to release"
                            " later")
                                 .arg(decided.connector);
        return result;
    }

    if (!m_store.begin()) {
        result.message = tr("The database is not available");
        return result;
    }
    // The conditional update is the arbiter: of two decisions at once, one changes the row.
    if (!m_store.recordDecisionIfPending(decided) || (alsoInTransaction && !alsoInTransaction())) {
        m_store.rollback();
        const std::optional<Approval> winner = m_store.approval(approvalId);
        result.outcome = DecideOutcome::AlreadyDecided;
        if (winner)
            result.approval = *winner;
        result.message = winner
                ? tr("Already %1 by %2").arg(verdictWord(winner->state), winner->decidedBy)
                : m_store.lastError();
        return result;
    }
    // The accepted inputs land with the decision or not at all.
    if (!storeAcceptedInputs(decided.id, accepted)) {
        m_store.rollback();
        result.message = m_store.lastError();
        return result;
    }
    QString line = timeout
            ? tr("Expired: no decision before the deadline")
            : tr("%1 by %2 from %3")
                      .arg(cancel                                             ? tr("Cancelled")
                                   : decided.state == ApprovalState::Approved ? tr("Approved")
                                                                              : tr("Rejected"),
                           decided.decidedBy, decided.decisionOrigin);
    if (!quorumLine.isEmpty())
        line += tr(" (%1)").arg(quorumLine);
    if (!decided.comment.isEmpty())
        line += tr(": \"%1\"").arg(decided.comment);
    log(decided.id, timeout ? QStringLiteral("expired") : QStringLiteral("decided"), line);
    releaseOnDecision(decided);
    if ((releaseAt.isValid() && !recordRelease(&decided, releaseAt, releaseWindow))
        || !enqueueAll(decided, requests, releaseAt)) {
        m_store.rollback();
        result.message = m_store.lastError();
        return result;
    }
    for (const OutboundRequest &request : requests)
        log(decided.id, QStringLiteral("queued"),
            tr("%1 queued for %2").arg(request.label, request.url.host()));
    if (!m_store.commit()) {
        result.message = m_store.lastError();
        return result;
    }
    result.outcome = DecideOutcome::Decided;
    result.approval = decided;
    result.message = line;
    publish(decided, m_pendingEntries);
    if (!requests.isEmpty())
        notifyOutbox();
    else if (!m_store.hasQueuedOutbox(decided.id))
        dropSecrets(decided.id);
    Metrics::global().count(
            "gatehouse_decisions_total",
            {{"origin", decided.decisionOrigin}, {"outcome", stateName(decided.state)}});
    qCInfo(lcEngine).noquote() << "approval" << decided.id << line;
    return result;
}

bool Engine::storeAcceptedInputs(qint64 approvalId, const AcceptedInputs &accepted)
{
    if (accepted.metadata.isEmpty() && accepted.secrets.isEmpty())
        return true;
    std::optional<Approval> approval = m_store.approval(approvalId);
    if (!approval)
        return false;
    for (auto it = accepted.metadata.constBegin(); it != accepted.metadata.constEnd(); ++it)
        approval->metadata.insert(it.key(), it.value());
    if (!m_store.updateApproval(*approval))
        return false;
    for (auto it = accepted.secrets.constBegin(); it != accepted.secrets.constEnd(); ++it) {
        if (!m_store.putSealedSecret(Connector::secretName(approvalId, it.key()),
                                     m_vault.seal(it.value())))
            return false;
    }
    return true;
}

std::optional<Engine::DecideResult> Engine::applyRules(
        const Approval &current, const Decision &decision,
        const std::function<bool()> &alsoInTransaction, QString *quorumLine)
{
    const DecisionRules::Applied applied = m_rules->rulesFor(current);
    if (applied.rules.isEmpty())
        return std::nullopt;
    const bool approve = decision.verdict == Verdict::Approve;
    Decider decider{decision.decidedBy, {}, decision.identityProven};
    const Decider console = m_rules->consoleDecider();
    // The console's own memberships were read at start; anyone else's (a token's owner)
    // now, from the database that knows the roles.
    decider.memberOf = !console.name.isEmpty() && console.name == decider.name
            ? console.memberOf
            : m_store.roleMemberships(decider.name);
    const DecisionRules::Verdict verdict = DecisionRules::check(applied, current, decider, approve);
    if (!verdict.allowed) {
        DecideResult result;
        result.outcome = DecideOutcome::Refused;
        result.approval = current;
        result.message = verdict.reason;
        qCInfo(lcEngine).noquote() << "approval" << current.id << "refused:" << verdict.reason;
        return result;
    }
    if (!approve || applied.rules.quorum <= 1)
        return std::nullopt;
    return vote(current.id, decision, applied.rules.quorum, alsoInTransaction, quorumLine);
}

std::optional<Engine::DecideResult> Engine::vote(qint64 approvalId, const Decision &decision,
                                                 int needed,
                                                 const std::function<bool()> &alsoInTransaction,
                                                 QString *quorumLine)
{
    DecideResult result;
    if (!m_store.begin()) {
        result.message = tr("The database is not available");
        return result;
    }
    // The row lock orders votes cast at once by two consoles: the second one reads the
    // first one's vote, so the quorum is reached exactly once.
    std::optional<Approval> approval;
    if (m_store.lockApproval(approvalId))
        approval = m_store.approval(approvalId);
    if (!approval || !approval->isPending()) {
        m_store.rollback();
        result.outcome = approval ? DecideOutcome::AlreadyDecided : DecideOutcome::NotFound;
        result.message = approval
                ? tr("Already %1 by %2").arg(verdictWord(approval->state), approval->decidedBy)
                : tr("Approval %1 does not exist").arg(approvalId);
        return result;
    }
    QStringList voters = DecisionRules::voters(*approval);
    if (voters.contains(decision.decidedBy)) {
        m_store.rollback();
        result.outcome = DecideOutcome::Refused;
        result.approval = *approval;
        result.message = tr("%1 has approved already: %2; the quorum needs another person")
                                 .arg(decision.decidedBy, DecisionRules::progress(*approval));
        return result;
    }
    voters.append(decision.decidedBy);
    const QString progress = DecisionRules::progress(voters, needed);
    if (voters.size() >= needed) {
        m_store.rollback(); // the decision itself is recorded by decide()
        *quorumLine = progress;
        return std::nullopt;
    }
    QJsonObject votes = approval->metadata.value(QStringLiteral("approvalVotes")).toObject();
    QJsonArray list = votes.value(QStringLiteral("votes")).toArray();
    list.append(QJsonObject{{QStringLiteral("by"), decision.decidedBy},
                            {QStringLiteral("origin"), decision.origin},
                            {QStringLiteral("comment"), decision.comment},
                            {QStringLiteral("at"), now().toString(Qt::ISODateWithMs)}});
    votes.insert(QStringLiteral("votes"), list);
    votes.insert(QStringLiteral("needed"), needed);
    approval->metadata.insert(QStringLiteral("approvalVotes"), votes);
    approval->updatedAt = now();
    QString line = tr("Approval by %1 from %2 recorded: %3")
                           .arg(decision.decidedBy, decision.origin, progress);
    if (!decision.comment.isEmpty())
        line += tr(": \"%1\"").arg(decision.comment);
    log(approvalId, QStringLiteral("vote"), line);
    if (!m_store.updateApproval(*approval) || (alsoInTransaction && !alsoInTransaction())
        || !m_store.commit()) {
        m_store.rollback();
        result.outcome = DecideOutcome::Failed;
        result.message = m_store.lastError();
        return result;
    }
    result.outcome = DecideOutcome::Voted;
    result.approval = *approval;
    result.message = line;
    publish(*approval, m_pendingEntries);
    return result;
}

Engine::DecideResult Engine::hold(qint64 approvalId, const Decision &decision,
                                  const std::function<bool()> &alsoInTransaction)
{
    DecideResult result;
    if (!m_store.begin()) {
        result.message = tr("The database is not available");
        return result;
    }
    std::optional<Approval> approval = m_store.approval(approvalId);
    if (!approval || !approval->isPending()) {
        m_store.rollback();
        result.outcome = approval ? DecideOutcome::AlreadyDecided : DecideOutcome::NotFound;
        result.message = approval
                ? tr("Already %1 by %2").arg(verdictWord(approval->state), approval->decidedBy)
                : tr("Approval %1 does not exist").arg(approvalId);
        return result;
    }
    result.outcome = DecideOutcome::Held;
    const QJsonObject earlier =
            approval->metadata.value(QStringLiteral("humanApproval")).toObject();
    if (!earlier.isEmpty()) {
        m_store.rollback();
        result.approval = *approval;
        result.message = tr("Already approved by %1; the gates decide")
                                 .arg(earlier.value(QStringLiteral("by")).toString());
        return result;
    }
    approval->metadata.insert(
            QStringLiteral("humanApproval"),
            QJsonObject{{QStringLiteral("by"), decision.decidedBy},
                        {QStringLiteral("origin"), decision.origin},
                        {QStringLiteral("comment"), decision.comment},
                        {QStringLiteral("at"), now().toString(Qt::ISODateWithMs)}});
    approval->updatedAt = now();
    QString line = tr("Approved by %1 from %2; the decision waits for the gates")
                           .arg(decision.decidedBy, decision.origin);
    if (!decision.comment.isEmpty())
        line += tr(": \"%1\"").arg(decision.comment);
    log(approvalId, QStringLiteral("held"), line);
    if (!m_store.updateApproval(*approval) || (alsoInTransaction && !alsoInTransaction())
        || !m_store.commit()) {
        m_store.rollback();
        result.outcome = DecideOutcome::Failed;
        result.message = m_store.lastError();
        return result;
    }
    result.approval = *approval;
    result.message = line;
    publish(*approval, m_pendingEntries);
    return result;
}

int Engine::expireDue()
{
    int expired = 0;
    const QVector<Approval> due = m_store.pendingDueBy(now());
    for (const Approval &approval : due) {
        if (timeOut(approval, m_timeoutRule ? m_timeoutRule(approval) : TimeoutChoice()))
            ++expired;
    }
    return expired;
}

bool Engine::timeOut(const Approval &approval, const TimeoutChoice &choice)
{
    const QString gatehouse = QStringLiteral("gatehouse");
    switch (choice.outcome) {
    case TimeoutChoice::Outcome::Leave:
        return leaveToWaitingSystem(approval, choice.policy);
    case TimeoutChoice::Outcome::Approve:
        // Not by hand ("policy"): neither held for gates nor asked for a comment.
        return decide(approval.id,
                      {Verdict::Approve, gatehouse, QStringLiteral("policy"),
                       tr("deadline passed; policy “%1” approves on timeout").arg(choice.policy)})
                       .outcome
                == DecideOutcome::Decided;
    case TimeoutChoice::Outcome::Reject:
        break;
    }
    // The default says nothing more than it always did; a policy is named.
    const QString why = choice.policy.isEmpty()
            ? QString()
            : tr("policy “%1” rejects on timeout").arg(choice.policy);
    return decide(approval.id, {Verdict::Reject, gatehouse, QStringLiteral("timeout"), why}).outcome
            == DecideOutcome::Decided;
}

bool Engine::leaveToWaitingSystem(const Approval &approval, const QString &policy)
{
    m_pendingEntries.clear();
    if (!m_store.begin())
        return false;
    std::optional<Approval> current = m_store.approval(approval.id);
    if (!current || !current->isPending()) {
        m_store.rollback();
        return false;
    }
    // No deadline any more: a person can still decide until the waiting system gives up.
    current->deadline = QDateTime();
    current->updatedAt = now();
    current->metadata.insert(QStringLiteral("timeoutLeftToSource"), true);
    log(current->id, QStringLiteral("timeout"),
        tr("Deadline passed: policy “%1” leaves the outcome to %2; Gatehouse does"
           " not decide")
                .arg(policy, current->connector));
    if (!m_store.updateApproval(*current) || !m_store.commit()) {
        m_store.rollback();
        return false;
    }
    publish(*current, m_pendingEntries);
    return true;
}

void Engine::setExpiryEnabled(bool enabled)
{
    m_expiryEnabled = enabled;
    scheduleExpiry();
}

void Engine::scheduleExpiry()
{
    if (!m_expiryEnabled) {
        m_expiryTimer.stop();
        return;
    }
    const QDateTime next = m_store.earliestPendingDeadline();
    if (!next.isValid()) {
        m_expiryTimer.stop();
        return;
    }
    const qint64 wait = qBound<qint64>(0LL, now().msecsTo(next) + 1, maxTimerMs);
    m_expiryTimer.start(int(wait));
}

bool Engine::retryDelivery(qint64 approvalId)
{
    m_pendingEntries.clear();
    std::optional<Approval> approval = m_store.approval(approvalId);
    if (!approval || !m_store.begin())
        return false;
    const int requeued = m_store.requeueFailed(approvalId, now());
    if (requeued == 0) {
        m_store.rollback();
        return false;
    }
    approval->delivery = DeliveryState::Queued;
    approval->lastDeliveryError.clear();
    m_store.setDeliveryState(approvalId, DeliveryState::Queued, {}, now());
    log(approvalId, QStringLiteral("retry"), tr("Delivery retried by hand"));
    if (!m_store.commit())
        return false;
    publish(*approval, m_pendingEntries);
    notifyOutbox();
    return true;
}

void Engine::postStatus(qint64 approvalId, const QString &line)
{
    m_pendingEntries.clear();
    std::optional<Approval> approval = m_store.approval(approvalId);
    if (!approval)
        return;
    const Connector *source = connector(approval->connector);
    const QList<OutboundRequest> requests =
            source ? source->statusRequests(*approval, line) : QList<OutboundRequest>();
    if (!m_store.begin())
        return;
    log(approvalId, QStringLiteral("status"), line);
    if (!enqueueAll(*approval, requests) || !m_store.commit()) {
        m_store.rollback();
        return;
    }
    publish(*approval, m_pendingEntries);
    if (!requests.isEmpty())
        notifyOutbox();
}

bool Engine::recordGateSample(qint64 approvalId, const QJsonObject &gates, const QString &line)
{
    m_pendingEntries.clear();
    if (!m_store.begin())
        return false;
    // Read inside the transaction: a decision that won meanwhile must not be overwritten.
    std::optional<Approval> approval = m_store.approval(approvalId);
    if (!approval || !approval->isPending()) {
        m_store.rollback();
        return false;
    }
    approval->metadata.insert(QStringLiteral("gates"), gates);
    approval->updatedAt = now();
    const Connector *source = connector(approval->connector);
    const QList<OutboundRequest> requests =
            source ? source->statusRequests(*approval, line) : QList<OutboundRequest>();
    log(approvalId, QStringLiteral("gates"), line);
    if (!m_store.updateApproval(*approval) || !enqueueAll(*approval, requests)
        || !m_store.commit()) {
        m_store.rollback();
        return false;
    }
    publish(*approval, m_pendingEntries);
    if (!requests.isEmpty())
        notifyOutbox();
    return true;
}

bool Engine::putSecret(const QString &name, const QByteArray &value)
{
    return m_store.putSealedSecret(name, m_vault.seal(value));
}

QByteArray Engine::secret(const QString &name) const
{
    QByteArray plaintext;
    const QString sealed = m_store.sealedSecret(name);
    if (sealed.isEmpty() || !m_vault.open(sealed, &plaintext))
        return {};
    return plaintext;
}

QList<QByteArray> Engine::approvalSecrets(qint64 approvalId) const
{
    QList<QByteArray> values;
    for (const QString &sealed :
         m_store.sealedSecretsStartingWith(Connector::secretName(approvalId, QString()))) {
        QByteArray plaintext;
        if (m_vault.open(sealed, &plaintext) && !plaintext.isEmpty())
            values.append(plaintext);
    }
    return values;
}

void Engine::dropSecrets(qint64 approvalId)
{
    // An approval's secrets (callback credentials, a chat message carrying action links)
    // are needed only until its calls have gone.
    m_store.dropSealedSecretsStartingWith(Connector::secretName(approvalId, QString()));
}

void Engine::deliveryStarted(const OutboxItem &item)
{
    // Nothing is written: a row in flight stays "queued" in the database, so a crash
    // now simply sends it again (at-least-once), and the callback is not held up by
    // one more durable commit. The views still see "delivering".
    if (item.request.purpose != OutboundRequest::Purpose::Decision)
        return;
    if (std::optional<Approval> approval = m_store.approval(item.approvalId)) {
        approval->delivery = DeliveryState::Delivering;
        publish(*approval, {});
    }
}

QVector<Metrics::Gauge> Engine::monitoringGauges() const
{
    const Store::MonitoringCounts counts = m_store.monitoringCounts();
    QVector<Metrics::Gauge> gauges;
    for (auto it = counts.pendingByKind.constBegin(); it != counts.pendingByKind.constEnd(); ++it)
        gauges.append({"gatehouse_pending_approvals", {{"kind", it.key()}}, double(it.value())});
    gauges.append({"gatehouse_outbox_depth", {}, double(counts.outboxQueued)});
    const double oldest = counts.oldestQueuedAt.isValid()
            ? qMax<qint64>(0, counts.oldestQueuedAt.msecsTo(now())) / 1000.0
            : 0.0;
    gauges.append({"gatehouse_outbox_oldest_age_seconds", {}, oldest});
    return gauges;
}

bool Engine::deliverySucceeded(const OutboxItem &item, int httpStatus, const QByteArray &answer)
{
    AnswerReading reading;
    if (item.request.readAnswer)
        reading = readAnswer(item, answer);
    m_pendingEntries.clear();
    // The target has acted: should the record fail, the worker records it again later
    // (it must not send it again), so say so and leave nothing half written.
    const auto recordWaits = [&] {
        qCWarning(lcEngine).noquote()
                << "outbox row" << item.id
                << "was delivered, the record of it waits:" << m_store.lastError();
        m_readQueued = false;
        return false;
    };
    if (!m_store.begin())
        return recordWaits();
    if (!m_store.markOutbox(item.id, QStringLiteral("delivered"), item.attempts + 1, {}, {},
                            now())) {
        m_store.rollback();
        return recordWaits();
    }
    log(item.approvalId, QStringLiteral("delivered"),
        tr("%1 delivered to %2: HTTP %3 (attempt %4)")
                .arg(item.request.label, item.request.url.host())
                .arg(httpStatus)
                .arg(item.attempts + 1));
    if (item.request.readAnswer)
        applyReading(item.approvalId, reading);
    else if (!item.request.captureAs.isEmpty())
        captureAnswer(item, answer);
    const bool decision = item.request.purpose == OutboundRequest::Purpose::Decision;
    if (decision && !m_store.hasUndeliveredDecision(item.approvalId))
        m_store.setDeliveryState(item.approvalId, DeliveryState::Delivered, {}, now());
    if (!m_store.commit())
        return recordWaits();
    Metrics::global().count(
            "gatehouse_delivery_attempts_total",
            {{"host", item.request.url.host()}, {"outcome", QStringLiteral("delivered")}});
    finishDelivery(item.approvalId);
    if (std::exchange(m_readQueued, false))
        notifyOutbox();
    return true;
}

AnswerReading Engine::readAnswer(const OutboxItem &item, const QByteArray &answer)
{
    const std::optional<Approval> approval = m_store.approval(item.approvalId);
    const Connector *source = approval ? connector(approval->connector) : nullptr;
    if (!source)
        return {};
    AnswerReading reading = source->readAnswer(*approval, item.request, answer);
    // The decision first, in its own transaction: should this call be sent again after a
    // crash, the same answer finds the item decided and changes nothing.
    if (reading.decision && approval->isPending())
        decide(item.approvalId, *reading.decision);
    return reading;
}

void Engine::applyReading(qint64 approvalId, const AnswerReading &reading)
{
    // Onto the approval as stored now: a decision recorded from this very answer stays.
    std::optional<Approval> approval = m_store.approval(approvalId);
    if (!approval)
        return;
    if (!reading.metadata.isEmpty() || !reading.title.isEmpty() || !reading.requestedBy.isEmpty()) {
        for (auto it = reading.metadata.constBegin(); it != reading.metadata.constEnd(); ++it)
            approval->metadata.insert(it.key(), it.value());
        if (!reading.title.isEmpty())
            approval->title = reading.title;
        if (!reading.requestedBy.isEmpty())
            approval->requestedBy = reading.requestedBy;
        approval->updatedAt = now();
        m_store.updateApproval(*approval);
    }
    if (!reading.line.isEmpty())
        log(approvalId, QStringLiteral("status"), reading.line);
    if (!reading.requests.isEmpty() && enqueueAll(*approval, reading.requests))
        m_readQueued = true;
}

void Engine::captureAnswer(const OutboxItem &item, const QByteArray &answer)
{
    // captureField may list alternatives, "runId,id": the first the answer has wins.
    const QJsonObject object = QJsonDocument::fromJson(answer).object();
    QJsonValue value;
    QString field = item.request.captureField;
    for (const QString &candidate : item.request.captureField.split(QLatin1Char(','))) {
        value = object.value(candidate.trimmed());
        if (value.isDouble() || value.isString()) {
            field = candidate.trimmed();
            break;
        }
    }
    std::optional<Approval> approval = m_store.approval(item.approvalId);
    if (!approval)
        return;
    if (!value.isDouble() && !value.isString()) {
        log(item.approvalId, QStringLiteral("answer"),
            tr("%1: the answer has no '%2'; calls that need it will not be sent")
                    .arg(item.request.label, item.request.captureField));
        return;
    }
    approval->metadata.insert(item.request.captureAs, value);
    m_store.updateApproval(*approval);
    // On the timeline too: a restarted run's id is what the operator looks for next.
    // Its own type: the console folds delivery lines, but not what the target answered.
    log(item.approvalId, QStringLiteral("answer"),
        tr("%1 answered with %2 %3")
                .arg(item.request.label, field,
                     value.isDouble() ? QString::number(value.toDouble(), 'g', 17)
                                      : value.toString()));
}

void Engine::finishDelivery(qint64 approvalId)
{
    const std::optional<Approval> approval = m_store.approval(approvalId);
    if (!approval)
        return;
    publish(*approval, m_pendingEntries);
    // Callback credentials are kept until the last call that uses them has gone,
    // including log lines queued after the decision.
    const bool nothingMoreToSend = approval->delivery == DeliveryState::Delivered
            || (!approval->isPending() && approval->delivery == DeliveryState::None);
    if (nothingMoreToSend && !m_store.hasQueuedOutbox(approvalId))
        dropSecrets(approvalId);
}

void Engine::deliveryFailed(const OutboxItem &item, const QString &error, const QDateTime &retryAt)
{
    m_pendingEntries.clear();
    const bool giveUp = !retryAt.isValid();
    const bool decision = item.request.purpose == OutboundRequest::Purpose::Decision;
    Metrics::global().count(
            "gatehouse_delivery_attempts_total",
            {{"host", item.request.url.host()},
             {"outcome", giveUp ? QStringLiteral("gave_up") : QStringLiteral("failed")}});
    m_store.begin();
    m_store.markOutbox(item.id, giveUp ? QStringLiteral("failed") : QStringLiteral("queued"),
                       item.attempts + 1, retryAt, error, now());
    log(item.approvalId, QStringLiteral("delivery-failed"),
        giveUp ? tr("%1 to %2 failed: %3 (attempt %4, giving up)")
                         .arg(item.request.label, item.request.url.host(), error)
                         .arg(item.attempts + 1)
               : tr("%1 to %2 failed: %3 (attempt %4, next try %5)")
                         .arg(item.request.label, item.request.url.host(), error)
                         .arg(item.attempts + 1)
                         .arg(retryAt.toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
    if (decision)
        m_store.setDeliveryState(item.approvalId,
                                 giveUp ? DeliveryState::Failed : DeliveryState::Queued, error,
                                 now());
    m_store.commit();
    finishDelivery(item.approvalId);
}

void Engine::recordSecurityEvent(const QString &peer, const QString &what)
{
    const QDateTime at = now();
    const qint64 minute = at.toSecsSinceEpoch() / 60;
    auto &[countedMinute, count] = m_securityCounts[peer];
    if (countedMinute != minute) {
        countedMinute = minute;
        count = 0;
    }
    if (m_securityCounts.size() > 10000) // a flood from many addresses: start afresh
        m_securityCounts.clear();
    if (++count > 20) {
        if (count == 21)
            qCWarning(lcEngine).noquote()
                    << "security: further events from" << peer << "this minute are not logged";
        return;
    }
    m_store.appendSecurityEvent(at, peer, what);
    qCWarning(lcEngine).noquote() << "security:" << peer << what;
    emit securityEventRecorded({at, peer, what});
}

void Engine::requestSecurityLog(int limit)
{
    emit securityLogReady(m_store.securityEvents(limit));
}

void Engine::requestSnapshot(int limit)
{
    ApprovalQuery query;
    query.limit = limit;
    emit snapshotReady(m_store.approvals(query));
}

void Engine::requestTimeline(qint64 approvalId)
{
    emit timelineReady(approvalId, m_store.timeline(approvalId));
}

void Engine::requestDecision(qint64 approvalId, bool approve, const QString &comment,
                             const QString &origin, const QString &decidedBy,
                             const QJsonObject &inputs)
{
    Decision decision{approve ? Verdict::Approve : Verdict::Reject, decidedBy, origin, comment};
    decision.inputs = inputs;
    const DecideResult result = decide(approvalId, decision);
    emit decisionFinished(approvalId,
                          result.outcome == DecideOutcome::Decided
                                  || result.outcome == DecideOutcome::Held
                                  || result.outcome == DecideOutcome::Voted,
                          result.message);
}

void Engine::requestRetryDelivery(qint64 approvalId)
{
    retryDelivery(approvalId);
}

QString Engine::revokedSuffix(int revoked)
{
    if (revoked <= 0)
        return {};
    return revoked == 1 ? tr("; the earlier link no longer works")
                        : tr("; %1 earlier links no longer work").arg(revoked);
}

int Engine::revokeActiveTokens(qint64 approvalId, const QString &purpose, const QDateTime &at)
{
    int revoked = 0;
    for (const ActionTokenRecord &old : m_store.actionTokensFor(approvalId)) {
        if (old.purpose != purpose || old.usedAt.isValid() || old.revokedAt.isValid()
            || old.expiresAt <= at)
            continue;
        if (!m_store.revokeActionToken(old.tokenHash, at))
            return -1;
        ++revoked;
    }
    return revoked;
}

std::optional<Engine::IssuedToken> Engine::issueActionToken(qint64 approvalId,
                                                            const QString &purpose,
                                                            qint64 lifetimeMs, int bytes,
                                                            bool replaceEarlier)
{
    m_pendingEntries.clear();
    const std::optional<Approval> approval = m_store.approval(approvalId);
    if (!approval || approval->isFinal() || lifetimeMs <= 0)
        return std::nullopt;
    IssuedToken issued{ActionTokens::generate(bytes), now().addMSecs(lifetimeMs)};
    ActionTokenRecord record;
    record.tokenHash = ActionTokens::hash(issued.token);
    record.approvalId = approvalId;
    record.purpose = purpose;
    record.expiresAt = issued.expiresAt;
    record.createdAt = now();
    if (!m_store.begin())
        return std::nullopt;
    const int revoked = replaceEarlier ? revokeActiveTokens(approvalId, purpose, now()) : 0;
    if (revoked < 0 || !m_store.insertActionToken(record)) {
        m_store.rollback();
        return std::nullopt;
    }
    QString line = tr("Action link issued (%1); expires %2")
                           .arg(purpose, issued.expiresAt.toString(Qt::ISODate));
    line += revokedSuffix(revoked);
    log(approvalId, QStringLiteral("link"), line);
    if (!m_store.commit())
        return std::nullopt;
    publish(*approval, m_pendingEntries);
    return issued;
}

QVector<ActionLink> Engine::actionLinks(qint64 approvalId) const
{
    QVector<ActionLink> links;
    const QDateTime at = now();
    const std::optional<Approval> approval = m_store.approval(approvalId);
    const bool decided = approval && approval->isFinal();
    for (const ActionTokenRecord &record : m_store.actionTokensFor(approvalId)) {
        ActionLink link;
        link.purpose = record.purpose;
        link.createdAt = record.createdAt;
        link.expiresAt = record.expiresAt;
        link.usedAt = record.usedAt;
        link.revokedAt = record.revokedAt;
        link.state = record.usedAt.isValid() ? ActionLink::State::Used
                : record.revokedAt.isValid() ? ActionLink::State::Revoked
                : record.expiresAt <= at     ? ActionLink::State::Expired
                : decided                    ? ActionLink::State::Closed
                                             : ActionLink::State::Active;
        links.append(link);
    }
    return links;
}

IssuedLink Engine::issueNewLink(qint64 approvalId, const QString &issuedBy)
{
    IssuedLink issued;
    m_pendingEntries.clear();
    const std::optional<Approval> approval = m_store.approval(approvalId);
    if (!approval) {
        issued.message = tr("Approval %1 does not exist").arg(approvalId);
        return issued;
    }
    if (approval->isFinal()) {
        issued.message = tr("Already %1: a new link could not decide anything")
                                 .arg(verdictWord(approval->state));
        return issued;
    }
    const QVector<ActionTokenRecord> earlier = m_store.actionTokensFor(approvalId);
    // The purpose its links already have; a paused run restarts, anything else decides.
    issued.purpose = !earlier.isEmpty()                    ? earlier.last().purpose
            : approval->kind == QLatin1String("pausedrun") ? ActionTokens::restartPurpose
                                                           : ActionTokens::decidePurpose;
    const bool restart = issued.purpose == ActionTokens::restartPurpose;
    const QDateTime at = now();
    // A paused run's restart link lasts until its deadline, as the first one did; other
    // links last the configured lifetime, but never past the approval's deadline.
    QDateTime expiresAt = at.addMSecs(m_linkSettings.defaultLifetimeMs);
    if (approval->deadline.isValid() && (restart || approval->deadline < expiresAt))
        expiresAt = approval->deadline;
    if (expiresAt <= at) {
        issued.message = tr("The approval's deadline has passed: no new link");
        return issued;
    }
    const QByteArray token = ActionTokens::generate(restart ? ActionTokens::restartBytes
                                                            : ActionTokens::defaultBytes);
    ActionTokenRecord record;
    record.tokenHash = ActionTokens::hash(token);
    record.approvalId = approvalId;
    record.purpose = issued.purpose;
    record.expiresAt = expiresAt;
    record.createdAt = at;
    if (!m_store.begin()) {
        issued.message = tr("The database is not available");
        return issued;
    }
    issued.revoked = revokeActiveTokens(approvalId, issued.purpose, at);
    if (issued.revoked < 0) {
        m_store.rollback();
        issued.message = m_store.lastError();
        issued.revoked = 0;
        return issued;
    }
    if (!m_store.insertActionToken(record)) {
        issued.message = m_store.lastError();
        m_store.rollback();
        return issued;
    }
    QString line = tr("New action link (%1) issued by %2 from the console; expires %3")
                           .arg(issued.purpose, issuedBy, expiresAt.toString(Qt::ISODate));
    line += revokedSuffix(issued.revoked);
    log(approvalId, QStringLiteral("link"), line);
    if (!m_store.commit()) {
        issued.message = m_store.lastError();
        return issued;
    }
    issued.ok = true;
    issued.url = m_linkSettings.tokenLink(issued.purpose, token);
    issued.expiresAt = expiresAt;
    issued.message = line;
    publish(*approval, m_pendingEntries);
    return issued;
}

void Engine::requestLinks(qint64 approvalId)
{
    emit linksReady(approvalId, actionLinks(approvalId));
}

void Engine::requestNewLink(qint64 approvalId, const QString &issuedBy)
{
    const IssuedLink issued = issueNewLink(approvalId, issuedBy);
    emit newLinkIssued(approvalId, issued);
    if (issued.ok)
        emit linksReady(approvalId, actionLinks(approvalId));
}

Engine::TokenResult Engine::checkToken(const QByteArray &token, const QString &purpose) const
{
    TokenResult result;
    if (!ActionTokens::looksValid(token)) {
        result.outcome = TokenOutcome::Unknown;
        return result;
    }
    const QByteArray hash = ActionTokens::hash(token);
    const std::optional<ActionTokenRecord> record = m_store.actionToken(hash);
    // The lookup is by hash; the constant-time compare keeps a timing side channel
    // out of the path even if the store ever matched loosely.
    if (!record || !ActionTokens::constantTimeEquals(record->tokenHash, hash)
        || record->purpose != purpose) {
        result.outcome = TokenOutcome::Unknown;
        return result;
    }
    result.record = *record;
    const std::optional<Approval> approval = m_store.approval(record->approvalId);
    if (!approval) {
        result.outcome = TokenOutcome::Unknown;
        return result;
    }
    result.approval = *approval;
    if (record->usedAt.isValid()) {
        result.outcome = TokenOutcome::Used;
        result.message =
                tr("This link was already used at %1").arg(record->usedAt.toString(Qt::ISODate));
    } else if (record->revokedAt.isValid()) {
        result.outcome = TokenOutcome::Revoked;
        result.message = tr("This link was replaced by a newer one at %1")
                                 .arg(record->revokedAt.toString(Qt::ISODate));
    } else if (record->expiresAt <= now()) {
        result.outcome = TokenOutcome::Expired;
        result.message = tr("This link expired at %1").arg(record->expiresAt.toString(Qt::ISODate));
    } else if (approval->isFinal()) {
        result.outcome = TokenOutcome::AlreadyDecided;
        result.message = tr("Already %1 by %2 from %3")
                                 .arg(verdictWord(approval->state), approval->decidedBy,
                                      approval->decisionOrigin);
    } else {
        result.outcome = TokenOutcome::Ok;
    }
    return result;
}

Engine::TokenResult Engine::resolveActionToken(const QByteArray &token, const QString &purpose,
                                               const QString &from)
{
    TokenResult result = checkToken(token, purpose);
    if (result.outcome == TokenOutcome::Ok || result.outcome == TokenOutcome::Unknown)
        return result;
    m_pendingEntries.clear();
    if (m_store.begin()) {
        log(result.approval.id, QStringLiteral("link-refused"),
            tr("Action link from %1 refused: %2").arg(from, result.message));
        if (m_store.commit())
            publish(result.approval, m_pendingEntries);
    }
    return result;
}

Engine::TokenResult Engine::decideWithToken(const QByteArray &token, const QString &purpose,
                                            const Decision &decision, const QString &from)
{
    TokenResult result = resolveActionToken(token, purpose, from);
    if (result.outcome != TokenOutcome::Ok)
        return result;
    const QByteArray hash = result.record.tokenHash;
    const DecideResult decided = decide(result.approval.id, decision, [this, hash] {
        return m_store.markActionTokenUsed(hash, now());
    });
    result.approval = decided.approval;
    result.message = decided.message;
    switch (decided.outcome) {
    case DecideOutcome::Decided:
    case DecideOutcome::Held: // recorded; an approvalThenGates policy decides later
        result.outcome = TokenOutcome::Ok;
        return result;
    case DecideOutcome::AlreadyDecided:
        // Lost a race: to another use of this token, or to a decision made elsewhere.
        return resolveActionToken(token, purpose, from);
    case DecideOutcome::NotFound:
        result.outcome = TokenOutcome::Unknown;
        return result;
    case DecideOutcome::Refused:
        result.outcome = TokenOutcome::NotAllowed;
        return result;
    case DecideOutcome::Voted: // a link names nobody, so the rules never let it vote
    case DecideOutcome::ReleaseRefused: // a link never asks for a release time
    case DecideOutcome::Failed:
    case DecideOutcome::CommentRequired:
    case DecideOutcome::InvalidInputs: // a link carries no inputs
        break;
    }
    result.outcome = TokenOutcome::Failed;
    return result;
}

bool Engine::announce(qint64 approvalId, const QString &line,
                      const QList<OutboundRequest> &requests,
                      const QHash<QString, QByteArray> &secrets)
{
    m_pendingEntries.clear();
    const std::optional<Approval> approval = m_store.approval(approvalId);
    if (!approval || !m_store.begin())
        return false;
    for (auto it = secrets.constBegin(); it != secrets.constEnd(); ++it) {
        if (!m_store.putSealedSecret(Connector::secretName(approvalId, it.key()),
                                     m_vault.seal(it.value()))) {
            m_store.rollback();
            return false;
        }
    }
    log(approvalId, QStringLiteral("status"), line);
    if (!enqueueAll(*approval, requests) || !m_store.commit()) {
        m_store.rollback();
        return false;
    }
    publish(*approval, m_pendingEntries);
    if (!requests.isEmpty())
        emit outboxChanged();
    return true;
}
