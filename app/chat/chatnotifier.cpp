#include "chatnotifier.h"

#include "chat/chatrequests.h"
#include "connectors/connector.h"
#include "core/engine.h"
#include "core/outcometext.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcChat, "gatehouse.chat")

namespace {
constexpr qint64 maxLinkLifetimeMs = 30LL * 24 * 3600 * 1000;
}

ChatNotifier::ChatNotifier(Engine &engine, const QString &connectionName, QObject *parent)
    : QObject(parent), m_engine(engine), m_posts(connectionName)
{
    m_mayHaveOpenPosts = m_posts.anyOpen();
    watch();
}

void ChatNotifier::setPolicies(const QVector<Policy> &policies)
{
    m_policies = policies;
    watch();
}

void ChatNotifier::watch()
{
    const bool wanted = m_mayHaveOpenPosts
            || std::any_of(m_policies.cbegin(), m_policies.cend(),
                           [](const Policy &policy) { return !policy.chat.isEmpty(); });
    if (wanted == bool(m_watching))
        return;
    if (wanted)
        // Queued: the change is looked at after the unit of work that made it has
        // finished, never inside another one's signal.
        m_watching = connect(&m_engine, &Engine::approvalUpserted, this, &ChatNotifier::changed,
                             Qt::QueuedConnection);
    else {
        disconnect(m_watching);
        m_watching = {};
    }
}

QVector<ChatChannel> ChatNotifier::route(const QVector<Policy> &policies, const Approval &approval)
{
    QVector<ChatChannel> channels;
    QStringList names;
    for (const Policy &policy : policies) {
        if (policy.chat.isEmpty() || !policy.matches(approval))
            continue;
        for (const ChatChannel &channel : policy.chat) {
            if (!names.contains(channel.name)) {
                names.append(channel.name);
                channels.append(channel);
            }
        }
    }
    return channels;
}

void ChatNotifier::changed(const Approval &seen)
{
    if (seen.isPending()) {
        const QVector<ChatChannel> channels = route(m_policies, seen);
        if (channels.isEmpty())
            return;
        const std::optional<Approval> current = m_engine.approval(seen.id);
        if (current && current->isPending())
            announce(*current, channels);
        return;
    }
    if (m_mayHaveOpenPosts)
        tellOutcome(seen);
}

QString ChatNotifier::kindLabel(const Approval &approval) const
{
    if (const Connector *source = m_engine.connector(approval.connector)) {
        for (const ConnectorKind &kind : source->kinds()) {
            if (kind.id == approval.kind)
                return kind.labelText();
        }
    }
    return approval.kind;
}

QUrl ChatNotifier::webhookOrigin(const ChatChannel &channel, bool *missing) const
{
    *missing = false;
    if (channel.type == ChatChannel::Type::SlackApi) {
        *missing = m_engine.secret(channel.secret).isEmpty();
        return {};
    }
    const QUrl url(QString::fromUtf8(m_engine.secret(channel.secret)), QUrl::StrictMode);
    *missing = !url.isValid() || url.host().isEmpty();
    return *missing ? QUrl() : ChatRequests::origin(url);
}

void ChatNotifier::announce(const Approval &approval, const QVector<ChatChannel> &channels)
{
    const QStringList posted = m_posts.postedChannels(approval.id);
    QVector<ChatChannel> fresh;
    for (const ChatChannel &channel : channels) {
        if (!posted.contains(channel.name))
            fresh.append(channel);
    }
    if (fresh.isEmpty() || !m_engine.beginGroup())
        return;
    QVector<ChatChannel> claimed;
    for (const ChatChannel &channel : std::as_const(fresh)) {
        bool inserted = false;
        if (!m_posts.claim(approval.id, channel, m_engine.now(), &inserted)) {
            qCWarning(lcChat).noquote() << "cannot record a chat post:" << m_posts.lastError();
            m_engine.rollbackGroup();
            return;
        }
        if (inserted)
            claimed.append(channel);
    }
    if (claimed.isEmpty()) {
        m_engine.rollbackGroup(); // another instance was first
        return;
    }
    std::sort(claimed.begin(), claimed.end(),
              [](const ChatChannel &a, const ChatChannel &b) { return a.name < b.name; });
    // The links live until the deadline, or as long as links do by default.
    qint64 lifetime = m_engine.linkSettings().defaultLifetimeMs;
    if (approval.deadline.isValid())
        lifetime = qBound<qint64>(60 * 1000, m_engine.now().msecsTo(approval.deadline),
                                  maxLinkLifetimeMs);
    const auto token =
            m_engine.issueActionToken(approval.id, ActionTokens::decidePurpose, lifetime);
    if (!token) {
        m_engine.rollbackGroup();
        return;
    }
    const QString path = QStringLiteral("/act/") + QString::fromLatin1(token->token);
    const QUrl approveUrl = m_engine.linkSettings().link(path, QStringLiteral("decision=approve"));
    const QUrl rejectUrl = m_engine.linkSettings().link(path, QStringLiteral("decision=reject"));
    const ChatFacts facts = ChatFacts::of(approval, kindLabel(approval));

    QList<OutboundRequest> requests;
    QHash<QString, QByteArray> bodies;
    QStringList names, missing;
    for (const ChatChannel &channel : std::as_const(claimed)) {
        bool noSecret = false;
        const QUrl origin = webhookOrigin(channel, &noSecret);
        if (noSecret) {
            missing.append(channel.name);
            continue;
        }
        const QString body = ChatRequests::bodySecret(channel.name);
        bodies.insert(body, ChatRequests::announcementBody(channel, facts, approveUrl, rejectUrl));
        requests.append(ChatRequests::announcement(channel, origin,
                                                   Connector::secretName(approval.id, body)));
        names.append(channel.name);
    }
    QString line = names.isEmpty() ? QString()
                                   : tr("Announced in chat (%1) with approve and reject links")
                                             .arg(names.join(QStringLiteral(", ")));
    if (!missing.isEmpty())
        line += (line.isEmpty() ? QString() : QStringLiteral("; "))
                + tr("not announced in %1: no webhook URL or token is stored for it")
                          .arg(missing.join(QStringLiteral(", ")));
    if (!m_engine.announce(approval.id, line, requests, bodies)) {
        m_engine.rollbackGroup();
        return;
    }
    if (m_engine.commitGroup())
        m_mayHaveOpenPosts = true; // stays watched for the outcome
}

void ChatNotifier::tellOutcome(const Approval &seen)
{
    const QVector<ChatChannel> open = m_posts.openChannels(seen.id);
    if (open.isEmpty())
        return;
    const std::optional<Approval> approval = m_engine.approval(seen.id);
    if (!approval || approval->isPending() || !m_engine.beginGroup())
        return;
    const QString outcome = OutcomeText::describe(*approval);
    const ChatFacts facts = ChatFacts::of(*approval, kindLabel(*approval));
    QList<OutboundRequest> requests;
    QStringList names;
    for (const ChatChannel &channel : open) {
        bool closed = false;
        if (!m_posts.close(approval->id, channel.name, m_engine.now(), &closed)) {
            m_engine.rollbackGroup();
            return;
        }
        bool noSecret = false;
        const QUrl origin = webhookOrigin(channel, &noSecret);
        if (!closed || noSecret)
            continue;
        requests += ChatRequests::outcome(channel, origin, facts, outcome);
        names.append(channel.name);
    }
    if (requests.isEmpty()) {
        m_engine.commitGroup(); // closed, with nothing to send (no secret any more)
        return;
    }
    const QString line = tr("Chat (%1) told: %2").arg(names.join(QStringLiteral(", ")), outcome);
    if (!m_engine.announce(approval->id, line, requests, {})) {
        m_engine.rollbackGroup();
        return;
    }
    m_engine.commitGroup();
}
