#include "datafiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {
constexpr QFileDevice::Permissions ownerFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions ownerFolder =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
        | QFileDevice::ExeOther;
} // namespace

QStringList DataFiles::databaseFiles(const QString &databasePath)
{
    return {databasePath, databasePath + QStringLiteral("-wal"),
            databasePath + QStringLiteral("-shm"), databasePath + QStringLiteral("-journal")};
}

bool DataFiles::secureFolder(const QString &folder, QString *error)
{
    if (!QDir().mkpath(folder) || !QFile::setPermissions(folder, ownerFolder)) {
        if (error)
            *error = QStringLiteral("cannot make the folder %1 owner-only").arg(folder);
        return false;
    }
    return true;
}

bool DataFiles::prepareDatabase(const QString &databasePath, QString *error, QString *warning)
{
    const QString folder = QFileInfo(databasePath).absolutePath();
    if (!QFileInfo::exists(folder)) {
        if (!secureFolder(folder, error))
            return false;
    } else if (warning && (QFileInfo(folder).permissions() & others)) {
        *warning = QStringLiteral("the folder %1 is open to other users; the database files in "
                                  "it are owner-only")
                           .arg(folder);
    }
    if (!QFileInfo::exists(databasePath)) {
        // Created owner-only before SQLite opens it: no moment with wider permissions.
        QFile file(databasePath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerFile)) {
            if (error)
                *error = QStringLiteral("cannot create %1: %2")
                                 .arg(databasePath, file.errorString());
            return false;
        }
    }
    for (const QString &file : databaseFiles(databasePath)) {
        if (QFileInfo::exists(file) && QFile::permissions(file) != ownerFile
            && !QFile::setPermissions(file, ownerFile)) {
            if (error)
                *error = QStringLiteral("cannot make %1 owner-only (0600)").arg(file);
            return false;
        }
    }
    return true;
}
