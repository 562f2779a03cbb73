// FanInGroup: one fan-in as the groups file describes it: which sources (regions) must
// report an event, where its id is in the payload, how long to wait, and what to do
// when all have arrived or the time is up. A plain value; FanInGroupFile reads it.
#pragma once

#include "gates/jsonexpression.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

struct FanInCallback
{
    QString method = QStringLiteral("POST");
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    // JSON with placeholders: a string "{{payload}}" or "{{sources}}" becomes that JSON
    // value; {{id}}, {{group}}, {{state}}, {{approvalId}} are replaced inside strings.
    // Undefined: a default body with all of them.
    QJsonValue body;
    QString bearerSecret; // vault name of a token sent as "Authorization: Bearer"
};

struct FanInGroup
{
    enum class OnComplete { Callback, Approval };

    QString name;
    QStringList expectedSources;
    JsonExpression idPath; // default "id", the ACR payload's event id
    int timeoutMinutes = 60;
    OnComplete onComplete = OnComplete::Callback;
    std::optional<FanInCallback> callback;
    std::optional<FanInCallback> timeoutCallback;
    // Optional shared secret that senders put in a header (ACR has no signatures).
    QByteArray authHeader;
    QString authSecret;
};
