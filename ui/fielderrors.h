// FieldErrors: the line under a settings field that says what is wrong with it, found
// by the field's key: a settings key such as "auth/azure/secret", or "policy.name",
// "gate.url" on the Policies page. The pages register their fields as they build them;
// the dialog shows the problems that validation and saving report, and clears them.
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

class QLabel;
class QWidget;

// One refused field: its key (or, when no field fits, what the validator named) and why.
struct FieldProblem
{
    QString field;
    QString reason;
};

class FieldErrors
{
    Q_DECLARE_TR_FUNCTIONS(FieldErrors)

public:
    // The field with a hidden line under it for its error, registered under key.
    QWidget *withError(QWidget *field, const QString &key);

    bool contains(const QString &key) const { return m_fields.contains(key); }
    QWidget *field(const QString &key) const; // nullptr for an unknown key
    QLabel *label(const QString &key) const; // nullptr for an unknown key
    QString text(const QString &key) const; // empty when no error is shown
    void clear();

private:
    struct Field
    {
        QWidget *field = nullptr;
        QLabel *error = nullptr;
    };
    QHash<QString, Field> m_fields;
};
