#include "policyeditor.h"

#include "service/inboundsecrets.h"
#include "service/policysettings.h"
#include "ui/connectornames.h"
#include "ui/namedlineedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
constexpr int maxSeconds = 366 * 24 * 3600;
const QStringList dayNames{QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
                           QStringLiteral("thu"), QStringLiteral("fri"), QStringLiteral("sat"),
                           QStringLiteral("sun")};

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
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(addPolicyButton);
    listButtons->addWidget(removePolicyButton);
    auto *listColumn = new QVBoxLayout;
    listColumn->addWidget(m_policyList, 1);
    listColumn->addLayout(listButtons);

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
    m_delay = secondsBox(m_policyPane, 0, tr("Delay before evaluation"));
    m_sampling = secondsBox(m_policyPane, 1, tr("Sampling interval"));
    m_timeout = secondsBox(m_policyPane, 1, tr("Timeout"));
    m_maxEvaluations = new QSpinBox(m_policyPane);
    m_maxEvaluations->setRange(0, 100000);
    m_maxEvaluations->setSpecialValueText(tr("no cap"));
    m_maxEvaluations->setAccessibleName(tr("Evaluation cap"));
    m_order = new QComboBox(m_policyPane);
    m_order->setAccessibleName(tr("Order of gates and approval"));
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
    policyForm->addRow(tr("Gates:"),
                       m_errors.withError(gateColumn, QStringLiteral("policy.gates")));

    buildGateEditor();

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
    updateGateRows();
}

void PolicyEditor::buildGateEditor()
{
    m_gateEditor = new QGroupBox(tr("Gate"), m_policyPane);
    m_gateForm = new QFormLayout(m_gateEditor);
    m_gateName = namedLineEdit(m_gateEditor, tr("Gate name"));
    connect(m_gateName, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (QListWidgetItem *item = m_gateList->currentItem())
            item->setText(text);
    });
    m_gateKind = new QComboBox(m_gateEditor);
    m_gateKind->setAccessibleName(tr("Gate kind"));
    m_gateKind->addItem(tr("HTTP probe"), QStringLiteral("http"));
    m_gateKind->addItem(tr("Count within a threshold"), QStringLiteral("count"));
    m_gateKind->addItem(tr("Time window"), QStringLiteral("timeWindow"));
    connect(m_gateKind, &QComboBox::currentIndexChanged, this, &PolicyEditor::updateGateRows);
    m_method = new QComboBox(m_gateEditor);
    m_method->setAccessibleName(tr("HTTP method"));
    m_method->addItems({QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"),
                        QStringLiteral("HEAD")});
    m_url = namedLineEdit(m_gateEditor, tr("Probe URL"),
                          QStringLiteral("https://status.example.com/api"));
    m_headers = new QPlainTextEdit(m_gateEditor);
    m_headers->setAccessibleName(tr("Request headers"));
    m_headers->setPlaceholderText(tr("One per line: Name: value"));
    m_headers->setMinimumHeight(48);
    m_headers->setMaximumHeight(80);
    m_headers->setTabChangesFocus(true);
    m_secretHeaderName =
            namedLineEdit(m_gateEditor, tr("Secret header name"), QStringLiteral("Authorization"));
    m_secretHeaderValue = namedLineEdit(m_gateEditor, tr("Secret header value"), tr("Bearer …"));
    m_secretHeaderValue->setEchoMode(QLineEdit::Password);
    m_addSecretHeader = new QPushButton(tr("Add secret &header"), m_gateEditor);
    m_addSecretHeader->setAccessibleName(tr("Add secret header"));
    m_addSecretHeader->setToolTip(tr("The value is sealed in the vault when you save; the headers "
                                     "name it as ${secret:NAME}."));
    m_addSecretHeader->setEnabled(m_service.isAvailable());
    connect(m_addSecretHeader, &QPushButton::clicked, this, &PolicyEditor::addSecretHeader);
    auto *secretRow = new QWidget(m_gateEditor);
    auto *secretLayout = new QHBoxLayout(secretRow);
    secretLayout->setContentsMargins(0, 0, 0, 0);
    secretLayout->addWidget(m_secretHeaderName);
    secretLayout->addWidget(m_secretHeaderValue, 1);
    secretLayout->addWidget(m_addSecretHeader);
    m_condition = namedLineEdit(m_gateEditor, tr("Condition on the JSON answer"),
                                QStringLiteral("status == \"healthy\" and errors < 5"));
    m_countValue = namedLineEdit(m_gateEditor, tr("What to count"), QStringLiteral("count(items)"));
    m_countMin = namedLineEdit(m_gateEditor, tr("Minimum count"), tr("none"));
    m_countMax = namedLineEdit(m_gateEditor, tr("Maximum count"), tr("none"));
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
    m_from = namedLineEdit(m_gateEditor, tr("Window from"), QStringLiteral("09:00"));
    m_to = namedLineEdit(m_gateEditor, tr("Window to"), QStringLiteral("17:00"));
    m_timeZone = namedLineEdit(m_gateEditor, tr("Time zone"), QStringLiteral("Europe/Berlin"));
    m_inverse =
            new QCheckBox(tr("&Inverse: green outside the window (a change freeze)"), m_gateEditor);
    m_inverse->setAccessibleName(tr("Inverse window"));

    const auto row = [this](const QString &label, QWidget *field, const QString &key,
                            QList<QWidget *> *group) {
        QWidget *container = m_errors.withError(field, QStringLiteral("gate.") + key);
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
}

void PolicyEditor::updateGateRows()
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

void PolicyEditor::showGate(int index)
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

QJsonObject PolicyEditor::gateFromForm() const
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
    m_gateName->setFocus();
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

void PolicyEditor::addSecretHeader()
{
    QLabel *error = m_errors.label(QStringLiteral("gate.secretHeader"));
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
