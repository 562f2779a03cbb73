// Timeout outcome (issue 18, item 3): a policy's "onTimeout" chooses what a passed
// deadline does (reject, as always; approve; or leave it to the waiting system), and
// the timeline names the policy that chose. Through the HTTP API of a started service,
// with a fake callback target on loopback.
#include "support/fakehttpserver.h"
#include "support/testhttp.h"
#include "support/testservice.h"

#include "gates/policyfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class tst_TimeoutOutcome : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void outcome_data();
    void outcome();
    void leaveKeepsItOpen();
    void policyValueIsChecked();

private:
    QUrl url(const QString &path) const;
    qint64 post(const QString &environment);
    QJsonObject fetch(qint64 id) const;
    static QStringList timeline(const QJsonObject &approval);

    QTemporaryDir m_dir;
    std::unique_ptr<ServiceThread> m_service;
    FakeHttpServer m_target;
};

void tst_TimeoutOutcome::initTestCase()
{
    QVERIFY(m_target.start());
    QFile policies(m_dir.filePath(QStringLiteral("policies.json")));
    QVERIFY(policies.open(QIODevice::WriteOnly));
    policies.write(R"({"policies":[
        {"name":"auto-approve dev","match":{"environment":"dev"},"onTimeout":"approve"},
        {"name":"qa decides itself","match":{"environment":"qa"},"onTimeout":"leave"},
        {"name":"strict prod","match":{"environment":"prod"},"onTimeout":"reject"}]})");
    policies.close();
    ServiceConfig config = TestService::config(m_dir.path(), "timeout-token");
    config.policyFile = policies.fileName();
    TestService::acceptAnyone(config, {QStringLiteral("generic")});
    m_service = std::make_unique<ServiceThread>();
    QVERIFY(TestService::start(*m_service, config));
}

void tst_TimeoutOutcome::cleanupTestCase()
{
    m_service.reset();
}

QUrl tst_TimeoutOutcome::url(const QString &path) const
{
    return QUrl(
            QStringLiteral("http://127.0.0.1:%1%2").arg(m_service->service()->port()).arg(path));
}

qint64 tst_TimeoutOutcome::post(const QString &environment)
{
    const TestReply created = TestHttp::postJson(
            url(QStringLiteral("/hooks/generic")),
            {{QStringLiteral("title"), QStringLiteral("Deploy to %1").arg(environment)},
             {QStringLiteral("environment"), environment},
             {QStringLiteral("timeoutMinutes"), 0.01}, // 0.6 s
             {QStringLiteral("callbackUrl"),
              m_target.url(QStringLiteral("/") + environment).toString()}});
    if (created.status != 201)
        qWarning() << created.status << created.body;
    return created.json().value(QStringLiteral("id")).toInteger();
}

QJsonObject tst_TimeoutOutcome::fetch(qint64 id) const
{
    return TestHttp::send(QStringLiteral("GET"), url(QStringLiteral("/api/approvals/%1").arg(id)),
                          {}, {{"Authorization", "Bearer timeout-token"}})
            .json();
}

QStringList tst_TimeoutOutcome::timeline(const QJsonObject &approval)
{
    QStringList lines;
    for (const QJsonValue &entry : approval.value(QStringLiteral("timeline")).toArray())
        lines.append(entry.toObject().value(QStringLiteral("type")).toString() + QLatin1String(": ")
                     + entry.toObject().value(QStringLiteral("message")).toString());
    return lines;
}

void tst_TimeoutOutcome::outcome_data()
{
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("origin");
    QTest::addColumn<QString>("timelineLine");
    QTest::addColumn<QString>("callbackDecision");
    QTest::newRow("approve") << "dev"
                             << "approved"
                             << "policy"
                             << "decided: Approved by gatehouse from policy: \"deadline passed;"
                                " policy “auto-approve dev” approves on timeout\""
                             << "approved";
    QTest::newRow("reject by policy")
            << "prod"
            << "expired"
            << "timeout"
            << "expired: Expired: no decision before the deadline: \"policy “strict prod”"
               " rejects on timeout\""
            << "expired";
    QTest::newRow("default") << "staging"
                             << "expired"
                             << "timeout"
                             << "expired: Expired: no decision before the deadline"
                             << "expired";
}

void tst_TimeoutOutcome::outcome()
{
    QFETCH(QString, environment);
    QFETCH(QString, state);
    QFETCH(QString, origin);
    QFETCH(QString, timelineLine);
    QFETCH(QString, callbackDecision);
    const qint64 id = post(environment);
    QVERIFY(id > 0);
    QTRY_COMPARE_WITH_TIMEOUT(fetch(id).value(QStringLiteral("state")).toString(), state, 10000);
    const QJsonObject decided = fetch(id);
    QCOMPARE(decided.value(QStringLiteral("decidedBy")), QStringLiteral("gatehouse"));
    QCOMPARE(decided.value(QStringLiteral("decisionOrigin")).toString(), origin);
    QVERIFY2(timeline(decided).contains(timelineLine),
             qPrintable(timeline(decided).join(QLatin1Char('\n'))));
    const auto callback = [&]() -> QJsonObject {
        for (const RecordedRequest &r : std::as_const(m_target.requests)) {
            if (r.path == QLatin1Char('/') + environment)
                return QJsonDocument::fromJson(r.body).object();
        }
        return {};
    };
    QTRY_VERIFY(!callback().isEmpty());
    QCOMPARE(callback().value(QStringLiteral("decision")).toString(), callbackDecision);
}

void tst_TimeoutOutcome::leaveKeepsItOpen()
{
    const qint64 id = post(QStringLiteral("qa"));
    QVERIFY(id > 0);
    const QString line =
            QStringLiteral("timeout: Deadline passed: policy “qa decides itself”"
                           " leaves the outcome to generic; Gatehouse does not decide");
    QTRY_VERIFY_WITH_TIMEOUT(timeline(fetch(id)).contains(line), 10000);
    // Written in the transaction that would have queued a callback: nothing was queued.
    const QJsonObject left = fetch(id);
    QCOMPARE(left.value(QStringLiteral("state")), QStringLiteral("pending"));
    QCOMPARE(left.value(QStringLiteral("delivery")), QStringLiteral("none"));
    QVERIFY(left.value(QStringLiteral("deadline")).isNull());
    // A person can still decide until the waiting system gives up.
    QCOMPARE(TestHttp::send(QStringLiteral("POST"),
                            url(QStringLiteral("/api/approvals/%1/approve").arg(id)), "{}",
                            {{"Authorization", "Bearer timeout-token"}})
                     .status,
             200);
    QTRY_VERIFY(
            std::any_of(m_target.requests.cbegin(), m_target.requests.cend(),
                        [](const RecordedRequest &r) { return r.path == QLatin1String("/qa"); }));
}

void tst_TimeoutOutcome::policyValueIsChecked()
{
    PolicyFile::Error error;
    QVERIFY(!PolicyFile::parse(R"({"policies":[{"name":"p","onTimeout":"ignore"}]})", &error));
    QCOMPARE(error.message,
             QStringLiteral("field policies[0].onTimeout: must be reject, approve or leave"));
    const auto parsed =
            PolicyFile::parse(R"({"policies":[{"name":"p","onTimeout":"leave"}]})", &error);
    QVERIFY2(parsed, qPrintable(error.message));
    QCOMPARE(parsed->first().onTimeout, TimeoutChoice::Outcome::Leave);
}

QTEST_GUILESS_MAIN(tst_TimeoutOutcome)
#include "tst_timeoutoutcome.moc"
