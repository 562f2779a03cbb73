// FanInHandler: POST /hooks/fanin/{group}?source=NAME (or region=NAME). It checks the
// group and the source, lets the Engine record the source on the event's fan-in
// approval (duplicates and late arrivals change nothing), writes which sources arrived
// and which are missing to the timeline, and once all have arrived either approves
// (onComplete "callback": the onward callback goes out through the outbox, once) or
// leaves the approval to a human (onComplete "approval"). It runs in the Engine's
// thread, so notifications for one event, however simultaneous, are taken one by one.
#pragma once

#include "connectors/fanin/faninconnector.h"
#include "receiver/httpmessage.h"

#include <QObject>

#include <memory>

class Engine;
class InboundContext;
class WebhookReceiver;

class FanInHandler : public QObject
{
    Q_OBJECT
public:
    // Owns its connector (tests that install groups of their own).
    FanInHandler(Engine &engine, std::shared_ptr<FanInConnector> connector,
                 QObject *parent = nullptr);
    // For one request of the connector's route (FanInConnector::routes()).
    FanInHandler(Engine &engine, const FanInConnector &connector, InboundContext *context);

    // Registers the connector with the Engine and its route with the receiver.
    void install(WebhookReceiver &receiver);
    HttpResponse handle(const HttpRequest &request, const QString &groupName);

private:
    bool authorized(const FanInGroup &group, const HttpRequest &request) const;

    Engine &m_engine;
    std::shared_ptr<FanInConnector> m_owned;
    const FanInConnector *m_connector;
    InboundContext *m_context = nullptr; // counts and logs refused group secrets
};
