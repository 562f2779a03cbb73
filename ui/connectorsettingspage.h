// ConnectorSettingsPage: the Connectors tab, one sub-tab per connector: how its webhooks
// authenticate and with which secret, the restart targets' credentials, and the fields
// generated from what the connector declares (DeclaredSettingsGroup). A stored secret is
// never shown again, only "stored" and a field to replace it. It shows and collects
// ConnectorSettings; the dialog validates and saves them.
#pragma once

#include "service/connectorsettings.h"
#include "ui/fielderrors.h"

#include <QHash>
#include <QTabWidget>

class DeclaredSettingsGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

class ConnectorSettingsPage : public QTabWidget
{
    Q_OBJECT
public:
    // restartTargets make one credentials field each; without a running service
    // (secretsWritable false) secrets cannot be typed.
    ConnectorSettingsPage(const QStringList &restartTargets, bool secretsWritable,
                          FieldErrors &errors, QWidget *parent = nullptr);

    void load(const ConnectorSettings &connectors);
    void collect(ConnectorSettings &connectors) const;

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

    QWidget *buildConnectorPage(const QString &connector, const QStringList &restartTargets,
                                FieldErrors &errors);
    void updateSecretState(const QString &connector, const ConnectorSettings::Inbound &in);

    bool m_secretsWritable;
    QHash<QString, InboundWidgets> m_inbound;
    QHash<QString, QLineEdit *> m_restartCredentials;
    QHash<QString, DeclaredSettingsGroup *> m_declared; // by connector
};
