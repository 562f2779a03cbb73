// InboundAuth: decides whether a webhook comes from the system it claims to come
// from, per connector. Schemes: a shared token (Bearer, Basic password, the
// X-Gatehouse-Secret header or Azure Functions' ?code=), an HMAC-SHA256 signature
// over the raw body (GitHub's X-Hub-Signature-256 style), and Standard Webhooks
// (webhook-id / webhook-timestamp / webhook-signature; a signature older or newer
// than 5 minutes is refused). Every comparison runs in constant time. A refusal says what is
// missing, never which part of a secret was wrong.
#pragma once

#include "receiver/httpmessage.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <functional>

struct InboundRule
{
    enum class Scheme { Token, HmacSha256, StandardWebhooks, None };
    Scheme scheme = Scheme::Token;
    QByteArray secret; // the token, or the HMAC key (Standard Webhooks: already decoded)
    QByteArray signatureHeader = "X-Hub-Signature-256"; // HmacSha256 only
    QByteArray signaturePrefix = "sha256="; // HmacSha256 only; GitLab sends none
    // HmacSha256 only: when set, this header carries the Unix time of sending, the
    // signature covers "<timestamp>.<body>", and a time further than replayWindowSecs
    // from now is refused, so a captured request cannot be replayed later.
    QByteArray timestampHeader;
    int replayWindowSecs = 300;

    static Scheme schemeFromName(const QString &name, bool *ok);
    static QString schemeName(Scheme scheme);
};

class InboundAuth
{
public:
    static constexpr qint64 replayWindowSecs = 5 * 60;

    void setRule(const QString &connector, const InboundRule &rule)
    {
        m_rules.insert(connector, rule);
    }
    bool hasRule(const QString &connector) const { return m_rules.contains(connector); }
    InboundRule rule(const QString &connector) const { return m_rules.value(connector); }

    struct Verdict
    {
        bool ok = false;
        QString detail; // what the caller must send; empty when ok
    };
    Verdict check(const QString &connector, const HttpRequest &request, const QDateTime &now);
    // A connector whose senders prove themselves in a way of their own (GitLab's
    // X-Gitlab-Token, or its Standard Webhooks signature when present): under the token
    // scheme its verifier decides, with the connector's secret.
    using Verifier = std::function<Verdict(const QByteArray &secret, const HttpRequest &request,
                                           const QDateTime &now)>;
    void setVerifier(const QString &connector, Verifier verifier)
    {
        m_verifiers.insert(connector, std::move(verifier));
    }

    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);
    static QByteArray hmacSha256(const QByteArray &key, const QByteArray &message);

private:
    Verdict checkToken(const InboundRule &rule, const HttpRequest &request) const;
    Verdict checkHmac(const InboundRule &rule, const HttpRequest &request,
                      const QDateTime &now) const;
    Verdict checkStandardWebhooks(const InboundRule &rule, const HttpRequest &request,
                                  const QDateTime &now) const;

    QHash<QString, InboundRule> m_rules;
    QHash<QString, Verifier> m_verifiers;
};
