#include "apitokensdialog.h"

#include "core/engine.h"
#include "models/localtime.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

// The store lives in the engine's thread: each call runs there and waits.
template<typename F>
void inEngine(Engine *engine, F &&work)
{
    QMetaObject::invokeMethod(engine, std::forward<F>(work), Qt::BlockingQueuedConnection);
}

} // namespace

ApiTokensDialog::ApiTokensDialog(Engine *engine, QWidget *parent)
    : QDialog(parent), m_engine(engine)
{
    setWindowTitle(tr("Personal API tokens"));
    auto *intro = new QLabel(tr("A personal token authenticates you to the control API: a "
                                "decision made with it is recorded as yours (%1).")
                                     .arg(m_engine->decisionRules()->consoleDecider().name),
                             this);
    intro->setWordWrap(true);
    m_table = new QTableWidget(0, 5, this);
    m_table->setHorizontalHeaderLabels(
            {tr("Name"), tr("Owner"), tr("Created"), tr("Last used"), tr("State")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Personal API tokens"));

    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("What the token is for, e.g. release script"));
    m_name->setMaxLength(PersonalTokens::maxNameChars);
    m_name->setAccessibleName(tr("Token name"));
    m_create = new QPushButton(tr("&New token"), this);
    m_revoke = new QPushButton(tr("&Revoke"), this);
    m_revoke->setEnabled(false);
    auto *row = new QHBoxLayout;
    row->addWidget(m_name, 1);
    row->addWidget(m_create);
    row->addWidget(m_revoke);

    m_newToken = new QLineEdit(this);
    m_newToken->setReadOnly(true);
    m_newToken->setVisible(false);
    m_newToken->setAccessibleName(tr("New token"));
    m_copy = new QPushButton(tr("&Copy"), this);
    m_copy->setAccessibleName(tr("Copy the new token"));
    m_copy->setVisible(false);
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_newToken, 1);
    tokenRow->addWidget(m_copy);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_create, &QPushButton::clicked, this, &ApiTokensDialog::create);
    connect(m_revoke, &QPushButton::clicked, this, &ApiTokensDialog::revokeSelected);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_newToken->text());
        m_message->setText(tr("Token copied. It is not shown again."));
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const QList<QTableWidgetItem *> selected = m_table->selectedItems();
        m_revoke->setEnabled(
                !selected.isEmpty()
                && !m_table->item(selected.first()->row(), 0)->data(Qt::UserRole + 1).toBool());
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    layout->addLayout(tokenRow);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(640, 360);
    reload();
}

void ApiTokensDialog::reload()
{
    QVector<ApiTokenRecord> tokens;
    Engine *engine = m_engine;
    inEngine(engine, [&] { tokens = engine->personalTokens().list(); });
    m_table->setRowCount(0);
    for (const ApiTokenRecord &token : std::as_const(tokens)) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        auto *name = new QTableWidgetItem(token.name);
        name->setData(Qt::UserRole, token.id);
        name->setData(Qt::UserRole + 1, token.revokedAt.isValid());
        m_table->setItem(r, 0, name);
        m_table->setItem(r, 1, new QTableWidgetItem(token.owner));
        m_table->setItem(r, 2, new QTableWidgetItem(LocalTime::text(token.createdAt)));
        m_table->setItem(r, 3,
                         new QTableWidgetItem(token.lastUsedAt.isValid()
                                                      ? LocalTime::text(token.lastUsedAt)
                                                      : tr("never")));
        m_table->setItem(r, 4,
                         new QTableWidgetItem(
                                 token.revokedAt.isValid()
                                         ? tr("revoked %1").arg(LocalTime::text(token.revokedAt))
                                         : tr("active")));
    }
    m_revoke->setEnabled(false);
}

void ApiTokensDialog::create()
{
    const QString name = m_name->text();
    const QString owner = m_engine->decisionRules()->consoleDecider().name;
    std::optional<PersonalTokens::Created> created;
    QString error;
    Engine *engine = m_engine;
    inEngine(engine, [&] { created = engine->personalTokens().create(name, owner, &error); });
    if (!created) {
        m_message->setText(tr("No token made: %1").arg(error));
        return;
    }
    m_name->clear();
    m_newToken->setText(QString::fromLatin1(created->token));
    m_newToken->setVisible(true);
    m_copy->setVisible(true);
    m_message->setText(tr("Copy the token now: Gatehouse keeps only its hash and cannot show it "
                          "again."));
    reload();
}

void ApiTokensDialog::revokeSelected()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return;
    const qint64 id = m_table->item(selected.first()->row(), 0)->data(Qt::UserRole).toLongLong();
    bool revoked = false;
    Engine *engine = m_engine;
    inEngine(engine, [&] { revoked = engine->personalTokens().revoke(id); });
    m_message->setText(revoked ? tr("Token revoked: the API refuses it from now on.")
                               : tr("The token could not be revoked."));
    reload();
}
