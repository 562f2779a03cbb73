// ApiTokensDialog: personal API tokens (issue 13 item 5): the list (name, owner, created,
// last used, revoked), a new token for this console's user, shown once with Copy, and
// Revoke. The tokens live in the database, so every console of a team lists the same.
#pragma once

#include <QDialog>

class Engine;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

class ApiTokensDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ApiTokensDialog(Engine *engine, QWidget *parent = nullptr);

    QLineEdit *nameField() const { return m_name; }
    QPushButton *createButton() const { return m_create; }
    QPushButton *revokeButton() const { return m_revoke; }
    QPushButton *copyButton() const { return m_copy; }
    QLineEdit *newTokenField() const { return m_newToken; }
    QTableWidget *table() const { return m_table; }

private:
    void reload();
    void create();
    void revokeSelected();

    Engine *m_engine;
    QTableWidget *m_table;
    QLineEdit *m_name;
    QPushButton *m_create;
    QPushButton *m_revoke;
    QLineEdit *m_newToken;
    QPushButton *m_copy;
    QLabel *m_message;
};
