// ChatChannelEditor: the chat channels of one policy in the Policies tab (issue 18 item
// 4): a list, and a form for the selected channel (name, type, webhook URL or bot token,
// Slack channel id, API URL). The webhook URL or token is typed into a masked field and
// never shown again: on leaving the form it becomes a ${secret:NAME} reference, and the
// value is handed out through secretEntered() to be sealed in the vault on Save.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

class ChatChannelEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ChatChannelEditor(QWidget *parent = nullptr);

    void load(const QJsonArray &chat); // the policy's "chat" list
    // The list as the policy file holds it; a credential typed in is replaced by its
    // reference (and reported through secretEntered()).
    QJsonArray channels(const QString &policyName);
    // The vault name of a channel's credential ("chat-<policy>-<channel>", lower case).
    static QString secretName(const QString &policy, const QString &channel);
    // The policy the channels belong to: part of the credential's vault name.
    void setPolicyName(const QString &name) { m_policyName = name; }

    QListWidget *list() const { return m_list; }
    QLineEdit *nameField() const { return m_name; }
    QComboBox *typeBox() const { return m_type; }
    QLineEdit *credentialField() const { return m_credential; }
    QLineEdit *slackChannelField() const { return m_slackChannel; }

signals:
    void secretEntered(const QString &vaultName, const QByteArray &value);

private:
    void show(int index);
    void store(const QString &policyName);
    void add();
    void remove();
    void typeChanged();

    QJsonArray m_chat;
    int m_index = -1;
    bool m_filling = false;
    QString m_policyName;
    QListWidget *m_list = nullptr;
    QWidget *m_form = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_type = nullptr;
    QLabel *m_credentialLabel = nullptr;
    QLineEdit *m_credential = nullptr;
    QLineEdit *m_slackChannel = nullptr;
    QLineEdit *m_apiUrl = nullptr;
};
