// PersonalTokens: personal API tokens for the control API (issue 13 item 5). Each names
// its owner (the console's OS user or PostgreSQL role that created it), so a decision
// made through the API with it is recorded as that person's. The token is 32 random
// bytes shown once at creation; the database keeps only its SHA-256, so every console
// of a team lists, uses and revokes the same tokens. The single shared operator token
// is apart from these and stays as it is.
#pragma once

#include "core/clock.h"
#include "store/store.h"

#include <QByteArray>
#include <QString>
#include <QVector>

#include <optional>

class PersonalTokens
{
public:
    PersonalTokens(Store &store, const Clock &clock) : m_store(store), m_clock(clock) { }

    static constexpr int maxNameChars = 100;
    // Every personal token starts with this, so it is told apart from the operator token
    // (and found by secret scanners).
    static QByteArray prefix() { return QByteArrayLiteral("gatehouse_"); }

    struct Created
    {
        QByteArray token; // the only copy: shown once
        ApiTokenRecord record;
    };
    // std::nullopt and *error for an empty or overlong name or a store failure.
    std::optional<Created> create(const QString &name, const QString &owner, QString *error);
    QVector<ApiTokenRecord> list() const { return m_store.apiTokens(); }
    bool revoke(qint64 id) { return m_store.revokeApiToken(id, m_clock.now()); }
    // The owner of a live token, with this use recorded as its last; std::nullopt for
    // anything else (unknown, revoked, not shaped like a personal token).
    std::optional<QString> authenticate(const QByteArray &token);

private:
    Store &m_store;
    const Clock &m_clock;
};
