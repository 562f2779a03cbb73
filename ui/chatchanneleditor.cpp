#include "chatchanneleditor.h"

#include "chat/chatchannel.h"
#include "ui/namedlineedit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

ChatChannelEditor::ChatChannelEditor(QWidget *parent) : QWidget(parent)
{
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Chat channels"));
    m_list->setMaximumHeight(80);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_filling)
            return;
        store(m_policyName);
        show(row);
    });
    auto *addButton = new QPushButton(tr("Add channel"), this);
    addButton->setAccessibleName(tr("Add chat channel"));
    auto *removeButton = new QPushButton(tr("Remove channel"), this);
    removeButton->setAccessibleName(tr("Remove chat channel"));
    connect(addButton, &QPushButton::clicked, this, &ChatChannelEditor::add);
    connect(removeButton, &QPushButton::clicked, this, &ChatChannelEditor::remove);

    m_form = new QWidget(this);
    m_name = namedLineEdit(m_form, tr("Channel name"), tr("releases"));
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (QListWidgetItem *item = m_list->currentItem())
            item->setText(text);
    });
    m_type = new QComboBox(m_form);
    m_type->setAccessibleName(tr("Channel type"));
    m_type->addItem(tr("Slack incoming webhook"),
                    ChatChannel::typeName(ChatChannel::Type::SlackWebhook));
    m_type->addItem(tr("Microsoft Teams webhook"),
                    ChatChannel::typeName(ChatChannel::Type::TeamsWebhook));
    m_type->addItem(tr("Slack Web API (bot token, updates its message)"),
                    ChatChannel::typeName(ChatChannel::Type::SlackApi));
    connect(m_type, &QComboBox::currentIndexChanged, this, &ChatChannelEditor::typeChanged);
    // A credential: masked, never filled back in.
    m_credential = namedLineEdit(m_form, tr("Webhook URL"));
    m_credential->setEchoMode(QLineEdit::Password);
    m_credential->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_slackChannel = namedLineEdit(m_form, tr("Slack channel id"), tr("C0123456789"));
    m_apiUrl = namedLineEdit(m_form, tr("Slack API URL"), QStringLiteral("https://slack.com/api"));
    m_credentialLabel = new QLabel(tr("Webhook URL:"), m_form);
    m_credentialLabel->setBuddy(m_credential);
    auto *form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Channel name:"), m_name);
    form->addRow(tr("Type:"), m_type);
    form->addRow(m_credentialLabel, m_credential);
    form->addRow(tr("Slack channel id:"), m_slackChannel);
    form->addRow(tr("Slack API URL:"), m_apiUrl);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(addButton);
    buttons->addWidget(removeButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    layout->addWidget(m_form);
    show(-1);
}

QString ChatChannelEditor::secretName(const QString &policy, const QString &channel)
{
    QString name = QStringLiteral("chat-%1-%2").arg(policy, channel).toLower();
    static const QRegularExpression other(QStringLiteral("[^a-z0-9]+"));
    name.replace(other, QStringLiteral("-"));
    return name;
}

void ChatChannelEditor::load(const QJsonArray &chat)
{
    m_chat = chat;
    m_index = -1;
    m_filling = true;
    m_list->clear();
    for (const QJsonValue &channel : chat)
        m_list->addItem(channel.toObject().value(QStringLiteral("name")).toString());
    if (!chat.isEmpty())
        m_list->setCurrentRow(0);
    m_filling = false;
    show(chat.isEmpty() ? -1 : 0);
}

QJsonArray ChatChannelEditor::channels(const QString &policyName)
{
    m_policyName = policyName;
    store(policyName);
    return m_chat;
}

void ChatChannelEditor::show(int index)
{
    m_index = index >= 0 && index < m_chat.size() ? index : -1;
    m_form->setEnabled(m_index >= 0);
    const QJsonObject channel = m_index >= 0 ? m_chat.at(m_index).toObject() : QJsonObject();
    m_filling = true;
    m_name->setText(channel.value(QStringLiteral("name")).toString());
    m_type->setCurrentIndex(qMax(
            0,
            m_type->findData(
                    channel.value(QStringLiteral("type"))
                            .toString(ChatChannel::typeName(ChatChannel::Type::SlackWebhook)))));
    m_credential->clear();
    m_slackChannel->setText(channel.value(QStringLiteral("channel")).toString());
    m_apiUrl->setText(channel.value(QStringLiteral("apiUrl")).toString());
    m_filling = false;
    typeChanged();
}

void ChatChannelEditor::typeChanged()
{
    const bool api =
            m_type->currentData().toString() == ChatChannel::typeName(ChatChannel::Type::SlackApi);
    m_credentialLabel->setText(api ? tr("Bot token:") : tr("Webhook URL:"));
    m_credential->setAccessibleName(api ? tr("Bot token") : tr("Webhook URL"));
    const QJsonObject channel = m_index >= 0 ? m_chat.at(m_index).toObject() : QJsonObject();
    const bool stored =
            !ChatChannel::referencedSecret(
                     channel.value(api ? QStringLiteral("token") : QStringLiteral("webhook"))
                             .toString())
                     .isEmpty();
    m_credential->setPlaceholderText(
            stored        ? tr("stored; type to replace")
                    : api ? QStringLiteral("xoxb-...")
                          : QStringLiteral("https://hooks.slack.com/services/..."));
    m_slackChannel->setEnabled(api);
    m_apiUrl->setEnabled(api);
}

void ChatChannelEditor::store(const QString &policyName)
{
    if (m_index < 0 || m_index >= m_chat.size())
        return;
    const QJsonObject before = m_chat.at(m_index).toObject();
    const QString type = m_type->currentData().toString();
    const bool api = type == ChatChannel::typeName(ChatChannel::Type::SlackApi);
    const QString credentialKey = api ? QStringLiteral("token") : QStringLiteral("webhook");
    QJsonObject channel{{QStringLiteral("name"), m_name->text().trimmed()},
                        {QStringLiteral("type"), type}};
    // Kept from before when nothing new was typed: the reference, or what the file had.
    QString reference = before.value(credentialKey).toString();
    if (reference.isEmpty())
        reference =
                before.value(api ? QStringLiteral("webhook") : QStringLiteral("token")).toString();
    if (!m_credential->text().trimmed().isEmpty()) {
        const QString name = secretName(policyName, m_name->text().trimmed());
        emit secretEntered(name, m_credential->text().trimmed().toUtf8());
        reference = ChatChannel::secretReference(name);
        m_credential->clear();
        m_credential->setPlaceholderText(tr("stored; type to replace"));
    }
    channel.insert(credentialKey, reference);
    if (api) {
        channel.insert(QStringLiteral("channel"), m_slackChannel->text().trimmed());
        if (!m_apiUrl->text().trimmed().isEmpty())
            channel.insert(QStringLiteral("apiUrl"), m_apiUrl->text().trimmed());
    }
    m_chat[m_index] = channel;
}

void ChatChannelEditor::add()
{
    store(m_policyName);
    const QString name = tr("channel %1").arg(m_chat.size() + 1);
    m_chat.append(QJsonObject{
            {QStringLiteral("name"), name},
            {QStringLiteral("type"), ChatChannel::typeName(ChatChannel::Type::SlackWebhook)},
            {QStringLiteral("webhook"), QString()}});
    m_filling = true;
    m_list->addItem(name);
    m_list->setCurrentRow(int(m_chat.size()) - 1);
    m_filling = false;
    show(int(m_chat.size()) - 1);
    m_name->setFocus();
    m_name->selectAll();
}

void ChatChannelEditor::remove()
{
    if (m_index < 0)
        return;
    const int row = m_index;
    m_chat.removeAt(row);
    m_index = -1;
    m_filling = true;
    delete m_list->takeItem(row);
    const int next = qMin(row, int(m_chat.size()) - 1);
    m_list->setCurrentRow(next);
    m_filling = false;
    show(next);
}
