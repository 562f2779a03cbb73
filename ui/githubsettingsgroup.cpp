#include "githubsettingsgroup.h"

#include "ui/fielderrors.h"
#include "ui/filefield.h"
#include "ui/namedlineedit.h"

#include <QFormLayout>
#include <QLabel>

GitHubSettingsGroup::GitHubSettingsGroup(bool secretsWritable, FieldErrors &errors, QWidget *parent)
    : QGroupBox(tr("GitHub App and reviewer"), parent), m_secretsWritable(secretsWritable)
{
    auto *form = new QFormLayout(this);
    m_apiUrl = namedLineEdit(this, tr("GitHub API URL"), QStringLiteral("https://api.github.com"));
    m_appId = namedLineEdit(this, tr("GitHub App ID"), QStringLiteral("123456"));
    auto *keyFile = new FileField(tr("GitHub App private key file"),
                                  tr("PEM (*.pem);;All files (*)"), FileField::Mode::Open, this);
    m_keyFile = keyFile->edit();
    auto *sealKey = new FileField(tr("GitHub App private key to seal in the vault"),
                                  tr("PEM (*.pem);;All files (*)"), FileField::Mode::Open, this);
    m_sealKeyFile = sealKey->edit();
    m_sealKeyFile->setPlaceholderText(tr("or a key file to seal in the vault once"));
    m_repositories =
            namedLineEdit(this, tr("Repositories to poll"), QStringLiteral("acme/shop, acme/bank"));
    m_token = namedLineEdit(this, tr("New GitHub reviewer token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_secretState = new QLabel(this);
    m_secretState->setWordWrap(true);
    m_secretState->setAccessibleName(tr("GitHub secrets state"));
    form->addRow(tr("API &URL:"), errors.withError(m_apiUrl, QStringLiteral("github/apiUrl")));
    form->addRow(tr("App &ID:"), errors.withError(m_appId, QStringLiteral("github/appId")));
    form->addRow(tr("Private &key file:"),
                 errors.withError(keyFile, QStringLiteral("github/privateKeyFile")));
    form->addRow(tr("&Seal a key:"),
                 errors.withError(sealKey, QStringLiteral("github/privateKey")));
    form->addRow(tr("&Repositories:"),
                 errors.withError(m_repositories, QStringLiteral("github/repositories")));
    form->addRow(tr("Reviewer &token:"),
                 errors.withError(m_token, QStringLiteral("github/reviewerToken")));
    form->addRow(m_secretState);
    auto *note = new QLabel(tr("The App (custom deployment protection rule) needs the App ID and "
                               "its private key; polling for required reviewers needs the "
                               "repositories and a token of a reviewer. Applies when Gatehouse "
                               "starts again."),
                            this);
    note->setWordWrap(true);
    form->addRow(note);
}

void GitHubSettingsGroup::load(const GitHubSettingsEdit &github)
{
    m_apiUrl->setText(github.apiUrl);
    m_appId->setText(github.appId);
    m_keyFile->setText(github.privateKeyFile);
    m_repositories->setText(github.repositories);
    m_sealKeyFile->clear();
    m_token->clear();
    m_sealKeyFile->setEnabled(m_secretsWritable);
    m_token->setEnabled(m_secretsWritable);
    m_token->setPlaceholderText(github.reviewerTokenStored ? tr("stored — type to replace")
                                                           : tr("none stored"));
    QString state = github.privateKeyStored ? tr("A private key is stored in the vault.")
                                            : tr("No private key is stored in the vault.");
    if (github.reviewerTokenFromEnvironment)
        state += QLatin1Char(' ')
                + tr("GATEHOUSE_GITHUB_TOKEN is set and replaces the reviewer token at every "
                     "start.");
    m_secretState->setText(state);
}

void GitHubSettingsGroup::collect(GitHubSettingsEdit &github) const
{
    github.apiUrl = m_apiUrl->text().trimmed();
    github.appId = m_appId->text().trimmed();
    github.privateKeyFile = m_keyFile->text().trimmed();
    github.repositories = m_repositories->text().trimmed();
    github.sealPrivateKeyFile = m_sealKeyFile->text().trimmed();
    github.newReviewerToken = m_token->text().trimmed().toUtf8();
}
