#include "settingsdialog.h"

#include "ui/connectorsettingspage.h"
#include "ui/consolesettings.h"
#include "ui/policyeditor.h"
#include "ui/wheelguard.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLayout>
#include <QMessageBox>
#include <QScrollArea>
#include <QSettings>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

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
    m_policies->load(*settings);
    WheelGuard::install(this);
}

void SettingsDialog::build()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Settings pages"));
    m_general = new GeneralSettingsPage(m_errors);
    m_tabs->addTab(m_general, tr("&General"));
    m_connectorPage = new ConnectorSettingsPage(m_connectors.restartTargets,
                                                m_service.isAvailable(), m_errors);
    m_tabs->addTab(m_connectorPage, tr("&Connectors"));
    m_policies = new PolicyEditor(m_service, m_errors);
    m_policiesTab = new QScrollArea;
    m_policiesTab->setWidgetResizable(true);
    m_policiesTab->setWidget(m_policies);
    m_policiesTab->setAccessibleName(tr("Policies"));
    m_tabs->addTab(m_policiesTab, tr("&Policies"));

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

void SettingsDialog::load(const QSettings &settings)
{
    m_general->load(settings);
}

void SettingsDialog::save(QSettings &settings) const
{
    m_general->save(settings);
}

QString SettingsDialog::validationError() const
{
    const std::optional<FieldProblem> problem = m_general->problem();
    return problem ? problem->reason : QString();
}

// The action links are ConnectorSettings but sit on the General page.
void SettingsDialog::loadConnectors()
{
    m_connectorPage->load(m_connectors);
    m_general->loadLinks(m_connectors);
}

void SettingsDialog::collectConnectors()
{
    m_connectorPage->collect(m_connectors);
    m_general->collectLinks(m_connectors);
}

QString SettingsDialog::message() const
{
    return m_message->text();
}

void SettingsDialog::clearProblems()
{
    m_errors.clear();
    m_message->clear();
    m_message->hide();
}

void SettingsDialog::showProblem(const QString &key, const QString &reason)
{
    QLabel *label = m_errors.label(key);
    if (!label) {
        m_message->setText(key.isEmpty() ? reason : tr("%1: %2").arg(key, reason));
        m_message->show();
        return;
    }
    label->setText(reason);
    label->show();
    // Bring the field into view: its tab, its connector's tab.
    for (QWidget *w = label; w; w = w->parentWidget()) {
        if (const int i = m_connectorPage->indexOf(w); i >= 0)
            m_connectorPage->setCurrentIndex(i);
        if (const int i = m_tabs->indexOf(w); i >= 0)
            m_tabs->setCurrentIndex(i);
    }
    if (m_message->isVisible())
        return;
    m_message->setText(tr("Nothing was saved: correct the marked field."));
    m_message->show();
    // The first problem: its field gets the focus and is scrolled into view, with its reason.
    if (QWidget *field = m_errors.field(key)) {
        field->setFocus(Qt::OtherFocusReason);
        QTimer::singleShot(0, label, [label] {
            for (QWidget *w = label->parentWidget(); w; w = w->parentWidget()) {
                if (auto *area = qobject_cast<QScrollArea *>(w))
                    area->ensureWidgetVisible(label);
            }
        });
    }
}

// A problem the validator could not tie to a field still opens the Policies tab.
void SettingsDialog::showPolicyProblem(const FieldProblem &problem)
{
    showProblem(problem.field, problem.reason);
    m_tabs->setCurrentWidget(m_policiesTab);
}

void SettingsDialog::accept()
{
    clearProblems();
    if (const std::optional<FieldProblem> problem = m_general->problem()) {
        showProblem(problem->field, problem->reason);
        return;
    }
    collectConnectors();
    const QVector<ConnectorSettings::Problem> problems = m_connectors.validate(m_service);
    for (const ConnectorSettings::Problem &problem : problems)
        showProblem(problem.field, problem.reason);
    if (!problems.isEmpty())
        return;
    if (const std::optional<FieldProblem> problem = m_policies->validate()) {
        showPolicyProblem(*problem);
        return;
    }
    if (const QStringList risky = m_policies->riskyChanges();
        !risky.isEmpty() && !confirmPolicyChanges(risky)) {
        m_message->setText(tr("Nothing was saved."));
        m_message->show();
        return;
    }

    // Everything is valid: write it.
    const auto settingsFile = ConsoleSettings::open();
    QSettings &settings = *settingsFile;
    QHash<QString, QVariant> before;
    for (const QString &key : GeneralSettingsPage::startKeys())
        before.insert(key, settings.value(key));
    save(settings);
    m_restartNeeded = false;
    for (const QString &key : GeneralSettingsPage::startKeys()) {
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
    if (const std::optional<FieldProblem> problem = m_policies->save(settings, &m_restartNeeded)) {
        showPolicyProblem(*problem);
        return;
    }
    settings.sync();
    m_message->setText(m_restartNeeded ? tr("Settings saved. Some of them apply when Gatehouse "
                                            "starts again.")
                                       : tr("Settings saved and applied."));
    QDialog::accept();
}

// Policies apply at once to pending approvals: a change that takes the person away or
// shortens a timeout is said in full and must be confirmed.
bool SettingsDialog::confirmPolicyChanges(const QStringList &changes)
{
    QMessageBox box(QMessageBox::Warning, tr("Save policy changes?"),
                    tr("These changes apply at once, also to approvals that wait now:"),
                    QMessageBox::Save | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("policyChangesConfirm"));
    box.setInformativeText(QStringLiteral("• ") + changes.join(QStringLiteral("\n• ")));
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Save;
}
