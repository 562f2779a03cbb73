#include "connectionsecretsdialog.h"

#include "secretfield.h"
#include "service/callbacksigningsecret.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

ConnectionSecretsDialog::ConnectionSecretsDialog(const QVector<ConnectorSecret> &secrets,
                                                 QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Webhook secrets"));
    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("<b>Connector</b>")), 0, 0);
    grid->addWidget(new QLabel(tr("<b>Scheme</b>")), 0, 1);
    grid->addWidget(new QLabel(tr("<b>Secret</b>")), 0, 2);
    int row = 1;
    for (const ConnectorSecret &secret : secrets) {
        const bool signing = secret.connector == CallbackSigningSecret::listedAs();
        grid->addWidget(new QLabel(signing ? tr("Callback signing") : secret.connector), row, 0);
        grid->addWidget(new QLabel(secret.scheme), row, 1);
        grid->addWidget(new SecretField(QString::fromUtf8(secret.secret), secret.connector), row,
                        2);
        ++row;
    }
    auto *note = new QLabel(tr("Send the secret as 'Authorization: Bearer <secret>', as the header "
                               "'X-Gatehouse-Secret: <secret>' or as '?code=<secret>'. Set "
                               "GATEHOUSE_SECRET_<CONNECTOR> to choose one yourself.\n"
                               "Callback signing: Gatehouse signs its generic, fan-in and "
                               "restart callbacks with this secret (Standard Webhooks "
                               "'webhook-signature' header); give it to the receivers so they "
                               "can verify. Set GATEHOUSE_CALLBACK_SIGNING_SECRET to choose one."));
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(note);
    layout->addWidget(buttons);
}
