#include "gateeditor.h"

#include "service/policysettings.h"
#include "ui/namedlineedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>

namespace {
const QStringList dayNames{QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
                           QStringLiteral("thu"), QStringLiteral("fri"), QStringLiteral("sat"),
                           QStringLiteral("sun")};
} // namespace

GateEditor::GateEditor(bool secretsWritable, FieldErrors &errors, QWidget *parent)
    : QGroupBox(tr("Gate"), parent), m_errors(errors)
{
    m_gateForm = new QFormLayout(this);
    m_gateForm->setRowWrapPolicy(QFormLayout::WrapLongRows); // long (German) labels
    m_gateName = namedLineEdit(this, tr("Gate name"));
    connect(m_gateName, &QLineEdit::textEdited, this, &GateEditor::nameEdited);
    m_gateKind = new QComboBox(this);
    m_gateKind->setAccessibleName(tr("Gate kind"));
    m_gateKind->addItem(tr("HTTP probe"), QStringLiteral("http"));
    m_gateKind->addItem(tr("Count within a threshold"), QStringLiteral("count"));
    m_gateKind->addItem(tr("Time window"), QStringLiteral("timeWindow"));
    connect(m_gateKind, &QComboBox::currentIndexChanged, this, &GateEditor::updateRows);
    m_method = new QComboBox(this);
    m_method->setAccessibleName(tr("HTTP method"));
    m_method->addItems({QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"),
                        QStringLiteral("HEAD")});
    m_url = namedLineEdit(this, tr("Probe URL"), QStringLiteral("https://status.example.com/api"));
    m_headers = new QPlainTextEdit(this);
    m_headers->setAccessibleName(tr("Request headers"));
    m_headers->setPlaceholderText(tr("One per line: Name: value"));
    m_headers->setMinimumHeight(48);
    m_headers->setMaximumHeight(80);
    m_headers->setTabChangesFocus(true);
    m_secretHeaderName =
            namedLineEdit(this, tr("Secret header name"), QStringLiteral("Authorization"));
    m_secretHeaderValue = namedLineEdit(this, tr("Secret header value"), tr("Bearer …"));
    m_secretHeaderValue->setEchoMode(QLineEdit::Password);
    m_addSecretHeader = new QPushButton(tr("Add secret &header"), this);
    m_addSecretHeader->setAccessibleName(tr("Add secret header"));
    m_addSecretHeader->setToolTip(tr("The value is sealed in the vault when you save; the headers "
                                     "name it as ${secret:NAME}."));
    m_addSecretHeader->setEnabled(secretsWritable);
    connect(m_addSecretHeader, &QPushButton::clicked, this, &GateEditor::addSecretHeader);
    auto *secretRow = new QWidget(this);
    auto *secretLayout = new QHBoxLayout(secretRow);
    secretLayout->setContentsMargins(0, 0, 0, 0);
    secretLayout->addWidget(m_secretHeaderName);
    secretLayout->addWidget(m_secretHeaderValue, 1);
    secretLayout->addWidget(m_addSecretHeader);
    m_condition = namedLineEdit(this, tr("Condition on the JSON answer"),
                                QStringLiteral("status == \"healthy\" and errors < 5"));
    m_countValue = namedLineEdit(this, tr("What to count"), QStringLiteral("count(items)"));
    m_countMin = namedLineEdit(this, tr("Minimum count"), tr("none"));
    m_countMax = namedLineEdit(this, tr("Maximum count"), tr("none"));
    auto *daysRow = new QWidget(this);
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
    m_from = namedLineEdit(this, tr("Window from"), QStringLiteral("09:00"));
    m_to = namedLineEdit(this, tr("Window to"), QStringLiteral("17:00"));
    m_timeZone = namedLineEdit(this, tr("Time zone"), QStringLiteral("Europe/Berlin"));
    m_inverse = new QCheckBox(tr("&Inverse: green outside the window (a change freeze)"), this);
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
    updateRows();
}

void GateEditor::updateRows()
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

void GateEditor::load(const QJsonObject &gate)
{
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
    updateRows();
}

QJsonObject GateEditor::gate(const QJsonObject &old) const
{
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

void GateEditor::setPolicyName(const QString &name)
{
    m_policyName = name;
}

void GateEditor::focusName()
{
    m_gateName->setFocus();
}

void GateEditor::addSecretHeader()
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
    const QString name = PolicySettings::headerSecretName(m_policyName.trimmed(),
                                                          m_gateName->text().trimmed(), header);
    emit secretHeaderAdded(name, value);
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
