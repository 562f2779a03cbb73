// DataFiles: keeps the database readable by its owner only. The database holds the
// approvals, the timeline and the sealed secrets; another local user must not read
// it (nor its -wal and -shm files, which hold recent pages in clear). Files are made
// 0600 before SQLite opens them (SQLite gives -wal and -shm the mode of the database
// file) and again at every start, so an existing install is tightened too; a folder
// Gatehouse creates, and its own data folder, are 0700.
#pragma once

#include <QString>
#include <QStringList>

namespace DataFiles {

// The database file and the files SQLite keeps beside it.
QStringList databaseFiles(const QString &databasePath);
// Creates the database's folder (0700) when missing, creates the database file 0600
// when missing, and makes existing database files 0600. False with *error when that
// fails; a warning (folder readable by others) goes to *warning.
bool prepareDatabase(const QString &databasePath, QString *error, QString *warning = nullptr);
// Makes an existing folder owner-only (0700), creating it when missing.
bool secureFolder(const QString &folder, QString *error);

} // namespace DataFiles
