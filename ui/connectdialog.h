// ConnectDialog: "How to connect": for each connector, the exact URL of this running
// Gatehouse, the headers and a sample payload to paste into the other system, each
// with a copy button. The texts come from connectInstructions(), which tests can read.
#pragma once

#include "connectors/connector.h"

#include <QDialog>
#include <QHash>
#include <QVector>

class QTabWidget;

class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    // Tab title, URL, method, headers as the other system wants them pasted, payload,
    // notes, and the secret in the headers (masked until Show is pressed).
    using Instructions = ConnectInstructions;
    // secrets: each connector's webhook token by its name ("generic", "azure", "pausedrun"),
    // shown as the header the sender must add; a connector without one gets no auth header.
    static QVector<Instructions> connectInstructions(const QString &endpoint,
                                                     const QHash<QString, QString> &secrets = {});

    ConnectDialog(const QString &endpoint, const QHash<QString, QString> &secrets = {},
                  QWidget *parent = nullptr);
    QTabWidget *tabs() const { return m_tabs; }
    // What a connector needs configured on this side, from its settings(): one line per
    // setting ("jenkins/url — Jenkins URL; ..."), secrets with their environment variable.
    static QString settingsSummary(const Connector &connector);

private:
    QWidget *page(const Instructions &instructions);

    QTabWidget *m_tabs;
};
