// OutboundRequest: one HTTP call that a connector wants made to an external system.
// It is stored in the outbox as JSON, so it never carries a credential: the request
// names its secret and the delivery worker applies it at send time.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

struct OutboundRequest
{
    enum class Auth {
        None,
        BasicToken, // Authorization: Basic base64(":" + secret), as Azure DevOps job tokens
        BasicUserPassword, // the secret is "user:password"
        Bearer, // Authorization: Bearer secret
    };
    enum class Purpose {
        Decision, // carries the decision; its result is the approval's delivery state
        Status, // a progress update; its failure never blocks the decision
    };

    QString method = QStringLiteral("POST");
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    Auth auth = Auth::None;
    QString secretName; // key of the secret in the vault, with Auth != None
    Purpose purpose = Purpose::Decision;
    // When set, the body is this sealed secret, opened only at send time (a body that
    // carries action links must not sit in the outbox in plain text).
    QString bodySecretName;
    QString label; // short human name for the timeline: "callback", "TaskCompleted", ...
    // When set, a 2xx answer's JSON field captureField is recorded in the approval's
    // metadata as captureAs (a restart target's run id: "runId" -> "restartRunId").
    QString captureField;
    QString captureAs;

    QJsonObject toJson() const;
    static OutboundRequest fromJson(const QJsonObject &json);
};
