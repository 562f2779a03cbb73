#include "personaltokens.h"

#include "core/actiontokens.h"

std::optional<PersonalTokens::Created> PersonalTokens::create(const QString &name,
                                                              const QString &owner, QString *error)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > maxNameChars) {
        *error = QStringLiteral("a token needs a name of 1 to %1 characters").arg(maxNameChars);
        return std::nullopt;
    }
    if (owner.isEmpty()) {
        *error = QStringLiteral("no owner: the console's identity is unknown");
        return std::nullopt;
    }
    Created created;
    created.token = prefix() + ActionTokens::generate(ActionTokens::defaultBytes);
    created.record.tokenHash = ActionTokens::hash(created.token);
    created.record.name = trimmed;
    created.record.owner = owner;
    created.record.createdAt = m_clock.now();
    if (!m_store.insertApiToken(created.record)) {
        *error = m_store.lastError();
        return std::nullopt;
    }
    if (const auto stored = m_store.apiToken(created.record.tokenHash))
        created.record = *stored;
    return created;
}

std::optional<QString> PersonalTokens::authenticate(const QByteArray &token)
{
    if (!token.startsWith(prefix()) || !ActionTokens::looksValid(token.mid(prefix().size())))
        return std::nullopt;
    const QByteArray hash = ActionTokens::hash(token);
    const std::optional<ApiTokenRecord> record = m_store.apiToken(hash);
    // The lookup is by hash, which says nothing about the token; the comparison of the
    // stored hash is constant-time all the same.
    if (!record || record->revokedAt.isValid()
        || !ActionTokens::constantTimeEquals(record->tokenHash, hash))
        return std::nullopt;
    m_store.touchApiToken(record->id, m_clock.now());
    return record->owner;
}
