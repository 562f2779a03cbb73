// GitHubSettingsEdit: what Settings › Connectors › GitHub Actions edits: github/apiUrl,
// github/appId, github/privateKeyFile, github/repositories, and two secrets that go to the
// vault only (the App's private key, read once from a file; the reviewer token).
// No widgets and no service: the caller passes how to look up and store a secret.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QPair>
#include <QString>
#include <QVector>

#include <functional>

class QSettings;

struct GitHubSettingsEdit
{
    Q_DECLARE_TR_FUNCTIONS(GitHubSettingsEdit)

public:
    using Problem = QPair<QString, QString>; // settings key, why
    using HasSecret = std::function<bool(const QString &name)>;
    using StoreSecret = std::function<bool(const QString &name, const QByteArray &value)>;

    QString apiUrl;
    QString appId;
    QString privateKeyFile;
    QString repositories; // "owner/name, owner/name"
    bool privateKeyStored = false;
    bool reviewerTokenStored = false;
    bool reviewerTokenFromEnvironment = false;
    // A PEM file whose key is sealed into the vault on save (the file may go afterwards).
    QString sealPrivateKeyFile;
    QByteArray newReviewerToken;

    void load(const QSettings &settings, const HasSecret &hasSecret);
    QVector<Problem> validate() const;
    // Stores the new secrets (false: one could not be stored, named in *problems), then
    // writes the keys; *changed: a key read only at start changed.
    bool save(QSettings &settings, const StoreSecret &storeSecret, bool *changed,
              QVector<Problem> *problems);
    bool hasNewSecret() const
    {
        return !sealPrivateKeyFile.isEmpty() || !newReviewerToken.isEmpty();
    }

private:
    QByteArray readKeyToSeal(QString *error) const;
};
