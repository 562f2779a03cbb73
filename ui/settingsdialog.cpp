#include "settingsdialog.h"

#include "service/inboundsecrets.h"
#include "service/policysettings.h"
#include "ui/consolesettings.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSet>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimeEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace {
// The keys are a public contract shared with app/main.cpp (README).
const QString addressKey = QStringLiteral("receiver/address");
const QString portKey = QStringLiteral("receiver/port");
const QString tlsCertKey = QStringLiteral("receiver/tlsCert");
const QString tlsKeyKey = QStringLiteral("receiver/tlsKey");
const QString storeKey = QStringLiteral("store/path");
const QString languageKey = QStringLiteral("ui/language");
const QString quietFromKey = QStringLiteral("notifications/quietFrom");
const QString quietToKey = QStringLiteral("notifications/quietTo");
const QString timeFormat = QStringLiteral("HH:mm");
// Read only at start.
const QStringList startKeys{addressKey, portKey, tlsCertKey, tlsKeyKey, storeKey, languageKey};
constexpr int maxSeconds = 366 * 24 * 3600;
const QStringList dayNames{QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
                           QStringLiteral("thu"), QStringLiteral("fri"), QStringLiteral("sat"),
                           QStringLiteral("sun")};

QString connectorTitle(const QString &connector)
{
    if (connector == QLatin1String("generic"))
        return SettingsDialog::tr("Generic");
    if (connector == QLatin1String("azure"))
        return QStringLiteral("Azure Pipelines");
    if (connector == QLatin1String("flexdeploy"))
        return QStringLiteral("FlexDeploy");
    if (connector == QLatin1String("pipelines"))
        return SettingsDialog::tr("Paused pipelines");
    if (connector == QLatin1String("fanin"))
        return SettingsDialog::tr("Fan-in");
    return connector;
}

QSpinBox *secondsBox(QWidget *parent, int minimum, const QString &accessibleName)
{
    auto *box = new QSpinBox(parent);
    box->setRange(minimum, maxSeconds);
    box->setSuffix(SettingsDialog::tr(" s"));
    box->setAccessibleName(accessibleName);
    return box;
}

QLineEdit *lineEdit(QWidget *parent, const QString &accessibleName, const QString &placeholder = {})
{
    auto *edit = new QLineEdit(parent);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    return edit;
}

} // namespace

SettingsDialog::SettingsDialog(QWidget *parent) : SettingsDialog(SettingsService(), parent) { }

SettingsDialog::SettingsDialog(const SettingsService &service, QWidget *parent)
    : QDialog(parent), m_service(service)
{
    setWindowTitle(tr("Gatehouse settings"));
    setAccessibleName(tr("Settings"));
    const auto settings = ConsoleSettings::open();
    m_connectors.load(*settings, m_service); // before build(): the restart targets make fields
    build();
    load(*settings);
    loadConnectors();
    loadPolicies(*settings);
}

void SettingsDialog::build()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Settings pages"));
    m_tabs->addTab(buildGeneralPage(), tr("&General"));
    m_connectorTabs = new QTabWidget;
    m_connectorTabs->setAccessibleName(tr("Connectors"));
    for (const QString &connector : InboundSecrets::connectors())
        m_connectorTabs->addTab(buildConnectorPage(connector), connectorTitle(connector));
    m_tabs->addTab(m_connectorTabs, tr("&Connectors"));
    auto *policies = new QScrollArea;
    policies->setWidgetResizable(true);
    policies->setWidget(buildPoliciesPage());
    policies->setAccessibleName(tr("Policies"));
    m_tabs->addTab(policies, tr("&Policies"));

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setAccessibleName(tr("Settings message"));
    m_message->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(760, 640);
}

QWidget *SettingsDialog::withError(QWidget *field, const QString &key)
{
    auto *container = new QWidget;
    auto *layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    auto *error = new QLabel(container);
    error->setObjectName(QStringLiteral("fieldError"));
    error->setStyleSheet(QStringLiteral("color: #c62828;"));
    error->setWordWrap(true);
    error->setTextFormat(Qt::PlainText);
    error->setAccessibleName(tr("Problem with %1").arg(field->accessibleName()));
    error->hide();
    layout->addWidget(error);
    m_errors.insert(key, error);
    return container;
}

QWidget *SettingsDialog::buildGeneralPage()
{
    auto *page = new QWidget;
    m_address = lineEdit(page, tr("Listen address"), QStringLiteral("127.0.0.1"));
    m_address->setToolTip(
            tr("127.0.0.1 accepts only this computer; 0.0.0.0 every network (use TLS)"));
    m_port = new QSpinBox(page);
    m_port->setRange(0, 65535);
    m_port->setAccessibleName(tr("Listen port"));
    m_port->setSpecialValueText(tr("any free port"));
    QWidget *certRow = nullptr;
    QWidget *keyRow = nullptr;
    QWidget *dbRow = nullptr;
    m_tlsCert = fileField(tr("TLS certificate file"),
                          tr("Certificates (*.pem *.crt);;All files (*)"), false, &certRow);
    m_tlsKey = fileField(tr("TLS private key file"), tr("Keys (*.pem *.key);;All files (*)"), false,
                         &keyRow);
    m_database = fileField(tr("Database file"),
                           tr("SQLite databases (*.sqlite *.db);;All files (*)"), true, &dbRow);

    m_language = new QComboBox(page);
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System language"), QString());
    // Language names in their own language: whoever cannot read the current one finds theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));

    m_quiet = new QCheckBox(tr("&Quiet hours: no pop-up notifications"), page);
    m_quiet->setAccessibleName(tr("Quiet hours"));
    m_quietFrom = new QTimeEdit(page);
    m_quietFrom->setDisplayFormat(timeFormat);
    m_quietFrom->setAccessibleName(tr("Quiet from"));
    m_quietTo = new QTimeEdit(page);
    m_quietTo->setDisplayFormat(timeFormat);
    m_quietTo->setAccessibleName(tr("Quiet until"));
    connect(m_quiet, &QCheckBox::toggled, m_quietFrom, &QWidget::setEnabled);
    connect(m_quiet, &QCheckBox::toggled, m_quietTo, &QWidget::setEnabled);

    auto *network = new QGroupBox(tr("Receiver"), page);
    auto *networkForm = new QFormLayout(network);
    networkForm->addRow(tr("Listen &address:"), withError(m_address, addressKey));
    networkForm->addRow(tr("&Port:"), m_port);
    networkForm->addRow(tr("TLS &certificate:"), withError(certRow, tlsCertKey));
    networkForm->addRow(tr("TLS &key:"), keyRow);
    auto *storage = new QGroupBox(tr("Storage and language"), page);
    auto *storageForm = new QFormLayout(storage);
    storageForm->addRow(tr("&Database:"), dbRow);
    storageForm->addRow(tr("&Language:"), m_language);
    auto *notify = new QGroupBox(tr("Notifications"), page);
    auto *quietRow = new QHBoxLayout;
    quietRow->addWidget(m_quiet);
    quietRow->addWidget(new QLabel(tr("from"), notify));
    quietRow->addWidget(m_quietFrom);
    quietRow->addWidget(new QLabel(tr("to"), notify));
    quietRow->addWidget(m_quietTo);
    quietRow->addStretch(1);
    auto *notifyLayout = new QVBoxLayout(notify);
    notifyLayout->addLayout(quietRow);

    m_publicUrl = lineEdit(page, tr("Public URL of action links"), tr("http://127.0.0.1:<port>"));
    m_linkExpiry = new QSpinBox(page);
    m_linkExpiry->setRange(1, 365 * 24 * 60);
    m_linkExpiry->setSuffix(tr(" min"));
    m_linkExpiry->setAccessibleName(tr("Action link lifetime"));
    auto *links = new QGroupBox(tr("Action links (FlexDeploy tasks, paused pipelines)"), page);
    auto *linksForm = new QFormLayout(links);
    linksForm->addRow(tr("P&ublic URL:"),
                      withError(m_publicUrl, QStringLiteral("links/publicUrl")));
    linksForm->addRow(tr("Link &lifetime:"),
                      withError(m_linkExpiry, QStringLiteral("links/expiryMinutes")));

    auto *note = new QLabel(tr("Receiver, database, language and action link settings apply when "
                               "Gatehouse starts again. Command-line options (--port, --listen, "
                               "--db) override them. Quiet hours apply at once."),
                            page);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(network);
    layout->addWidget(storage);
    layout->addWidget(notify);
    layout->addWidget(links);
    layout->addWidget(note);
    layout->addStretch(1);
    return page;
}

QWidget *SettingsDialog::buildConnectorPage(const QString &connector)
{
    auto *page = new QWidget;
    const QString title = connectorTitle(connector);
    InboundWidgets w;
    w.scheme = new QComboBox(page);
    w.scheme->setAccessibleName(tr("%1 authentication scheme").arg(title));
    w.scheme->addItem(tr("Shared token (Bearer, X-Gatehouse-Secret, Basic or ?code=)"),
                      QStringLiteral("token"));
    w.scheme->addItem(tr("HMAC-SHA256 signature of the body"), QStringLiteral("hmac-sha256"));
    w.scheme->addItem(tr("Standard Webhooks signature"), QStringLiteral("standard-webhooks"));
    w.scheme->addItem(tr("None: anyone who can reach the port"), QStringLiteral("none"));
    w.signatureHeader = lineEdit(page, tr("%1 signature header").arg(title),
                                 ConnectorSettings::defaultSignatureHeader());
    w.signaturePrefix = lineEdit(page, tr("%1 signature prefix").arg(title));
    w.secretState = new QLabel(page);
    w.secretState->setWordWrap(true);
    w.secretState->setAccessibleName(tr("%1 secret state").arg(title));
    w.secret = lineEdit(page, tr("New %1 webhook secret").arg(title));
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
        in.secret->setEnabled(scheme != QLatin1String("none") && m_service.isAvailable());
        in.generate->setEnabled(in.secret->isEnabled());
    };
    connect(w.scheme, &QComboBox::currentIndexChanged, this, schemeChanged);
    m_inbound.insert(connector, w);

    auto *inbound = new QGroupBox(tr("Inbound webhooks"), page);
    auto *form = new QFormLayout(inbound);
    form->addRow(tr("&Scheme:"),
                 withError(w.scheme, QStringLiteral("auth/%1/scheme").arg(connector)));
    form->addRow(
            tr("Signature &header:"),
            withError(w.signatureHeader, QStringLiteral("auth/%1/signatureHeader").arg(connector)));
    form->addRow(tr("Signature p&refix:"), w.signaturePrefix);
    form->addRow(tr("Secret:"), w.secretState);
    form->addRow(tr("&Replace secret:"),
                 withError(secretRow, ConnectorSettings::secretField(connector)));
    auto *inboundNote = new QLabel(
            tr("Applies at once: the next webhook must use the new scheme and secret."), inbound);
    inboundNote->setWordWrap(true);
    form->addRow(inboundNote);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(inbound);
    if (connector == QLatin1String("flexdeploy")) {
        auto *outbound = new QGroupBox(tr("FlexDeploy server"), page);
        auto *out = new QFormLayout(outbound);
        m_flexBaseUrl = lineEdit(page, tr("FlexDeploy base URL"),
                                 QStringLiteral("https://flexdeploy.example.com"));
        m_chatWebhook = lineEdit(page, tr("Chat webhook URL"),
                                 tr("Slack-compatible incoming webhook (optional)"));
        m_flexCredentialsState = new QLabel(page);
        m_flexCredentialsState->setWordWrap(true);
        m_flexCredentialsState->setAccessibleName(tr("FlexDeploy credentials state"));
        m_flexUser = lineEdit(page, tr("New FlexDeploy user name"));
        m_flexPassword = lineEdit(page, tr("New FlexDeploy password"));
        m_flexPassword->setEchoMode(QLineEdit::Password);
        auto *credentials = new QWidget(page);
        auto *credentialsLayout = new QHBoxLayout(credentials);
        credentialsLayout->setContentsMargins(0, 0, 0, 0);
        credentialsLayout->addWidget(m_flexUser);
        credentialsLayout->addWidget(m_flexPassword);
        out->addRow(tr("&Base URL:"),
                    withError(m_flexBaseUrl, QStringLiteral("flexdeploy/baseUrl")));
        out->addRow(tr("C&hat webhook:"),
                    withError(m_chatWebhook, QStringLiteral("flexdeploy/chatWebhookUrl")));
        out->addRow(tr("Credentials:"), m_flexCredentialsState);
        out->addRow(tr("Replace cre&dentials:"),
                    withError(credentials, QStringLiteral("flexdeploy/credentials")));
        auto *note = new QLabel(tr("The base URL and the chat webhook apply when Gatehouse starts "
                                   "again; new credentials with the next delivery."),
                                outbound);
        note->setWordWrap(true);
        out->addRow(note);
        layout->addWidget(outbound);
    } else if (connector == QLatin1String("pipelines")) {
        auto *targets = new QGroupBox(tr("Restart targets"), page);
        auto *out = new QFormLayout(targets);
        for (const QString &target : std::as_const(m_connectors.restartTargets)) {
            auto *field = lineEdit(page, tr("New credentials for restart target %1").arg(target));
            field->setEchoMode(QLineEdit::Password);
            m_restartCredentials.insert(target, field);
            out->addRow(target + QLatin1Char(':'),
                        withError(field, ConnectorSettings::restartCredentialsField(target)));
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
        QWidget *row = nullptr;
        m_faninFile = fileField(tr("Fan-in groups file"), tr("JSON (*.json);;All files (*)"), false,
                                &row);
        out->addRow(tr("Groups &file:"), withError(row, QStringLiteral("fanin/groupsFile")));
        auto *note = new QLabel(tr("The groups file is read when Gatehouse starts again."), groups);
        note->setWordWrap(true);
        out->addRow(note);
        layout->addWidget(groups);
    }
    layout->addStretch(1);
    return page;
}

QLineEdit *SettingsDialog::fileField(const QString &accessibleName, const QString &filter,
                                     bool save, QWidget **row)
{
    auto *container = new QWidget(this);
    auto *field = new QLineEdit(container);
    field->setAccessibleName(accessibleName);
    auto *browse = new QPushButton(tr("Browse…"), container);
    browse->setAccessibleName(tr("Browse for %1").arg(accessibleName));
    auto *layout = new QHBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field, 1);
    layout->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, [this, field, filter, save, accessibleName] {
        const QString path = save
                ? QFileDialog::getSaveFileName(this, accessibleName, field->text(), filter, nullptr,
                                               QFileDialog::DontConfirmOverwrite)
                : QFileDialog::getOpenFileName(this, accessibleName, field->text(), filter);
        if (!path.isEmpty())
            field->setText(path);
    });
    *row = container;
    return field;
}

QWidget *SettingsDialog::buildPoliciesPage()
{
    auto *page = new QWidget;
    m_policyList = new QListWidget(page);
    m_policyList->setAccessibleName(tr("Policies"));
    auto *addPolicyButton = new QPushButton(tr("&Add policy"), page);
    addPolicyButton->setAccessibleName(tr("Add policy"));
    auto *removePolicyButton = new QPushButton(tr("Remo&ve policy"), page);
    removePolicyButton->setAccessibleName(tr("Remove policy"));
    connect(addPolicyButton, &QPushButton::clicked, this, &SettingsDialog::addPolicy);
    connect(removePolicyButton, &QPushButton::clicked, this, &SettingsDialog::removePolicy);
    connect(m_policyList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_filling)
            return;
        storePolicy();
        showPolicy(row);
    });
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(addPolicyButton);
    listButtons->addWidget(removePolicyButton);
    auto *listColumn = new QVBoxLayout;
    listColumn->addWidget(m_policyList, 1);
    listColumn->addLayout(listButtons);

    m_policyEditor = new QWidget(page);
    m_policyName = lineEdit(m_policyEditor, tr("Policy name"));
    connect(m_policyName, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (QListWidgetItem *item = m_policyList->currentItem())
            item->setText(text);
    });
    m_matchConnector = new QComboBox(m_policyEditor);
    m_matchConnector->setAccessibleName(tr("Match connector"));
    m_matchConnector->addItem(tr("any"), QString());
    for (const QString &connector : InboundSecrets::connectors())
        m_matchConnector->addItem(connectorTitle(connector), connector);
    m_matchPipeline = lineEdit(m_policyEditor, tr("Match pipeline"), tr("any"));
    m_matchStage = lineEdit(m_policyEditor, tr("Match stage"), tr("any"));
    m_matchEnvironment = lineEdit(m_policyEditor, tr("Match environment"), tr("any"));
    m_delay = secondsBox(m_policyEditor, 0, tr("Delay before evaluation"));
    m_sampling = secondsBox(m_policyEditor, 1, tr("Sampling interval"));
    m_timeout = secondsBox(m_policyEditor, 1, tr("Timeout"));
    m_maxEvaluations = new QSpinBox(m_policyEditor);
    m_maxEvaluations->setRange(0, 100000);
    m_maxEvaluations->setSpecialValueText(tr("no cap"));
    m_maxEvaluations->setAccessibleName(tr("Evaluation cap"));
    m_order = new QComboBox(m_policyEditor);
    m_order->setAccessibleName(tr("Order of gates and approval"));
    m_order->addItem(tr("Gates first, then a person approves"),
                     QStringLiteral("gatesThenApproval"));
    m_order->addItem(tr("A person approves first, then the gates"),
                     QStringLiteral("approvalThenGates"));
    m_order->addItem(tr("Gates only, no person"), QStringLiteral("gatesOnly"));

    m_gateList = new QListWidget(m_policyEditor);
    m_gateList->setAccessibleName(tr("Gates"));
    m_gateList->setMaximumHeight(110);
    connect(m_gateList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_filling)
            return;
        storePolicy();
        showGate(row);
    });
    auto *addGateButton = new QPushButton(tr("Add &gate"), m_policyEditor);
    addGateButton->setAccessibleName(tr("Add gate"));
    auto *removeGateButton = new QPushButton(tr("Remove ga&te"), m_policyEditor);
    removeGateButton->setAccessibleName(tr("Remove gate"));
    connect(addGateButton, &QPushButton::clicked, this, &SettingsDialog::addGate);
    connect(removeGateButton, &QPushButton::clicked, this, &SettingsDialog::removeGate);
    auto *gateButtons = new QHBoxLayout;
    gateButtons->addWidget(addGateButton);
    gateButtons->addWidget(removeGateButton);
    gateButtons->addStretch(1);
    auto *gateColumn = new QWidget(m_policyEditor);
    auto *gateColumnLayout = new QVBoxLayout(gateColumn);
    gateColumnLayout->setContentsMargins(0, 0, 0, 0);
    gateColumnLayout->addWidget(m_gateList);
    gateColumnLayout->addLayout(gateButtons);

    auto *policyForm = new QFormLayout;
    policyForm->addRow(tr("&Name:"), withError(m_policyName, QStringLiteral("policy.name")));
    policyForm->addRow(tr("Match co&nnector:"),
                       withError(m_matchConnector, QStringLiteral("policy.match.connector")));
    policyForm->addRow(tr("Match p&ipeline:"),
                       withError(m_matchPipeline, QStringLiteral("policy.match.pipeline")));
    policyForm->addRow(tr("Match &stage:"),
                       withError(m_matchStage, QStringLiteral("policy.match.stage")));
    policyForm->addRow(tr("Match &environment:"),
                       withError(m_matchEnvironment, QStringLiteral("policy.match.environment")));
    policyForm->addRow(tr("&Delay before evaluation:"),
                       withError(m_delay, QStringLiteral("policy.delayBeforeEvaluationSecs")));
    policyForm->addRow(tr("Sampling inter&val:"),
                       withError(m_sampling, QStringLiteral("policy.samplingIntervalSecs")));
    policyForm->addRow(tr("Ti&meout:"), withError(m_timeout, QStringLiteral("policy.timeoutSecs")));
    policyForm->addRow(tr("Eva&luation cap:"),
                       withError(m_maxEvaluations, QStringLiteral("policy.maxEvaluations")));
    policyForm->addRow(tr("&Order:"), withError(m_order, QStringLiteral("policy.order")));
    policyForm->addRow(tr("Gates:"), withError(gateColumn, QStringLiteral("policy.gates")));

    m_gateEditor = new QGroupBox(tr("Gate"), m_policyEditor);
    m_gateForm = new QFormLayout(m_gateEditor);
    m_gateName = lineEdit(m_gateEditor, tr("Gate name"));
    connect(m_gateName, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (QListWidgetItem *item = m_gateList->currentItem())
            item->setText(text);
    });
    m_gateKind = new QComboBox(m_gateEditor);
    m_gateKind->setAccessibleName(tr("Gate kind"));
    m_gateKind->addItem(tr("HTTP probe"), QStringLiteral("http"));
    m_gateKind->addItem(tr("Count within a threshold"), QStringLiteral("count"));
    m_gateKind->addItem(tr("Time window"), QStringLiteral("timeWindow"));
    connect(m_gateKind, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateGateRows);
    m_method = new QComboBox(m_gateEditor);
    m_method->setAccessibleName(tr("HTTP method"));
    m_method->addItems({QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"),
                        QStringLiteral("HEAD")});
    m_url = lineEdit(m_gateEditor, tr("Probe URL"),
                     QStringLiteral("https://status.example.com/api"));
    m_headers = new QPlainTextEdit(m_gateEditor);
    m_headers->setAccessibleName(tr("Request headers"));
    m_headers->setPlaceholderText(tr("One per line: Name: value"));
    m_headers->setMinimumHeight(48);
    m_headers->setMaximumHeight(80);
    m_headers->setTabChangesFocus(true);
    m_secretHeaderName =
            lineEdit(m_gateEditor, tr("Secret header name"), QStringLiteral("Authorization"));
    m_secretHeaderValue = lineEdit(m_gateEditor, tr("Secret header value"), tr("Bearer …"));
    m_secretHeaderValue->setEchoMode(QLineEdit::Password);
    m_addSecretHeader = new QPushButton(tr("Add secret &header"), m_gateEditor);
    m_addSecretHeader->setAccessibleName(tr("Add secret header"));
    m_addSecretHeader->setToolTip(tr("The value is sealed in the vault when you save; the headers "
                                     "name it as ${secret:NAME}."));
    m_addSecretHeader->setEnabled(m_service.isAvailable());
    connect(m_addSecretHeader, &QPushButton::clicked, this, &SettingsDialog::addSecretHeader);
    auto *secretRow = new QWidget(m_gateEditor);
    auto *secretLayout = new QHBoxLayout(secretRow);
    secretLayout->setContentsMargins(0, 0, 0, 0);
    secretLayout->addWidget(m_secretHeaderName);
    secretLayout->addWidget(m_secretHeaderValue, 1);
    secretLayout->addWidget(m_addSecretHeader);
    m_condition = lineEdit(m_gateEditor, tr("Condition on the JSON answer"),
                           QStringLiteral("status == \"healthy\" and errors < 5"));
    m_countValue = lineEdit(m_gateEditor, tr("What to count"), QStringLiteral("count(items)"));
    m_countMin = lineEdit(m_gateEditor, tr("Minimum count"), tr("none"));
    m_countMax = lineEdit(m_gateEditor, tr("Maximum count"), tr("none"));
    auto *daysRow = new QWidget(m_gateEditor);
    auto *daysLayout = new QHBoxLayout(daysRow);
    daysLayout->setContentsMargins(0, 0, 0, 0);
    const QStringList dayLabels{tr("Mon"), tr("Tue"), tr("Wed"), tr("Thu"),
                                tr("Fri"), tr("Sat"), tr("Sun")};
    for (const QString &label : dayLabels) {
        auto *day = new QCheckBox(label, daysRow);
        day->setAccessibleName(label);
        m_days.append(day);
        daysLayout->addWidget(day);
    }
    daysLayout->addStretch(1);
    daysRow->setAccessibleName(tr("Days"));
    m_from = lineEdit(m_gateEditor, tr("Window from"), QStringLiteral("09:00"));
    m_to = lineEdit(m_gateEditor, tr("Window to"), QStringLiteral("17:00"));
    m_timeZone = lineEdit(m_gateEditor, tr("Time zone"), QStringLiteral("Europe/Berlin"));
    m_inverse =
            new QCheckBox(tr("&Inverse: green outside the window (a change freeze)"), m_gateEditor);
    m_inverse->setAccessibleName(tr("Inverse window"));

    const auto row = [this](const QString &label, QWidget *field, const QString &key,
                            QList<QWidget *> *group) {
        QWidget *container = withError(field, QStringLiteral("gate.") + key);
        m_gateForm->addRow(label, container);
        if (group)
            group->append(container);
    };
    row(tr("Na&me:"), m_gateName, QStringLiteral("name"), nullptr);
    row(tr("&Kind:"), m_gateKind, QStringLiteral("type"), nullptr);
    row(tr("Met&hod:"), m_method, QStringLiteral("method"), &m_httpRows);
    row(tr("&URL:"), m_url, QStringLiteral("url"), &m_httpRows);
    row(tr("Head&ers:"), m_headers, QStringLiteral("headers"), &m_httpRows);
    row(tr("Secret header:"), secretRow, QStringLiteral("secretHeader"), &m_httpRows);
    row(tr("Con&dition:"), m_condition, QStringLiteral("condition"), &m_conditionRows);
    row(tr("Cou&nt:"), m_countValue, QStringLiteral("value"), &m_countRows);
    row(tr("Mi&nimum:"), m_countMin, QStringLiteral("min"), &m_countRows);
    row(tr("Ma&ximum:"), m_countMax, QStringLiteral("max"), &m_countRows);
    row(tr("Days:"), daysRow, QStringLiteral("days"), &m_windowRows);
    row(tr("Fro&m:"), m_from, QStringLiteral("from"), &m_windowRows);
    row(tr("&To:"), m_to, QStringLiteral("to"), &m_windowRows);
    row(tr("Time &zone:"), m_timeZone, QStringLiteral("timeZone"), &m_windowRows);
    row(QString(), m_inverse, QStringLiteral("inverse"), &m_windowRows);

    auto *editorLayout = new QVBoxLayout(m_policyEditor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addLayout(policyForm);
    editorLayout->addWidget(m_gateEditor);
    editorLayout->addStretch(1);

    auto *columns = new QHBoxLayout;
    columns->addLayout(listColumn, 1);
    columns->addWidget(m_policyEditor, 3);
    auto *note = new QLabel(m_service.isAvailable()
                                    ? tr("Policies are checked as the policy file is and apply at "
                                         "once to pending and new approvals.")
                                    : tr("Policies are checked as the policy file is and apply "
                                         "when Gatehouse starts again."),
                            page);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(columns, 1);
    layout->addWidget(note);
    m_policyEditor->setEnabled(false);
    m_gateEditor->setEnabled(false);
    updateGateRows();
    return page;
}

void SettingsDialog::updateGateRows()
{
    const QString kind = m_gateKind->currentData().toString();
    const bool probe = kind != QLatin1String("timeWindow");
    for (QWidget *w : std::as_const(m_httpRows))
        m_gateForm->setRowVisible(w, probe);
    for (QWidget *w : std::as_const(m_conditionRows))
        m_gateForm->setRowVisible(w, kind == QLatin1String("http"));
    for (QWidget *w : std::as_const(m_countRows))
        m_gateForm->setRowVisible(w, kind == QLatin1String("count"));
    for (QWidget *w : std::as_const(m_windowRows))
        m_gateForm->setRowVisible(w, !probe);
}

void SettingsDialog::load(const QSettings &settings)
{
    m_address->setText(settings.value(addressKey, QStringLiteral("127.0.0.1")).toString());
    m_port->setValue(settings.value(portKey, 8470).toInt());
    m_tlsCert->setText(settings.value(tlsCertKey).toString());
    m_tlsKey->setText(settings.value(tlsKeyKey).toString());
    m_database->setText(settings.value(storeKey).toString());
    m_database->setPlaceholderText(tr("the default in the user's data folder"));
    const int language = m_language->findData(settings.value(languageKey).toString());
    m_language->setCurrentIndex(qMax(0, language));
    const QTime from = QTime::fromString(settings.value(quietFromKey).toString(), timeFormat);
    const QTime to = QTime::fromString(settings.value(quietToKey).toString(), timeFormat);
    m_quiet->setChecked(from.isValid() && to.isValid());
    m_quietFrom->setTime(from.isValid() ? from : QTime(22, 0));
    m_quietTo->setTime(to.isValid() ? to : QTime(7, 0));
    m_quietFrom->setEnabled(m_quiet->isChecked());
    m_quietTo->setEnabled(m_quiet->isChecked());
}

QString SettingsDialog::validationError() const
{
    if (QHostAddress(m_address->text().trimmed()).isNull())
        return tr("The listen address must be an IP address, such as 127.0.0.1.");
    if (m_tlsCert->text().trimmed().isEmpty() != m_tlsKey->text().trimmed().isEmpty())
        return tr("TLS needs both a certificate and a key file.");
    return {};
}

void SettingsDialog::save(QSettings &settings) const
{
    settings.setValue(addressKey, m_address->text().trimmed());
    settings.setValue(portKey, m_port->value());
    const auto setOrRemove = [&settings](const QString &key, const QString &value) {
        if (value.isEmpty())
            settings.remove(key);
        else
            settings.setValue(key, value);
    };
    setOrRemove(tlsCertKey, m_tlsCert->text().trimmed());
    setOrRemove(tlsKeyKey, m_tlsKey->text().trimmed());
    setOrRemove(storeKey, m_database->text().trimmed());
    setOrRemove(languageKey, m_language->currentData().toString());
    setOrRemove(quietFromKey,
                m_quiet->isChecked() ? m_quietFrom->time().toString(timeFormat) : QString());
    setOrRemove(quietToKey,
                m_quiet->isChecked() ? m_quietTo->time().toString(timeFormat) : QString());
}

void SettingsDialog::loadConnectors()
{
    for (auto it = m_inbound.constBegin(); it != m_inbound.constEnd(); ++it) {
        const ConnectorSettings::Inbound in = m_connectors.inbound.value(it.key());
        const InboundWidgets &w = it.value();
        w.scheme->setCurrentIndex(qMax(0, w.scheme->findData(in.scheme)));
        w.signatureHeader->setText(in.signatureHeader);
        w.signaturePrefix->setText(in.signaturePrefix);
        w.secret->clear();
        w.signatureHeader->setEnabled(in.scheme == QLatin1String("hmac-sha256"));
        w.signaturePrefix->setEnabled(in.scheme == QLatin1String("hmac-sha256"));
        w.secret->setEnabled(in.scheme != QLatin1String("none") && m_service.isAvailable());
        w.generate->setEnabled(w.secret->isEnabled());
        updateSecretState(it.key());
    }
    m_publicUrl->setText(m_connectors.publicUrl);
    m_linkExpiry->setValue(m_connectors.linkExpiryMinutes);
    m_flexBaseUrl->setText(m_connectors.flexDeployBaseUrl);
    m_chatWebhook->setText(m_connectors.chatWebhookUrl);
    m_flexUser->clear();
    m_flexPassword->clear();
    QString state = m_connectors.flexDeployCredentialsStored
            ? tr("Stored in the vault. Type a user name and password to replace them.")
            : tr("None stored: decisions are sent without credentials.");
    if (m_connectors.flexDeployCredentialsFromEnvironment)
        state += QLatin1Char(' ')
                + tr("GATEHOUSE_FLEXDEPLOY_CREDENTIALS is set and replaces them at every start.");
    m_flexCredentialsState->setText(state);
    m_flexPassword->setPlaceholderText(m_connectors.flexDeployCredentialsStored
                                               ? tr("stored — type to replace")
                                               : tr("password"));
    m_flexUser->setPlaceholderText(tr("user name"));
    for (auto it = m_restartCredentials.constBegin(); it != m_restartCredentials.constEnd(); ++it) {
        it.value()->clear();
        it.value()->setPlaceholderText(m_connectors.restartCredentialsStored.value(it.key())
                                               ? tr("stored — type to replace")
                                               : tr("none stored: token or user:password"));
        it.value()->setEnabled(m_service.isAvailable());
    }
    m_flexUser->setEnabled(m_service.isAvailable());
    m_flexPassword->setEnabled(m_service.isAvailable());
    m_faninFile->setText(m_connectors.faninGroupsFile);
}

void SettingsDialog::updateSecretState(const QString &connector)
{
    const ConnectorSettings::Inbound in = m_connectors.inbound.value(connector);
    const InboundWidgets &w = m_inbound[connector];
    QString state;
    if (!m_service.isAvailable())
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

void SettingsDialog::collectConnectors()
{
    for (auto it = m_inbound.constBegin(); it != m_inbound.constEnd(); ++it) {
        ConnectorSettings::Inbound &in = m_connectors.inbound[it.key()];
        in.scheme = it.value().scheme->currentData().toString();
        in.signatureHeader = it.value().signatureHeader->text().trimmed();
        in.signaturePrefix = it.value().signaturePrefix->text().trimmed();
        in.newSecret = it.value().secret->text().toUtf8();
    }
    m_connectors.publicUrl = m_publicUrl->text().trimmed();
    m_connectors.linkExpiryMinutes = m_linkExpiry->value();
    m_connectors.flexDeployBaseUrl = m_flexBaseUrl->text().trimmed();
    m_connectors.chatWebhookUrl = m_chatWebhook->text().trimmed();
    m_connectors.newFlexDeployUser = m_flexUser->text().trimmed();
    m_connectors.newFlexDeployPassword = m_flexPassword->text().toUtf8();
    m_connectors.newRestartCredentials.clear();
    for (auto it = m_restartCredentials.constBegin(); it != m_restartCredentials.constEnd(); ++it)
        m_connectors.newRestartCredentials.insert(it.key(), it.value()->text().toUtf8());
    m_connectors.faninGroupsFile = m_faninFile->text().trimmed();
}

QString SettingsDialog::fieldError(const QString &field) const
{
    const QLabel *label = m_errors.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

QString SettingsDialog::message() const
{
    return m_message->text();
}

void SettingsDialog::clearProblems()
{
    for (QLabel *label : std::as_const(m_errors)) {
        label->clear();
        label->hide();
    }
    m_message->clear();
    m_message->hide();
}

void SettingsDialog::showProblem(const QString &key, const QString &reason)
{
    QLabel *label = m_errors.value(key);
    if (!label) {
        m_message->setText(key.isEmpty() ? reason : tr("%1: %2").arg(key, reason));
        m_message->show();
        return;
    }
    label->setText(reason);
    label->show();
    // Bring the field into view: its tab, its connector's tab.
    for (QWidget *w = label; w; w = w->parentWidget()) {
        if (const int i = m_connectorTabs->indexOf(w); i >= 0)
            m_connectorTabs->setCurrentIndex(i);
        if (const int i = m_tabs->indexOf(w); i >= 0)
            m_tabs->setCurrentIndex(i);
    }
    if (m_message->isVisible())
        return;
    m_message->setText(tr("Nothing was saved: correct the marked field."));
    m_message->show();
    // The first problem: its field gets the focus and is scrolled into view, with its reason.
    if (QWidget *field = label->parentWidget()->layout()->itemAt(0)->widget()) {
        field->setFocus(Qt::OtherFocusReason);
        QTimer::singleShot(0, label, [label] {
            for (QWidget *w = label->parentWidget(); w; w = w->parentWidget()) {
                if (auto *area = qobject_cast<QScrollArea *>(w))
                    area->ensureWidgetVisible(label);
            }
        });
    }
}

// Policies ------------------------------------------------------------------------------

void SettingsDialog::loadPolicies(const QSettings &settings)
{
    QString error;
    const auto policies = PolicySettings::load(settings, &error);
    m_filling = true;
    m_policyList->clear();
    m_filling = false;
    if (!policies) {
        // Editing would overwrite a file we could not read: leave it alone.
        m_policyList->setEnabled(false);
        m_policyList->addItem(error);
        m_policiesLoaded = false;
        return;
    }
    m_policiesLoaded = true;
    m_policies = *policies;
    m_loadedPolicies = *policies;
    m_filling = true;
    for (const QJsonValue &policy : std::as_const(m_policies))
        m_policyList->addItem(policy.toObject().value(QStringLiteral("name")).toString());
    m_filling = false;
    m_policyIndex = -1;
    if (!m_policies.isEmpty())
        m_policyList->setCurrentRow(0);
}

void SettingsDialog::showPolicy(int index)
{
    m_policyIndex = index >= 0 && index < m_policies.size() ? index : -1;
    m_gateIndex = -1;
    m_policyEditor->setEnabled(m_policyIndex >= 0);
    const QJsonObject policy =
            m_policyIndex >= 0 ? m_policies.at(m_policyIndex).toObject() : QJsonObject();
    const QJsonObject match = policy.value(QStringLiteral("match")).toObject();
    m_filling = true;
    m_policyName->setText(policy.value(QStringLiteral("name")).toString());
    const QString connector = match.value(QStringLiteral("connector")).toString();
    if (m_matchConnector->findData(connector) < 0)
        m_matchConnector->addItem(connector, connector);
    m_matchConnector->setCurrentIndex(m_matchConnector->findData(connector));
    m_matchPipeline->setText(match.value(QStringLiteral("pipeline")).toString());
    m_matchStage->setText(match.value(QStringLiteral("stage")).toString());
    m_matchEnvironment->setText(match.value(QStringLiteral("environment")).toString());
    m_delay->setValue(policy.value(QStringLiteral("delayBeforeEvaluationSecs")).toInt(0));
    m_sampling->setValue(policy.value(QStringLiteral("samplingIntervalSecs")).toInt(300));
    m_timeout->setValue(policy.value(QStringLiteral("timeoutSecs")).toInt(3600));
    m_maxEvaluations->setValue(policy.value(QStringLiteral("maxEvaluations")).toInt(0));
    m_order->setCurrentIndex(
            qMax(0,
                 m_order->findData(policy.value(QStringLiteral("order"))
                                           .toString(QStringLiteral("gatesThenApproval")))));
    m_gateList->clear();
    const QJsonArray gates = policy.value(QStringLiteral("gates")).toArray();
    for (const QJsonValue &gate : gates)
        m_gateList->addItem(gate.toObject().value(QStringLiteral("name")).toString());
    if (!gates.isEmpty())
        m_gateList->setCurrentRow(0);
    m_filling = false;
    showGate(gates.isEmpty() ? -1 : 0);
}

void SettingsDialog::showGate(int index)
{
    const QJsonArray gates = m_policyIndex >= 0
            ? m_policies.at(m_policyIndex).toObject().value(QStringLiteral("gates")).toArray()
            : QJsonArray();
    m_gateIndex = index >= 0 && index < gates.size() ? index : -1;
    m_gateEditor->setEnabled(m_gateIndex >= 0);
    const QJsonObject gate = m_gateIndex >= 0 ? gates.at(m_gateIndex).toObject() : QJsonObject();
    m_filling = true;
    m_gateName->setText(gate.value(QStringLiteral("name")).toString());
    m_gateKind->setCurrentIndex(
            qMax(0,
                 m_gateKind->findData(
                         gate.value(QStringLiteral("type")).toString(QStringLiteral("http")))));
    m_method->setCurrentText(gate.value(QStringLiteral("method")).toString(QStringLiteral("GET")));
    m_url->setText(gate.value(QStringLiteral("url")).toString());
    QStringList headerLines;
    const QJsonValue headers = gate.value(QStringLiteral("headers"));
    if (headers.isString()) {
        headerLines.append(headers.toString()); // as typed, refused last time
    } else {
        const QJsonObject object = headers.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            headerLines.append(QStringLiteral("%1: %2").arg(it.key(), it.value().toString()));
    }
    m_headers->setPlainText(headerLines.join(QLatin1Char('\n')));
    m_secretHeaderName->clear();
    m_secretHeaderValue->clear();
    m_condition->setText(gate.value(QStringLiteral("condition")).toString());
    m_countValue->setText(gate.value(QStringLiteral("value")).toString());
    const auto numberText = [](const QJsonValue &v) {
        return v.isDouble() ? QString::number(v.toDouble()) : v.toString();
    };
    m_countMin->setText(numberText(gate.value(QStringLiteral("min"))));
    m_countMax->setText(numberText(gate.value(QStringLiteral("max"))));
    const QJsonValue days = gate.value(QStringLiteral("days"));
    QStringList chosen; // the policy file takes "Monday" as "mon"
    for (const QJsonValue &day : days.toArray())
        chosen.append(day.toString().left(3).toLower());
    for (int i = 0; i < m_days.size(); ++i)
        m_days.at(i)->setChecked(days.isUndefined() || chosen.contains(dayNames.at(i)));
    m_from->setText(gate.value(QStringLiteral("from")).toString());
    m_to->setText(gate.value(QStringLiteral("to")).toString());
    m_timeZone->setText(gate.value(QStringLiteral("timeZone")).toString());
    m_inverse->setChecked(gate.value(QStringLiteral("inverse")).toBool());
    m_filling = false;
    updateGateRows();
}

QJsonObject SettingsDialog::gateFromForm() const
{
    const QJsonObject old = m_policies.at(m_policyIndex)
                                    .toObject()
                                    .value(QStringLiteral("gates"))
                                    .toArray()
                                    .at(m_gateIndex)
                                    .toObject();
    const QString kind = m_gateKind->currentData().toString();
    QJsonObject gate{{QStringLiteral("name"), m_gateName->text().trimmed()},
                     {QStringLiteral("type"), kind}};
    const auto setText = [&gate](const QString &key, const QString &text) {
        if (!text.trimmed().isEmpty())
            gate.insert(key, text.trimmed());
    };
    // Defaults are written only when the gate had them: viewing a policy changes nothing.
    const auto setUnlessDefault = [&gate, &old](const QString &key, const QJsonValue &value,
                                                const QJsonValue &fallback) {
        if (old.contains(key) || value != fallback)
            gate.insert(key, value);
    };
    if (kind != QLatin1String("timeWindow")) {
        setUnlessDefault(QStringLiteral("method"), m_method->currentText(), QStringLiteral("GET"));
        setText(QStringLiteral("url"), m_url->text());
        QJsonObject headers;
        bool wellFormed = true;
        const QStringList lines = m_headers->toPlainText().split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (line.trimmed().isEmpty())
                continue;
            const int colon = int(line.indexOf(QLatin1Char(':')));
            if (colon <= 0) {
                wellFormed = false;
                break;
            }
            headers.insert(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
        }
        if (!wellFormed) // the validator names the field and says what it must be
            gate.insert(QStringLiteral("headers"), m_headers->toPlainText());
        else if (!headers.isEmpty())
            gate.insert(QStringLiteral("headers"), headers);
        for (const QString &key : {QStringLiteral("body"), QStringLiteral("timeoutSecs")}) {
            if (old.contains(key))
                gate.insert(key, old.value(key));
        }
    }
    if (kind == QLatin1String("http"))
        setText(QStringLiteral("condition"), m_condition->text());
    if (kind == QLatin1String("count")) {
        setText(QStringLiteral("value"), m_countValue->text());
        for (const auto &[key, field] : {std::pair{QStringLiteral("min"), m_countMin},
                                         std::pair{QStringLiteral("max"), m_countMax}}) {
            const QString text = field->text().trimmed();
            bool ok = false;
            const double number = text.toDouble(&ok);
            if (!text.isEmpty())
                gate.insert(key, ok ? QJsonValue(number) : QJsonValue(text));
        }
    }
    if (kind == QLatin1String("timeWindow")) {
        QJsonArray days;
        for (int i = 0; i < m_days.size(); ++i) {
            if (m_days.at(i)->isChecked())
                days.append(dayNames.at(i));
        }
        // The same days as written ("Monday" is "mon") keep their spelling.
        QSet<QString> before;
        for (const QJsonValue &day : old.value(QStringLiteral("days")).toArray())
            before.insert(day.toString().left(3).toLower());
        QSet<QString> now;
        for (const QJsonValue &day : std::as_const(days))
            now.insert(day.toString());
        if (old.contains(QStringLiteral("days")) && before == now)
            gate.insert(QStringLiteral("days"), old.value(QStringLiteral("days")));
        else
            setUnlessDefault(QStringLiteral("days"), days, QJsonArray::fromStringList(dayNames));
        setText(QStringLiteral("from"), m_from->text());
        setText(QStringLiteral("to"), m_to->text());
        setText(QStringLiteral("timeZone"), m_timeZone->text());
        setUnlessDefault(QStringLiteral("inverse"), m_inverse->isChecked(), false);
    }
    return gate;
}

void SettingsDialog::storePolicy()
{
    if (m_policyIndex < 0 || m_policyIndex >= m_policies.size())
        return;
    QJsonObject policy = m_policies.at(m_policyIndex).toObject();
    policy.insert(QStringLiteral("name"), m_policyName->text().trimmed());
    QJsonObject match;
    const auto matchOn = [&match](const QString &key, const QString &value) {
        if (!value.trimmed().isEmpty())
            match.insert(key, value.trimmed());
    };
    matchOn(QStringLiteral("connector"), m_matchConnector->currentData().toString());
    matchOn(QStringLiteral("pipeline"), m_matchPipeline->text());
    matchOn(QStringLiteral("stage"), m_matchStage->text());
    matchOn(QStringLiteral("environment"), m_matchEnvironment->text());
    if (match.isEmpty())
        policy.remove(QStringLiteral("match"));
    else
        policy.insert(QStringLiteral("match"), match);
    // Defaults are written only when the policy had them: viewing a policy changes nothing.
    const auto setUnlessDefault = [&policy](const QString &key, const QJsonValue &value,
                                            const QJsonValue &fallback) {
        if (policy.contains(key) || value != fallback)
            policy.insert(key, value);
    };
    setUnlessDefault(QStringLiteral("delayBeforeEvaluationSecs"), m_delay->value(), 0);
    setUnlessDefault(QStringLiteral("samplingIntervalSecs"), m_sampling->value(), 300);
    setUnlessDefault(QStringLiteral("timeoutSecs"), m_timeout->value(), 3600);
    setUnlessDefault(QStringLiteral("maxEvaluations"), m_maxEvaluations->value(), 0);
    setUnlessDefault(QStringLiteral("order"), m_order->currentData().toString(),
                     QStringLiteral("gatesThenApproval"));
    if (m_gateIndex >= 0) {
        QJsonArray gates = policy.value(QStringLiteral("gates")).toArray();
        if (m_gateIndex < gates.size()) {
            gates[m_gateIndex] = gateFromForm();
            policy.insert(QStringLiteral("gates"), gates);
        }
    }
    m_policies[m_policyIndex] = policy;
}

void SettingsDialog::addPolicy()
{
    if (!m_policiesLoaded)
        return;
    storePolicy();
    QStringList names;
    for (const QJsonValue &p : std::as_const(m_policies))
        names.append(p.toObject().value(QStringLiteral("name")).toString());
    QString name = tr("New policy");
    for (int n = 2; names.contains(name); ++n)
        name = tr("New policy %1").arg(n);
    m_policies.append(QJsonObject{
            {QStringLiteral("name"), name},
            {QStringLiteral("samplingIntervalSecs"), 300},
            {QStringLiteral("timeoutSecs"), 3600},
            {QStringLiteral("order"), QStringLiteral("gatesThenApproval")},
            {QStringLiteral("gates"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), tr("health")},
                                    {QStringLiteral("type"), QStringLiteral("http")}}}}});
    m_filling = true;
    m_policyList->addItem(name);
    m_filling = false;
    m_policyList->setCurrentRow(int(m_policies.size()) - 1);
    m_policyName->setFocus();
    m_policyName->selectAll();
}

void SettingsDialog::removePolicy()
{
    const int row = m_policyIndex;
    if (row < 0)
        return;
    m_policies.removeAt(row);
    m_policyIndex = -1;
    m_filling = true;
    delete m_policyList->takeItem(row);
    m_filling = false;
    const int next = qMin(row, int(m_policies.size()) - 1);
    m_policyList->setCurrentRow(next);
    showPolicy(next);
}

void SettingsDialog::addGate()
{
    if (m_policyIndex < 0)
        return;
    storePolicy();
    QJsonObject policy = m_policies.at(m_policyIndex).toObject();
    QJsonArray gates = policy.value(QStringLiteral("gates")).toArray();
    const QString name = tr("gate %1").arg(gates.size() + 1);
    gates.append(QJsonObject{{QStringLiteral("name"), name},
                             {QStringLiteral("type"), QStringLiteral("http")}});
    policy.insert(QStringLiteral("gates"), gates);
    m_policies[m_policyIndex] = policy;
    m_filling = true;
    m_gateList->addItem(name);
    m_filling = false;
    m_gateList->setCurrentRow(int(gates.size()) - 1);
    m_gateName->setFocus();
}

void SettingsDialog::removeGate()
{
    if (m_policyIndex < 0 || m_gateIndex < 0)
        return;
    storePolicy();
    const int row = m_gateIndex;
    QJsonObject policy = m_policies.at(m_policyIndex).toObject();
    QJsonArray gates = policy.value(QStringLiteral("gates")).toArray();
    gates.removeAt(row);
    policy.insert(QStringLiteral("gates"), gates);
    m_policies[m_policyIndex] = policy;
    m_gateIndex = -1;
    m_filling = true;
    delete m_gateList->takeItem(row);
    m_filling = false;
    const int next = qMin(row, int(gates.size()) - 1);
    m_gateList->setCurrentRow(next);
    showGate(next);
}

void SettingsDialog::addSecretHeader()
{
    QLabel *error = m_errors.value(QStringLiteral("gate.secretHeader"));
    error->hide();
    const QString header = m_secretHeaderName->text().trimmed();
    const QByteArray value = m_secretHeaderValue->text().toUtf8();
    if (header.isEmpty() || value.isEmpty() || m_gateName->text().trimmed().isEmpty()) {
        error->setText(tr("Name the gate, then give the header's name and value."));
        error->show();
        return;
    }
    const QString name = PolicySettings::headerSecretName(m_policyName->text().trimmed(),
                                                          m_gateName->text().trimmed(), header);
    m_pendingSecrets.insert(name, value);
    // The headers name the secret; a line for the same header is replaced.
    QStringList lines = m_headers->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    lines.erase(std::remove_if(lines.begin(), lines.end(),
                               [&header](const QString &line) {
                                   return line.section(QLatin1Char(':'), 0, 0)
                                                  .trimmed()
                                                  .compare(header, Qt::CaseInsensitive)
                                           == 0;
                               }),
                lines.end());
    lines.append(QStringLiteral("%1: %2").arg(header, PolicySettings::secretReference(name)));
    m_headers->setPlainText(lines.join(QLatin1Char('\n')));
    m_secretHeaderName->clear();
    m_secretHeaderValue->clear();
    error->setText(tr("The value of %1 is sealed in the vault when you save.").arg(header));
    error->show();
}

void SettingsDialog::showPolicyProblem(const QString &field, const QString &reason)
{
    // field: "policies[2].gates[1].url", "policies[0].match.stage", ...
    static const QRegularExpression path(
            QStringLiteral("^policies\\[(\\d+)\\](?:\\.gates\\[(\\d+)\\])?\\.?([^.\\[]*)"));
    const QRegularExpressionMatch m = path.match(field);
    if (!m.hasMatch()) {
        showProblem(field, reason);
        return;
    }
    m_policyList->setCurrentRow(m.captured(1).toInt());
    QString key;
    if (!m.captured(2).isEmpty()) {
        m_gateList->setCurrentRow(m.captured(2).toInt());
        key = QStringLiteral("gate.") + m.captured(3);
    } else {
        key = QStringLiteral("policy.") + field.section(QLatin1Char('.'), 1);
        if (!m_errors.contains(key))
            key = QStringLiteral("policy.") + m.captured(3);
    }
    showProblem(m_errors.contains(key) ? key : field, reason);
    m_tabs->setCurrentIndex(2);
}

bool SettingsDialog::savePolicies(QSettings &settings)
{
    if (!m_policiesLoaded || m_policies == m_loadedPolicies)
        return true;
    for (auto it = m_pendingSecrets.constBegin(); it != m_pendingSecrets.constEnd(); ++it) {
        if (!m_service.storeSecret(it.key(), it.value())) {
            showProblem(QStringLiteral("gate.secretHeader"),
                        tr("could not be stored in the vault"));
            return false;
        }
    }
    m_pendingSecrets.clear();
    PolicyFile::Error error;
    const auto saved = PolicySettings::save(settings, m_policies, &error);
    if (!saved) {
        showPolicyProblem(error.field, error.reason);
        return false;
    }
    m_loadedPolicies = m_policies;
    if (!m_service.setPolicies(*saved))
        m_restartNeeded = true;
    return true;
}

void SettingsDialog::accept()
{
    clearProblems();
    if (QHostAddress(m_address->text().trimmed()).isNull()) {
        showProblem(addressKey, validationError());
        return;
    }
    if (const QString error = validationError(); !error.isEmpty()) {
        showProblem(tlsCertKey, error);
        return;
    }
    collectConnectors();
    const QVector<ConnectorSettings::Problem> problems = m_connectors.validate(m_service);
    for (const ConnectorSettings::Problem &problem : problems)
        showProblem(problem.field, problem.reason);
    if (!problems.isEmpty())
        return;
    storePolicy();
    if (m_policiesLoaded && m_policies != m_loadedPolicies) {
        PolicyFile::Error error;
        if (!PolicySettings::validateAll(m_policies, &error)) {
            showPolicyProblem(error.field, error.reason);
            return;
        }
        if (!m_pendingSecrets.isEmpty() && !m_service.isAvailable()) {
            showProblem(QStringLiteral("gate.secretHeader"),
                        tr("secrets can be stored only while Gatehouse runs"));
            return;
        }
    }

    // Everything is valid: write it.
    const auto settingsFile = ConsoleSettings::open();
    QSettings &settings = *settingsFile;
    QHash<QString, QVariant> before;
    for (const QString &key : startKeys)
        before.insert(key, settings.value(key));
    save(settings);
    m_restartNeeded = false;
    for (const QString &key : startKeys) {
        if (settings.value(key).toString() != before.value(key).toString())
            m_restartNeeded = true;
    }
    bool connectorRestart = false;
    QVector<ConnectorSettings::Problem> saveProblems;
    if (!m_connectors.save(settings, m_service, &connectorRestart, &saveProblems)) {
        for (const ConnectorSettings::Problem &problem : std::as_const(saveProblems))
            showProblem(problem.field, problem.reason);
        return;
    }
    m_restartNeeded = m_restartNeeded || connectorRestart;
    loadConnectors(); // the typed secrets are gone from the fields: "stored" now
    if (!savePolicies(settings))
        return;
    settings.sync();
    m_message->setText(m_restartNeeded ? tr("Settings saved. Some of them apply when Gatehouse "
                                            "starts again.")
                                       : tr("Settings saved and applied."));
    QDialog::accept();
}
