// FileField: a path, typed or chosen with a Browse… button, of a file to open or to
// save to. The line edit carries the accessible name; the button is named after it.
#pragma once

#include <QWidget>

class QLineEdit;

class FileField : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Open, Save };

    FileField(const QString &accessibleName, const QString &filter, Mode mode,
              QWidget *parent = nullptr);

    QLineEdit *edit() const { return m_edit; }

private:
    QLineEdit *m_edit;
};
