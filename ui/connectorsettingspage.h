// ConnectorSettingsPage: the Connectors tab, one sub-tab per connector: how its webhooks
// authenticate and with which secret, and its outbound settings (FlexDeploy server,
// credentials and chat webhook, restart target credentials, fan-in groups file). A
// stored secret is never shown again, only "stored" and a field to replace it. It shows
// and collects ConnectorSettings; the dialog validates and saves them.
#pragma once

#include "service/connectorsettings.h"
#include "ui/fielderrors.h"

#include <QHash>
#include <QTabWidget>

class GitHubSettingsGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

class ConnectorSettingsPage : public QTabWidget
{
    Q_OBJECT
public:
    // restartTargets make one credentials field each; without a running service
    // (secretsWritable false) secrets cannot be typed.
    ConnectorSettingsPage(const QStringList &restartTargets, bool secretsWritable,
                          FieldErrors &errors, QWidget *parent = nullptr);

    void load(const ConnectorSettings &connectors);
    void collect(ConnectorSettings &connectors) const;

private:
    struct InboundWidgets
    {
        QComboBox *scheme = nullptr;
        QLineEdit *signatureHeader = nullptr;
        QLineEdit *signaturePrefix = nullptr;
        QLabel *secretState = nullptr;
        QLineEdit *secret = nullptr;
        QPushButton *generate = nullptr;
    };

    QWidget *buildConnectorPage(const QString &connector, const QStringList &restartTargets,
                                FieldErrors &errors);
    void updateSecretState(const QString &connector, const ConnectorSettings::Inbound &in);

    bool m_secretsWritable;
    QHash<QString, InboundWidgets> m_inbound;
    QLineEdit *m_flexBaseUrl = nullptr;
    QLineEdit *m_chatWebhook = nullptr;
    QLabel *m_flexCredentialsState = nullptr;
    QLineEdit *m_flexUser = nullptr;
    QLineEdit *m_flexPassword = nullptr;
    QHash<QString, QLineEdit *> m_restartCredentials;
    QLineEdit *m_faninFile = nullptr;
    GitHubSettingsGroup *m_github = nullptr;
    // GitLab (gitlab/url, gitlab/representedAs, gitlab/playJob, the API token)
    QLineEdit *m_gitlabUrl = nullptr;
    QLineEdit *m_gitlabRepresentedAs = nullptr;
    QCheckBox *m_gitlabPlayJob = nullptr;
    QLabel *m_gitlabTokenState = nullptr;
    QLineEdit *m_gitlabToken = nullptr;
};
