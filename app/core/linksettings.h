// LinkSettings: how action links are built and guarded: the public base URL that
// people reach Gatehouse under, the default link lifetime, the bad-token rate limit.
// The receiver serves the links; the Engine builds them when the console asks for a
// new one, so both build them here, the same way.
#pragma once

#include "core/actiontokens.h"

#include <QUrl>

struct LinkSettings
{
    QUrl publicUrl; // empty: http://127.0.0.1:<bound port>
    quint16 port = 0; // set by the receiver once it listens
    qint64 defaultLifetimeMs = 24LL * 3600 * 1000;
    int badTokenLimit = 10; // refusals per address and window, then 429
    qint64 badTokenWindowMs = 60 * 1000;

    // An absolute link under the public base URL.
    QUrl link(const QString &path, const QString &query = {}) const
    {
        QUrl url = publicUrl.isEmpty() ? QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))
                                       : publicUrl;
        QString base = url.path();
        while (base.endsWith(QLatin1Char('/')))
            base.chop(1);
        url.setPath(base + path);
        url.setQuery(query.isEmpty() ? QString() : query);
        return url;
    }

    // The page a token opens: /act/{token} for approve/reject links (its buttons decide;
    // "?decision=" only preselects), /pipelines/restart?token= for restart links.
    QUrl tokenLink(const QString &purpose, const QByteArray &token) const
    {
        const QString text = QString::fromLatin1(token);
        if (purpose == ActionTokens::restartPurpose)
            return link(QStringLiteral("/pipelines/restart"), QStringLiteral("token=") + text);
        return link(QStringLiteral("/act/") + text);
    }
};
