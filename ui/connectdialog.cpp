#include "connectdialog.h"

#include "connectors/connectorregistry.h"

#include "secretfield.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

QVector<ConnectDialog::Instructions> ConnectDialog::connectInstructions(
        const QString &endpoint, const QHash<QString, QString> &secrets)
{
    // Each connector says how to set up its sender (ConnectorRegistry); a connector
    // without a secret gets no auth header.
    QVector<Instructions> all;
    for (const auto &connector : ConnectorRegistry::described()) {
        QString secret = secrets.value(connector->name());
        for (const QString &alias : connector->aliases())
            secret = secret.isEmpty() ? secrets.value(alias) : secret;
        QList<Instructions> tabs = connector->connectInstructions(endpoint, secret);
        const QString configure = settingsSummary(*connector);
        if (!tabs.isEmpty() && !configure.isEmpty())
            tabs.first().notes += QStringLiteral("\n\n") + configure;
        all.append(tabs);
    }
    all.append(
            {tr("Operator API"), endpoint + QStringLiteral("/api/approvals/{id}/approve"),
             QStringLiteral("POST"),
             QStringLiteral(
                     "Authorization: Bearer <operator token>\nContent-Type: application/json"),
             QStringLiteral(
                     "{\"decidedBy\": \"alice\", \"comment\": \"approved in the change meeting\"}"),
             tr("For scripts and chat bots: /approve or /reject decides, /retry-delivery retries, "
                "GET /api/approvals lists. The operator token is under File > Copy operator "
                "token.")});
    return all;
}

QString ConnectDialog::settingsSummary(const Connector &connector)
{
    QStringList lines;
    for (const ConnectorSetting &setting : connector.settings()) {
        if (setting.type != ConnectorSetting::Type::Secret) {
            lines.append(tr("%1: %2").arg(setting.key, setting.description));
            continue;
        }
        const QString where = setting.isTemplate() || setting.key.isEmpty()
                ? tr("sealed in the vault")
                : tr("Settings › Connectors seals it in the vault");
        lines.append(setting.environment.isEmpty()
                             ? tr("%1 (%2)").arg(setting.description, where)
                             : tr("%1: %2 (or %3)")
                                       .arg(setting.environment, setting.description, where));
    }
    if (lines.isEmpty())
        return {};
    return tr("On this side (%1):").arg(ConnectorRegistry::displayName(connector.name()))
            + QStringLiteral("\n- ") + lines.join(QStringLiteral("\n- "));
}

ConnectDialog::ConnectDialog(const QString &endpoint, const QHash<QString, QString> &secrets,
                             QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("How to connect"));
    setAccessibleName(tr("How to connect"));
    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Connectors"));
    for (const Instructions &instructions : connectInstructions(endpoint, secrets))
        m_tabs->addTab(page(instructions), instructions.name);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    resize(720, 560);
}

QWidget *ConnectDialog::page(const Instructions &in)
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const auto withCopy = [page](QWidget *field, const QString &text, const QString &what) {
        auto *row = new QWidget(page);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(field, 1);
        auto *copy = new QPushButton(tr("Copy"), row);
        copy->setAccessibleName(tr("Copy %1").arg(what));
        copy->setToolTip(tr("Copy %1 to the clipboard").arg(what));
        layout->addWidget(copy, 0, Qt::AlignTop);
        QObject::connect(copy, &QPushButton::clicked, row,
                         [text] { QGuiApplication::clipboard()->setText(text); });
        return row;
    };
    auto *url = new QLineEdit(in.url, page);
    url->setReadOnly(true);
    url->setFont(mono);
    url->setAccessibleName(tr("URL"));
    form->addRow(tr("%1 URL:").arg(in.method), withCopy(url, in.url, tr("URL")));
    const auto textBox = [&](const QString &text, const QString &name) {
        auto *box = new QPlainTextEdit(text, page);
        box->setReadOnly(true);
        box->setFont(mono);
        box->setAccessibleName(name);
        box->setLineWrapMode(QPlainTextEdit::NoWrap);
        return box;
    };
    // The secret is masked in the headers as in File > Webhook secrets; Copy still
    // copies the real headers, Show reveals them.
    const QString masked = in.secret.isEmpty()
            ? in.headers
            : QString(in.headers).replace(in.secret, QString(8, QChar(0x2022)));
    auto *headers = textBox(masked, tr("Headers"));
    form->addRow(tr("Headers:"), withCopy(headers, in.headers, tr("headers")));
    if (!in.secret.isEmpty()) {
        auto *secret = new SecretField(in.secret, in.name, page);
        form->addRow(tr("Secret:"), secret);
        connect(secret, &SecretField::revealedChanged, headers,
                [headers, masked, clear = in.headers](bool revealed) {
                    headers->setPlainText(revealed ? clear : masked);
                });
    }
    form->addRow(tr("Sample payload:"),
                 withCopy(textBox(in.payload, tr("Sample payload")), in.payload, tr("payload")));
    auto *notes = new QLabel(in.notes, page);
    notes->setWordWrap(true);
    notes->setTextFormat(Qt::PlainText);
    form->addRow(notes);
    return page;
}
