#include "connectorsettingspage.h"

#include "connectors/connectorregistry.h"
#include "service/inboundsecrets.h"
#include "ui/connectornames.h"
#include "ui/declaredsettingsgroup.h"
#include "ui/namedlineedit.h"

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
    const QStringList webhooks = InboundSecrets::connectors();
    for (const QString &connector : webhooks)
        addTab(buildConnectorPage(connector, restartTargets, errors),
               ConnectorNames::title(connector));
    // A connector that takes no webhooks still gets its declared settings.
    for (const auto &connector : ConnectorRegistry::described()) {
        if (webhooks.contains(connector->name()))
            continue;
        auto *declared =
                new DeclaredSettingsGroup(connector->name(), m_secretsWritable, errors, this);
        if (declared->isEmpty()) {
            delete declared;
            continue;
        }
        m_declared.insert(connector->name(), declared);
        auto *page = new QWidget;
        auto *layout = new QVBoxLayout(page);
        layout->addWidget(declared);
        layout->addStretch(1);
        addTab(page, ConnectorNames::title(connector->name()));
    }
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
    if (connector == QLatin1String("pausedrun")) {
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
    }
    // What the connector declares (Connector::settings()): generated, one field each.
    auto *declared = new DeclaredSettingsGroup(connector, m_secretsWritable, errors, page);
    if (declared->isEmpty()) {
        delete declared;
    } else {
        m_declared.insert(connector, declared);
        layout->addWidget(declared);
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
    for (auto it = m_restartCredentials.constBegin(); it != m_restartCredentials.constEnd(); ++it) {
        it.value()->clear();
        it.value()->setPlaceholderText(connectors.restartCredentialsStored.value(it.key())
                                               ? tr("stored — type to replace")
                                               : tr("none stored: token or user:password"));
        it.value()->setEnabled(m_secretsWritable);
    }
    for (DeclaredSettingsGroup *group : std::as_const(m_declared))
        group->load(connectors.declared);
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
    connectors.newRestartCredentials.clear();
    for (auto it = m_restartCredentials.constBegin(); it != m_restartCredentials.constEnd(); ++it)
        connectors.newRestartCredentials.insert(it.key(), it.value()->text().toUtf8());
    for (DeclaredSettingsGroup *group : m_declared)
        group->collect(connectors.declared);
}
