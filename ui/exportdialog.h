// ExportDialog: what to export (the selected rows, or everything decided in a date
// range), as CSV or JSON, and where. It only asks; the window runs the export.
#pragma once

#include "models/approvalexporter.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QRadioButton;

class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(int selectedCount, QWidget *parent = nullptr);

    bool selectionOnly() const;
    QDate from() const;
    QDate to() const;
    QString path() const;
    ApprovalExporter::Format format() const;

    void accept() override;

private:
    void formatChanged();

    QRadioButton *m_selection;
    QRadioButton *m_range;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_format;
    QLineEdit *m_path;
};
