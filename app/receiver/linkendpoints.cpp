#include "linkendpoints.h"

#include "core/outcometext.h"
#include "receiver/linkpages.h"

#include <QLoggingCategory>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcLinks, "gatehouse.links")

namespace {

constexpr int maxCommentChars = 2000;

// application/x-www-form-urlencoded: '+' means a space, which QUrlQuery leaves alone.
QUrlQuery formFields(const QByteArray &body)
{
    QByteArray text = body;
    text.replace('+', "%20");
    return QUrlQuery(QString::fromLatin1(text));
}

QString formValue(const QUrlQuery &form, const QString &key)
{
    return form.queryItemValue(key, QUrl::FullyDecoded);
}

} // namespace

LinkEndpoints::LinkEndpoints(Engine &engine, const LinkSettings &settings, QObject *parent)
    : QObject(parent), m_engine(engine), m_settings(settings)
{ }

std::optional<HttpResponse> LinkEndpoints::throttled(const HttpRequest &request)
{
    m_limiter.configure(m_settings.badTokenLimit, m_settings.badTokenWindowMs);
    const int wait = m_limiter.blockedFor(request.remoteAddress, m_engine.now());
    if (wait == 0)
        return std::nullopt;
    emit securityEvent(request.remoteAddress.toString(),
                       QStringLiteral("action link refused with 429: too many bad tokens"));
    HttpResponse response = LinkPages::messagePage(
            429, tr("Too many attempts"),
            tr("Too many invalid links were tried from your address. Try again in %n seconds.",
               nullptr, wait));
    response.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(wait)});
    return response;
}

HttpResponse LinkEndpoints::counted(const HttpRequest &request, const HttpResponse &page)
{
    // The limit holds back only bad tokens: a valid link from a busy address still works.
    if (auto refused = throttled(request))
        return *refused;
    m_limiter.recordFailure(request.remoteAddress, m_engine.now());
    return page;
}

HttpResponse LinkEndpoints::refusal(const HttpRequest &request, const Engine::TokenResult &result)
{
    const QString peer = request.remoteAddress.toString();
    switch (result.outcome) {
    case Engine::TokenOutcome::Unknown:
        if (auto refused = throttled(request))
            return *refused;
        m_limiter.recordFailure(request.remoteAddress, m_engine.now());
        qCWarning(lcLinks).noquote() << peer << "tried an unknown action link";
        emit securityEvent(peer, QStringLiteral("unknown action link"));
        return LinkPages::messagePage(
                404, tr("Link not found"),
                tr("This link is not valid. Check that it was copied completely."));
    case Engine::TokenOutcome::Expired:
        return counted(request,
                       LinkPages::messagePage(410, tr("Link expired"),
                                              tr("This link has expired and can no longer be "
                                                 "used. Nothing was changed."),
                                              &result.approval));
    case Engine::TokenOutcome::Used:
        return counted(
                request,
                LinkPages::messagePage(409, tr("Link already used"),
                                       tr("This link was already used. Nothing was changed."),
                                       &result.approval));
    case Engine::TokenOutcome::Revoked:
        return counted(request,
                       LinkPages::messagePage(410, tr("Link replaced"),
                                              tr("A newer link replaced this one. Ask for the "
                                                 "new link. Nothing was changed."),
                                              &result.approval));
    case Engine::TokenOutcome::AlreadyDecided:
        return LinkPages::messagePage(409, tr("Already decided"),
                                      tr("This was already decided: %1. Nothing was changed.")
                                              .arg(OutcomeText::describe(result.approval, false)),
                                      &result.approval);
    case Engine::TokenOutcome::NotAllowed:
        return LinkPages::messagePage(403, tr("Not allowed from a link"),
                                      tr("%1. Nothing was changed.").arg(result.message),
                                      &result.approval);
    case Engine::TokenOutcome::Failed:
    case Engine::TokenOutcome::Ok:
        break;
    }
    return LinkPages::messagePage(503, tr("Not available"),
                                  tr("The decision could not be stored. Try again in a moment."));
}

HttpResponse LinkEndpoints::showDecision(const HttpRequest &request, const QString &token)
{
    const QString peer = request.remoteAddress.toString();
    const Engine::TokenResult result =
            m_engine.resolveActionToken(token.toLatin1(), ActionTokens::decidePurpose, peer);
    if (result.outcome != Engine::TokenOutcome::Ok)
        return refusal(request, result);
    const QString preferred = request.query.queryItemValue(QStringLiteral("decision"));
    return LinkPages::decisionPage(result.approval, result.record.expiresAt,
                                   QStringLiteral("/act/") + token, preferred);
}

HttpResponse LinkEndpoints::decide(const HttpRequest &request, const QString &token)
{
    return decideWith(request, token.toLatin1(), ActionTokens::decidePurpose);
}

HttpResponse LinkEndpoints::showRestart(const HttpRequest &request)
{
    const QString token = request.query.queryItemValue(QStringLiteral("token"));
    const QString peer = request.remoteAddress.toString();
    const Engine::TokenResult result =
            m_engine.resolveActionToken(token.toLatin1(), ActionTokens::restartPurpose, peer);
    if (result.outcome != Engine::TokenOutcome::Ok)
        return refusal(request, result);
    return LinkPages::restartPage(result.approval, result.record.expiresAt,
                                  QStringLiteral("/pipelines/restart?token=") + token);
}

HttpResponse LinkEndpoints::confirmRestart(const HttpRequest &request)
{
    QString token = request.query.queryItemValue(QStringLiteral("token"));
    if (token.isEmpty())
        token = formValue(formFields(request.body), QStringLiteral("token"));
    return decideWith(request, token.toLatin1(), ActionTokens::restartPurpose);
}

HttpResponse LinkEndpoints::decideWith(const HttpRequest &request, const QByteArray &token,
                                       const QString &purpose)
{
    const QString type = request.mediaType();
    if (!type.isEmpty() && type != QLatin1String("application/x-www-form-urlencoded"))
        return LinkPages::messagePage(415, tr("Unsupported form"),
                                      tr("Send the form as application/x-www-form-urlencoded."));
    const QUrlQuery form = formFields(request.body);
    const QString verdict = formValue(form, QStringLiteral("decision"));
    const QString comment = formValue(form, QStringLiteral("comment")).left(maxCommentChars);
    if (verdict != QLatin1String("approve") && verdict != QLatin1String("reject"))
        return LinkPages::messagePage(400, tr("No decision"),
                                      tr("The form must say decision=approve or decision=reject."));

    const QString peer = request.remoteAddress.toString();
    const Decision decision{
            verdict == QLatin1String("approve") ? Verdict::Approve : Verdict::Reject,
            QStringLiteral("link from %1").arg(peer), QStringLiteral("link"), comment,
            /*identityProven=*/false};
    const Engine::TokenResult result = m_engine.decideWithToken(token, purpose, decision, peer);
    if (result.outcome != Engine::TokenOutcome::Ok)
        return refusal(request, result);

    const bool restart = purpose == ActionTokens::restartPurpose;
    const bool approved = result.approval.state == ApprovalState::Approved;
    QString heading, message;
    if (restart) {
        heading = approved ? tr("Restart requested") : tr("Run cancelled");
        message = approved ? tr("%1 is being restarted. You can close this page.")
                                     .arg(result.approval.pipeline)
                           : tr("The run was closed without a restart.");
    } else {
        heading = approved ? tr("Approved") : tr("Rejected");
        message = tr("Your decision was recorded and is being delivered. You can close this page.");
    }
    return LinkPages::messagePage(200, heading, message, &result.approval);
}
