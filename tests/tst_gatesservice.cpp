// tst_gatesservice: gates and fan-in as the desktop and headless mode run them: the
// service in its own thread with a policy file and a groups file, real time, real
// probes against local fake services, decisions delivered on their own; and files that
// do not validate stop the start with the field and the reason.
#include "service/gatehouseservice.h"
#include "service/inboundsecrets.h"
#include "support/fakehttpserver.h"
#include "support/testhttp.h"
#include "support/testservice.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

class tst_GatesService : public QObject
{
    Q_OBJECT
private slots:
    void refusesInvalidFiles_data();
    void refusesInvalidFiles();
    void policyAndFanInDriveDecisionsOnTheirOwn();

private:
    static ServiceConfig config(const QTemporaryDir &dir);
    static QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &content);
};

ServiceConfig tst_GatesService::config(const QTemporaryDir &dir)
{
    ServiceConfig config = TestService::config(dir.path(), "gates-service-token");
    TestService::acceptAnyone(config, {QStringLiteral("generic"), QStringLiteral("fanin")});
    return config;
}

QString tst_GatesService::write(const QTemporaryDir &dir, const QString &name,
                                const QByteArray &content)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(name));
    return file.fileName();
}

void tst_GatesService::refusesInvalidFiles_data()
{
    QTest::addColumn<bool>("policy");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("error");
    QTest::newRow("policy field")
            << true << QByteArray(R"({"policies":[{"name":"p","timeoutSecs":"long","gates":[]}]})")
            << "field policies[0].timeoutSecs: must be a whole number";
    QTest::newRow("policy missing") << true << QByteArray() << "the policy file is not JSON";
    QTest::newRow("groups field")
            << false << QByteArray(R"({"groups":[{"name":"g","expectedSources":"eastus"}]})")
            << "field groups[0].expectedSources: must be a non-empty list";
}

void tst_GatesService::refusesInvalidFiles()
{
    QFETCH(bool, policy);
    QFETCH(QByteArray, content);
    QFETCH(QString, error);
    QTemporaryDir dir;
    ServiceConfig c = config(dir);
    (policy ? c.policyFile : c.faninFile) = write(dir, QStringLiteral("file.json"), content);
    ServiceThread service;
    QString message;
    QVERIFY(!service.start(c, &message));
    QVERIFY2(message.contains(error), qPrintable(message));
}

void tst_GatesService::policyAndFanInDriveDecisionsOnTheirOwn()
{
    FakeHttpServer health;
    QVERIFY(health.start());
    health.setScript({{200, R"({"status":"healthy","errors":0})"}});
    FakeHttpServer target;
    QVERIFY(target.start());

    QTemporaryDir dir;
    ServiceConfig c = config(dir);
    c.secrets.insert(QStringLiteral("statuspage"), "probe-token-42");
    c.policyFile =
            write(dir, QStringLiteral("policies.json"),
                  QStringLiteral(R"({"policies":[{"name":"prod","match":{"environment":"prod"},
                             "samplingIntervalSecs":1,"timeoutSecs":60,"order":"gatesOnly","gates":[
                             {"name":"health","type":"http","url":"%1",
                              "headers":{"Authorization":"Bearer ${secret:statuspage}"},
                              "condition":"status == \"healthy\" and errors < 5"}]}]})")
                          .arg(health.url(QStringLiteral("/health")).toString())
                          .toUtf8());
    c.faninFile = write(
            dir, QStringLiteral("fanin.json"),
            QStringLiteral(R"({"groups":[{"name":"acr","expectedSources":["eastus","westeurope"],
                            "callback":{"url":"%1"}}]})")
                    .arg(target.url(QStringLiteral("/replicated")).toString())
                    .toUtf8());
    ServiceThread service;
    QString error;
    QVERIFY2(service.start(c, &error), qPrintable(error));
    const auto url = [&](const QString &path) {
        return QUrl(
                QStringLiteral("http://127.0.0.1:%1%2").arg(service.service()->port()).arg(path));
    };

    // A generic approval in "prod": the policy probes, all green approves, the callback goes out.
    const TestReply created = TestHttp::postJson(
            url(QStringLiteral("/hooks/generic")),
            {{QStringLiteral("title"), QStringLiteral("Deploy")},
             {QStringLiteral("environment"), QStringLiteral("prod")},
             {QStringLiteral("callbackUrl"), target.url(QStringLiteral("/cb")).toString()}});
    QCOMPARE(created.status, 201);
    QTRY_COMPARE_WITH_TIMEOUT(target.requests.size(), 1, 15000);
    QCOMPARE(target.requests.first().path, QStringLiteral("/cb"));
    QCOMPARE(QJsonDocument::fromJson(target.requests.first().body)
                     .object()
                     .value(QStringLiteral("decision"))
                     .toString(),
             QStringLiteral("approved"));
    QVERIFY(!health.requests.isEmpty());
    QCOMPARE(health.requests.first().header("Authorization"), QByteArray("Bearer probe-token-42"));
    const TestReply shown = TestHttp::send(
            QStringLiteral("GET"),
            url(QStringLiteral("/api/approvals/%1")
                        .arg(created.json().value(QStringLiteral("id")).toInteger())),
            {}, {{"Authorization", "Bearer gates-service-token"}});
    QCOMPARE(shown.json().value(QStringLiteral("decisionOrigin")).toString(),
             QStringLiteral("policy"));

    // The fan-in route is there, from the groups file.
    QCOMPARE(TestHttp::postJson(url(QStringLiteral("/hooks/fanin/acr?region=eastus")),
                                {{QStringLiteral("id"), QStringLiteral("e1")}})
                     .status,
             201);
    QCOMPARE(TestHttp::postJson(url(QStringLiteral("/hooks/fanin/acr?region=westeurope")),
                                {{QStringLiteral("id"), QStringLiteral("e1")}})
                     .status,
             200);
    QTRY_COMPARE_WITH_TIMEOUT(target.requests.size(), 2, 15000);
    QCOMPARE(target.requests.last().path, QStringLiteral("/replicated"));
    service.stop();
}

QTEST_GUILESS_MAIN(tst_GatesService)
#include "tst_gatesservice.moc"
