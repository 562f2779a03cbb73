// PolicyEditor: the Policies tab: the list of gate policies, a form for one policy and,
// in a GateEditor, one of its gates at a time, and the validator's problems next to
// their fields. The list is JSON in the policy file's schema: PolicySettings checks and
// writes it, and the running service applies it at once. A secret header's value is
// sealed in the vault on save; the policy file only names it as ${secret:NAME}.
#pragma once

#include "service/settingsservice.h"
#include "ui/fielderrors.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QWidget>

#include <optional>

class ChatChannelEditor;
class GateEditor;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QSettings;
class QSpinBox;

class PolicyEditor : public QWidget
{
    Q_OBJECT
public:
    PolicyEditor(const SettingsService &service, FieldErrors &errors, QWidget *parent = nullptr);

    void load(const QSettings &settings);
    // Takes the form into the list and checks what changed. A problem names a field of
    // this page ("policy.name", "gate.url"), whose policy and gate are then selected.
    std::optional<FieldProblem> validate();
    // Seals the new secret headers and writes the policy file, when anything changed.
    // *restartNeeded: the service could not apply the policies at once.
    std::optional<FieldProblem> save(QSettings &settings, bool *restartNeeded);
    // After validate(): the changes that take the person away or shorten a timeout
    // (PolicyChanges), to be confirmed before save().
    QStringList riskyChanges() const;

private:
    void build();
    bool hasChanges() const;
    void showPolicy(int index);
    void storePolicy();
    void showGate(int index);
    void addPolicy();
    void removePolicy();
    void addGate();
    void removeGate();
    // Selects the policy and gate that a validator's path ("policies[2].gates[1].url")
    // names and returns the key of the field to mark, or the path when no field fits.
    QString revealProblem(const QString &path);

    SettingsService m_service;
    FieldErrors &m_errors;
    QJsonArray m_policies;
    QJsonArray m_loadedPolicies;
    bool m_policiesLoaded = false;
    QHash<QString, QByteArray> m_pendingSecrets; // secret headers, stored on Save
    int m_policyIndex = -1;
    int m_gateIndex = -1;
    bool m_filling = false; // the lists are filled by code: not a choice to follow

    QListWidget *m_policyList = nullptr;
    QWidget *m_policyPane = nullptr; // the selected policy's form and its gate editor
    QLineEdit *m_policyName = nullptr;
    QComboBox *m_matchConnector = nullptr;
    QLineEdit *m_matchPipeline = nullptr;
    QLineEdit *m_matchStage = nullptr;
    QLineEdit *m_matchEnvironment = nullptr;
    QLineEdit *m_matchKind = nullptr;
    QSpinBox *m_delay = nullptr;
    QSpinBox *m_sampling = nullptr;
    QSpinBox *m_timeout = nullptr;
    QSpinBox *m_maxEvaluations = nullptr;
    QComboBox *m_order = nullptr;
    // Approver rules (DecisionRules): fourEyes, quorum, approvers.
    QCheckBox *m_fourEyes = nullptr;
    QSpinBox *m_quorum = nullptr;
    QLineEdit *m_approvers = nullptr;
    QListWidget *m_gateList = nullptr;
    GateEditor *m_gateEditor = nullptr;
    ChatChannelEditor *m_chat = nullptr; // the policy's chat channels (issue 18 item 4)
};
