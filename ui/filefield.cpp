#include "filefield.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

FileField::FileField(const QString &accessibleName, const QString &filter, Mode mode,
                     QWidget *parent)
    : QWidget(parent), m_edit(new QLineEdit(this))
{
    m_edit->setAccessibleName(accessibleName);
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setAccessibleName(tr("Browse for %1").arg(accessibleName));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, [this, filter, mode, accessibleName] {
        // A database may be new: choosing it must not ask to overwrite what is not there.
        const QString path = mode == Mode::Save
                ? QFileDialog::getSaveFileName(window(), accessibleName, m_edit->text(), filter,
                                               nullptr, QFileDialog::DontConfirmOverwrite)
                : QFileDialog::getOpenFileName(window(), accessibleName, m_edit->text(), filter);
        if (!path.isEmpty())
            m_edit->setText(path);
    });
}
