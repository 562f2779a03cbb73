#include "policyeditor.h"

#include "service/inboundsecrets.h"
#include "service/policychanges.h"
#include "service/policysettings.h"
#include "ui/chatchanneleditor.h"
#include "ui/connectornames.h"
#include "ui/gateeditor.h"
#include "ui/namedlineedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
constexpr int maxSeconds = 366 * 24 * 3600;

QSpinBox *secondsBox(QWidget *parent, int minimum, const QString &accessibleName)
{
    auto *box = new QSpinBox(parent);
    box->setRange(minimum, maxSeconds);
    box->setSuffix(PolicyEditor::tr(" s"));
    box->setAccessibleName(accessibleName);
    return box;
}
} // namespace

PolicyEditor::PolicyEditor(const SettingsService &service, FieldErrors &errors, QWidget *parent)
    : QWidget(parent), m_service(service), m_errors(errors)
{
    build();
}

void PolicyEditor::build()
{
    m_policyList = new QListWidget(this);
    m_policyList->setAccessibleName(tr("Policies"));
    auto *addPolicyButton = new QPushButton(tr("&Add policy"), this);
    addPolicyButton->setAccessibleName(tr("Add policy"));
    auto *removePolicyButton = new QPushButton(tr("Remo&ve policy"), this);
    removePolicyButton->setAccessibleName(tr("Remove policy"));
    connect(addPolicyButton, &QPushButton::clicked, this, &PolicyEditor::addPolicy);
    connect(removePolicyButton, &QPushButton::clicked, this, &PolicyEditor::removePolicy);
    connect(m_policyList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_filling)
            return;
        storePolicy();
        showPolicy(row);
    });
    // The buttons beneath each other: side by side (in German) they would make the list
    // column as wide as both, taking the width the policy's fields need.
    auto *listColumn = new QVBoxLayout;
    listColumn->addWidget(m_policyList, 1);
    listColumn->addWidget(addPolicyButton);
    listColumn->addWidget(removePolicyButton);

    m_policyPane = new QWidget(this);
    m_policyName = namedLineEdit(m_policyPane, tr("Policy name"));
    connect(m_policyName, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (QListWidgetItem *item = m_policyList->currentItem())
            item->setText(text);
    });
    m_matchConnector = new QComboBox(m_policyPane);
    m_matchConnector->setAccessibleName(tr("Match connector"));
    m_matchConnector->addItem(tr("any"), QString());
    for (const QString &connector : InboundSecrets::connectors())
        m_matchConnector->addItem(ConnectorNames::title(connector), connector);
    m_matchPipeline = namedLineEdit(m_policyPane, tr("Match pipeline"), tr("any"));
    m_matchStage = namedLineEdit(m_policyPane, tr("Match stage"), tr("any"));
    m_matchEnvironment = namedLineEdit(m_policyPane, tr("Match environment"), tr("any"));
    m_matchKind = namedLineEdit(m_policyPane, tr("Match kind"), tr("any"));
    m_matchKind->setToolTip(tr("check, gate, task, pausedrun, fanin, generic, ..."));
    m_delay = secondsBox(m_policyPane, 0, tr("Delay before evaluation"));
    m_sampling = secondsBox(m_policyPane, 1, tr("Sampling interval"));
    m_timeout = secondsBox(m_policyPane, 1, tr("Timeout"));
    m_maxEvaluations = new QSpinBox(m_policyPane);
    m_maxEvaluations->setRange(0, 100000);
    m_maxEvaluations->setSpecialValueText(tr("no cap"));
    m_maxEvaluations->setAccessibleName(tr("Evaluation cap"));
    m_order = new QComboBox(m_policyPane);
    m_order->setAccessibleName(tr("Order of gates and approval"));
    // Its longest choice must not set the page's width (the popup shows them whole).
    m_order->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_order->setMinimumContentsLength(24);
    m_order->addItem(tr("Gates first, then a person approves"),
                     QStringLiteral("gatesThenApproval"));
    m_order->addItem(tr("A person approves first, then the gates"),
                     QStringLiteral("approvalThenGates"));
    m_order->addItem(tr("Gates only, no person"), QStringLiteral("gatesOnly"));

    m_gateList = new QListWidget(m_policyPane);
    m_gateList->setAccessibleName(tr("Gates"));
    m_gateList->setMaximumHeight(110);
    connect(m_gateList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_filling)
            return;
        storePolicy();
        showGate(row);
    });
    auto *addGateButton = new QPushButton(tr("Add &gate"), m_policyPane);
    addGateButton->setAccessibleName(tr("Add gate"));
    auto *removeGateButton = new QPushButton(tr("Remove ga&te"), m_policyPane);
    removeGateButton->setAccessibleName(tr("Remove gate"));
    connect(addGateButton, &QPushButton::clicked, this, &PolicyEditor::addGate);
    connect(removeGateButton, &QPushButton::clicked, this, &PolicyEditor::removeGate);
    auto *gateButtons = new QHBoxLayout;
    gateButtons->addWidget(addGateButton);
    gateButtons->addWidget(removeGateButton);
    gateButtons->addStretch(1);
    auto *gateColumn = new QWidget(m_policyPane);
    auto *gateColumnLayout = new QVBoxLayout(gateColumn);
    gateColumnLayout->setContentsMargins(0, 0, 0, 0);
    gateColumnLayout->addWidget(m_gateList);
    gateColumnLayout->addLayout(gateButtons);

    auto *policyForm = new QFormLayout;
    // German labels are long: a field that no longer fits beside its label goes beneath
    // it, instead of pushing the page wider than the dialog.
    policyForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    policyForm->addRow(tr("&Name:"),
                       m_errors.withError(m_policyName, QStringLiteral("policy.name")));
    policyForm->addRow(
            tr("Match co&nnector:"),
            m_errors.withError(m_matchConnector, QStringLiteral("policy.match.connector")));
    policyForm->addRow(
            tr("Match p&ipeline:"),
            m_errors.withError(m_matchPipeline, QStringLiteral("policy.match.pipeline")));
    policyForm->addRow(tr("Match &stage:"),
                       m_errors.withError(m_matchStage, QStringLiteral("policy.match.stage")));
    policyForm->addRow(
            tr("Match &environment:"),
            m_errors.withError(m_matchEnvironment, QStringLiteral("policy.match.environment")));
    policyForm->addRow(tr("Match kind:"),
                       m_errors.withError(m_matchKind, QStringLiteral("policy.match.kind")));
    policyForm->addRow(
            tr("&Delay before evaluation:"),
            m_errors.withError(m_delay, QStringLiteral("policy.delayBeforeEvaluationSecs")));
    policyForm->addRow(
            tr("Sampling inter&val:"),
            m_errors.withError(m_sampling, QStringLiteral("policy.samplingIntervalSecs")));
    policyForm->addRow(tr("Ti&meout:"),
                       m_errors.withError(m_timeout, QStringLiteral("policy.timeoutSecs")));
    policyForm->addRow(
            tr("Eva&luation cap:"),
            m_errors.withError(m_maxEvaluations, QStringLiteral("policy.maxEvaluations")));
    policyForm->addRow(tr("&Order:"), m_errors.withError(m_order, QStringLiteral("policy.order")));
    m_fourEyes = new QCheckBox(tr("Whoever requested a run cannot approve it"), m_policyPane);
    m_fourEyes->setObjectName(QStringLiteral("fourEyes"));
    m_fourEyes->setAccessibleName(tr("Four eyes"));
    policyForm->addRow(tr("Four e&yes:"),
                       m_errors.withError(m_fourEyes, QStringLiteral("policy.fourEyes")));
    m_quorum = new QSpinBox(m_policyPane);
    m_quorum->setObjectName(QStringLiteral("quorum"));
    m_quorum->setAccessibleName(tr("Approvals needed"));
    m_quorum->setRange(1, 20);
    m_quorum->setToolTip(tr("Distinct people who must approve; one rejection rejects"));
    policyForm->addRow(tr("Approvals &needed:"),
                       m_errors.withError(m_quorum, QStringLiteral("policy.quorum")));
    m_approvers = new QLineEdit(m_policyPane);
    m_approvers->setObjectName(QStringLiteral("approvers"));
    m_approvers->setAccessibleName(tr("Who may decide"));
    m_approvers->setPlaceholderText(tr("anyone"));
    m_approvers->setToolTip(tr("Comma-separated: users on a single seat; PostgreSQL roles in "
                               "team mode (members of a listed role count)"));
    policyForm->addRow(tr("Who may de&cide:"),
                       m_errors.withError(m_approvers, QStringLiteral("policy.approvers")));
    policyForm->addRow(tr("Gates:"),
                       m_errors.withError(gateColumn, QStringLiteral("policy.gates")));
    m_chat = new ChatChannelEditor(m_policyPane);
    policyForm->addRow(tr("Chat:"), m_errors.withError(m_chat, QStringLiteral("policy.chat")));
    connect(m_chat, &ChatChannelEditor::secretEntered, this,
            [this](const QString &name, const QByteArray &value) {
                m_pendingSecrets.insert(name, value);
            });
    connect(m_policyName, &QLineEdit::textChanged, m_chat, &ChatChannelEditor::setPolicyName);

    m_gateEditor = new GateEditor(m_service.isAvailable(), m_errors, m_policyPane);
    connect(m_gateEditor, &GateEditor::nameEdited, this, [this](const QString &text) {
        if (QListWidgetItem *item = m_gateList->currentItem())
            item->setText(text);
    });
    connect(m_gateEditor, &GateEditor::secretHeaderAdded, this,
            [this](const QString &name, const QByteArray &value) {
                m_pendingSecrets.insert(name, value);
            });
    connect(m_policyName, &QLineEdit::textChanged, m_gateEditor, &GateEditor::setPolicyName);

    auto *editorLayout = new QVBoxLayout(m_policyPane);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addLayout(policyForm);
    editorLayout->addWidget(m_gateEditor);
    editorLayout->addStretch(1);

    auto *columns = new QHBoxLayout;
    columns->addLayout(listColumn, 1);
    columns->addWidget(m_policyPane, 3);
    auto *note = new QLabel(m_service.isAvailable()
                                    ? tr("Policies are checked as the policy file is and apply at "
                                         "once to pending and new approvals.")
                                    : tr("Policies are checked as the policy file is and apply "
                                         "when Gatehouse starts again."),
                            this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(note);
    m_policyPane->setEnabled(false);
    m_gateEditor->setEnabled(false);
}

void PolicyEditor::load(const QSettings &settings)
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

void PolicyEditor::showPolicy(int index)
{
    m_policyIndex = index >= 0 && index < m_policies.size() ? index : -1;
    m_gateIndex = -1;
    m_policyPane->setEnabled(m_policyIndex >= 0);
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
    m_matchKind->setText(match.value(QStringLiteral("kind")).toString());
    m_delay->setValue(policy.value(QStringLiteral("delayBeforeEvaluationSecs")).toInt(0));
    m_sampling->setValue(policy.value(QStringLiteral("samplingIntervalSecs")).toInt(300));
    m_timeout->setValue(policy.value(QStringLiteral("timeoutSecs")).toInt(3600));
    m_maxEvaluations->setValue(policy.value(QStringLiteral("maxEvaluations")).toInt(0));
    m_order->setCurrentIndex(
            qMax(0,
                 m_order->findData(policy.value(QStringLiteral("order"))
                                           .toString(QStringLiteral("gatesThenApproval")))));
    m_fourEyes->setChecked(policy.value(QStringLiteral("fourEyes")).toBool(false));
    m_quorum->setValue(policy.value(QStringLiteral("quorum")).toInt(1));
    QStringList approvers;
    for (const QJsonValue &name : policy.value(QStringLiteral("approvers")).toArray())
        approvers.append(name.toString());
    m_approvers->setText(approvers.join(QStringLiteral(", ")));
    m_chat->load(policy.value(QStringLiteral("chat")).toArray());
    m_gateList->clear();
    const QJsonArray gates = policy.value(QStringLiteral("gates")).toArray();
    for (const QJsonValue &gate : gates)
        m_gateList->addItem(gate.toObject().value(QStringLiteral("name")).toString());
    if (!gates.isEmpty())
        m_gateList->setCurrentRow(0);
    m_filling = false;
    showGate(gates.isEmpty() ? -1 : 0);
}

void PolicyEditor::showGate(int index)
{
    const QJsonArray gates = m_policyIndex >= 0
            ? m_policies.at(m_policyIndex).toObject().value(QStringLiteral("gates")).toArray()
            : QJsonArray();
    m_gateIndex = index >= 0 && index < gates.size() ? index : -1;
    m_gateEditor->setEnabled(m_gateIndex >= 0);
    m_gateEditor->load(m_gateIndex >= 0 ? gates.at(m_gateIndex).toObject() : QJsonObject());
}

void PolicyEditor::storePolicy()
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
    matchOn(QStringLiteral("kind"), m_matchKind->text());
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
    setUnlessDefault(QStringLiteral("fourEyes"), m_fourEyes->isChecked(), false);
    setUnlessDefault(QStringLiteral("quorum"), m_quorum->value(), 1);
    QJsonArray approvers;
    for (const QString &name : m_approvers->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!name.trimmed().isEmpty())
            approvers.append(name.trimmed());
    }
    if (approvers.isEmpty())
        policy.remove(QStringLiteral("approvers"));
    else
        policy.insert(QStringLiteral("approvers"), approvers);
    const QJsonArray chat = m_chat->channels(m_policyName->text().trimmed());
    if (chat.isEmpty())
        policy.remove(QStringLiteral("chat"));
    else
        policy.insert(QStringLiteral("chat"), chat);
    if (m_gateIndex >= 0) {
        QJsonArray gates = policy.value(QStringLiteral("gates")).toArray();
        if (m_gateIndex < gates.size()) {
            gates[m_gateIndex] = m_gateEditor->gate(gates.at(m_gateIndex).toObject());
            policy.insert(QStringLiteral("gates"), gates);
        }
    }
    m_policies[m_policyIndex] = policy;
}

void PolicyEditor::addPolicy()
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

void PolicyEditor::removePolicy()
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

void PolicyEditor::addGate()
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
    m_gateEditor->focusName();
}

void PolicyEditor::removeGate()
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

QString PolicyEditor::revealProblem(const QString &path)
{
    // path: "policies[2].gates[1].url", "policies[0].match.stage", ...
    static const QRegularExpression pattern(
            QStringLiteral("^policies\\[(\\d+)\\](?:\\.gates\\[(\\d+)\\])?\\.?([^.\\[]*)"));
    const QRegularExpressionMatch m = pattern.match(path);
    if (!m.hasMatch())
        return path;
    m_policyList->setCurrentRow(m.captured(1).toInt());
    QString key;
    if (!m.captured(2).isEmpty()) {
        m_gateList->setCurrentRow(m.captured(2).toInt());
        key = QStringLiteral("gate.") + m.captured(3);
    } else {
        key = QStringLiteral("policy.") + path.section(QLatin1Char('.'), 1);
        if (!m_errors.contains(key))
            key = QStringLiteral("policy.") + m.captured(3);
    }
    return m_errors.contains(key) ? key : path;
}

bool PolicyEditor::hasChanges() const
{
    // A file that could not be read is never written over.
    return m_policiesLoaded && m_policies != m_loadedPolicies;
}

std::optional<FieldProblem> PolicyEditor::validate()
{
    storePolicy();
    if (!hasChanges())
        return std::nullopt;
    PolicyFile::Error error;
    if (!PolicySettings::validateAll(m_policies, &error))
        return FieldProblem{revealProblem(error.field), error.reason};
    if (!m_pendingSecrets.isEmpty() && !m_service.isAvailable())
        return FieldProblem{QStringLiteral("gate.secretHeader"),
                            tr("secrets can be stored only while Gatehouse runs")};
    return std::nullopt;
}

QStringList PolicyEditor::riskyChanges() const
{
    return hasChanges() ? PolicyChanges::risky(m_loadedPolicies, m_policies) : QStringList();
}

std::optional<FieldProblem> PolicyEditor::save(QSettings &settings, bool *restartNeeded)
{
    if (!hasChanges())
        return std::nullopt;
    for (auto it = m_pendingSecrets.constBegin(); it != m_pendingSecrets.constEnd(); ++it) {
        if (!m_service.storeSecret(it.key(), it.value()))
            return FieldProblem{QStringLiteral("gate.secretHeader"),
                                tr("could not be stored in the vault")};
    }
    m_pendingSecrets.clear();
    PolicyFile::Error error;
    const auto saved = PolicySettings::save(settings, m_policies, &error);
    if (!saved)
        return FieldProblem{revealProblem(error.field), error.reason};
    m_loadedPolicies = m_policies;
    if (!m_service.setPolicies(*saved))
        *restartNeeded = true;
    return std::nullopt;
}
