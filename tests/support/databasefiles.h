// DatabaseFiles: the bytes a SQLite database leaves on disk (the main file and its
// write-ahead log), for tests that prove a secret never reaches them in plain text.
#pragma once

#include <QByteArray>
#include <QString>

namespace DatabaseFiles {
// The main file followed by its -wal file; missing files add nothing.
QByteArray bytes(const QString &databasePath);
} // namespace DatabaseFiles
