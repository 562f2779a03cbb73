// Supersede stale waits (issue 18, item 1): with a policy "supersede": "newest", a newer
// run of the same pipeline, stage and environment cancels the older pending one in the
// ingest's own transaction, says so on both timelines and sends the cancellation each
// system expects (generic: "decision":"cancelled" plus "supersededBy"; Azure: the reason
// in the task log and TaskCompleted with result failed). Everything through the real
// HTTP API of a started service, with fake external systems on loopback.
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

class tst_Supersede : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void newerRunCancelsOlderGeneric();
    void onlyTheSameDeploymentAndOnlyWithThePolicy();
    void azureCheckFailsWithTheReason();
    void policyValueIsChecked();

private:
    QUrl url(const QString &path) const;
    qint64 postGeneric(const QString &externalId, const QString &stage, const QString &environment,
                       const QString &callbackPath);
    QJsonObject fetch(qint64 id) const;
    static QStringList timelineMessages(const QJsonObject &approval);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ServiceThread> m_service;
    FakeHttpServer m_target;
};

void tst_Supersede::init()
{
    QVERIFY(m_target.start());
    m_dir = std::make_unique<QTemporaryDir>();
    QFile policies(m_dir->filePath(QStringLiteral("policies.json")));
    QVERIFY(policies.open(QIODevice::WriteOnly));
    policies.write(R"({"policies":[{"name":"one wait per prod deployment",)"
                   R"("match":{"environment":"prod"},"supersede":"newest"}]})");
    policies.close();
    ServiceConfig config = TestService::config(m_dir->path(), "supersede-token");
    config.policyFile = policies.fileName();
    TestService::acceptAnyone(config, {QStringLiteral("generic"), QStringLiteral("azure")});
    m_service = std::make_unique<ServiceThread>();
    QVERIFY(TestService::start(*m_service, config));
}

void tst_Supersede::cleanup()
{
    m_service.reset();
    m_dir.reset();
    m_target.stop();
    m_target.requests.clear();
}

QUrl tst_Supersede::url(const QString &path) const
{
    return QUrl(
            QStringLiteral("http://127.0.0.1:%1%2").arg(m_service->service()->port()).arg(path));
}

qint64 tst_Supersede::postGeneric(const QString &externalId, const QString &stage,
                                  const QString &environment, const QString &callbackPath)
{
    const TestReply created = TestHttp::postJson(
            url(QStringLiteral("/hooks/generic")),
            {{QStringLiteral("title"), QStringLiteral("Deploy %1").arg(externalId)},
             {QStringLiteral("externalId"), externalId},
             {QStringLiteral("pipeline"), QStringLiteral("shop")},
             {QStringLiteral("stage"), stage},
             {QStringLiteral("environment"), environment},
             {QStringLiteral("callbackUrl"), m_target.url(callbackPath).toString()}});
    if (created.status != 201 && created.status != 200)
        qWarning() << created.status << created.body;
    return created.json().value(QStringLiteral("id")).toInteger();
}

QJsonObject tst_Supersede::fetch(qint64 id) const
{
    return TestHttp::send(QStringLiteral("GET"), url(QStringLiteral("/api/approvals/%1").arg(id)),
                          {}, {{"Authorization", "Bearer supersede-token"}})
            .json();
}

QStringList tst_Supersede::timelineMessages(const QJsonObject &approval)
{
    QStringList messages;
    for (const QJsonValue &entry : approval.value(QStringLiteral("timeline")).toArray())
        messages.append(entry.toObject().value(QStringLiteral("type")).toString()
                        + QLatin1String(": ")
                        + entry.toObject().value(QStringLiteral("message")).toString());
    return messages;
}

void tst_Supersede::newerRunCancelsOlderGeneric()
{
    const qint64 older = postGeneric(QStringLiteral("run-41"), QStringLiteral("deploy"),
                                     QStringLiteral("prod"), QStringLiteral("/cb41"));
    QVERIFY(older > 0);
    QCOMPARE(fetch(older).value(QStringLiteral("state")), QStringLiteral("pending"));
    const qint64 newer = postGeneric(QStringLiteral("run-42"), QStringLiteral("deploy"),
                                     QStringLiteral("prod"), QStringLiteral("/cb42"));
    QVERIFY(newer > older);

    // Cancelled by the time the newer one's 201 came back: the same transaction.
    const QJsonObject cancelled = fetch(older);
    QCOMPARE(cancelled.value(QStringLiteral("state")), QStringLiteral("cancelled"));
    QCOMPARE(cancelled.value(QStringLiteral("decidedBy")), QStringLiteral("gatehouse"));
    QCOMPARE(cancelled.value(QStringLiteral("decisionOrigin")), QStringLiteral("supersede"));
    const QString reason = QStringLiteral("superseded by #%1").arg(newer);
    QCOMPARE(cancelled.value(QStringLiteral("comment")).toString(), reason);
    QVERIFY2(timelineMessages(cancelled).contains(
                     QStringLiteral("cancelled: Cancelled: superseded by #%1, a newer run of the"
                                    " same deployment")
                             .arg(newer)),
             qPrintable(timelineMessages(cancelled).join(QLatin1Char('\n'))));
    QCOMPARE(cancelled.value(QStringLiteral("metadata"))
                     .toObject()
                     .value(QStringLiteral("supersededBy"))
                     .toInteger(),
             newer);
    const QJsonObject newest = fetch(newer);
    QCOMPARE(newest.value(QStringLiteral("state")), QStringLiteral("pending"));
    QVERIFY(timelineMessages(newest).contains(
            QStringLiteral("supersedes: Supersedes #%1 (cancelled)").arg(older)));

    // The generic cancellation callback, to the older run's URL only.
    QTRY_COMPARE(m_target.requests.size(), 1);
    QCOMPARE(m_target.requests.first().path, QStringLiteral("/cb41"));
    const QJsonObject body = QJsonDocument::fromJson(m_target.requests.first().body).object();
    QCOMPARE(body.value(QStringLiteral("decision")), QStringLiteral("cancelled"));
    QCOMPARE(body.value(QStringLiteral("supersededBy")).toInteger(), newer);
    QCOMPARE(body.value(QStringLiteral("externalId")), QStringLiteral("run-41"));
    QCOMPARE(body.value(QStringLiteral("comment")).toString(), reason);

    // The inbox shows one wait for the deployment.
    const QJsonObject pending = TestHttp::send(QStringLiteral("GET"),
                                               url(QStringLiteral("/api/approvals?state=pending")),
                                               {}, {{"Authorization", "Bearer supersede-token"}})
                                        .json();
    QCOMPARE(pending.value(QStringLiteral("total")).toInteger(), 1);

    // A third run supersedes the second; the first, cancelled already, stays as it was.
    const qint64 third = postGeneric(QStringLiteral("run-43"), QStringLiteral("deploy"),
                                     QStringLiteral("prod"), QStringLiteral("/cb43"));
    QCOMPARE(fetch(newer).value(QStringLiteral("state")), QStringLiteral("cancelled"));
    QCOMPARE(fetch(older).value(QStringLiteral("comment")).toString(), reason);
    QCOMPARE(fetch(third).value(QStringLiteral("state")), QStringLiteral("pending"));
    QTRY_COMPARE(m_target.requests.size(), 2);
    QCOMPARE(m_target.requests.at(1).path, QStringLiteral("/cb42"));
}

void tst_Supersede::onlyTheSameDeploymentAndOnlyWithThePolicy()
{
    const qint64 prodDeploy = postGeneric(QStringLiteral("a"), QStringLiteral("deploy"),
                                          QStringLiteral("prod"), QStringLiteral("/a"));
    // Another stage of the same pipeline and environment: another deployment.
    const qint64 prodVerify = postGeneric(QStringLiteral("b"), QStringLiteral("verify"),
                                          QStringLiteral("prod"), QStringLiteral("/b"));
    // No policy says "supersede" for staging.
    const qint64 staging1 = postGeneric(QStringLiteral("c"), QStringLiteral("deploy"),
                                        QStringLiteral("staging"), QStringLiteral("/c"));
    const qint64 staging2 = postGeneric(QStringLiteral("d"), QStringLiteral("deploy"),
                                        QStringLiteral("staging"), QStringLiteral("/d"));
    // A repeated delivery of the same run updates it, and supersedes nothing.
    const qint64 again = postGeneric(QStringLiteral("a"), QStringLiteral("deploy"),
                                     QStringLiteral("prod"), QStringLiteral("/a"));
    QCOMPARE(again, prodDeploy); // the same approval, not a newer run
    for (const qint64 id : {prodDeploy, prodVerify, staging1, staging2})
        QCOMPARE(fetch(id).value(QStringLiteral("state")), QStringLiteral("pending"));
    // A decided older run is not touched by a newer one.
    QCOMPARE(TestHttp::send(QStringLiteral("POST"),
                            url(QStringLiteral("/api/approvals/%1/approve").arg(prodDeploy)), "{}",
                            {{"Authorization", "Bearer supersede-token"}})
                     .status,
             200);
    const qint64 newer = postGeneric(QStringLiteral("e"), QStringLiteral("deploy"),
                                     QStringLiteral("prod"), QStringLiteral("/e"));
    QVERIFY(newer > 0);
    QCOMPARE(fetch(prodDeploy).value(QStringLiteral("state")), QStringLiteral("approved"));
    QCOMPARE(fetch(prodVerify).value(QStringLiteral("state")), QStringLiteral("pending"));
}

void tst_Supersede::azureCheckFailsWithTheReason()
{
    const auto check = [&](const QByteArray &planId, const QByteArray &taskId) {
        const QByteArray body = R"({"pipeline":"shop","stage":"deploy","environment":"prod"})";
        return TestHttp::send(
                QStringLiteral("POST"), url(QStringLiteral("/hooks/azure/check")), body,
                {{"Content-Type", "application/json"},
                 {"PlanUrl", m_target.url(QStringLiteral("/org/")).toString().toUtf8()},
                 {"ProjectId", "6a1e2b9c-1d4f-4c0e-9f77-0b8a3d1c2e55"},
                 {"HubName", "checks"},
                 {"PlanId", planId},
                 {"JobId", "9c3e8943-130d-4c78-ac63-8af81df62dfb"},
                 {"TimelineId", "aa11bb22-cc33-dd44-ee55-ff6677889900"},
                 {"TaskInstanceId", taskId},
                 {"AuthToken", "job-token"}});
    };
    const TestReply first =
            check("11111111-1111-1111-1111-111111111111", "aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa");
    QCOMPARE(first.status, 200);
    const qint64 older = first.json().value(QStringLiteral("id")).toInteger();
    QTRY_VERIFY(!m_target.requests.isEmpty()); // the opening status line
    const int before = m_target.requests.size();
    const TestReply second =
            check("22222222-2222-2222-2222-222222222222", "bbbbbbbb-bbbb-bbbb-bbbb-bbbbbbbbbbbb");
    QCOMPARE(second.status, 200);
    const qint64 newer = second.json().value(QStringLiteral("id")).toInteger();
    QVERIFY(newer > older);
    QCOMPARE(fetch(older).value(QStringLiteral("state")), QStringLiteral("cancelled"));

    // For the older plan: the reason in its log, then TaskCompleted with result failed.
    const auto forOlderPlan = [&](const QByteArray &needle) {
        for (int i = before; i < m_target.requests.size(); ++i) {
            const RecordedRequest &r = m_target.requests.at(i);
            if (r.path.contains(QLatin1String("11111111-1111-1111-1111-111111111111"))
                && r.body.contains(needle))
                return true;
        }
        return false;
    };
    const QByteArray reason = "superseded by #" + QByteArray::number(newer);
    QTRY_VERIFY(forOlderPlan(reason));
    QTRY_VERIFY(forOlderPlan("\"name\":\"TaskCompleted\""));
    QVERIFY(forOlderPlan("\"result\":\"failed\""));
    // Nothing of the kind for the newer plan.
    for (const RecordedRequest &r : std::as_const(m_target.requests))
        QVERIFY(!(r.path.contains(QLatin1String("22222222")) && r.body.contains("TaskCompleted")));
}

void tst_Supersede::policyValueIsChecked()
{
    PolicyFile::Error error;
    QVERIFY(!PolicyFile::parse(R"({"policies":[{"name":"p","supersede":"oldest"}]})", &error));
    QCOMPARE(error.message, QStringLiteral("field policies[0].supersede: must be newest or none"));
    // Without a supersede rule, a policy still needs gates.
    QVERIFY(!PolicyFile::parse(R"({"policies":[{"name":"p","supersede":"none"}]})", &error));
    QCOMPARE(error.field, QStringLiteral("policies[0].gates"));
    const auto parsed = PolicyFile::parse(
            R"({"policies":[{"name":"p","match":{"pipeline":"shop"},"supersede":"newest"}]})",
            &error);
    QVERIFY2(parsed, qPrintable(error.message));
    QVERIFY(parsed->first().supersedeNewest);
    QVERIFY(parsed->first().gates.isEmpty());
}

QTEST_GUILESS_MAIN(tst_Supersede)
#include "tst_supersede.moc"
