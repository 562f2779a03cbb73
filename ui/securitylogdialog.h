// SecurityLogDialog: the refused calls and bad tokens the receiver saw, newest first,
// live while open. Read-only: the log is written by the Engine.
#pragma once

#include <QDialog>

class Engine;
class QStandardItemModel;
class QTableView;
struct SecurityEvent;

class SecurityLogDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SecurityLogDialog(Engine *engine, QWidget *parent = nullptr);
    int rowCount() const;

private:
    void prepend(const SecurityEvent &event);

    QStandardItemModel *m_model;
    QTableView *m_view;
};
