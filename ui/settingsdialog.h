// SettingsDialog: where Gatehouse listens, its TLS files, its database, the language
// and the notification quiet hours. It reads and writes the same QSettings keys that
// the composition root (app/main.cpp) reads at start, so network, database and
// language settings take effect on the next start; the dialog says so.
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSettings;
class QSpinBox;
class QTimeEdit;

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    void load(const QSettings &settings);
    void save(QSettings &settings) const;
    QString validationError() const; // empty when the fields can be saved

    QLineEdit *addressField() const { return m_address; }
    QSpinBox *portField() const { return m_port; }
    QComboBox *languageField() const { return m_language; }
    QCheckBox *quietField() const { return m_quiet; }
    QTimeEdit *quietFromField() const { return m_quietFrom; }
    QTimeEdit *quietToField() const { return m_quietTo; }

    void accept() override;

private:
    QLineEdit *fileField(const QString &accessibleName, const QString &filter, bool save,
                         QWidget **row);

    QLineEdit *m_address;
    QSpinBox *m_port;
    QLineEdit *m_tlsCert;
    QLineEdit *m_tlsKey;
    QLineEdit *m_database;
    QComboBox *m_language;
    QCheckBox *m_quiet;
    QTimeEdit *m_quietFrom;
    QTimeEdit *m_quietTo;
};
