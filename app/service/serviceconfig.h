// ServiceConfig: everything the composition root decides before the service starts:
// where the database is, where to listen, where the vault key comes from, limits.
#pragma once

#include "delivery/deliverypolicy.h"
#include "receiver/receiverlimits.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QString>

struct ServiceConfig
{
    QString databasePath;
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 port = 8470;
    QString keyFile; // explicit vault key file; skips the keychain
    QString fallbackKeyFile; // used when no keychain answers
    QByteArray operatorToken; // from GATEHOUSE_OPERATOR_TOKEN; empty: generate and keep sealed
    DeliveryPolicy delivery;
    ReceiverLimits limits;
    QString policyFile; // gate policies (JSON); empty: Gatehouse evaluates no gates
    QString faninFile; // fan-in groups (JSON); empty: no /hooks/fanin routes
    // Named secrets to seal into the vault at start (from GATEHOUSE_SECRET_<name>), for
    // gate probe headers, fan-in callbacks and fan-in shared secrets.
    QHash<QString, QByteArray> secrets;
};
