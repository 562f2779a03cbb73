#include "releaseatdialog.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

ReleaseAtDialog::ReleaseAtDialog(const QString &title, const QDateTime &suggested, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Approve, release at"));
    auto *intro = new QLabel(tr("Approve “%1” now; its callback goes out at:").arg(title), this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    m_edit = new QDateTimeEdit(suggested.toLocalTime(), this);
    // The console's one local time format (LocalTime), to the minute.
    m_edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_edit->setCalendarPopup(true);
    m_edit->setAccessibleName(tr("Release time"));
    intro->setBuddy(m_edit);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Approve"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_edit);
    layout->addWidget(m_buttons);
    m_edit->setFocus();
}

QDateTime ReleaseAtDialog::releaseAt() const
{
    return m_edit->dateTime().toUTC();
}
