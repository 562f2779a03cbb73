#include "secretfield.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

SecretField::SecretField(const QString &secret, const QString &owner, QWidget *parent)
    : QWidget(parent),
      m_edit(new QLineEdit(secret, this)),
      m_show(new QPushButton(tr("Show"), this)),
      m_copy(new QPushButton(tr("Copy"), this))
{
    m_edit->setReadOnly(true);
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setMinimumWidth(320);
    m_edit->setAccessibleName(tr("Secret of %1").arg(owner));
    m_show->setCheckable(true);
    m_show->setAccessibleName(tr("Show the secret of %1").arg(owner));
    m_copy->setAccessibleName(tr("Copy the secret of %1").arg(owner));
    m_show->setEnabled(!secret.isEmpty());
    m_copy->setEnabled(!secret.isEmpty());
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_show);
    layout->addWidget(m_copy);
    connect(m_show, &QPushButton::toggled, this, [this](bool on) {
        m_edit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        m_show->setText(on ? tr("Hide") : tr("Show"));
        emit revealedChanged(on);
    });
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_edit->text()); });
    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_show->setEnabled(!text.isEmpty());
        m_copy->setEnabled(!text.isEmpty());
    });
}

void SecretField::setEditable(bool editable)
{
    m_edit->setReadOnly(!editable);
}
