// ConnectionSecretsDialog: each connector's webhook authentication and secret, hidden
// until asked for, with a copy button, so it can be pasted into the sending system.
#pragma once

#include "service/inboundsecrets.h"

#include <QDialog>

class ConnectionSecretsDialog : public QDialog
{
    Q_OBJECT
public:
    ConnectionSecretsDialog(const QVector<ConnectorSecret> &secrets, QWidget *parent = nullptr);
};
