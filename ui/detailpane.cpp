#include "detailpane.h"

#include "connectors/connectorregistry.h"
#include "core/actiontokens.h"
#include "gates/decisionrules.h"
#include "models/approvaltablemodel.h"
#include "models/localtime.h"
#include "models/relativetime.h"
#include "models/runlink.h"
#include "models/timelinemodel.h"
#include "ui/assignmentbar.h"
#include "ui/connectornames.h"
#include "ui/fittinglabel.h"
#include "ui/gatestripwidget.h"
#include "ui/groupmemberslist.h"
#include "ui/inputparametersform.h"
#include "ui/releasecontrols.h"

#include <QClipboard>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStyle>
#include <QVBoxLayout>

namespace {

QString purposeLabel(const QString &purpose)
{
    if (purpose == ActionTokens::restartPurpose)
        return DetailPane::tr("Restart");
    if (purpose == ActionTokens::decidePurpose)
        return DetailPane::tr("Approve or reject");
    return purpose;
}

// "4 of at most 10 (every 5 min, timeout 50 min), ends in 12 min" for a polled Azure gate.
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
    // The same words as the deadline: one relative time everywhere.
    if (a.isPending() && a.deadline.isValid()
        && QDateTime::currentDateTimeUtc().secsTo(a.deadline) > 0)
        text = DetailPane::tr("%1, ends %2").arg(text, RelativeTime::until(a.deadline));
    return text;
}

} // namespace

DetailPane::DetailPane(TimelineModel *timeline, QWidget *parent)
    : QWidget(parent), m_timeline(timeline)
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
    m_state->setWordWrap(true);
    m_assignment = new AssignmentBar(this);
    // A link out to the source's page of the run; only http(s) URLs reach it (RunLink).
    m_runLink = new QLabel(this);
    m_runLink->setTextFormat(Qt::RichText);
    m_runLink->setOpenExternalLinks(true);
    m_runLink->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_runLink->setAccessibleName(tr("View run"));
    m_runLink->setVisible(false);
    m_restartLabel = new QLabel(tr("Approving restarts the run with this data:"), this);
    m_restartLabel->setWordWrap(true);
    m_restartData = new QPlainTextEdit(this);
    m_restartData->setReadOnly(true);
    m_restartData->setAccessibleName(tr("Restart data"));
    m_restartData->setMaximumHeight(110);
    m_restartData->setLineWrapMode(QPlainTextEdit::NoWrap);

    m_meta = new QFormLayout;
    m_gateStrip = new GateStripWidget(this);
    m_groupMembers = new GroupMembersList(this);
    m_description = new QPlainTextEdit(this);
    m_description->setReadOnly(true);
    m_description->setAccessibleName(tr("Description"));
    m_description->setMaximumHeight(120);
    m_selection = new QListWidget(this);
    m_selection->setAccessibleName(tr("Selected approvals"));
    m_selection->setSelectionMode(QAbstractItemView::NoSelection);
    m_selection->setFocusPolicy(Qt::NoFocus);
    m_selection->setVisible(false);

    m_inputs = new InputParametersForm(this);
    m_comment = new QLineEdit(this);
    m_comment->setPlaceholderText(tr("Comment or reason (optional)"));
    m_comment->setAccessibleName(tr("Decision comment"));
    m_approve = new QPushButton(tr("&Approve"), this);
    m_approve->setAccessibleName(tr("Approve"));
    m_approve->setToolTip(tr("Approve the selected approval (Ctrl+Return)"));
    m_reject = new QPushButton(tr("&Reject"), this);
    m_reject->setAccessibleName(tr("Reject"));
    m_reject->setToolTip(tr("Reject the selected approval (Ctrl+Backspace)"));
    m_releaseControls = new ReleaseControls(m_comment, this);
    m_retry = new QPushButton(tr("Retry &delivery"), this);
    m_retry->setAccessibleName(tr("Retry delivery"));
    m_refusal = new QLabel(this);
    m_refusal->setObjectName(QStringLiteral("refusal"));
    m_refusal->setTextFormat(Qt::PlainText);
    m_refusal->setWordWrap(true);
    m_refusal->setVisible(false);
    m_message = new QLabel(this);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);

    m_timelineView = new QListView(this);
    m_timelineView->setModel(timeline);
    m_timelineView->setAccessibleName(tr("Timeline"));
    m_timelineView->setWordWrap(true);
    m_timelineView->setUniformItemSizes(false);

    // Action links: only their hashes are stored, so a link's URL can be shown only
    // when it is made; "Issue new link" makes one (and revokes the unused ones).
    m_linksBox = new QGroupBox(tr("Action links"), this);
    // One two-line row per link: it stays readable in a narrow pane.
    m_links = new QListWidget(m_linksBox);
    m_links->setAccessibleName(tr("Action links"));
    m_links->setSelectionMode(QAbstractItemView::NoSelection);
    m_links->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_links->setSpacing(2);
    m_newLink = new QPushButton(tr("Issue &new link"), m_linksBox);
    m_newLink->setAccessibleName(tr("Issue new link"));
    m_newLink->setToolTip(tr("Make a new link for this approval and revoke its unused links"));
    m_newLinkRow = new QWidget(m_linksBox);
    m_newLinkUrl = new QLineEdit(m_newLinkRow);
    m_newLinkUrl->setReadOnly(true);
    m_newLinkUrl->setAccessibleName(tr("New link"));
    m_copyLink = new QPushButton(tr("&Copy"), m_newLinkRow);
    m_copyLink->setAccessibleName(tr("Copy the new link"));
    m_newLinkExpiry = new QLabel(m_newLinkRow);
    m_newLinkExpiry->setTextFormat(Qt::PlainText);
    m_newLinkExpiry->setWordWrap(true);
    auto *urlRow = new QHBoxLayout;
    urlRow->setContentsMargins(0, 0, 0, 0);
    urlRow->addWidget(m_newLinkUrl, 1);
    urlRow->addWidget(m_copyLink);
    auto *newLinkLayout = new QVBoxLayout(m_newLinkRow);
    newLinkLayout->setContentsMargins(0, 0, 0, 0);
    newLinkLayout->addLayout(urlRow);
    newLinkLayout->addWidget(m_newLinkExpiry);
    auto *linkButtons = new QHBoxLayout;
    linkButtons->addWidget(m_newLink);
    linkButtons->addStretch(1);
    auto *linksLayout = new QVBoxLayout(m_linksBox);
    linksLayout->addWidget(m_links);
    linksLayout->addLayout(linkButtons);
    linksLayout->addWidget(m_newLinkRow);
    m_newLinkRow->setVisible(false);
    m_linksBox->setVisible(false);

    // The comment on a line of its own: in a narrow pane it stays readable.
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_approve);
    buttons->addWidget(m_reject);
    buttons->addWidget(m_retry);
    // Approving later on a row of its own: beside Approve and Reject its German words
    // pushed the row wider than a narrow pane and the last button was cut off.
    auto *later = new QHBoxLayout;
    later->addStretch(1);
    later->addWidget(m_releaseControls);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_state);
    layout->addWidget(m_assignment);
    layout->addWidget(m_runLink);
    layout->addLayout(m_meta);
    layout->addWidget(m_gateStrip);
    layout->addWidget(m_groupMembers);
    layout->addWidget(m_description);
    layout->addWidget(m_restartLabel);
    layout->addWidget(m_restartData);
    layout->addWidget(m_selection, 1);
    layout->addWidget(m_inputs);
    layout->addWidget(m_comment);
    layout->addLayout(buttons);
    layout->addLayout(later);
    layout->addWidget(m_refusal);
    layout->addWidget(m_message);
    layout->addWidget(m_linksBox);
    layout->addWidget(new QLabel(tr("Timeline"), this));
    layout->addWidget(m_timelineView, 1);

    connect(m_approve, &QPushButton::clicked, this,
            [this] { emit approveRequested(m_id, m_comment->text()); });
    connect(m_reject, &QPushButton::clicked, this,
            [this] { emit rejectRequested(m_id, m_comment->text()); });
    connect(m_retry, &QPushButton::clicked, this, [this] { emit retryRequested(m_id); });
    connect(m_newLink, &QPushButton::clicked, this, [this] {
        m_newLink->setEnabled(false); // until the engine answers
        emit newLinkRequested(m_id);
    });
    connect(m_copyLink, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_newLinkUrl->text());
        showMessage(tr("Link copied to the clipboard"), false);
    });
    // A folded line (deliveries, repeated gate samples) opens and closes with a click,
    // or with Enter or Space on the keyboard.
    connect(m_timelineView, &QListView::clicked, this, [this](const QModelIndex &index) {
        if (!style()->styleHint(QStyle::SH_ItemView_ActivateItemOnSingleClick, nullptr,
                                m_timelineView))
            m_timeline->toggle(index.row());
    });
    connect(m_timelineView, &QListView::activated, this,
            [this](const QModelIndex &index) { m_timeline->toggle(index.row()); });
    // Follow new entries unless the user scrolled up to read older ones.
    connect(timeline, &QAbstractItemModel::rowsInserted, this, &DetailPane::followTimeline);
    connect(timeline, &QAbstractItemModel::modelReset, m_timelineView, &QListView::scrollToBottom);
    showApproval(nullptr);
}

QSize DetailPane::minimumSizeHint() const
{
    return {280, QWidget::minimumSizeHint().height()};
}

QSize DetailPane::sizeHint() const
{
    return {380, QWidget::sizeHint().height()};
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

void DetailPane::showSelection(int count, int pending, const QStringList &items)
{
    showApproval(nullptr);
    m_selection->addItems(items);
    m_selection->setVisible(!items.isEmpty());
    m_description->setVisible(items.isEmpty());
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
        // A new link's URL belongs to the approval it was made for, and is shown once.
        m_newLinkUrl->clear();
        m_newLinkRow->setVisible(false);
        m_links->clear();
        m_linksBox->setVisible(false);
    }
    m_pending = a && a->isPending();
    m_releaseControls->showApproval(a);
    m_inputs->showApproval(a);
    m_assignment->showApproval(a);
    m_newLink->setEnabled(m_pending);
    while (m_meta->rowCount() > 0)
        m_meta->removeRow(0);
    m_selection->clear();
    m_selection->setVisible(false);
    m_description->setVisible(true);
    m_groupMembers->setMembers({}, 0); // until the window passes the shown one's group
    m_runUrl = a ? RunLink::of(*a) : QUrl();
    m_runLink->setText(m_runUrl.isEmpty()
                               ? QString()
                               : QStringLiteral("<a href=\"%1\">%2</a>")
                                         .arg(m_runUrl.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                              tr("View run \u2197").toHtmlEscaped()));
    m_runLink->setToolTip(m_runUrl.toString(QUrl::FullyEncoded));
    m_runLink->setVisible(!m_runUrl.isEmpty());
    const bool restarts = a && a->kind == QLatin1String("pausedrun");
    m_restartLabel->setVisible(restarts);
    m_restartData->setVisible(restarts);
    if (restarts) {
        m_restartLabel->setText(
                tr("Approving restarts %1 with this data:")
                        .arg(a->metadata.value(QStringLiteral("target")).toString()));
        m_restartData->setPlainText(QString::fromUtf8(
                QJsonDocument(a->metadata.value(QStringLiteral("data")).toObject())
                        .toJson(QJsonDocument::Indented)));
    }
    if (a)
        m_timeline->setTarget(ConnectorNames::title(a->connector));
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
                             LocalTime::text(a->decidedAt));
    m_state->setText(state);
    const auto addRow = [this](const QString &label, const QString &value) {
        if (value.isEmpty())
            return;
        auto *field = new QLabel(value);
        field->setTextFormat(Qt::PlainText);
        field->setWordWrap(true); // a long value wraps: the pane keeps its width
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_meta->addRow(label, field);
    };
    addRow(tr("Source"), a->connector);
    addRow(tr("Pipeline"), a->pipeline);
    addRow(tr("Stage"), a->stage);
    addRow(tr("Environment"), a->environment);
    addRow(tr("Requested by"), a->requestedBy);
    addRow(tr("Approvals"), DecisionRules::progress(*a));
    // What CI systems' connectors keep (GitLab): the ref, the state at the source, and
    // the run's page (only http and https links get that far).
    addRow(tr("Ref"), a->metadata.value(QStringLiteral("ref")).toString());
    addRow(tr("At the source"), a->metadata.value(QStringLiteral("sourceStatus")).toString());
    if (const QString link = a->metadata.value(QStringLiteral("link")).toString();
        !link.isEmpty()) {
        auto *field = new QLabel(QStringLiteral("<a href=\"%1\">%1</a>").arg(link.toHtmlEscaped()));
        field->setTextFormat(Qt::RichText);
        field->setOpenExternalLinks(true);
        field->setTextInteractionFlags(Qt::TextBrowserInteraction);
        m_meta->addRow(tr("Link"), field);
    }
    addRow(tr("External id"), a->externalId);
    addRow(tr("Received"), LocalTime::text(a->createdAt));
    if (a->deadline.isValid()) {
        // On one line in a narrow pane (German "in 44 Min." made it wrap, and a full pane
        // cut the second line off): the longest wording that fits, the whole in a tooltip.
        const QString whole = LocalTime::text(a->deadline);
        const QString compact = LocalTime::compactText(a->deadline);
        const QString until = RelativeTime::until(a->deadline);
        auto *field = new FittingLabel;
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        field->setTexts(a->isPending() ? QStringList{tr("%1 (%2)").arg(whole, until),
                                                     tr("%1 (%2)").arg(compact, until), until}
                                       : QStringList{whole, compact});
        m_meta->addRow(tr("Deadline"), field);
    }
    if (!a->comment.isEmpty())
        addRow(tr("Comment"), a->comment);
    if (!a->lastDeliveryError.isEmpty())
        addRow(tr("Last delivery error"), a->lastDeliveryError);
    // The run id the restart target answered with (captured from its 2xx answer).
    addRow(tr("Restart run id"), a->metadata.value(QStringLiteral("restartRunId")).toString());
    // The connector's own facts (GitHub: the ref and the run), a link where it has one.
    if (const Connector *connector = ConnectorRegistry::find(a->connector)) {
        for (const ApprovalFact &fact : connector->facts(*a)) {
            if (!fact.link.isValid()) {
                addRow(fact.label, fact.value);
                continue;
            }
            auto *link =
                    new QLabel(QStringLiteral("<a href=\"%1\">%2</a>")
                                       .arg(fact.link.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                            fact.value.toHtmlEscaped()));
            link->setTextFormat(Qt::RichText);
            link->setOpenExternalLinks(true);
            link->setAccessibleName(fact.label);
            m_meta->addRow(fact.label, link);
        }
    }
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
                       : tr("%1 of %2 green after %n evaluations", nullptr,
                            gates.value(QStringLiteral("evaluations")).toInt())
                                 .arg(gates.value(QStringLiteral("green")).toInt())
                                 .arg(gates.value(QStringLiteral("total")).toInt()));
    m_gateStrip->setGates(gates);
    m_gateStrip->setVisible(m_gateStrip->hasSamples());
    m_description->setPlainText(a->description);
    m_approve->setEnabled(a->isPending());
    m_reject->setEnabled(a->isPending());
    m_retry->setVisible(a->delivery == DeliveryState::Failed);
}

void DetailPane::setRefusals(const QString &approveRefusal, const QString &rejectRefusal)
{
    const auto apply = [](QPushButton *button, const QString &refusal, const QString &tip) {
        if (!refusal.isEmpty())
            button->setEnabled(false);
        button->setToolTip(refusal.isEmpty() ? tip : refusal);
    };
    apply(m_approve, approveRefusal, tr("Approve the selected approval (Ctrl+Return)"));
    apply(m_reject, rejectRefusal, tr("Reject the selected approval (Ctrl+Backspace)"));
    m_releaseControls->setApproveAllowed(approveRefusal.isEmpty());
    const QString shown = approveRefusal.isEmpty() ? rejectRefusal : approveRefusal;
    m_refusal->setText(shown);
    m_refusal->setVisible(!shown.isEmpty());
}

void DetailPane::showGroupMembers(const QVector<GroupMember> &members)
{
    m_groupMembers->setMembers(members, m_id);
}

void DetailPane::showLinks(qint64 approvalId, const QVector<ActionLink> &links)
{
    if (approvalId != m_id || m_id == 0)
        return;
    m_links->clear();
    for (const ActionLink &link : links) {
        QString state;
        QString until = tr("Expires %1").arg(LocalTime::text(link.expiresAt));
        QString tip = tr("Issued %1").arg(LocalTime::text(link.createdAt));
        switch (link.state) {
        case ActionLink::State::Active:
            state = tr("active");
            break;
        case ActionLink::State::Used:
            state = tr("used");
            tip += QLatin1Char('\n') + tr("Used %1").arg(LocalTime::text(link.usedAt));
            break;
        case ActionLink::State::Revoked:
            state = tr("replaced by a newer link");
            tip += QLatin1Char('\n') + tr("Replaced %1").arg(LocalTime::text(link.revokedAt));
            break;
        case ActionLink::State::Expired:
            state = tr("expired");
            until = tr("Expired %1").arg(LocalTime::text(link.expiresAt));
            break;
        case ActionLink::State::Closed:
            state = tr("closed: already decided");
            break;
        }
        auto *item = new QListWidgetItem(
                QStringLiteral("%1 \u00b7 %2\n%3").arg(purposeLabel(link.purpose), state, until),
                m_links);
        item->setData(Qt::UserRole, int(link.state));
        item->setToolTip(tip);
    }
    // As tall as its rows (up to four), so the timeline keeps the room.
    const int rows = qBound(1, int(links.size()), 4);
    m_links->setFixedHeight(rows * (qMax(m_links->sizeHintForRow(0), 1) + 2 * m_links->spacing())
                            + 2 * m_links->frameWidth() + 2);
    m_linksBox->setVisible(!links.isEmpty());
    m_newLink->setEnabled(m_pending);
}

void DetailPane::showNewLink(qint64 approvalId, const IssuedLink &link)
{
    if (approvalId != m_id || m_id == 0)
        return;
    m_newLink->setEnabled(m_pending);
    if (!link.ok) {
        showMessage(link.message, true);
        return;
    }
    m_newLinkUrl->setText(link.url.toString(QUrl::FullyEncoded));
    m_newLinkUrl->setCursorPosition(0);
    QString note = tr("%1 link, expires %2. Copy it now: it is shown only once.")
                           .arg(purposeLabel(link.purpose), LocalTime::text(link.expiresAt));
    if (link.revoked > 0)
        note += QLatin1Char(' ')
                + (link.revoked == 1 ? tr("The earlier link no longer works.")
                                     : tr("%1 earlier links no longer work.").arg(link.revoked));
    m_newLinkExpiry->setText(note);
    m_newLinkRow->setVisible(true);
    m_linksBox->setVisible(true);
    showMessage(tr("New link issued"), false);
}
