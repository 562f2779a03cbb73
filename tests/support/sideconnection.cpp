#include "sideconnection.h"

#include <QAtomicInt>
#include <QDebug>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace {
QAtomicInt counter;
}

SideConnection::SideConnection(const QString &databasePath)
    : m_name(QStringLiteral("test-side-%1").arg(counter.fetchAndAddRelaxed(1)))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(databasePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    m_open = db.open();
    if (!m_open)
        qWarning().noquote() << "side connection:" << db.lastError().text();
}

SideConnection::~SideConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

bool SideConnection::exec(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    if (query.exec(sql))
        return true;
    qWarning().noquote() << "side connection:" << sql << "->" << query.lastError().text();
    return false;
}

QVariant SideConnection::value(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}
