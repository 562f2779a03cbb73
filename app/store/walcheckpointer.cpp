#include "walcheckpointer.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

WalCheckpointer::WalCheckpointer(const QString &databasePath, int intervalMs)
    : m_thread([this, databasePath, intervalMs] { run(databasePath, intervalMs); })
{ }

WalCheckpointer::~WalCheckpointer()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void WalCheckpointer::run(const QString &databasePath, int intervalMs)
{
    const QString name = QStringLiteral("gatehouse-checkpointer-") + QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            QSqlQuery query(db);
            // The checkpoint syncs the database file before it lets the log be reused.
            query.exec(QStringLiteral("PRAGMA synchronous=FULL"));
            std::unique_lock<std::mutex> lock(m_mutex);
            while (!m_stop) {
                m_wake.wait_for(lock, std::chrono::milliseconds(intervalMs));
                if (m_stop)
                    break;
                lock.unlock();
                // Result row: busy, frames in the log, frames copied so far.
                if (query.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) && query.next()
                    && query.value(1).toInt() > 0)
                    ++m_checkpoints;
                query.finish();
                lock.lock();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}
