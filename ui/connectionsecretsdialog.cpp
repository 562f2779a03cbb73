#include "connectionsecretsdialog.h"

#include "service/callbacksigningsecret.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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
        auto *field = new QLineEdit(QString::fromUtf8(secret.secret));
        field->setReadOnly(true);
        field->setEchoMode(QLineEdit::Password);
        field->setMinimumWidth(320);
        field->setAccessibleName(tr("Secret of %1").arg(secret.connector));
        auto *show = new QPushButton(tr("Show"));
        show->setCheckable(true);
        show->setAccessibleName(tr("Show the secret of %1").arg(secret.connector));
        connect(show, &QPushButton::toggled, field, [field](bool on) {
            field->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        });
        auto *copy = new QPushButton(tr("Copy"));
        copy->setAccessibleName(tr("Copy the secret of %1").arg(secret.connector));
        connect(copy, &QPushButton::clicked, this, [value = secret.secret] {
            QGuiApplication::clipboard()->setText(QString::fromUtf8(value));
        });
        show->setEnabled(!secret.secret.isEmpty());
        copy->setEnabled(!secret.secret.isEmpty());
        grid->addWidget(field, row, 2);
        grid->addWidget(show, row, 3);
        grid->addWidget(copy, row, 4);
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
