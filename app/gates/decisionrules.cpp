#include "decisionrules.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMutexLocker>

namespace {

const QString votesKey = QStringLiteral("approvalVotes");

bool belongs(const Decider &decider, const QStringList &approvers)
{
    if (approvers.contains(decider.name))
        return true;
    for (const QString &role : decider.memberOf) {
        if (approvers.contains(role))
            return true;
    }
    return false;
}

} // namespace

void DecisionRules::setPolicies(const QVector<Policy> &policies)
{
    QVector<Applied> rules;
    QVector<Policy> matchers;
    for (const Policy &policy : policies) {
        if (policy.rules.isEmpty())
            continue;
        rules.append({policy.name, policy.rules});
        Policy matcher; // only what matches() reads: gates may hold secrets references
        matcher.connector = policy.connector;
        matcher.pipeline = policy.pipeline;
        matcher.stage = policy.stage;
        matcher.environment = policy.environment;
        matcher.kind = policy.kind;
        matchers.append(matcher);
    }
    QMutexLocker lock(&m_mutex);
    m_rules = rules;
    m_matchers = matchers;
}

DecisionRules::Applied DecisionRules::rulesFor(const Approval &approval) const
{
    QMutexLocker lock(&m_mutex);
    for (int i = 0; i < m_matchers.size(); ++i) {
        if (m_matchers.at(i).matches(approval))
            return m_rules.at(i);
    }
    return {};
}

DecisionRules::Verdict DecisionRules::check(const Approval &approval, const Decider &decider,
                                            bool approve) const
{
    return check(rulesFor(approval), approval, decider, approve);
}

DecisionRules::Verdict DecisionRules::check(const Applied &applied, const Approval &approval,
                                            const Decider &decider, bool approve)
{
    const ApproverRules &rules = applied.rules;
    if (rules.isEmpty())
        return {};
    const bool needsPerson = !rules.approvers.isEmpty() || (approve && !rules.isEmpty());
    if (needsPerson && !decider.proven)
        return {false,
                tr("The policy %1 needs to know who decides: decide in the console or with a "
                   "personal API token")
                        .arg(applied.policy)};
    if (!rules.approvers.isEmpty() && !belongs(decider, rules.approvers))
        return {false,
                tr("Only %1 may decide this (policy %2); %3 may not")
                        .arg(rules.approvers.join(QStringLiteral(", ")), applied.policy,
                             decider.name)};
    if (!approve)
        return {};
    if (rules.fourEyes && !approval.requestedBy.isEmpty() && approval.requestedBy == decider.name)
        return {false,
                tr("%1 requested this run: four eyes (policy %2) needs someone else to approve "
                   "it")
                        .arg(decider.name, applied.policy)};
    if (rules.quorum > 1 && voters(approval).contains(decider.name))
        return {false,
                tr("%1 has approved already: %2 (policy %3) needs another person")
                        .arg(decider.name, progress(approval), applied.policy)};
    return {};
}

void DecisionRules::setConsoleDecider(const Decider &decider)
{
    QMutexLocker lock(&m_mutex);
    m_console = decider;
}

Decider DecisionRules::consoleDecider() const
{
    QMutexLocker lock(&m_mutex);
    return m_console;
}

QStringList DecisionRules::voters(const Approval &approval)
{
    QStringList names;
    const QJsonArray votes =
            approval.metadata.value(votesKey).toObject().value(QStringLiteral("votes")).toArray();
    for (const QJsonValue &vote : votes)
        names.append(vote.toObject().value(QStringLiteral("by")).toString());
    return names;
}

int DecisionRules::votesNeeded(const Approval &approval)
{
    return approval.metadata.value(votesKey).toObject().value(QStringLiteral("needed")).toInt();
}

QString DecisionRules::progress(const Approval &approval)
{
    const QStringList names = voters(approval);
    if (names.isEmpty())
        return {};
    return progress(names, votesNeeded(approval));
}

QString DecisionRules::progress(const QStringList &voters, int needed)
{
    return tr("%1 of %n approvals: %2", nullptr, needed)
            .arg(voters.size())
            .arg(voters.join(QStringLiteral(", ")));
}
