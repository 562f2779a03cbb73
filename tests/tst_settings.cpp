// tst_settings: the rules behind the settings dialog, without widgets. Connector
// settings validate field by field and put secrets into the vault of a running
// service, never into the settings file, and inbound changes apply to the next
// webhook; policies are validated by the policy file's own validator (plus: no
// credential in clear in a header), saved in the policy file's schema, and handed to
// the running gate sampler.
#include "connectors/flexdeploy/flexdeployconnector.h"
#include "connectors/pausedrun/restarttarget.h"
#include "gates/gatesampler.h"
#include "service/connectorsettings.h"
#include "service/gatehouseservice.h"
#include "service/inboundsecrets.h"
#include "service/policysettings.h"
#include "service/settingsservice.h"
#include "support/testhttp.h"
#include "support/testservice.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class tst_Settings : public QObject
{
    Q_OBJECT
private slots:
    void policyProblemsNameTheField_data();
    void policyProblemsNameTheField();
    void policiesSaveInTheFileSchema();
    void connectorProblemsNameTheField_data();
    void connectorProblemsNameTheField();
    void secretsGoToTheVaultAndApplyLive();
    void policiesApplyToTheRunningService();

private:
    static QJsonObject policy(const QJsonObject &gate);
    bool startService(QTemporaryDir &dir, ServiceThread &service);
};

QJsonObject tst_Settings::policy(const QJsonObject &gate)
{
    return QJsonObject{{QStringLiteral("name"), QStringLiteral("prod")},
                       {QStringLiteral("match"),
                        QJsonObject{{QStringLiteral("environment"), QStringLiteral("prod")}}},
                       {QStringLiteral("gates"), QJsonArray{gate}}};
}

bool tst_Settings::startService(QTemporaryDir &dir, ServiceThread &service)
{
    return TestService::start(service, TestService::config(dir.path(), "settings-test-token"));
}

void tst_Settings::policyProblemsNameTheField_data()
{
    QTest::addColumn<QJsonObject>("gate");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("reason");
    const auto http = [](const QString &url) {
        return QJsonObject{{QStringLiteral("name"), QStringLiteral("health")},
                           {QStringLiteral("type"), QStringLiteral("http")},
                           {QStringLiteral("url"), url}};
    };
    QTest::newRow("url") << http(QStringLiteral("not a url")) << "gates[0].url"
                         << "must be an absolute http or https URL";
    QJsonObject condition = http(QStringLiteral("https://status.example.com/health"));
    condition.insert(QStringLiteral("condition"), QStringLiteral("status =="));
    QTest::newRow("condition") << condition << "gates[0].condition"
                               << "";
    QJsonObject clear = http(QStringLiteral("https://status.example.com/health"));
    clear.insert(QStringLiteral("headers"),
                 QJsonObject{{QStringLiteral("Authorization"), QStringLiteral("Bearer abc")}});
    QTest::newRow("credential in clear") << clear << "gates[0].headers.Authorization"
                                         << "carries a credential";
    QTest::newRow("no days") << QJsonObject{{QStringLiteral("name"), QStringLiteral("hours")},
                                            {QStringLiteral("type"), QStringLiteral("timeWindow")},
                                            {QStringLiteral("days"), QJsonArray()}}
                             << "gates[0].days"
                             << "non-empty list of days";
}

void tst_Settings::policyProblemsNameTheField()
{
    QFETCH(QJsonObject, gate);
    QFETCH(QString, field);
    QFETCH(QString, reason);
    PolicyFile::Error error;
    QVERIFY(!PolicySettings::validate(policy(gate), &error));
    QCOMPARE(error.field, field);
    QVERIFY2(error.reason.contains(reason), qPrintable(error.reason));
    QVERIFY(!error.reason.isEmpty());
    QVERIFY(error.message.contains(field));
    // In a list, the field names the policy too.
    QVERIFY(!PolicySettings::validateAll(QJsonArray{policy(gate)}, &error));
    QCOMPARE(error.field, QStringLiteral("policies[0].") + field);
}

void tst_Settings::policiesSaveInTheFileSchema()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("Gatehouse.conf")), QSettings::IniFormat);
    QString error;
    QCOMPARE(PolicySettings::load(settings, &error), QJsonArray()); // no file: no policies
    const QJsonObject gate{
            {QStringLiteral("name"), QStringLiteral("health")},
            {QStringLiteral("type"), QStringLiteral("http")},
            {QStringLiteral("url"), QStringLiteral("https://status.example.com/health")},
            {QStringLiteral("headers"),
             QJsonObject{
                     {QStringLiteral("Authorization"), QStringLiteral("${secret:statuspage}")}}},
            {QStringLiteral("condition"), QStringLiteral("status == \"healthy\"")}};
    const QJsonArray policies{policy(gate)};
    PolicyFile::Error problem;
    const auto saved = PolicySettings::save(settings, policies, &problem);
    QVERIFY2(saved, qPrintable(problem.message));
    QCOMPARE(saved->size(), 1);
    const QString path = dir.filePath(QStringLiteral("policies.json"));
    QCOMPARE(settings.value(QStringLiteral("gates/policyFile")).toString(), path);
    QCOMPARE(QFile(path).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
    // The start reads it with the policy file's loader.
    QVERIFY2(PolicyFile::load(path, &error), qPrintable(error));
    QCOMPARE(PolicySettings::load(settings, &error), policies);
    // An invalid list is not written.
    QJsonObject bad = gate;
    bad.insert(QStringLiteral("url"), QStringLiteral("ftp://x"));
    QVERIFY(!PolicySettings::save(settings, QJsonArray{policy(bad)}, &problem));
    QCOMPARE(PolicySettings::load(settings, &error), policies);
    QCOMPARE(PolicySettings::headerSecretName(QStringLiteral("Prod Health"),
                                              QStringLiteral("status"),
                                              QStringLiteral("Authorization")),
             QStringLiteral("gate-prod-health-status-authorization"));
}

void tst_Settings::connectorProblemsNameTheField_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("field");
    QTest::newRow("base url") << "baseUrl"
                              << "flexdeploy/baseUrl";
    QTest::newRow("chat url") << "chat"
                              << "flexdeploy/chatWebhookUrl";
    QTest::newRow("public url") << "public"
                                << "links/publicUrl";
    QTest::newRow("short secret") << "short"
                                  << "auth/azure/secret";
    QTest::newRow("whsec") << "whsec"
                           << "auth/generic/secret";
    QTest::newRow("user only") << "user"
                               << "flexdeploy/credentials";
    QTest::newRow("header") << "header"
                            << "auth/fanin/signatureHeader";
    QTest::newRow("groups file") << "groups"
                                 << "fanin/groupsFile";
    QTest::newRow("credentials in a URL") << "jenkins url"
                                          << "jenkins/url";
    QTest::newRow("jenkins credentials") << "jenkins credentials"
                                         << "jenkins/credentials";
}

void tst_Settings::connectorProblemsNameTheField()
{
    QFETCH(QString, change);
    QFETCH(QString, field);
    QTemporaryDir dir;
    ServiceThread service;
    QVERIFY(startService(dir, service));
    const SettingsService backend(service.service());
    QSettings settings(dir.filePath(QStringLiteral("Gatehouse.conf")), QSettings::IniFormat);
    ConnectorSettings connectors;
    connectors.load(settings, backend);
    QVERIFY(connectors.validate(backend).isEmpty());
    QVERIFY(connectors.inbound.value(QStringLiteral("azure")).secretStored); // generated at start
    if (change == QLatin1String("baseUrl"))
        connectors.declared.field(QStringLiteral("flexdeploy/baseUrl"))->value =
                QStringLiteral("flexdeploy.example.com");
    else if (change == QLatin1String("chat"))
        connectors.declared.field(QStringLiteral("flexdeploy/chatWebhookUrl"))->value =
                QStringLiteral("mailto:x@example.com");
    else if (change == QLatin1String("public"))
        connectors.publicUrl = QStringLiteral("/relative");
    else if (change == QLatin1String("short"))
        connectors.inbound[QStringLiteral("azure")].newSecret = "short";
    else if (change == QLatin1String("whsec"))
        connectors.inbound[QStringLiteral("generic")].scheme = QStringLiteral("standard-webhooks");
    else if (change == QLatin1String("user"))
        connectors.declared.field(QStringLiteral("flexdeploy/credentials"))->newSecret = "deployer";
    else if (change == QLatin1String("jenkins url"))
        connectors.declared.field(QStringLiteral("jenkins/url"))->value =
                QStringLiteral("https://bot:token@jenkins.example.com/");
    else if (change == QLatin1String("jenkins credentials"))
        connectors.declared.field(QStringLiteral("jenkins/credentials"))->newSecret =
                "token-without-user";
    else if (change == QLatin1String("header")) {
        connectors.inbound[QStringLiteral("fanin")].scheme = QStringLiteral("hmac-sha256");
        connectors.inbound[QStringLiteral("fanin")].signatureHeader = QStringLiteral("X Bad");
    } else if (change == QLatin1String("groups"))
        connectors.declared.field(QStringLiteral("fanin/groupsFile"))->value =
                dir.filePath(QStringLiteral("missing.json"));
    const auto problems = connectors.validate(backend);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, field);
    QVERIFY(!problems.first().reason.isEmpty());
    bool restart = false;
    QVector<ConnectorSettings::Problem> refused;
    QVERIFY(!connectors.save(settings, backend, &restart, &refused));
    settings.sync();
    QVERIFY(settings.allKeys().isEmpty()); // nothing written
}

void tst_Settings::secretsGoToTheVaultAndApplyLive()
{
    QTemporaryDir dir;
    ServiceThread service;
    QVERIFY(startService(dir, service));
    const SettingsService backend(service.service());
    const QString ini = dir.filePath(QStringLiteral("Gatehouse.conf"));
    QSettings settings(ini, QSettings::IniFormat);
    settings.setValue(QStringLiteral("restartTargets/adf-load/url"),
                      QStringLiteral("https://restart.example.com/run"));
    ConnectorSettings connectors;
    connectors.load(settings, backend);
    QCOMPARE(connectors.restartTargets, QStringList{QStringLiteral("adf-load")});
    QVERIFY(!connectors.restartCredentialsStored.value(QStringLiteral("adf-load")));
    connectors.newRestartCredentials.insert(QStringLiteral("adf-load"), "restart-token-77");

    const QByteArray secret = "replaced-generic-secret-0123456789";
    connectors.inbound[QStringLiteral("generic")].newSecret = secret;
    connectors.inbound[QStringLiteral("azure")].scheme = QStringLiteral("hmac-sha256");
    connectors.declared.field(QStringLiteral("flexdeploy/credentials"))->newSecret =
            "deployer:flex-password-42";
    connectors.declared.field(QStringLiteral("flexdeploy/baseUrl"))->value =
            QStringLiteral("https://flexdeploy.example.com");
    bool restart = false;
    QVector<ConnectorSettings::Problem> problems;
    QVERIFY(connectors.save(settings, backend, &restart, &problems));
    QVERIFY(restart); // the base URL is read at start
    settings.sync();
    QCOMPARE(settings.value(QStringLiteral("auth/azure/scheme")).toString(),
             QStringLiteral("hmac-sha256"));
    QCOMPARE(settings.value(QStringLiteral("flexdeploy/baseUrl")).toString(),
             QStringLiteral("https://flexdeploy.example.com"));
    QFile file(ini);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(!content.contains(secret));
    QVERIFY(!content.contains("flex-password-42"));
    QVERIFY(!content.contains("restart-token-77"));
    QVERIFY(backend.hasSecret(RestartTarget::secretName(QStringLiteral("adf-load"))));
    QVERIFY(backend.hasSecret(FlexDeployConnector::credentialsSecret()));
    QVERIFY(connectors.declared.field(QStringLiteral("flexdeploy/credentials"))
                    ->newSecret.isEmpty());
    QVERIFY(connectors.inbound.value(QStringLiteral("generic")).newSecret.isEmpty());

    // The next webhook must carry the new secret; the service reports it for "How to connect".
    const QUrl url(
            QStringLiteral("http://127.0.0.1:%1/hooks/generic").arg(service.service()->port()));
    const QJsonObject body{
            {QStringLiteral("title"), QStringLiteral("t")},
            {QStringLiteral("callbackUrl"), QStringLiteral("http://127.0.0.1:9/cb")}};
    QCOMPARE(TestHttp::postJson(url, body, {{"Authorization", "Bearer " + secret}}).status, 201);
    QCOMPARE(TestHttp::postJson(url, body, {{"Authorization", "Bearer wrong-secret-0123456789"}})
                     .status,
             401);
    bool reported = false;
    for (const ConnectorSecret &s : backend.connectionSecrets())
        reported = reported || (s.connector == QLatin1String("generic") && s.secret == secret);
    QVERIFY(reported);
    // Read again: stored, never the value.
    ConnectorSettings again;
    again.load(settings, backend);
    QVERIFY(again.inbound.value(QStringLiteral("generic")).secretStored);
    QVERIFY(again.inbound.value(QStringLiteral("generic")).newSecret.isEmpty());
    QVERIFY(again.declared.field(QStringLiteral("flexdeploy/credentials"))->stored);

    // Without a running service there is nowhere to put a secret.
    const SettingsService none;
    again.inbound[QStringLiteral("generic")].newSecret = secret;
    QVERIFY(!again.validate(none).isEmpty());
}

void tst_Settings::policiesApplyToTheRunningService()
{
    QTemporaryDir dir;
    ServiceThread service;
    QVERIFY(startService(dir, service));
    const SettingsService backend(service.service());
    GateSampler *sampler = service.service()->gateSampler();
    const auto policyCount = [&] {
        int count = 0;
        QMetaObject::invokeMethod(
                sampler, [&] { count = int(sampler->policies().size()); },
                Qt::BlockingQueuedConnection);
        return count;
    };
    QCOMPARE(policyCount(), 0);
    const QJsonObject window{{QStringLiteral("name"), QStringLiteral("always")},
                             {QStringLiteral("type"), QStringLiteral("timeWindow")}};
    PolicyFile::Error error;
    const auto policies = PolicySettings::validateAll(QJsonArray{policy(window)}, &error);
    QVERIFY2(policies, qPrintable(error.message));
    QVERIFY(backend.setPolicies(*policies));
    QCOMPARE(policyCount(), 1);
}

QTEST_GUILESS_MAIN(tst_Settings)
#include "tst_settings.moc"
