#include "linkpages.h"

#include "core/outcometext.h"

#include <QJsonDocument>

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\''), QLatin1String("&#39;"));
}

const char *const style = R"(
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#f4f5f7;color:#1d2330;margin:0}
main{max-width:34rem;margin:3rem auto;background:#fff;border-radius:10px;padding:1.6rem 2rem;box-shadow:0 1px 4px #0002}
h1{font-size:1.3rem;margin:0 0 .4rem}
p.lead{color:#4a5263;margin:.2rem 0 1rem;white-space:pre-wrap}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1rem;margin:1rem 0}
dt{color:#6b7280}dd{margin:0;word-break:break-word}
pre{background:#f4f5f7;padding:.6rem;border-radius:6px;overflow:auto;font-size:13px;max-height:14rem}
textarea{width:100%;box-sizing:border-box;min-height:4rem;font:inherit;padding:.4rem;border:1px solid #c9ced6;border-radius:6px}
.actions{display:flex;gap:.8rem;margin-top:1rem}
button{font:inherit;font-weight:600;border:0;border-radius:6px;padding:.6rem 1.4rem;cursor:pointer}
.approve{background:#1f7a3f;color:#fff}.reject{background:#b42318;color:#fff}
.status{font-size:.85rem;color:#6b7280;margin-top:1.2rem}
)";

} // namespace

HttpResponse LinkPages::page(int status, const QString &title, const QString &body)
{
    const QString html =
            QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                           "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
                           "<meta name=\"referrer\" content=\"no-referrer\">"
                           "<title>%1</title><style>%2</style></head>"
                           "<body><main>%3</main></body></html>\n")
                    .arg(esc(title), QString::fromLatin1(style), body);
    HttpResponse response = HttpResponse::html(status, html.toUtf8());
    response.headers.append(
            {QByteArrayLiteral("Content-Security-Policy"), QByteArray(contentSecurityPolicy)});
    // Links carry secrets: no referrer, no framing (the adapter adds no-store and nosniff).
    response.headers.append(
            {QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer")});
    response.headers.append({QByteArrayLiteral("X-Frame-Options"), QByteArrayLiteral("DENY")});
    return response;
}

QString LinkPages::details(const Approval &approval, const QDateTime &expiresAt)
{
    QString rows;
    const auto row = [&rows](const QString &label, const QString &value) {
        if (!value.isEmpty())
            rows += QStringLiteral("<dt>%1</dt><dd>%2</dd>").arg(esc(label), esc(value));
    };
    row(tr("Pipeline"), approval.pipeline);
    row(tr("Stage"), approval.stage);
    row(tr("Environment"), approval.environment);
    row(tr("Requested by"), approval.requestedBy);
    row(tr("Received"),
        approval.createdAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
    if (expiresAt.isValid())
        row(tr("Link expires"),
            expiresAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
    return rows.isEmpty() ? QString() : QStringLiteral("<dl>%1</dl>").arg(rows);
}

HttpResponse LinkPages::decisionPage(const Approval &approval, const QDateTime &expiresAt,
                                     const QString &formAction, const QString &preferred)
{
    const QString approve =
            QStringLiteral("<button class=\"approve\" type=\"submit\" name=\"decision\""
                           " value=\"approve\">%1</button>")
                    .arg(esc(tr("Approve")));
    const QString reject =
            QStringLiteral("<button class=\"reject\" type=\"submit\" name=\"decision\""
                           " value=\"reject\">%1</button>")
                    .arg(esc(tr("Reject")));
    const bool rejectFirst = preferred == QLatin1String("reject");
    QString body = QStringLiteral("<h1>%1</h1>").arg(esc(approval.title));
    if (!approval.description.isEmpty())
        body += QStringLiteral("<p class=\"lead\">%1</p>").arg(esc(approval.description));
    body += details(approval, expiresAt);
    body += QStringLiteral(
                    "<form method=\"post\" action=\"%1\">"
                    "<label for=\"comment\">%2</label>"
                    "<textarea id=\"comment\" name=\"comment\" maxlength=\"2000\"></textarea>"
                    "<div class=\"actions\">%3%4</div></form>")
                    .arg(esc(formAction), esc(tr("Comment (optional)")),
                         rejectFirst ? reject : approve, rejectFirst ? approve : reject);
    body += QStringLiteral("<p class=\"status\">%1</p>")
                    .arg(esc(tr("Opening this page decides nothing. The decision is final once a "
                                "button is pressed.")));
    return page(200, approval.title, body);
}

HttpResponse LinkPages::restartPage(const Approval &approval, const QDateTime &expiresAt,
                                    const QString &formAction)
{
    QString body = QStringLiteral("<h1>%1</h1>").arg(esc(approval.title));
    if (!approval.description.isEmpty())
        body += QStringLiteral("<p class=\"lead\">%1</p>").arg(esc(approval.description));
    body += details(approval, expiresAt);
    const QByteArray data =
            QJsonDocument(approval.metadata.value(QStringLiteral("data")).toObject())
                    .toJson(QJsonDocument::Indented);
    body += QStringLiteral("<p>%1</p><pre>%2</pre>")
                    .arg(esc(tr("The run will be restarted with this data:")),
                         esc(QString::fromUtf8(data)));
    body += QStringLiteral("<form method=\"post\" action=\"%1\"><div class=\"actions\">"
                           "<button class=\"approve\" type=\"submit\" name=\"decision\" "
                           "value=\"approve\">%2</button>"
                           "<button class=\"reject\" type=\"submit\" name=\"decision\" "
                           "value=\"reject\">%3</button>"
                           "</div></form>")
                    .arg(esc(formAction), esc(tr("Restart")), esc(tr("Cancel run")));
    body += QStringLiteral("<p class=\"status\">%1</p>")
                    .arg(esc(tr("Opening this page restarts nothing. The link works once.")));
    return page(200, approval.title, body);
}

HttpResponse LinkPages::messagePage(int status, const QString &heading, const QString &message,
                                    const Approval *approval)
{
    QString body =
            QStringLiteral("<h1>%1</h1><p class=\"lead\">%2</p>").arg(esc(heading), esc(message));
    if (approval && approval->id > 0) {
        QString rows = QStringLiteral("<dt>%1</dt><dd>%2</dd><dt>%3</dt><dd>%4</dd>")
                               .arg(esc(tr("Item")), esc(approval->title), esc(tr("State")),
                                    esc(stateName(approval->state)));
        // Who decided, so that a stale link from chat says why it no longer works.
        if (approval->isFinal())
            rows += QStringLiteral("<dt>%1</dt><dd>%2</dd>")
                            .arg(esc(tr("Decided")), esc(OutcomeText::describe(*approval, false)));
        body += QStringLiteral("<dl>%1</dl>").arg(rows);
    }
    return page(status, heading, body);
}
