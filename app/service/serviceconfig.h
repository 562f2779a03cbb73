// ServiceConfig: everything the composition root decides before the service starts:
// where the database is, where to listen, where the vault key comes from, limits.
#pragma once

#include "connectors/fanin/faningroup.h"
#include "connectors/pausedrun/restarttarget.h"
#include "delivery/deliverypolicy.h"
#include "receiver/receiverlimits.h"
#include "service/inboundsecrets.h"
#include "service/retentionsettings.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QUrl>

struct ServiceConfig
{
    // A SQLite file path or a postgresql:// URL (DatabaseLocation); never a password.
    QString databasePath;
    // false: a console that shows the inbox and decides, but runs no receiver, no
    // delivery and no schedulers (--no-receiver, receiver/enabled=false). It takes no
    // seat on a SQLite file, so it may run beside the instance that receives.
    bool receiverEnabled = true;
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 port = 8470;
    QString keyFile; // explicit vault key file; skips the keychain
    QString fallbackKeyFile; // used when no keychain answers
    QByteArray operatorToken; // from GATEHOUSE_OPERATOR_TOKEN; empty: generate and keep sealed
    DeliveryPolicy delivery;
    // "whsec_..." from GATEHOUSE_CALLBACK_SIGNING_SECRET; empty: stored or generated.
    QByteArray callbackSigningSecret;
    ReceiverLimits limits;
    QHash<QString, InboundSetting> inbound; // by connector; missing: token, generated
    QString tlsCertificate; // PEM; with tlsKey, the receiver speaks HTTPS only
    QString tlsKey;
    // Requests arriving together share one durable commit; each receiver thread holds one
    // request at a time, so the thread count bounds the size of a group. 64 rather than
    // 16: groups of 10-12 instead of 7 under 32 busy connections, a third less commit
    // time per webhook (bench/engine-cpu.sh, issue 17); an idle thread costs little.
    int receiverThreads = 64;
    // GET /metrics without a token on this loopback port as well (0: only the receiver's
    // /metrics, behind the operator token).
    quint16 metricsPort = 0;
    // Reverse proxies whose X-Forwarded-For names the client (addresses and CIDR
    // ranges, comma-separated); empty: the TCP peer is the client.
    QString trustedProxies;
    RetentionSettings retention; // decided approvals kept N days, then archived and dropped

    // Action links, FlexDeploy tasks and pausable pipelines (docs/human-tasks.md).
    QUrl publicUrl; // base of every link; empty: http://127.0.0.1:<port>
    int linkExpiryMinutes = 24 * 60;
    QUrl flexDeployBaseUrl; // empty: FlexDeploy decisions are recorded, not sent
    QByteArray flexDeployCredentials; // "user:password"; sealed in the vault at start
    QUrl chatWebhookUrl; // Slack-compatible incoming webhook for new tasks; empty: none
    QList<RestartTarget> restartTargets;
    QHash<QString, QByteArray> restartTargetCredentials; // target name -> token or "user:password"
    QString policyFile; // gate policies (JSON); empty: Gatehouse evaluates no gates
    QString faninFile; // fan-in groups (JSON); empty: no /hooks/fanin routes
    QVector<FanInGroup> faninGroups; // as loaded from faninFile by the service at start
    // Named secrets to seal into the vault at start (from GATEHOUSE_SECRET_<name>), for
    // gate probe headers, fan-in callbacks and fan-in shared secrets.
    QHash<QString, QByteArray> secrets;
    // Connector credentials from the environment (ConnectorSetting::Type::Secret with an
    // environment variable), by vault name; sealed at start like the FlexDeploy ones.
    QHash<QString, QByteArray> connectorCredentials;
    // Connectors' plain settings by key ("jenkins/url"), as each connector declares them.
    QHash<QString, QString> connectorSettings;
};
