// One webhook must not stall everything (issue 12, item 7), and what the control API
// shows of an approval (the "Also" of issue 12): over real HTTP on loopback with a
// real SQLite store. The list pages with a cursor and a capped limit; oversized fields
// are refused with 413 naming the field, and nothing is stored; the gate sampler reads
// the pending rows once and then follows the Engine's signals instead of reloading
// them on every webhook; GET /api/approvals/{id} shows the metadata, never a secret.
#include "connectors/azure/azurechecksconnector.h"
#include "connectors/pausedrun/pausedrunconnector.h"
#include "gates/gatesampler.h"
#include "receiver/fieldlimits.h"
#include "support/fakehttpserver.h"
#include "support/testcore.h"
#include "support/testhttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using Headers = QList<QPair<QByteArray, QByteArray>>;

namespace {
const QDateTime t0(QDate(2026, 11, 30), QTime(8, 0), Qt::UTC);

qint64 addApproval(TestCore &core, const QString &externalId, const QString &environment = {})
{
    Approval a;
    a.connector = QStringLiteral("generic");
    a.kind = QStringLiteral("generic");
    a.externalId = externalId;
    a.title = QStringLiteral("Deploy ") + externalId;
    a.pipeline = QStringLiteral("web");
    a.environment = environment;
    a.metadata = {{QStringLiteral("callbackUrl"), QStringLiteral("http://127.0.0.1:9/cb")}};
    return core.engine->ingest({a, {}}).approval.id;
}

QList<qint64> ids(const TestReply &reply)
{
    QList<qint64> out;
    for (const QJsonValue &value : reply.json().value(QStringLiteral("approvals")).toArray())
        out.append(value.toObject().value(QStringLiteral("id")).toInteger());
    return out;
}
} // namespace

class tst_ApiLimits : public QObject
{
    Q_OBJECT
private slots:
    void listPagesWithACursor();
    void listCutsDescriptionsStoredBeforeTheLimit();
    void listRefusesBadPaging_data();
    void listRefusesBadPaging();
    void oversizedFieldsAreRefused_data();
    void oversizedFieldsAreRefused();
    void samplerDoesNotReloadPendingRows();
    void metadataShownWithoutSecrets();
};

void tst_ApiLimits::listPagesWithACursor()
{
    TestCore core;
    QVERIFY(core.listen());
    QList<qint64> created;
    for (int i = 0; i < 7; ++i) {
        core.clock.set(t0.addSecs(i));
        created.prepend(addApproval(core, QStringLiteral("run-%1").arg(i)));
    }
    QList<qint64> seen;
    QString cursor;
    int pages = 0;
    forever {
        const TestReply page = TestHttp::send(
                QStringLiteral("GET"), core.url(QStringLiteral("/api/approvals?limit=3") + cursor),
                {}, core.operatorAuth());
        QCOMPARE(page.status, 200);
        QCOMPARE(page.json().value(QStringLiteral("total")).toInt(), 7);
        seen += ids(page);
        ++pages;
        const QJsonValue next = page.json().value(QStringLiteral("nextBefore"));
        if (next.isNull())
            break;
        QCOMPARE(next.toInteger(), seen.constLast());
        cursor = QStringLiteral("&before=%1").arg(next.toInteger());
        QVERIFY(pages < 5);
    }
    QCOMPARE(pages, 3);
    QCOMPARE(seen, created); // newest first, each once
    // A new approval while paging does not shift the later pages (unlike offset).
    core.clock.set(t0.addSecs(100));
    addApproval(core, QStringLiteral("late"));
    const TestReply second = TestHttp::send(
            QStringLiteral("GET"),
            core.url(QStringLiteral("/api/approvals?limit=3&before=%1").arg(created.at(2))), {},
            core.operatorAuth());
    QCOMPARE(ids(second), created.mid(3, 3));
    // The largest page is accepted.
    QCOMPARE(TestHttp::send(QStringLiteral("GET"),
                            core.url(QStringLiteral("/api/approvals?limit=500")), {},
                            core.operatorAuth())
                     .status,
             200);
}

void tst_ApiLimits::listCutsDescriptionsStoredBeforeTheLimit()
{
    TestCore core;
    QVERIFY(core.listen());
    // Stored straight through the engine, as an install from before the limits did.
    Approval a;
    a.connector = QStringLiteral("generic");
    a.kind = QStringLiteral("generic");
    a.externalId = QStringLiteral("legacy");
    a.description = QString(1000 * 1000, QLatin1Char('L'));
    const qint64 id = core.engine->ingest({a, {}}).approval.id;
    const TestReply list =
            TestHttp::send(QStringLiteral("GET"), core.url(QStringLiteral("/api/approvals")), {},
                           core.operatorAuth());
    QCOMPARE(list.status, 200);
    QVERIFY(list.body.size() < 2 * FieldLimits::descriptionChars);
    const QJsonObject row =
            list.json().value(QStringLiteral("approvals")).toArray().at(0).toObject();
    QCOMPARE(row.value(QStringLiteral("description")).toString().size(),
             FieldLimits::descriptionChars);
    QCOMPARE(row.value(QStringLiteral("descriptionTruncated")).toBool(), true);
    const TestReply one = TestHttp::send(QStringLiteral("GET"),
                                         core.url(QStringLiteral("/api/approvals/%1").arg(id)), {},
                                         core.operatorAuth());
    QCOMPARE(one.json().value(QStringLiteral("description")).toString(), a.description);
}

void tst_ApiLimits::listRefusesBadPaging_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("named");
    QTest::newRow("limit over 500") << QStringLiteral("limit=501") << QStringLiteral("limit");
    QTest::newRow("limit 10000") << QStringLiteral("limit=10000") << QStringLiteral("limit");
    QTest::newRow("unknown cursor") << QStringLiteral("before=999999") << QStringLiteral("before");
    QTest::newRow("bad cursor") << QStringLiteral("before=abc") << QStringLiteral("before");
}

void tst_ApiLimits::listRefusesBadPaging()
{
    QFETCH(QString, query);
    QFETCH(QString, named);
    TestCore core;
    QVERIFY(core.listen());
    const TestReply reply = TestHttp::send(QStringLiteral("GET"),
                                           core.url(QStringLiteral("/api/approvals?") + query), {},
                                           core.operatorAuth());
    QCOMPARE(reply.status, 400);
    QVERIFY2(reply.json().value(QStringLiteral("detail")).toString().startsWith(named),
             reply.body.constData());
}

void tst_ApiLimits::oversizedFieldsAreRefused_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    const QString cb = QStringLiteral("http://127.0.0.1:9/cb");
    const auto generic = [&](const QString &key, int size) {
        return QJsonObject{{QStringLiteral("title"), QStringLiteral("Deploy")},
                           {QStringLiteral("callbackUrl"), cb},
                           {key, QString(size, QLatin1Char('d'))}};
    };
    const QString hook = QStringLiteral("/hooks/generic");
    QTest::newRow("description at the limit")
            << hook << generic(QStringLiteral("description"), FieldLimits::descriptionChars) << 201
            << QString();
    QTest::newRow("description over the limit")
            << hook << generic(QStringLiteral("description"), FieldLimits::descriptionChars + 1)
            << 413 << QStringLiteral("description");
    QTest::newRow("title over the limit")
            << hook << generic(QStringLiteral("title"), FieldLimits::titleChars + 1) << 413
            << QStringLiteral("title");
    QTest::newRow("environment over the limit")
            << hook << generic(QStringLiteral("environment"), FieldLimits::shortFieldChars + 1)
            << 413 << QStringLiteral("environment");
    QTest::newRow("runId at the limit")
            << hook << generic(QStringLiteral("runId"), FieldLimits::shortFieldChars) << 201
            << QString();
    QTest::newRow("runId over the limit")
            << hook << generic(QStringLiteral("runId"), FieldLimits::shortFieldChars + 1) << 413
            << QStringLiteral("runId");
    QTest::newRow("flexdeploy description of 1 MB")
            << QStringLiteral("/hooks/flexdeploy/tasks")
            << QJsonObject{{QStringLiteral("taskid"), QStringLiteral("77")},
                           {QStringLiteral("description"), QString(1000 * 1000, QLatin1Char('x'))}}
            << 413 << QStringLiteral("description");
    QJsonObject bigData;
    bigData.insert(QStringLiteral("blob"), QString(FieldLimits::metadataBytes, QLatin1Char('b')));
    QTest::newRow("paused run data over the metadata limit")
            << QStringLiteral("/hooks/pipelines/pause")
            << QJsonObject{{QStringLiteral("target"), QStringLiteral("none")},
                           {QStringLiteral("data"), bigData}}
            << 413 << QStringLiteral("metadata");
}

void tst_ApiLimits::oversizedFieldsAreRefused()
{
    QFETCH(QString, path);
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(QString, field);
    TestCore core;
    QVERIFY(core.listen());
    if (path.contains(QLatin1String("pause"))) {
        core.engine->addConnector(
                std::make_shared<PausedRunConnector>(QList<RestartTarget>{RestartTarget::generic(
                        QStringLiteral("none"), QStringLiteral("http://127.0.0.1:9/start"),
                        OutboundRequest::Auth::None)}));
    }
    const TestReply reply = TestHttp::postJson(core.url(path), body, TestCore::webhookAuth());
    QVERIFY2(reply.status == status, reply.body.left(300).constData());
    if (status != 413) {
        QCOMPARE(core.engine->countApprovals(std::nullopt), 1);
        return;
    }
    QCOMPARE(reply.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("field too large"));
    QVERIFY2(reply.json().value(QStringLiteral("detail")).toString().startsWith(field),
             reply.body.constData());
    QCOMPARE(core.engine->countApprovals(std::nullopt), 0); // nothing half written
}

void tst_ApiLimits::samplerDoesNotReloadPendingRows()
{
    FakeHttpServer probeTarget;
    QVERIFY(probeTarget.start());
    probeTarget.setScript({{500, "{}"}}); // red: the approval stays pending
    TestCore core;
    core.clock.set(t0);
    Policy policy;
    policy.name = QStringLiteral("p");
    policy.environment = QStringLiteral("prod");
    policy.samplingIntervalSecs = 30;
    policy.timeoutSecs = 600;
    policy.order = Policy::Order::GatesOnly;
    Gate gate;
    gate.kind = Gate::Kind::HttpProbe;
    gate.name = QStringLiteral("health");
    gate.url = probeTarget.url(QStringLiteral("/health"));
    gate.timeoutMs = 2000;
    policy.gates = {gate};

    const qint64 first = addApproval(core, QStringLiteral("a"), QStringLiteral("prod"));
    addApproval(core, QStringLiteral("b"), QStringLiteral("staging")); // no policy
    GateSampler sampler(*core.engine, {policy});
    sampler.start();
    QCOMPARE(sampler.trackedPending(), 2);
    const auto sample = [&] {
        sampler.tick();
        QTRY_COMPARE(sampler.samplesInFlight(), 0);
    };
    sample();
    QCOMPARE(probeTarget.requests.size(), 1);

    // What goes through the Engine is followed: a new approval is sampled, a decided
    // one is dropped.
    const qint64 third = addApproval(core, QStringLiteral("c"), QStringLiteral("prod"));
    QCOMPARE(sampler.trackedPending(), 3);
    core.clock.advance(30 * 1000);
    sample();
    QCOMPARE(probeTarget.requests.size(), 3);
    core.engine->decide(third,
                        {Verdict::Reject, QStringLiteral("alice"), QStringLiteral("api"), {}});
    QCOMPARE(sampler.trackedPending(), 2);

    // Out of band, behind the Engine's back, the row no longer matches the policy. A
    // sampler that reloaded every pending row on each tick would now skip it; this one
    // works from what it was told, so the next sample still goes out.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("behind-the-back"));
        db.setDatabaseName(core.databasePath());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(
                QStringLiteral("UPDATE approvals SET environment = 'elsewhere' WHERE id = %1")
                        .arg(first)));
        query.clear();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("behind-the-back"));
    core.clock.advance(30 * 1000);
    sample();
    QVERIFY(probeTarget.requests.size() >= 4);
}

void tst_ApiLimits::metadataShownWithoutSecrets()
{
    TestCore core;
    core.engine->addConnector(std::make_shared<AzureChecksConnector>());
    QVERIFY(core.listen());
    const QByteArray jobToken = "job-token-Zq8rT3xY0uE6wP1-metadata";
    // The sender repeats its job token in the body, under a name and inside a text.
    const QByteArray body = R"({"AuthToken":")" + jobToken + R"(","note":"token )" + jobToken
            + R"(","link":"https://builder:pa55word-xyz@ci.example.com/run/7","runId":"r-77"})";
    Headers headers{{"Content-Type", "application/json"},
                    {"Authorization", QByteArray("Bearer ") + TestCore::webhookSecret},
                    {"PlanUrl", "http://127.0.0.1:9/org/"},
                    {"ProjectId", "6a1e2b9c-1d4f-4c0e-9f77-0b8a3d1c2e55"},
                    {"HubName", "checks"},
                    {"PlanId", "2f6a0d3e-4b5c-4a8d-8e9f-112233445566"},
                    {"JobId", "9c3e8943-130d-4c78-ac63-8af81df62dfb"},
                    {"TimelineId", "aa11bb22-cc33-dd44-ee55-ff6677889900"},
                    {"TaskInstanceId", "537fdb7a-a601-4537-aa70-92645a2b5ce4"},
                    {"AuthToken", jobToken},
                    {"BuildId", "4711"}};
    const TestReply check = TestHttp::send(
            QStringLiteral("POST"), core.url(QStringLiteral("/hooks/azure/check")), body, headers);
    QCOMPARE(check.status, 200);
    const qint64 id = check.json().value(QStringLiteral("id")).toInteger();
    QCOMPARE(core.engine->approvalSecrets(id), QList<QByteArray>{jobToken}); // sealed, usable

    const TestReply shown = TestHttp::send(QStringLiteral("GET"),
                                           core.url(QStringLiteral("/api/approvals/%1").arg(id)),
                                           {}, core.operatorAuth());
    QCOMPARE(shown.status, 200);
    const QJsonObject metadata = shown.json().value(QStringLiteral("metadata")).toObject();
    QCOMPARE(metadata.value(QStringLiteral("buildId")).toString(), QStringLiteral("4711"));
    QVERIFY(!shown.body.contains(jobToken));
    QVERIFY(!shown.body.contains("pa55word-xyz"));
    QVERIFY(!shown.body.contains("AuthToken"));
    QVERIFY2(shown.body.contains("https://ci.example.com/run/7"), shown.body.constData());
    QVERIFY(shown.body.contains("r-77"));
}

QTEST_GUILESS_MAIN(tst_ApiLimits)
#include "tst_apilimits.moc"
