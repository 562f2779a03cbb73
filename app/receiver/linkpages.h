// LinkPages: the small HTML pages behind action links. Every page is self-contained
// (inline CSS, no scripts, no remote content) under a strict Content-Security-Policy,
// and every piece of webhook text in it is HTML-escaped.
#pragma once

#include "core/approval.h"
#include "receiver/httpmessage.h"

#include <QCoreApplication>
#include <QDateTime>

class LinkPages
{
    Q_DECLARE_TR_FUNCTIONS(LinkPages)
public:
    static constexpr const char *contentSecurityPolicy =
            "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'";

    // What is being decided, with Approve and Reject buttons that POST to formAction.
    // preferred ("approve" or "reject", from the link) is the button shown first.
    static HttpResponse decisionPage(const Approval &approval, const QDateTime &expiresAt,
                                     const QString &formAction, const QString &preferred);
    // A paused run: what will be restarted with which data, Restart and Cancel buttons.
    static HttpResponse restartPage(const Approval &approval, const QDateTime &expiresAt,
                                    const QString &formAction);
    // The outcome of a decision, or why a link cannot be used.
    static HttpResponse messagePage(int status, const QString &heading, const QString &message,
                                    const Approval *approval = nullptr);

private:
    static HttpResponse page(int status, const QString &title, const QString &body);
    static QString details(const Approval &approval, const QDateTime &expiresAt);
};
