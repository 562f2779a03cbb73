// LinkEndpoints: the routes behind action links, /act/{token} and
// /pipelines/restart. A GET only shows what a link would do; a POST decides through
// the Engine with origin "link". Refused tokens get their own page and status, a
// timeline or security line, and count toward a per-address rate limit (past it, bad
// tokens get 429; a valid token from the same address still works).
#pragma once

#include "core/engine.h"
#include "core/linksettings.h"
#include "receiver/badtokenlimiter.h"
#include "receiver/httpmessage.h"

#include <QObject>
#include <optional>

class LinkEndpoints : public QObject
{
    Q_OBJECT
public:
    LinkEndpoints(Engine &engine, const LinkSettings &settings, QObject *parent = nullptr);

    HttpResponse showDecision(const HttpRequest &request, const QString &token);
    HttpResponse decide(const HttpRequest &request, const QString &token);
    HttpResponse showRestart(const HttpRequest &request);
    HttpResponse confirmRestart(const HttpRequest &request);

signals:
    void securityEvent(const QString &peer, const QString &what);

private:
    std::optional<HttpResponse> throttled(const HttpRequest &request);
    HttpResponse counted(const HttpRequest &request, const HttpResponse &page);
    HttpResponse refusal(const HttpRequest &request, const Engine::TokenResult &result);
    HttpResponse decideWith(const HttpRequest &request, const QByteArray &token,
                            const QString &purpose);

    Engine &m_engine;
    const LinkSettings &m_settings;
    BadTokenLimiter m_limiter;
};
