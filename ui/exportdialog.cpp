#include "exportdialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

ExportDialog::ExportDialog(int selectedCount, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Export approvals"));
    setAccessibleName(tr("Export approvals"));
    m_selection =
            new QRadioButton(tr("The &selected approvals (%n)", nullptr, selectedCount), this);
    m_selection->setAccessibleName(tr("Export the selection"));
    m_selection->setEnabled(selectedCount > 0);
    m_range = new QRadioButton(tr("Everything &decided between"), this);
    m_range->setAccessibleName(tr("Export a date range"));
    (selectedCount > 0 ? m_selection : m_range)->setChecked(true);
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(today.addDays(-30), this);
    m_from->setCalendarPopup(true);
    m_from->setAccessibleName(tr("From date"));
    m_to = new QDateEdit(today, this);
    m_to->setCalendarPopup(true);
    m_to->setAccessibleName(tr("To date"));
    m_format = new QComboBox(this);
    m_format->setAccessibleName(tr("Format"));
    m_format->addItem(tr("CSV (spreadsheets)"), int(ApprovalExporter::Format::Csv));
    m_format->addItem(tr("JSON (the API's fields)"), int(ApprovalExporter::Format::Json));
    m_path = new QLineEdit(QDir::home().filePath(QStringLiteral("gatehouse-approvals.csv")), this);
    m_path->setAccessibleName(tr("Export file"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setAccessibleName(tr("Choose the export file"));

    auto *range = new QHBoxLayout;
    range->addWidget(m_range);
    range->addWidget(m_from);
    range->addWidget(new QLabel(tr("and"), this));
    range->addWidget(m_to);
    range->addStretch(1);
    auto *file = new QHBoxLayout;
    file->addWidget(m_path, 1);
    file->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    // A row label given as text gets no buddy when its field is a layout: without one
    // the "&" shows literally and Alt+I does nothing.
    auto *fileLabel = new QLabel(tr("F&ile:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, file);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_selection);
    layout->addLayout(range);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
                this, windowTitle(), m_path->text(), tr("CSV files (*.csv);;JSON files (*.json)"));
        if (path.isEmpty())
            return;
        m_path->setText(path);
        m_format->setCurrentIndex(
                ApprovalExporter::formatForPath(path) == ApprovalExporter::Format::Json ? 1 : 0);
    });
}

void ExportDialog::formatChanged()
{
    // Keep the file name's extension in step with the chosen format.
    const QFileInfo info(m_path->text());
    const QString suffix = format() == ApprovalExporter::Format::Json ? QStringLiteral("json")
                                                                      : QStringLiteral("csv");
    if (info.suffix() != suffix)
        m_path->setText(info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + suffix));
}

bool ExportDialog::selectionOnly() const
{
    return m_selection->isChecked();
}

QDate ExportDialog::from() const
{
    return m_from->date();
}

QDate ExportDialog::to() const
{
    return m_to->date();
}

QString ExportDialog::path() const
{
    return m_path->text().trimmed();
}

ApprovalExporter::Format ExportDialog::format() const
{
    return ApprovalExporter::Format(m_format->currentData().toInt());
}

void ExportDialog::accept()
{
    if (path().isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Choose a file to export to."));
        return;
    }
    if (!selectionOnly() && from() > to()) {
        QMessageBox::warning(this, windowTitle(), tr("The range starts after it ends."));
        return;
    }
    QDialog::accept();
}
