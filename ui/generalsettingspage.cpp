#include "generalsettingspage.h"

#include "service/decisionsafety.h"
#include "ui/filefield.h"
#include "ui/namedlineedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTimeEdit>
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
} // namespace

GeneralSettingsPage::GeneralSettingsPage(FieldErrors &errors, QWidget *parent) : QWidget(parent)
{
    m_address = namedLineEdit(this, tr("Listen address"), QStringLiteral("127.0.0.1"));
    m_address->setToolTip(
            tr("127.0.0.1 accepts only this computer; 0.0.0.0 every network (use TLS)"));
    m_port = new QSpinBox(this);
    m_port->setRange(0, 65535);
    m_port->setAccessibleName(tr("Listen port"));
    m_port->setSpecialValueText(tr("any free port"));
    auto *certRow = new FileField(tr("TLS certificate file"),
                                  tr("Certificates (*.pem *.crt);;All files (*)"),
                                  FileField::Mode::Open, this);
    auto *keyRow =
            new FileField(tr("TLS private key file"), tr("Keys (*.pem *.key);;All files (*)"),
                          FileField::Mode::Open, this);
    auto *dbRow = new FileField(tr("Database file"),
                                tr("SQLite databases (*.sqlite *.db);;All files (*)"),
                                FileField::Mode::Save, this);
    m_tlsCert = certRow->edit();
    m_tlsKey = keyRow->edit();
    m_database = dbRow->edit();

    m_language = new QComboBox(this);
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System language"), QString());
    // Language names in their own language: whoever cannot read the current one finds theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));

    m_quiet = new QCheckBox(tr("&Quiet hours: no pop-up notifications"), this);
    m_quiet->setAccessibleName(tr("Quiet hours"));
    m_quietFrom = new QTimeEdit(this);
    m_quietFrom->setDisplayFormat(timeFormat);
    m_quietFrom->setAccessibleName(tr("Quiet from"));
    m_quietTo = new QTimeEdit(this);
    m_quietTo->setDisplayFormat(timeFormat);
    m_quietTo->setAccessibleName(tr("Quiet until"));
    connect(m_quiet, &QCheckBox::toggled, m_quietFrom, &QWidget::setEnabled);
    connect(m_quiet, &QCheckBox::toggled, m_quietTo, &QWidget::setEnabled);

    auto *network = new QGroupBox(tr("Receiver"), this);
    auto *networkForm = new QFormLayout(network);
    networkForm->addRow(tr("Listen &address:"), errors.withError(m_address, addressKey));
    networkForm->addRow(tr("&Port:"), m_port);
    networkForm->addRow(tr("TLS &certificate:"), errors.withError(certRow, tlsCertKey));
    networkForm->addRow(tr("TLS &key:"), keyRow);
    auto *storage = new QGroupBox(tr("Storage and language"), this);
    auto *storageForm = new QFormLayout(storage);
    storageForm->addRow(tr("&Database:"), dbRow);
    storageForm->addRow(tr("&Language:"), m_language);
    auto *notify = new QGroupBox(tr("Notifications"), this);
    auto *quietRow = new QHBoxLayout;
    quietRow->addWidget(m_quiet);
    quietRow->addWidget(new QLabel(tr("from"), notify));
    quietRow->addWidget(m_quietFrom);
    quietRow->addWidget(new QLabel(tr("to"), notify));
    quietRow->addWidget(m_quietTo);
    quietRow->addStretch(1);
    auto *notifyLayout = new QVBoxLayout(notify);
    notifyLayout->addLayout(quietRow);

    m_publicUrl =
            namedLineEdit(this, tr("Public URL of action links"), tr("http://127.0.0.1:<port>"));
    m_linkExpiry = new QSpinBox(this);
    m_linkExpiry->setRange(1, 365 * 24 * 60);
    m_linkExpiry->setSuffix(tr(" min"));
    m_linkExpiry->setAccessibleName(tr("Action link lifetime"));
    auto *links = new QGroupBox(tr("Action links (FlexDeploy tasks, paused pipelines)"), this);
    auto *linksForm = new QFormLayout(links);
    linksForm->addRow(tr("P&ublic URL:"),
                      errors.withError(m_publicUrl, QStringLiteral("links/publicUrl")));
    linksForm->addRow(tr("Link &lifetime:"),
                      errors.withError(m_linkExpiry, QStringLiteral("links/expiryMinutes")));

    m_undoSeconds = new QSpinBox(this);
    m_undoSeconds->setRange(0, DecisionSafety::maxUndoSeconds);
    m_undoSeconds->setSuffix(tr(" s"));
    m_undoSeconds->setSpecialValueText(tr("off: decide at once"));
    m_undoSeconds->setAccessibleName(tr("Undo window"));
    m_undoSeconds->setToolTip(tr("A decision waits this long, with Undo in the status bar, "
                                 "before it is recorded and its callback goes out"));
    m_confirmProduction =
            new QCheckBox(tr("Ask before deciding for a p&roduction environment"), this);
    m_confirmProduction->setAccessibleName(tr("Confirm production decisions"));
    auto *deciding = new QGroupBox(tr("Deciding"), this);
    auto *decidingForm = new QFormLayout(deciding);
    decidingForm->addRow(tr("&Undo window:"), m_undoSeconds);
    decidingForm->addRow(m_confirmProduction);

    auto *note = new QLabel(tr("Receiver, database, language and action link settings apply when "
                               "Gatehouse starts again. Command-line options (--port, --listen, "
                               "--db) override them. Quiet hours and deciding apply at once."),
                            this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(network);
    layout->addWidget(storage);
    layout->addWidget(notify);
    layout->addWidget(deciding);
    layout->addWidget(links);
    layout->addWidget(note);
    layout->addStretch(1);

    // Placing the fields in their group boxes reparents them, which reorders the focus
    // chain: Tab goes down the form as it reads.
    QList<QWidget *> order{m_address, m_port};
    for (const FileField *row : {certRow, keyRow, dbRow}) {
        order.append(row->edit());
        if (auto *browse = row->findChild<QPushButton *>())
            order.append(browse);
    }
    order << m_language << m_quiet << m_quietFrom << m_quietTo << m_undoSeconds
          << m_confirmProduction << m_publicUrl << m_linkExpiry;
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
}

const QStringList &GeneralSettingsPage::startKeys()
{
    static const QStringList keys{addressKey, portKey,  tlsCertKey,
                                  tlsKeyKey,  storeKey, languageKey};
    return keys;
}

void GeneralSettingsPage::load(const QSettings &settings)
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
    const DecisionSafety safety = DecisionSafety::read(settings);
    m_undoSeconds->setValue(safety.undoSeconds);
    m_confirmProduction->setChecked(safety.confirmProduction);
}

std::optional<FieldProblem> GeneralSettingsPage::problem() const
{
    if (QHostAddress(m_address->text().trimmed()).isNull())
        return FieldProblem{addressKey,
                            tr("The listen address must be an IP address, such as 127.0.0.1.")};
    if (m_tlsCert->text().trimmed().isEmpty() != m_tlsKey->text().trimmed().isEmpty())
        return FieldProblem{tlsCertKey, tr("TLS needs both a certificate and a key file.")};
    return std::nullopt;
}

void GeneralSettingsPage::save(QSettings &settings) const
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
    DecisionSafety safety;
    safety.undoSeconds = m_undoSeconds->value();
    safety.confirmProduction = m_confirmProduction->isChecked();
    safety.write(settings);
}

void GeneralSettingsPage::loadLinks(const ConnectorSettings &connectors)
{
    m_publicUrl->setText(connectors.publicUrl);
    m_linkExpiry->setValue(connectors.linkExpiryMinutes);
}

void GeneralSettingsPage::collectLinks(ConnectorSettings &connectors) const
{
    connectors.publicUrl = m_publicUrl->text().trimmed();
    connectors.linkExpiryMinutes = m_linkExpiry->value();
}
