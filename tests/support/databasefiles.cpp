#include "databasefiles.h"

#include <QFile>

QByteArray DatabaseFiles::bytes(const QString &databasePath)
{
    QByteArray bytes;
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        QFile file(databasePath + suffix);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}
