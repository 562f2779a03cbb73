#include "securitylogdialog.h"

#include "core/engine.h"
#include "models/localtime.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace {
constexpr int shownEvents = 500;
}

SecurityLogDialog::SecurityLogDialog(Engine *engine, QWidget *parent)
    : QDialog(parent), m_model(new QStandardItemModel(0, 3, this)), m_view(new QTableView(this))
{
    setWindowTitle(tr("Security log"));
    m_model->setHorizontalHeaderLabels({tr("Time"), tr("From"), tr("What")});
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Security events"));
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addWidget(buttons);
    resize(760, 420);

    connect(engine, &Engine::securityLogReady, this, [this](const QVector<SecurityEvent> &events) {
        m_model->removeRows(0, m_model->rowCount());
        for (auto it = events.crbegin(); it != events.crend(); ++it)
            prepend(*it);
    });
    connect(engine, &Engine::securityEventRecorded, this, &SecurityLogDialog::prepend);
    QMetaObject::invokeMethod(
            engine, [engine] { engine->requestSecurityLog(shownEvents); }, Qt::QueuedConnection);
}

int SecurityLogDialog::rowCount() const
{
    return m_model->rowCount();
}

void SecurityLogDialog::prepend(const SecurityEvent &event)
{
    // Peer and text come from the network: plain items, never rich text.
    m_model->insertRow(0,
                       {new QStandardItem(LocalTime::text(event.at)), new QStandardItem(event.peer),
                        new QStandardItem(event.what)});
    if (m_model->rowCount() > shownEvents)
        m_model->removeRow(m_model->rowCount() - 1);
}
