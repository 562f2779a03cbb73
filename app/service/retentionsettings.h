// RetentionSettings: how long decided approvals stay in the database (settings keys
// retention/days and retention/archiveFile; README "Retention").
#pragma once

#include <QSettings>
#include <QString>

struct RetentionSettings
{
    int days = 0; // 0: keep forever (the default)
    // Where dropped approvals are archived (JSON Lines). Empty: beside a SQLite database
    // (<database>.archive.jsonl), or in the application's data folder for PostgreSQL.
    QString archiveFile;
    int batchSize = 200;
    int intervalMs = 10 * 60 * 1000; // how often to look for approvals past the cut-off

    static RetentionSettings read(const QSettings &settings);
    // The archive file to use with this database location (a path or postgresql:// URL).
    QString archiveFileFor(const QString &databaseLocation) const;
};
