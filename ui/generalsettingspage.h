// GeneralSettingsPage: the General tab: where Gatehouse listens, its TLS files, its
// database, the language, the notification quiet hours, deciding safely (undo window,
// production confirmation) and the action links. The
// receiver, database and language are read only at start (startKeys()); quiet hours
// apply at once. The action links belong to ConnectorSettings and are saved with them.
#pragma once

#include "service/connectorsettings.h"
#include "ui/fielderrors.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSettings;
class QSpinBox;
class QTimeEdit;

class GeneralSettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit GeneralSettingsPage(FieldErrors &errors, QWidget *parent = nullptr);

    static const QStringList &startKeys(); // read only when Gatehouse starts

    void load(const QSettings &settings);
    void save(QSettings &settings) const;
    // The first field that cannot be saved, with the reason; nothing when all can.
    std::optional<FieldProblem> problem() const;

    void loadLinks(const ConnectorSettings &connectors);
    void collectLinks(ConnectorSettings &connectors) const;

    QLineEdit *addressField() const { return m_address; }
    QSpinBox *portField() const { return m_port; }
    QComboBox *languageField() const { return m_language; }
    QCheckBox *quietField() const { return m_quiet; }
    QTimeEdit *quietFromField() const { return m_quietFrom; }
    QTimeEdit *quietToField() const { return m_quietTo; }
    QSpinBox *undoSecondsField() const { return m_undoSeconds; }
    QCheckBox *confirmProductionField() const { return m_confirmProduction; }

private:
    QLineEdit *m_address = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_tlsCert = nullptr;
    QLineEdit *m_tlsKey = nullptr;
    QLineEdit *m_database = nullptr;
    QComboBox *m_language = nullptr;
    QCheckBox *m_quiet = nullptr;
    QTimeEdit *m_quietFrom = nullptr;
    QTimeEdit *m_quietTo = nullptr;
    QLineEdit *m_publicUrl = nullptr;
    QSpinBox *m_linkExpiry = nullptr;
    QSpinBox *m_undoSeconds = nullptr;
    QCheckBox *m_confirmProduction = nullptr;
};
