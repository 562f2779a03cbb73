// SettingsDialog: Gatehouse's settings, one tab per page: General (GeneralSettingsPage),
// Connectors (ConnectorSettingsPage) and Policies (PolicyEditor). It composes the pages,
// and on Save checks them all before it writes anything: a problem is shown next to its
// field, on its tab, and nothing is saved. It only shows and collects: the rules,
// validation and storage are ConnectorSettings and PolicySettings (app/service), and
// secrets go to the vault through SettingsService, never to the settings file.
// Network, database, language and outbound settings take effect on the next start;
// inbound authentication, secrets and policies at once. Each page says which.
#pragma once

#include "service/connectorsettings.h"
#include "service/settingsservice.h"
#include "ui/fielderrors.h"
#include "ui/generalsettingspage.h"

#include <QDialog>

class ConnectorSettingsPage;
class PolicyEditor;
class QLabel;
class QScrollArea;
class QTabWidget;

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    explicit SettingsDialog(const SettingsService &service, QWidget *parent = nullptr);

    void load(const QSettings &settings); // the General page only
    void save(QSettings &settings) const; // the General page only
    QString validationError() const; // General page; empty when the fields can be saved

    QTabWidget *tabs() const { return m_tabs; }
    QLineEdit *addressField() const { return m_general->addressField(); }
    QSpinBox *portField() const { return m_general->portField(); }
    QComboBox *languageField() const { return m_general->languageField(); }
    QCheckBox *quietField() const { return m_general->quietField(); }
    QTimeEdit *quietFromField() const { return m_general->quietFromField(); }
    QTimeEdit *quietToField() const { return m_general->quietToField(); }
    // The error shown next to a field (a settings key such as "auth/azure/secret", or
    // "policy.name", "gate.url" on the Policies page); empty when none.
    QString fieldError(const QString &field) const { return m_errors.text(field); }
    QString message() const; // what the last Save said
    bool restartNeeded() const { return m_restartNeeded; }

    void accept() override;

private:
    void build();
    void loadConnectors();
    void collectConnectors();
    void clearProblems();
    void showProblem(const QString &key, const QString &reason);
    void showPolicyProblem(const FieldProblem &problem);
    bool confirmPolicyChanges(const QStringList &changes);

    SettingsService m_service;
    ConnectorSettings m_connectors; // edited on the General (links) and Connectors pages
    FieldErrors m_errors;
    QTabWidget *m_tabs = nullptr;
    GeneralSettingsPage *m_general = nullptr;
    ConnectorSettingsPage *m_connectorPage = nullptr;
    PolicyEditor *m_policies = nullptr;
    QScrollArea *m_policiesTab = nullptr;
    QLabel *m_message = nullptr;
    bool m_restartNeeded = false;
};
