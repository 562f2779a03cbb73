#include "preapprovaldialog.h"

#include "core/engine.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

enum Release { AtOnce, AtTime, NextWindow };

QDateTimeEdit *timeEdit(const QDateTime &at, const QString &name, QWidget *parent)
{
    auto *edit = new QDateTimeEdit(at.toLocalTime(), parent);
    // The console's one local time format (LocalTime), to the minute.
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    edit->setCalendarPopup(true);
    edit->setAccessibleName(name);
    return edit;
}

} // namespace

PreApprovalDialog::PreApprovalDialog(Engine *engine, const QDateTime &now, QWidget *parent)
    : QDialog(parent), m_engine(engine)
{
    setWindowTitle(tr("Approve a scheduled run ahead"));
    auto *intro = new QLabel(tr("The first run of this pipeline, stage and environment that"
                                " waits before the time below is approved in your name."),
                             this);
    intro->setWordWrap(true);
    m_pipeline = new QLineEdit(this);
    m_pipeline->setAccessibleName(tr("Pipeline"));
    m_stage = new QLineEdit(this);
    m_stage->setAccessibleName(tr("Stage"));
    m_environment = new QLineEdit(this);
    m_environment->setAccessibleName(tr("Environment"));
    m_comment = new QLineEdit(this);
    m_comment->setAccessibleName(tr("Comment"));
    m_validUntil = timeEdit(now.addDays(1), tr("Valid until"), this);
    m_release = new QComboBox(this);
    m_release->setAccessibleName(tr("Release"));
    m_release->addItem(tr("At once"), AtOnce);
    m_release->addItem(tr("At a time"), AtTime);
    m_release->addItem(tr("In the next change window"), NextWindow);
    m_releaseAt = timeEdit(now.addSecs(3600), tr("Release at"), this);
    m_releaseAt->setEnabled(false);
    connect(m_release, &QComboBox::currentIndexChanged, this,
            [this] { m_releaseAt->setEnabled(m_release->currentData().toInt() == AtTime); });
    m_message = new QLabel(this);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Approve ahead"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreApprovalDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_engine, &Engine::preApprovalFinished, this,
            [this](bool recorded, const QString &message) {
                m_buttons->setEnabled(true);
                m_message->setText(message);
                if (recorded)
                    accept();
            });

    auto *form = new QFormLayout;
    form->addRow(tr("&Pipeline"), m_pipeline);
    form->addRow(tr("S&tage"), m_stage);
    form->addRow(tr("&Environment"), m_environment);
    form->addRow(tr("&Comment"), m_comment);
    form->addRow(tr("&Valid until"), m_validUntil);
    form->addRow(tr("&Release"), m_release);
    form->addRow(tr("Release &at"), m_releaseAt);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
}

void PreApprovalDialog::submit()
{
    PreApproval request;
    request.pipeline = m_pipeline->text().trimmed();
    request.stage = m_stage->text().trimmed();
    request.environment = m_environment->text().trimmed();
    request.comment = m_comment->text();
    request.validUntil = m_validUntil->dateTime().toUTC();
    switch (m_release->currentData().toInt()) {
    case AtTime:
        request.release = ReleaseRequest::atTime(m_releaseAt->dateTime().toUTC());
        break;
    case NextWindow:
        request.release = ReleaseRequest::nextWindow();
        break;
    default:
        break;
    }
    request.origin = QStringLiteral("window");
    request.decidedBy = m_engine->decisionRules()->consoleDecider().name;
    m_buttons->setEnabled(false); // until the engine answers
    Engine *engine = m_engine;
    QMetaObject::invokeMethod(
            engine, [engine, request] { engine->requestPreApproval(request); },
            Qt::QueuedConnection);
}
