#include "detailpane.h"

#include "models/approvaltablemodel.h"
#include "models/timelinemodel.h"
#include "ui/gatestripwidget.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

namespace {

// "4 of at most 10 (every 5 min, timeout 50 min), 12 min left" for a polled Azure gate.
QString evaluationsText(const Approval &a)
{
    const int count = a.metadata.value(QStringLiteral("evaluations")).toInt();
    const double interval = a.metadata.value(QStringLiteral("gateIntervalMinutes")).toDouble();
    const double timeout = a.metadata.value(QStringLiteral("gateTimeoutMinutes")).toDouble();
    QString text = QString::number(count);
    if (interval > 0 && timeout > 0)
        text = DetailPane::tr("%1 of at most %2 (every %3 min, timeout %4 min)")
                       .arg(count)
                       .arg(int(timeout / interval) + 1)
                       .arg(interval)
                       .arg(timeout);
    else if (interval > 0)
        text = DetailPane::tr("%1 (every %2 min)").arg(count).arg(interval);
    else if (timeout > 0)
        text = DetailPane::tr("%1 (timeout %2 min)").arg(count).arg(timeout);
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(a.deadline);
    if (a.isPending() && a.deadline.isValid() && left > 0)
        text = DetailPane::tr("%1, %2 min left").arg(text).arg((left + 59) / 60);
    return text;
}

} // namespace

DetailPane::DetailPane(TimelineModel *timeline, QWidget *parent) : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_state = new QLabel(this);
    m_state->setTextFormat(Qt::PlainText);

    m_meta = new QFormLayout;
    m_gateStrip = new GateStripWidget(this);
    m_description = new QPlainTextEdit(this);
    m_description->setReadOnly(true);
    m_description->setAccessibleName(tr("Description"));
    m_description->setMaximumHeight(120);

    m_comment = new QLineEdit(this);
    m_comment->setPlaceholderText(tr("Comment or reason (optional)"));
    m_comment->setAccessibleName(tr("Decision comment"));
    m_approve = new QPushButton(tr("&Approve"), this);
    m_approve->setAccessibleName(tr("Approve"));
    m_approve->setToolTip(tr("Approve the selected approval (Ctrl+Return)"));
    m_reject = new QPushButton(tr("&Reject"), this);
    m_reject->setAccessibleName(tr("Reject"));
    m_reject->setToolTip(tr("Reject the selected approval (Ctrl+Backspace)"));
    m_retry = new QPushButton(tr("Retry &delivery"), this);
    m_retry->setAccessibleName(tr("Retry delivery"));
    m_message = new QLabel(this);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);

    m_timelineView = new QListView(this);
    m_timelineView->setModel(timeline);
    m_timelineView->setAccessibleName(tr("Timeline"));
    m_timelineView->setWordWrap(true);
    m_timelineView->setUniformItemSizes(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_comment, 1);
    buttons->addWidget(m_approve);
    buttons->addWidget(m_reject);
    buttons->addWidget(m_retry);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_state);
    layout->addLayout(m_meta);
    layout->addWidget(m_gateStrip);
    layout->addWidget(m_description);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(new QLabel(tr("Timeline"), this));
    layout->addWidget(m_timelineView, 1);

    connect(m_approve, &QPushButton::clicked, this,
            [this] { emit approveRequested(m_id, m_comment->text()); });
    connect(m_reject, &QPushButton::clicked, this,
            [this] { emit rejectRequested(m_id, m_comment->text()); });
    connect(m_retry, &QPushButton::clicked, this, [this] { emit retryRequested(m_id); });
    // Follow new entries unless the user scrolled up to read older ones.
    connect(timeline, &QAbstractItemModel::rowsInserted, this, &DetailPane::followTimeline);
    connect(timeline, &QAbstractItemModel::modelReset, m_timelineView, &QListView::scrollToBottom);
    showApproval(nullptr);
}

void DetailPane::followTimeline()
{
    QScrollBar *bar = m_timelineView->verticalScrollBar();
    if (bar->value() >= bar->maximum() - 2)
        QMetaObject::invokeMethod(m_timelineView, &QListView::scrollToBottom, Qt::QueuedConnection);
}

void DetailPane::showMessage(const QString &message, bool error)
{
    m_message->setText(message);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
}

void DetailPane::showSelection(int count, int pending)
{
    showApproval(nullptr);
    m_title->setText(tr("%n approvals selected", nullptr, count));
    m_state->setText(
            tr("%n of them pending; Approve and Reject act on all pending ones", nullptr, pending));
    m_approve->setEnabled(pending > 0);
    m_reject->setEnabled(pending > 0);
}

void DetailPane::showApproval(const Approval *a)
{
    const qint64 previous = m_id;
    m_id = a ? a->id : 0;
    if (m_id != previous) {
        m_comment->clear();
        m_message->clear();
    }
    while (m_meta->rowCount() > 0)
        m_meta->removeRow(0);
    if (!a) {
        m_title->setText(tr("Nothing selected"));
        m_state->clear();
        m_description->clear();
        m_approve->setEnabled(false);
        m_reject->setEnabled(false);
        m_retry->setVisible(false);
        m_gateStrip->setVisible(false);
        return;
    }
    m_title->setText(a->title);
    // The label carries the delivery state too ("Approved, delivered").
    QString state = ApprovalTableModel::stateLabel(*a);
    if (a->isFinal())
        state = tr("%1 by %2 (%3) at %4")
                        .arg(state, a->decidedBy,
                             ApprovalTableModel::originLabel(a->decisionOrigin),
                             a->decidedAt.toLocalTime().toString(
                                     QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    m_state->setText(state);
    const auto addRow = [this](const QString &label, const QString &value) {
        if (value.isEmpty())
            return;
        auto *field = new QLabel(value);
        field->setTextFormat(Qt::PlainText);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_meta->addRow(label, field);
    };
    addRow(tr("Source"), a->connector);
    addRow(tr("Pipeline"), a->pipeline);
    addRow(tr("Stage"), a->stage);
    addRow(tr("Environment"), a->environment);
    addRow(tr("Requested by"), a->requestedBy);
    addRow(tr("External id"), a->externalId);
    addRow(tr("Received"),
           a->createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    if (a->deadline.isValid())
        addRow(tr("Deadline"),
               a->deadline.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    if (!a->comment.isEmpty())
        addRow(tr("Comment"), a->comment);
    if (!a->lastDeliveryError.isEmpty())
        addRow(tr("Last delivery error"), a->lastDeliveryError);
    if (a->kind == QLatin1String("fanin")) {
        // Which sources (regions) reported, and which the fan-in still waits for.
        QStringList arrived, missing;
        for (const QJsonValue &source : a->metadata.value(QStringLiteral("sources")).toArray())
            arrived.append(source.toString());
        for (const QJsonValue &source :
             a->metadata.value(QStringLiteral("expectedSources")).toArray()) {
            if (!arrived.contains(source.toString()))
                missing.append(source.toString());
        }
        addRow(tr("Sources arrived"), arrived.join(QStringLiteral(", ")));
        addRow(tr("Sources missing"),
               missing.isEmpty() ? tr("none") : missing.join(QStringLiteral(", ")));
    }
    if (a->metadata.contains(QStringLiteral("evaluations")))
        addRow(tr("Evaluations"), evaluationsText(*a));
    const QJsonObject gates = a->metadata.value(QStringLiteral("gates")).toObject();
    if (!gates.isEmpty())
        addRow(tr("Gates"),
               gates.value(QStringLiteral("ready")).toBool()
                       ? tr("all %1 green: waiting for a human approval")
                                 .arg(gates.value(QStringLiteral("total")).toInt())
                       : tr("%1 of %2 green after %3 evaluation(s)")
                                 .arg(gates.value(QStringLiteral("green")).toInt())
                                 .arg(gates.value(QStringLiteral("total")).toInt())
                                 .arg(gates.value(QStringLiteral("evaluations")).toInt()));
    m_gateStrip->setGates(gates);
    m_gateStrip->setVisible(m_gateStrip->hasSamples());
    m_description->setPlainText(a->description);
    m_approve->setEnabled(a->isPending());
    m_reject->setEnabled(a->isPending());
    m_retry->setVisible(a->delivery == DeliveryState::Failed);
}
