// GitHubSettingsGroup: the GitHub Actions part of Settings › Connectors: API URL, App ID,
// private key (a file named in the settings, or one sealed once into the vault), the
// repositories to poll and the reviewer token. Stored secrets are never shown again.
#pragma once

#include "connectors/github/githubsettingsedit.h"

#include <QGroupBox>

class FieldErrors;
class QLabel;
class QLineEdit;

class GitHubSettingsGroup : public QGroupBox
{
    Q_OBJECT
public:
    GitHubSettingsGroup(bool secretsWritable, FieldErrors &errors, QWidget *parent = nullptr);
    void load(const GitHubSettingsEdit &github);
    void collect(GitHubSettingsEdit &github) const;

private:
    bool m_secretsWritable;
    QLineEdit *m_apiUrl = nullptr;
    QLineEdit *m_appId = nullptr;
    QLineEdit *m_keyFile = nullptr;
    QLineEdit *m_sealKeyFile = nullptr;
    QLineEdit *m_repositories = nullptr;
    QLineEdit *m_token = nullptr;
    QLabel *m_secretState = nullptr;
};
