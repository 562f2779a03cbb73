// ChatNotifier: announces approvals in the chat channels their policies name, and tells
// each channel the outcome once the approval is decided anywhere (window, tray, API,
// link, timeout, supersede), so that nobody clicks a stale link (issue 18 item 4).
// It watches the Engine's changes in the service thread of an instance that receives;
// ChatPosts makes each message go out once, whichever instance sees the change first.
// Every message travels through the outbox, retried like any other call.
#pragma once

#include "chat/chatposts.h"
#include "gates/policy.h"

#include <QObject>
#include <QVector>

class Engine;
struct Approval;

class ChatNotifier : public QObject
{
    Q_OBJECT
public:
    ChatNotifier(Engine &engine, const QString &connectionName, QObject *parent = nullptr);

    void setPolicies(const QVector<Policy> &policies);
    // The channels of every policy that matches, each name once (the first policy's).
    static QVector<ChatChannel> route(const QVector<Policy> &policies, const Approval &approval);

private:
    void changed(const Approval &approval);
    void announce(const Approval &approval, const QVector<ChatChannel> &channels);
    void tellOutcome(const Approval &approval);
    QString kindLabel(const Approval &approval) const;
    // The stored webhook URL's origin; empty when the channel needs none or it is missing.
    QUrl webhookOrigin(const ChatChannel &channel, bool *missing) const;
    // Watches the Engine only while a policy names a channel or a post awaits its outcome:
    // the ingest path pays nothing for chat when nobody uses it.
    void watch();

    Engine &m_engine;
    ChatPosts m_posts;
    QVector<Policy> m_policies;
    bool m_mayHaveOpenPosts = true; // until a look at the table says otherwise
    QMetaObject::Connection m_watching;
};
