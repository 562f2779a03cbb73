// ActionTokens: makes and checks the secrets behind action links. A token is random
// bytes from the system CSPRNG, URL-safe base64; only its SHA-256 hash is ever stored,
// so a copy of the database cannot be turned back into working links.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// One stored token, as the store keeps it: the hash, never the token.
struct ActionTokenRecord
{
    QByteArray tokenHash; // lower-case hex SHA-256 of the token text
    qint64 approvalId = 0;
    QString purpose; // "decide" (approve/reject links) or "restart" (paused runs)
    QDateTime expiresAt;
    QDateTime usedAt; // invalid while unused
    QDateTime createdAt;
    QDateTime revokedAt; // set when a newer link replaced it; invalid otherwise
};

namespace ActionTokens {

constexpr int defaultBytes = 32;
constexpr int restartBytes = 64;
constexpr qint64 defaultLifetimeMs = 24LL * 3600 * 1000;

const QString decidePurpose = QStringLiteral("decide");
const QString restartPurpose = QStringLiteral("restart");

// bytes of entropy, at least defaultBytes; URL-safe base64 without padding.
QByteArray generate(int bytes = defaultBytes);
QByteArray hash(const QByteArray &token);
// Compares in time independent of where the first difference is.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);
// Cheap shape check before any database work: only base64url characters, sane length.
bool looksValid(const QByteArray &token);

} // namespace ActionTokens
