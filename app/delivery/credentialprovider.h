// CredentialProvider: a credential that can only be obtained just before a call is sent
// (a GitHub App's installation token lives one hour, so it cannot be minted when the
// decision is queued). An OutboundRequest names its provider and a scope; the outbox
// worker asks for the Authorization value at send time, and tells the provider when the
// target refused it (401), so that the retry gets a fresh one.
#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

class CredentialProvider
{
public:
    struct Result
    {
        QByteArray authorization; // the whole header value, e.g. "Bearer ghs_..."
        QString error; // set: no credential; the call fails with this
        bool retry = true; // with an error: whether a later attempt can succeed
    };
    using Callback = std::function<void(const Result &)>;

    virtual ~CredentialProvider() = default;
    // Calls done exactly once, possibly before returning (a cached credential).
    virtual void obtain(const QString &scope, Callback done) = 0;
    // The target answered 401 to this credential: do not hand it out again.
    virtual void refused(const QString &scope, const QByteArray &authorization)
    {
        Q_UNUSED(scope);
        Q_UNUSED(authorization);
    }
};
