// ActionLink and IssuedLink: what the console may know about an approval's action
// links. ActionLink describes a stored link (its purpose, expiry and state) and never
// carries the token or its hash; IssuedLink is a link just made, the only moment its
// URL exists outside the person's hands.
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QUrl>
#include <QVector>

struct ActionLink
{
    enum class State {
        Active,
        Used, // used to decide or restart
        Revoked, // a newer link replaced it
        Expired,
        Closed, // unused, but the approval is decided: it answers "already decided"
    };
    QString purpose; // ActionTokens::decidePurpose or restartPurpose
    QDateTime createdAt;
    QDateTime expiresAt;
    QDateTime usedAt; // invalid while unused
    QDateTime revokedAt; // invalid unless Revoked
    State state = State::Active;
};

struct IssuedLink
{
    bool ok = false;
    QString purpose;
    QUrl url; // shown once: only its hash is stored
    QDateTime expiresAt;
    int revoked = 0; // earlier unused links of the same purpose, now unusable
    QString message; // the timeline line, or why no link was issued
};

Q_DECLARE_METATYPE(ActionLink)
Q_DECLARE_METATYPE(IssuedLink)
