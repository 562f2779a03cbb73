// OutboundRequest: one HTTP call that a connector wants made to an external system.
// It is stored in the outbox as JSON, so it never carries a credential: the request
// names its secret and the delivery worker applies it at send time.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

struct OutboundRequest
{
    enum class Auth {
        None,
        BasicToken, // Authorization: Basic base64(":" + secret), as Azure DevOps job tokens
        BasicUserPassword, // the secret is "user:password"
        Bearer, // Authorization: Bearer secret
        Header, // the secret as the value of the header authHeader (GitLab's PRIVATE-TOKEN)
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
    QByteArray authHeader; // Auth::Header only
    Purpose purpose = Purpose::Decision;
    // When set, the body is this sealed secret, opened only at send time (a body that
    // carries action links must not sit in the outbox in plain text).
    QString bodySecretName;
    // When set, the URL is this sealed secret, opened only at send time (a chat webhook's
    // URL is its credential); url then holds scheme, host and port only, which is what the
    // timeline, the metrics and the outbox show.
    QString urlSecretName;
    // When set, a 2xx answer counts as delivered only when its JSON field okField is true
    // (Slack's Web API answers 200 with {"ok": false, "error": "..."}); otherwise it is a
    // failure, retried like any other.
    QString okField;
    // Signed with the callback signing secret (Standard Webhooks headers) at send time.
    bool sign = false;
    // When set, the Authorization header comes from this CredentialProvider of the outbox
    // worker, for credentialScope, at send time (a short-lived token); auth stays None.
    QString credentialProvider;
    QString credentialScope;
    // A 2xx answer goes to the connector's readAnswer() (AnswerReading): a re-read of
    // the waiting item (GitLab's deployment, Jenkins' input) that may update or settle the
    // approval and queue further calls. captureAs, if set, tells the connector which read
    // it is; captureField stays empty.
    bool readAnswer = false;
    QString label; // short human name for the timeline: "callback", "TaskCompleted", ...

    // Calls that build on an earlier answer (Azure's task log: create it, then write to
    // the id it answered with). A 2xx answer's top-level JSON field captureField (or the
    // first present of a comma-separated list of alternatives) is kept
    // in the approval's metadata as captureAs; a later call names that key in
    // placeholders, and each placeholder(key) in its URL or body is replaced at send time.
    QString captureField;
    QString captureAs;
    QStringList placeholders;

    static QString placeholder(const QString &key) { return QStringLiteral("{{%1}}").arg(key); }
    // Replaces the placeholders from the metadata; false, with the first missing key, when
    // one has no value yet (the call it comes from did not succeed).
    bool fillPlaceholders(const QJsonObject &metadata, QString *missingKey);

    QJsonObject toJson() const;
    static OutboundRequest fromJson(const QJsonObject &json);
};
