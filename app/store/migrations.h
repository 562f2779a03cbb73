// Numbered schema migrations. Each one runs once, in order, in a transaction of its
// own; the database records the highest number applied. Statements are portable SQL
// (SQLite and PostgreSQL); "%ID%" becomes the driver's auto-increment key column, and
// a statement that starts with "%POSTGRES%" runs on PostgreSQL only, one that starts
// with "%SQLITE%" on SQLite only.
#pragma once

#include <QStringList>
#include <QVector>

struct Migration
{
    int version;
    QStringList statements;
};

const QVector<Migration> &schemaMigrations();
