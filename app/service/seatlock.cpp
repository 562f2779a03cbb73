#include "seatlock.h"

#include "store/datafiles.h"

#include <QFileInfo>

QString SeatLock::lockFilePath(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".lock");
}

bool SeatLock::acquire(const QString &databasePath, QString *error)
{
    release();
    // The lock comes before the store opens: make the database's folder as the store
    // would (owner-only), so a first start in a new folder is not refused.
    QString prepareError;
    if (!DataFiles::prepareDatabase(databasePath, &prepareError)) {
        if (error)
            *error = prepareError;
        return false;
    }
    auto lock = std::make_unique<QLockFile>(lockFilePath(databasePath));
    // Never stale by age: a Gatehouse may run for months. QLockFile still takes over
    // the lock of a process on this host that no longer exists.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0)) {
        m_lock = std::move(lock);
        return true;
    }
    if (!error)
        return false;
    qint64 pid = 0;
    QString host, application;
    if (lock->error() == QLockFile::LockFailedError && lock->getLockInfo(&pid, &host, &application))
        *error = QStringLiteral("the database %1 is in use by another Gatehouse (pid %2 on host "
                                "%3): stop it first, or start this one with --no-receiver to "
                                "decide from a second window without receiving or delivering")
                         .arg(databasePath)
                         .arg(pid)
                         .arg(host);
    else
        *error = QStringLiteral("cannot create the lock file %1 next to the database")
                         .arg(lockFilePath(databasePath));
    return false;
}

void SeatLock::release()
{
    m_lock.reset(); // QLockFile unlocks in its destructor
}
