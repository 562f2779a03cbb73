// GitHubJwt: the JSON Web Token a GitHub App presents to exchange for an installation
// token: RS256 over {"iat","exp","iss"}, signed with the App's private key (PEM, as
// GitHub hands it out: PKCS#1 "RSA PRIVATE KEY" or PKCS#8). iat lies 60 s in the past
// to absorb clock drift; exp lies 9 minutes ahead, inside GitHub's 10-minute limit even
// with a few seconds of drift the other way.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace GitHubJwt {
constexpr qint64 backdateSecs = 60;
constexpr qint64 lifetimeSecs = 9 * 60;

// The issuer is the App id: a numeric App ID goes into the claim as a JSON number, a
// client ID ("Iv1.…", "Iv23…") as a string; GitHub documents both forms.
QByteArray sign(const QByteArray &privateKeyPem, const QString &issuer, const QDateTime &now,
                QString *error);
// The claims part alone, for tests and diagnostics.
QByteArray claims(const QString &issuer, const QDateTime &now);
} // namespace GitHubJwt
