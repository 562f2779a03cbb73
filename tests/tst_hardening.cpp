// The smaller findings of issue 12 (item 14), each over the real parts: a repeated
// FlexDeploy task revokes the links it replaces (real HTTP, real store); CSV cells a
// German or French spreadsheet would split are quoted; HMAC webhooks with the
// timestamp option refuse a replay outside the window (real HTTP).
#include "core/approvaljson.h"
#include "models/approvalexporter.h"
#include "receiver/inboundauth.h"
#include "support/testcore.h"
#include "support/testhttp.h"

#include <QTest>

using Headers = QList<QPair<QByteArray, QByteArray>>;

class tst_Hardening : public QObject
{
    Q_OBJECT
private slots:
    void repeatedTaskRevokesEarlierLinks();
    void csvQuotesWhatSpreadsheetsSplitOn_data();
    void csvQuotesWhatSpreadsheetsSplitOn();
    void hmacTimestampRefusesReplays_data();
    void hmacTimestampRefusesReplays();
};

void tst_Hardening::repeatedTaskRevokesEarlierLinks()
{
    TestCore core;
    QVERIFY(core.listen());
    const QJsonObject body{{QStringLiteral("taskid"), QStringLiteral("8900")},
                           {QStringLiteral("description"), QStringLiteral("Release 4.2")}};
    const TestReply first = TestHttp::postJson(core.url(QStringLiteral("/hooks/flexdeploy/tasks")),
                                               body, TestCore::webhookAuth());
    QCOMPARE(first.status, 201);
    const TestReply again = TestHttp::postJson(core.url(QStringLiteral("/hooks/flexdeploy/tasks")),
                                               body, TestCore::webhookAuth());
    QCOMPARE(again.status, 200);
    const QUrl oldLink(first.json().value(QStringLiteral("approveUrl")).toString());
    const QUrl newLink(again.json().value(QStringLiteral("approveUrl")).toString());
    QVERIFY(oldLink != newLink);

    QCOMPARE(TestHttp::send(QStringLiteral("GET"), oldLink).status, 410); // replaced
    const Headers form{{"Content-Type", "application/x-www-form-urlencoded"}};
    QCOMPARE(TestHttp::send(QStringLiteral("POST"), oldLink, "decision=approve", form).status, 410);
    const qint64 id = first.json().value(QStringLiteral("id")).toInteger();
    QVERIFY(core.engine->approval(id)->isPending());
    QCOMPARE(TestHttp::send(QStringLiteral("POST"), newLink, "decision=approve", form).status, 200);
    QCOMPARE(core.engine->approval(id)->state, ApprovalState::Approved);
    bool logged = false;
    for (const TimelineEntry &entry : core.engine->timeline(id))
        logged |= entry.message.contains(QLatin1String("the earlier link no longer works"));
    QVERIFY(logged);
}

void tst_Hardening::csvQuotesWhatSpreadsheetsSplitOn_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QByteArray>("cell");
    QTest::newRow("semicolon") << QStringLiteral("shop;prod") << QByteArray("\"shop;prod\"");
    QTest::newRow("comma") << QStringLiteral("shop,prod") << QByteArray("\"shop,prod\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QByteArray("\"a\nb\"");
    QTest::newRow("tab") << QStringLiteral("a\tb") << QByteArray("\"a\tb\"");
    QTest::newRow("plain") << QStringLiteral("shop prod") << QByteArray("shop prod");
}

void tst_Hardening::csvQuotesWhatSpreadsheetsSplitOn()
{
    QFETCH(QString, title);
    QFETCH(QByteArray, cell);
    Approval a;
    a.id = 7;
    a.title = title;
    const QByteArray csv = ApprovalExporter::toCsv({a});
    const QByteArray row = csv.mid(csv.indexOf("\r\n") + 2);
    // id, externalId, connector, kind, then the title.
    QVERIFY2(row.startsWith("7,,,," + cell + ","), row.constData());
}

void tst_Hardening::hmacTimestampRefusesReplays_data()
{
    QTest::addColumn<qint64>("ageSecs");
    QTest::addColumn<bool>("signTimestamp");
    QTest::addColumn<bool>("sendTimestamp");
    QTest::addColumn<int>("status");
    QTest::newRow("fresh") << 0LL << true << true << 201;
    QTest::newRow("inside the window") << 250LL << true << true << 201;
    QTest::newRow("replayed later") << 301LL << true << true << 401;
    QTest::newRow("from the future") << -301LL << true << true << 401;
    QTest::newRow("no timestamp") << 0LL << false << false << 401;
    QTest::newRow("timestamp not signed") << 0LL << false << true << 401;
}

void tst_Hardening::hmacTimestampRefusesReplays()
{
    QFETCH(qint64, ageSecs);
    QFETCH(bool, signTimestamp);
    QFETCH(bool, sendTimestamp);
    QFETCH(int, status);
    TestCore core;
    QVERIFY(core.listen());
    InboundRule rule;
    rule.scheme = InboundRule::Scheme::HmacSha256;
    rule.secret = "hmac-key-for-replay-tests";
    rule.timestampHeader = "X-Signature-Timestamp";
    rule.replayWindowSecs = 300;
    core.receiver->setInboundRule(QStringLiteral("generic"), rule);
    const QDateTime now(QDate(2026, 11, 30), QTime(8, 0), Qt::UTC);
    core.clock.set(now);

    const QByteArray body = R"({"title":"Deploy","callbackUrl":"http://127.0.0.1:9/cb"})";
    const QByteArray timestamp = QByteArray::number(now.toSecsSinceEpoch() - ageSecs);
    const QByteArray signedPart = signTimestamp ? timestamp + '.' + body : body;
    Headers headers{{"Content-Type", "application/json"},
                    {"X-Hub-Signature-256",
                     "sha256=" + InboundAuth::hmacSha256(rule.secret, signedPart).toHex()}};
    if (sendTimestamp)
        headers.append({"X-Signature-Timestamp", timestamp});
    const TestReply reply = TestHttp::send(
            QStringLiteral("POST"), core.url(QStringLiteral("/hooks/generic")), body, headers);
    QCOMPARE(reply.status, status);
    if (status == 401)
        QVERIFY(!reply.json().value(QStringLiteral("detail")).toString().isEmpty());
}

QTEST_GUILESS_MAIN(tst_Hardening)
#include "tst_hardening.moc"
