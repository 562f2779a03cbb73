// SettingsDialog: where Gatehouse listens, its TLS files, its database, the language,
// the notification quiet hours, action links; per connector how webhooks authenticate
// and with which secret, and the outbound settings (FlexDeploy, chat webhook, restart
// targets, fan-in groups); and the gate policies. It only shows and collects: the
// rules, validation and storage are ConnectorSettings and PolicySettings (app/service),
// and secrets go to the vault through SettingsService, never to the settings file;
// a stored secret is never shown again, only "stored" and a field to replace it.
// Network, database, language and outbound settings take effect on the next start;
// inbound authentication, secrets and policies at once. Each page says which.
#pragma once

#include "service/connectorsettings.h"
#include "service/settingsservice.h"

#include <QDialog>
#include <QHash>
#include <QJsonArray>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSettings;
class QSpinBox;
class QTabWidget;
class QTimeEdit;

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    explicit SettingsDialog(const SettingsService &service, QWidget *parent = nullptr);

    void load(const QSettings &settings);
    void save(QSettings &settings) const; // the General page only
    QString validationError() const; // General page; empty when the fields can be saved

    QTabWidget *tabs() const { return m_tabs; }
    QLineEdit *addressField() const { return m_address; }
    QSpinBox *portField() const { return m_port; }
    QComboBox *languageField() const { return m_language; }
    QCheckBox *quietField() const { return m_quiet; }
    QTimeEdit *quietFromField() const { return m_quietFrom; }
    QTimeEdit *quietToField() const { return m_quietTo; }
    // The error shown next to a field (a settings key such as "auth/azure/secret", or
    // "policy.name", "gate.url" on the Policies page); empty when none.
    QString fieldError(const QString &field) const;
    QString message() const; // what the last Save said
    bool restartNeeded() const { return m_restartNeeded; }

    void accept() override;

private:
    struct InboundWidgets
    {
        QComboBox *scheme = nullptr;
        QLineEdit *signatureHeader = nullptr;
        QLineEdit *signaturePrefix = nullptr;
        QLabel *secretState = nullptr;
        QLineEdit *secret = nullptr;
        QPushButton *generate = nullptr;
    };

    void build();
    QWidget *buildGeneralPage();
    QWidget *buildConnectorPage(const QString &connector);
    QWidget *buildPoliciesPage();
    QLineEdit *fileField(const QString &accessibleName, const QString &filter, bool save,
                         QWidget **row);
    // The field with a line under it for its error, registered under key.
    QWidget *withError(QWidget *field, const QString &key);
    void clearProblems();
    void showProblem(const QString &key, const QString &reason);
    void loadConnectors();
    void collectConnectors();
    void updateSecretState(const QString &connector);

    // Policies: the list is JSON in the policy file's schema; the form edits one policy
    // and one of its gates at a time.
    void loadPolicies(const QSettings &settings);
    void showPolicy(int index);
    void storePolicy();
    void showGate(int index);
    QJsonObject gateFromForm() const;
    void updateGateRows();
    void addPolicy();
    void removePolicy();
    void addGate();
    void removeGate();
    void addSecretHeader();
    void showPolicyProblem(const QString &field, const QString &reason);
    bool savePolicies(QSettings &settings);

    SettingsService m_service;
    ConnectorSettings m_connectors;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_message = nullptr;
    QHash<QString, QLabel *> m_errors;
    bool m_restartNeeded = false;

    // General
    QLineEdit *m_address = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_tlsCert = nullptr;
    QLineEdit *m_tlsKey = nullptr;
    QLineEdit *m_database = nullptr;
    QComboBox *m_language = nullptr;
    QCheckBox *m_quiet = nullptr;
    QTimeEdit *m_quietFrom = nullptr;
    QTimeEdit *m_quietTo = nullptr;
    QLineEdit *m_publicUrl = nullptr;
    QSpinBox *m_linkExpiry = nullptr;

    // Connectors
    QTabWidget *m_connectorTabs = nullptr;
    QHash<QString, InboundWidgets> m_inbound;
    QLineEdit *m_flexBaseUrl = nullptr;
    QLineEdit *m_chatWebhook = nullptr;
    QLabel *m_flexCredentialsState = nullptr;
    QLineEdit *m_flexUser = nullptr;
    QLineEdit *m_flexPassword = nullptr;
    QHash<QString, QLineEdit *> m_restartCredentials;
    QLineEdit *m_faninFile = nullptr;

    // Policies
    QJsonArray m_policies;
    QJsonArray m_loadedPolicies;
    bool m_policiesLoaded = false;
    QHash<QString, QByteArray> m_pendingSecrets; // secret headers, stored on Save
    int m_policyIndex = -1;
    int m_gateIndex = -1;
    bool m_filling = false;
    QWidget *m_policyEditor = nullptr;
    QListWidget *m_policyList = nullptr;
    QLineEdit *m_policyName = nullptr;
    QComboBox *m_matchConnector = nullptr;
    QLineEdit *m_matchPipeline = nullptr;
    QLineEdit *m_matchStage = nullptr;
    QLineEdit *m_matchEnvironment = nullptr;
    QSpinBox *m_delay = nullptr;
    QSpinBox *m_sampling = nullptr;
    QSpinBox *m_timeout = nullptr;
    QSpinBox *m_maxEvaluations = nullptr;
    QComboBox *m_order = nullptr;
    QListWidget *m_gateList = nullptr;
    QWidget *m_gateEditor = nullptr;
    QFormLayout *m_gateForm = nullptr;
    QLineEdit *m_gateName = nullptr;
    QComboBox *m_gateKind = nullptr;
    QComboBox *m_method = nullptr;
    QLineEdit *m_url = nullptr;
    QPlainTextEdit *m_headers = nullptr;
    QLineEdit *m_secretHeaderName = nullptr;
    QLineEdit *m_secretHeaderValue = nullptr;
    QPushButton *m_addSecretHeader = nullptr;
    QLineEdit *m_condition = nullptr;
    QLineEdit *m_countValue = nullptr;
    QLineEdit *m_countMin = nullptr;
    QLineEdit *m_countMax = nullptr;
    QList<QCheckBox *> m_days;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_to = nullptr;
    QLineEdit *m_timeZone = nullptr;
    QCheckBox *m_inverse = nullptr;
    QList<QWidget *> m_httpRows;
    QList<QWidget *> m_conditionRows;
    QList<QWidget *> m_countRows;
    QList<QWidget *> m_windowRows;
};
