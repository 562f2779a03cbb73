#include "connectorsettingspage.h"

#include "service/inboundsecrets.h"
#include "ui/connectornames.h"
#include "ui/filefield.h"
#include "ui/githubsettingsgroup.h"
#include "ui/namedlineedit.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ConnectorSettingsPage::ConnectorSettingsPage(const QStringList &restartTargets,
                                             bool secretsWritable, FieldErrors &errors,
                                             QWidget *parent)
    : QTabWidget(parent), m_secretsWritable(secretsWritable)
{
    setAccessibleName(tr("Connectors"));
    for (const QString &connector : InboundSecrets::connectors())
        addTab(buildConnectorPage(connector, restartTargets, errors),
               ConnectorNames::title(connector));
}

QWidget *ConnectorSettingsPage::buildConnectorPage(const QString &connector,
                                                   const QStringList &restartTargets,
                                                   FieldErrors &errors)
{
    auto *page = new QWidget;
    const QString title = ConnectorNames::title(connector);
    InboundWidgets w;
    w.scheme = new QComboBox(page);
    w.scheme->setAccessibleName(tr("%1 authentication scheme").arg(title));
    w.scheme->addItem(tr("Shared token (Bearer, X-Gatehouse-Secret, Basic or ?code=)"),
                      QStringLiteral("token"));
    w.scheme->addItem(tr("HMAC-SHA256 signature of the body"), QStringLiteral("hmac-sha256"));
    w.scheme->addItem(tr("Standard Webhooks signature"), QStringLiteral("standard-webhooks"));
    w.scheme->addItem(tr("None: anyone who can reach the port"), QStringLiteral("none"));
    w.signatureHeader = namedLineEdit(page, tr("%1 signature header").arg(title),
                                      ConnectorSettings::defaultSignatureHeader());
    w.signaturePrefix = namedLineEdit(page, tr("%1 signature prefix").arg(title));
    w.secretState = new QLabel(page);
    w.secretState->setWordWrap(true);
    w.secretState->setAccessibleName(tr("%1 secret state").arg(title));
    w.secret = namedLineEdit(page, tr("New %1 webhook secret").arg(title));
    w.secret->setEchoMode(QLineEdit::Password);
    w.generate = new QPushButton(tr("&Generate"), page);
    w.generate->setAccessibleName(tr("Generate a %1 webhook secret").arg(title));
    w.generate->setToolTip(tr("Makes a new random secret, puts it in the field and copies it to "
                              "the clipboard for the sender; it is stored when you save."));
    auto *secretRow = new QWidget(page);
    auto *secretLayout = new QHBoxLayout(secretRow);
    secretLayout->setContentsMargins(0, 0, 0, 0);
    secretLayout->addWidget(w.secret, 1);
    secretLayout->addWidget(w.generate);
    connect(w.generate, &QPushButton::clicked, this, [this, connector] {
        const InboundWidgets &in = m_inbound[connector];
        const QByteArray secret = InboundSecrets::generate(in.scheme->currentData().toString());
        in.secret->setText(QString::fromLatin1(secret));
        QGuiApplication::clipboard()->setText(QString::fromLatin1(secret));
        in.secretState->setText(tr("A new secret was generated and copied to the clipboard: "
                                   "configure the sender with it. It is stored when you save."));
    });
    const auto schemeChanged = [this, connector] {
        const InboundWidgets &in = m_inbound[connector];
        const QString scheme = in.scheme->currentData().toString();
        in.signatureHeader->setEnabled(scheme == QLatin1String("hmac-sha256"));
        in.signaturePrefix->setEnabled(scheme == QLatin1String("hmac-sha256"));
        in.secret->setEnabled(scheme != QLatin1String("none") && m_secretsWritable);
        in.generate->setEnabled(in.secret->isEnabled());
    };
    connect(w.scheme, &QComboBox::currentIndexChanged, this, schemeChanged);
    m_inbound.insert(connector, w);

    auto *inbound = new QGroupBox(tr("Inbound webhooks"), page);
    auto *form = new QFormLayout(inbound);
    form->addRow(tr("&Scheme:"),
                 errors.withError(w.scheme, QStringLiteral("auth/%1/scheme").arg(connector)));
    form->addRow(tr("Signature &header:"),
                 errors.withError(w.signatureHeader,
                                  QStringLiteral("auth/%1/signatureHeader").arg(connector)));
    form->addRow(tr("Signature p&refix:"), w.signaturePrefix);
    form->addRow(tr("Secret:"), w.secretState);
    form->addRow(tr("&Replace secret:"),
                 errors.withError(secretRow, ConnectorSettings::secretField(connector)));
    auto *inboundNote = new QLabel(
            tr("Applies at once: the next webhook must use the new scheme and secret."), inbound);
    inboundNote->setWordWrap(true);
    form->addRow(inboundNote);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(inbound);
    if (connector == QLatin1String("flexdeploy")) {
        auto *outbound = new QGroupBox(tr("FlexDeploy server"), page);
        auto *out = new QFormLayout(outbound);
        m_flexBaseUrl = namedLineEdit(page, tr("FlexDeploy base URL"),
                                      QStringLiteral("https://flexdeploy.example.com"));
        m_chatWebhook = namedLineEdit(page, tr("Chat webhook URL"),
                                      tr("Slack-compatible incoming webhook (optional)"));
        m_flexCredentialsState = new QLabel(page);
        m_flexCredentialsState->setWordWrap(true);
        m_flexCredentialsState->setAccessibleName(tr("FlexDeploy credentials state"));
        m_flexUser = namedLineEdit(page, tr("New FlexDeploy user name"));
        m_flexPassword = namedLineEdit(page, tr("New FlexDeploy password"));
        m_flexPassword->setEchoMode(QLineEdit::Password);
        auto *credentials = new QWidget(page);
        auto *credentialsLayout = new QHBoxLayout(credentials);
        credentialsLayout->setContentsMargins(0, 0, 0, 0);
        credentialsLayout->addWidget(m_flexUser);
        credentialsLayout->addWidget(m_flexPassword);
        out->addRow(tr("&Base URL:"),
                    errors.withError(m_flexBaseUrl, QStringLiteral("flexdeploy/baseUrl")));
        out->addRow(tr("C&hat webhook:"),
                    errors.withError(m_chatWebhook, QStringLiteral("flexdeploy/chatWebhookUrl")));
        out->addRow(tr("Credentials:"), m_flexCredentialsState);
        out->addRow(tr("Replace cre&dentials:"),
                    errors.withError(credentials, QStringLiteral("flexdeploy/credentials")));
        auto *note = new QLabel(tr("The base URL and the chat webhook apply when Gatehouse starts "
                                   "again; new credentials with the next delivery."),
                                outbound);
        note->setWordWrap(true);
        out->addRow(note);
        layout->addWidget(outbound);
    } else if (connector == QLatin1String("pausedrun")) {
        auto *targets = new QGroupBox(tr("Restart targets"), page);
        auto *out = new QFormLayout(targets);
        for (const QString &target : restartTargets) {
            auto *field =
                    namedLineEdit(page, tr("New credentials for restart target %1").arg(target));
            field->setEchoMode(QLineEdit::Password);
            m_restartCredentials.insert(target, field);
            out->addRow(
                    target + QLatin1Char(':'),
                    errors.withError(field, ConnectorSettings::restartCredentialsField(target)));
        }
        auto *note = new QLabel(tr("Targets are configured in the settings file "
                                   "(restartTargets/<name>/...). Credentials are a token or "
                                   "user:password; stored ones are never shown, and new ones "
                                   "apply with the next restart call."),
                                targets);
        note->setWordWrap(true);
        out->addRow(note);
        layout->addWidget(targets);
    } else if (connector == QLatin1String("fanin")) {
        auto *groups = new QGroupBox(tr("Fan-in groups"), page);
        auto *out = new QFormLayout(groups);
        auto *row = new FileField(tr("Fan-in groups file"), tr("JSON (*.json);;All files (*)"),
                                  FileField::Mode::Open, page);
        m_faninFile = row->edit();
        out->addRow(tr("Groups &file:"), errors.withError(row, QStringLiteral("fanin/groupsFile")));
        auto *note = new QLabel(tr("The groups file is read when Gatehouse starts again."), groups);
        note->setWordWrap(true);
        out->addRow(note);
        layout->addWidget(groups);
    } else if (connector == QLatin1String("github")) {
        m_github = new GitHubSettingsGroup(m_secretsWritable, errors, page);
        layout->addWidget(m_github);
    } else if (connector == QLatin1String("gitlab")) {
        auto *server = new QGroupBox(tr("GitLab server"), page);
        auto *out = new QFormLayout(server);
        m_gitlabUrl =
                namedLineEdit(page, tr("GitLab address"), QStringLiteral("https://gitlab.com"));
        m_gitlabRepresentedAs = namedLineEdit(page, tr("Approve as (represented_as)"),
                                              tr("user, group or role (optional)"));
        m_gitlabPlayJob = new QCheckBox(tr("&Play the deployment job after approving"), page);
        m_gitlabTokenState = new QLabel(page);
        m_gitlabTokenState->setWordWrap(true);
        m_gitlabTokenState->setAccessibleName(tr("GitLab token state"));
        m_gitlabToken = namedLineEdit(page, tr("New GitLab access token"));
        m_gitlabToken->setEchoMode(QLineEdit::Password);
        out->addRow(tr("&Address:"), errors.withError(m_gitlabUrl, QStringLiteral("gitlab/url")));
        out->addRow(tr("Approve &as:"), m_gitlabRepresentedAs);
        out->addRow(m_gitlabPlayJob);
        out->addRow(tr("Access token:"), m_gitlabTokenState);
        out->addRow(tr("Replace &token:"),
                    errors.withError(m_gitlabToken, GitLabSettingsEdit::tokenField()));
        auto *note = new QLabel(tr("A token with the api scope, of a user allowed to approve the "
                                   "environment's deployments; it applies with the next call. "
                                   "The address and the options apply when Gatehouse starts "
                                   "again."),
                                server);
        note->setWordWrap(true);
        out->addRow(note);
        layout->addWidget(server);
    }
    layout->addStretch(1);
    return page;
}

void ConnectorSettingsPage::load(const ConnectorSettings &connectors)
{
    for (auto it = m_inbound.constBegin(); it != m_inbound.constEnd(); ++it) {
        const ConnectorSettings::Inbound in = connectors.inbound.value(it.key());
        const InboundWidgets &w = it.value();
        w.scheme->setCurrentIndex(qMax(0, w.scheme->findData(in.scheme)));
        w.signatureHeader->setText(in.signatureHeader);
        w.signaturePrefix->setText(in.signaturePrefix);
        w.secret->clear();
        w.signatureHeader->setEnabled(in.scheme == QLatin1String("hmac-sha256"));
        w.signaturePrefix->setEnabled(in.scheme == QLatin1String("hmac-sha256"));
        w.secret->setEnabled(in.scheme != QLatin1String("none") && m_secretsWritable);
        w.generate->setEnabled(w.secret->isEnabled());
        updateSecretState(it.key(), in);
    }
    m_flexBaseUrl->setText(connectors.flexDeployBaseUrl);
    m_chatWebhook->setText(connectors.chatWebhookUrl);
    m_flexUser->clear();
    m_flexPassword->clear();
    QString state = connectors.flexDeployCredentialsStored
            ? tr("Stored in the vault. Type a user name and password to replace them.")
            : tr("None stored: decisions are sent without credentials.");
    if (connectors.flexDeployCredentialsFromEnvironment)
        state += QLatin1Char(' ')
                + tr("GATEHOUSE_FLEXDEPLOY_CREDENTIALS is set and replaces them at every start.");
    m_flexCredentialsState->setText(state);
    m_flexPassword->setPlaceholderText(connectors.flexDeployCredentialsStored
                                               ? tr("stored — type to replace")
                                               : tr("password"));
    m_flexUser->setPlaceholderText(tr("user name"));
    for (auto it = m_restartCredentials.constBegin(); it != m_restartCredentials.constEnd(); ++it) {
        it.value()->clear();
        it.value()->setPlaceholderText(connectors.restartCredentialsStored.value(it.key())
                                               ? tr("stored — type to replace")
                                               : tr("none stored: token or user:password"));
        it.value()->setEnabled(m_secretsWritable);
    }
    m_flexUser->setEnabled(m_secretsWritable);
    m_flexPassword->setEnabled(m_secretsWritable);
    m_faninFile->setText(connectors.faninGroupsFile);
    m_github->load(connectors.github);
    m_gitlabUrl->setText(connectors.gitlab.url);
    m_gitlabRepresentedAs->setText(connectors.gitlab.representedAs);
    m_gitlabPlayJob->setChecked(connectors.gitlab.playJob);
    m_gitlabToken->clear();
    m_gitlabToken->setEnabled(m_secretsWritable);
    m_gitlabToken->setPlaceholderText(connectors.gitlab.tokenStored ? tr("stored — type to replace")
                                                                    : tr("glpat-..."));
    QString gitlabState = connectors.gitlab.tokenStored
            ? tr("Stored in the vault. Type a token to replace it.")
            : tr("None stored: blocked deployments cannot be confirmed or decided.");
    if (connectors.gitlab.tokenFromEnvironment)
        gitlabState += QLatin1Char(' ')
                + tr("GATEHOUSE_GITLAB_TOKEN is set and replaces it at every start.");
    m_gitlabTokenState->setText(gitlabState);
}

void ConnectorSettingsPage::updateSecretState(const QString &connector,
                                              const ConnectorSettings::Inbound &in)
{
    const InboundWidgets &w = m_inbound[connector];
    QString state;
    if (!m_secretsWritable)
        state = tr("Secrets can be changed only while Gatehouse runs.");
    else if (in.secretStored)
        state = tr("Stored in the vault (see File › Webhook secrets). Type or generate a new one "
                   "to replace it.");
    else
        state = tr("None stored yet: one is generated when needed.");
    if (!in.secretOverride.isEmpty())
        state += QLatin1Char(' ')
                + tr("%1 gives the secret in use; a secret stored here applies once it is gone.")
                          .arg(in.secretOverride);
    w.secretState->setText(state);
    w.secret->setPlaceholderText(in.secretStored ? tr("stored — type to replace")
                                                 : tr("type a new secret"));
}

void ConnectorSettingsPage::collect(ConnectorSettings &connectors) const
{
    for (auto it = m_inbound.constBegin(); it != m_inbound.constEnd(); ++it) {
        ConnectorSettings::Inbound &in = connectors.inbound[it.key()];
        in.scheme = it.value().scheme->currentData().toString();
        in.signatureHeader = it.value().signatureHeader->text().trimmed();
        in.signaturePrefix = it.value().signaturePrefix->text().trimmed();
        in.newSecret = it.value().secret->text().toUtf8();
    }
    connectors.flexDeployBaseUrl = m_flexBaseUrl->text().trimmed();
    connectors.chatWebhookUrl = m_chatWebhook->text().trimmed();
    connectors.newFlexDeployUser = m_flexUser->text().trimmed();
    connectors.newFlexDeployPassword = m_flexPassword->text().toUtf8();
    connectors.newRestartCredentials.clear();
    for (auto it = m_restartCredentials.constBegin(); it != m_restartCredentials.constEnd(); ++it)
        connectors.newRestartCredentials.insert(it.key(), it.value()->text().toUtf8());
    connectors.faninGroupsFile = m_faninFile->text().trimmed();
    m_github->collect(connectors.github);
    connectors.gitlab.url = m_gitlabUrl->text().trimmed();
    connectors.gitlab.representedAs = m_gitlabRepresentedAs->text().trimmed();
    connectors.gitlab.playJob = m_gitlabPlayJob->isChecked();
    connectors.gitlab.newToken = m_gitlabToken->text().trimmed().toUtf8();
}
