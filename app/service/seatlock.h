// SeatLock: one receiving instance per SQLite file. Two instances on one file would both
// run delivery and deliver each callback twice; the second is refused at start with a
// message naming the first (pid and host from an exclusive lock file next to the
// database, "<database>.lock"). A console without receiver and delivery
// (--no-receiver) takes no seat. A lock left by a crashed instance is taken over.
#pragma once

#include <QLockFile>
#include <QString>

#include <memory>

class SeatLock
{
public:
    static QString lockFilePath(const QString &databasePath);

    // Takes the seat for databasePath, or says who holds it.
    bool acquire(const QString &databasePath, QString *error);
    void release();

private:
    std::unique_ptr<QLockFile> m_lock;
};
