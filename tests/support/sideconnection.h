// SideConnection: a second, independent connection to a test's SQLite file, as another
// process would have. Tests read what is really on disk through it, hold the write
// lock to keep a commit waiting, or install a trigger that makes a commit fail.
#pragma once

#include <QString>
#include <QVariant>

class SideConnection
{
public:
    explicit SideConnection(const QString &databasePath);
    ~SideConnection();
    SideConnection(const SideConnection &) = delete;
    SideConnection &operator=(const SideConnection &) = delete;

    bool isOpen() const { return m_open; }
    // Runs one statement; false with a warning naming the error.
    bool exec(const QString &sql);
    // The first column of the first row (invalid when there is none).
    QVariant value(const QString &sql);

private:
    QString m_name;
    bool m_open = false;
};
