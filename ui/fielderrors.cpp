#include "fielderrors.h"

#include <QLabel>
#include <QVBoxLayout>

QWidget *FieldErrors::withError(QWidget *field, const QString &key)
{
    auto *container = new QWidget;
    auto *layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    auto *error = new QLabel(container);
    error->setObjectName(QStringLiteral("fieldError"));
    error->setStyleSheet(QStringLiteral("color: #c62828;"));
    error->setWordWrap(true);
    error->setTextFormat(Qt::PlainText);
    error->setAccessibleName(tr("Problem with %1").arg(field->accessibleName()));
    error->hide();
    layout->addWidget(error);
    m_fields.insert(key, {field, error});
    return container;
}

QWidget *FieldErrors::field(const QString &key) const
{
    return m_fields.value(key).field;
}

QLabel *FieldErrors::label(const QString &key) const
{
    return m_fields.value(key).error;
}

QString FieldErrors::text(const QString &key) const
{
    const QLabel *error = label(key);
    return error && !error->isHidden() ? error->text() : QString();
}

void FieldErrors::clear()
{
    for (const Field &f : std::as_const(m_fields)) {
        f.error->clear();
        f.error->hide();
    }
}
