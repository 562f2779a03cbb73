// Metrics: the Prometheus text format as a scraper parses it, and GET /metrics on the real
// program (the built binary, its real wiring): behind the operator token on the receiver's
// port, without one on the loopback metrics port, and every counter moving with the
// webhooks, decisions and deliveries that happen.
#include "monitoring/metrics.h"
#include "support/fakehttpserver.h"
#include "support/gatehouseprocess.h"
#include "support/testhttp.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

const QByteArray operatorToken = "metrics-operator-token";
const QByteArray hookSecret = "metrics-hook-secret";

// "name{labels} value" lines of a scrape, by series; HELP and TYPE by name.
struct Scrape
{
    QHash<QString, double> samples;
    QHash<QString, QString> types;
    double value(const QString &series) const { return samples.value(series, 0); }
};

Scrape parse(const QByteArray &text)
{
    Scrape scrape;
    for (const QByteArray &line : text.split('\n')) {
        if (line.startsWith("# TYPE ")) {
            const QList<QByteArray> parts = line.split(' ');
            scrape.types.insert(QString::fromUtf8(parts.value(2)),
                                QString::fromUtf8(parts.value(3)));
        } else if (!line.isEmpty() && !line.startsWith('#')) {
            const qsizetype space = line.lastIndexOf(' ');
            scrape.samples.insert(QString::fromUtf8(line.left(space)),
                                  line.mid(space + 1).toDouble());
        }
    }
    return scrape;
}

} // namespace

class tst_Metrics : public QObject
{
    Q_OBJECT

private slots:
    void textFormat();
    void histogramBucketsAreCumulative();
    void realProgramCountsWhatHappens();
};

void tst_Metrics::textFormat()
{
    Metrics metrics;
    metrics.count("gatehouse_webhooks_received_total",
                  {{"connector", QStringLiteral("generic")}, {"status", QStringLiteral("201")}});
    metrics.count("gatehouse_webhooks_received_total",
                  {{"connector", QStringLiteral("generic")}, {"status", QStringLiteral("201")}});
    metrics.count("gatehouse_delivery_attempts_total",
                  {{"host", QStringLiteral("a\"b\\c\nd")}, {"outcome", QStringLiteral("failed")}});
    const QByteArray text = metrics.render(
            {{"gatehouse_pending_approvals", {{"kind", QStringLiteral("check")}}, 3}});
    QVERIFY(text.contains("# TYPE gatehouse_webhooks_received_total counter\n"));
    QVERIFY(text.contains(
            "gatehouse_webhooks_received_total{connector=\"generic\",status=\"201\"} 2\n"));
    // Label values escape backslash, quote and newline, as the format requires.
    QVERIFY(text.contains("gatehouse_delivery_attempts_total{host=\"a\\\"b\\\\c\\nd\","
                          "outcome=\"failed\"} 1\n"));
    QVERIFY(text.contains("# TYPE gatehouse_pending_approvals gauge\n"
                          "gatehouse_pending_approvals{kind=\"check\"} 3\n"));
    QVERIFY(text.endsWith('\n'));
    // Every metric has its HELP and TYPE, even before anything was counted.
    const Scrape scrape = parse(text);
    for (const char *name :
         {"gatehouse_webhooks_refused_total", "gatehouse_decisions_total", "gatehouse_outbox_depth",
          "gatehouse_outbox_oldest_age_seconds", "gatehouse_connections_refused_total"})
        QVERIFY2(scrape.types.contains(QLatin1String(name)), name);
    QCOMPARE(scrape.types.value(QStringLiteral("gatehouse_commit_seconds")),
             QStringLiteral("histogram"));
}

void tst_Metrics::histogramBucketsAreCumulative()
{
    Metrics metrics;
    for (const double size : {1.0, 1.0, 3.0, 100.0, 500.0})
        metrics.observe("gatehouse_commit_group_size", size);
    const Scrape scrape = parse(metrics.render({}));
    QCOMPARE(scrape.value(QStringLiteral("gatehouse_commit_group_size_bucket{le=\"1\"}")), 2.0);
    QCOMPARE(scrape.value(QStringLiteral("gatehouse_commit_group_size_bucket{le=\"2\"}")), 2.0);
    QCOMPARE(scrape.value(QStringLiteral("gatehouse_commit_group_size_bucket{le=\"4\"}")), 3.0);
    QCOMPARE(scrape.value(QStringLiteral("gatehouse_commit_group_size_bucket{le=\"128\"}")), 4.0);
    QCOMPARE(scrape.value(QStringLiteral("gatehouse_commit_group_size_bucket{le=\"+Inf\"}")), 5.0);
    QCOMPARE(scrape.value(QStringLiteral("gatehouse_commit_group_size_count")), 5.0);
    QCOMPARE(scrape.value(QStringLiteral("gatehouse_commit_group_size_sum")), 605.0);
    QCOMPARE(metrics.observations("gatehouse_commit_group_size"), quint64(5));
}

void tst_Metrics::realProgramCountsWhatHappens()
{
    const QString binary = qEnvironmentVariable("GATEHOUSE_BINARY");
    if (binary.isEmpty())
        QSKIP("GATEHOUSE_BINARY is not set (ctest sets it)");
    QTemporaryDir dir;
    FakeHttpServer target;
    QVERIFY(target.start());
    const quint16 metricsPort = TestHttp::freePort();
    const QString ini = dir.filePath(QStringLiteral("gatehouse.ini"));
    {
        QSettings settings(ini, QSettings::IniFormat);
        settings.setValue(QStringLiteral("metrics/port"), metricsPort);
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GATEHOUSE_OPERATOR_TOKEN"), QString::fromLatin1(operatorToken));
    env.insert(QStringLiteral("GATEHOUSE_SECRET_GENERIC"), QString::fromLatin1(hookSecret));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    QProcess gatehouse;
    gatehouse.setProcessEnvironment(env);
    gatehouse.start(binary,
                    {QStringLiteral("--headless"), QStringLiteral("--port"), QStringLiteral("0"),
                     QStringLiteral("--config"), ini, QStringLiteral("--db"),
                     dir.filePath(QStringLiteral("g.sqlite")), QStringLiteral("--key-file"),
                     dir.filePath(QStringLiteral("vault.key"))});
    QVERIFY(gatehouse.waitForStarted());
    // "listening on" comes first, then "metrics on" the port asked for.
    QByteArray output;
    const quint16 port = GatehouseProcess::waitForPort(gatehouse, 15000, &output);
    QVERIFY(port != 0);
    QCOMPARE(GatehouseProcess::waitForOutput(
                     gatehouse, QStringLiteral("metrics on http://127\\.0\\.0\\.1:(\\d+)/metrics"),
                     15000, &output),
             QString::number(metricsPort));
    const auto url = [&](const QString &path) {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path));
    };
    const QUrl loopbackMetrics(QStringLiteral("http://127.0.0.1:%1/metrics").arg(metricsPort));
    const QList<QPair<QByteArray, QByteArray>> operatorAuth{
            {"Authorization", "Bearer " + operatorToken}};

    // On the receiver's port /metrics is the operator's; on its own port, the machine's.
    QCOMPARE(TestHttp::send(QStringLiteral("GET"), url(QStringLiteral("/metrics"))).status, 401);
    const TestReply first = TestHttp::send(QStringLiteral("GET"), url(QStringLiteral("/metrics")),
                                           {}, operatorAuth);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.header("Content-Type"), QByteArray("text/plain; version=0.0.4; charset=utf-8"));
    const Scrape before = parse(first.body);
    QCOMPARE(before.types.size(), 11);
    QCOMPARE(before.value(QStringLiteral("gatehouse_outbox_depth")), 0.0);

    const TestReply refused = TestHttp::send(
            QStringLiteral("POST"), url(QStringLiteral("/hooks/generic")), "{}",
            {{"Content-Type", "application/json"}, {"Authorization", "Bearer wrong"}});
    QCOMPARE(refused.status, 401);
    const TestReply created = TestHttp::postJson(
            url(QStringLiteral("/hooks/generic")),
            {{QStringLiteral("title"), QStringLiteral("Deploy shop")},
             {QStringLiteral("callbackUrl"), target.url(QStringLiteral("/done")).toString()}},
            {{"Authorization", "Bearer " + hookSecret}});
    QCOMPARE(created.status, 201);

    const Scrape waiting = parse(TestHttp::send(QStringLiteral("GET"), loopbackMetrics).body);
    QCOMPARE(waiting.value(QStringLiteral("gatehouse_pending_approvals{kind=\"generic\"}")), 1.0);
    QCOMPARE(waiting.value(QStringLiteral(
                     "gatehouse_webhooks_received_total{connector=\"generic\",status=\"201\"}")),
             1.0);
    QCOMPARE(waiting.value(QStringLiteral(
                     "gatehouse_webhooks_refused_total{connector=\"generic\",reason=\"401\"}")),
             1.0);
    // The webhooks went through the group commit: their commits and acks were timed.
    QVERIFY(waiting.value(QStringLiteral("gatehouse_commit_group_size_count")) >= 1);
    QVERIFY(waiting.value(QStringLiteral("gatehouse_ack_seconds_count"))
            >= before.value(QStringLiteral("gatehouse_ack_seconds_count")) + 2);

    const qint64 id = created.json().value(QStringLiteral("id")).toInteger();
    QCOMPARE(TestHttp::send(QStringLiteral("POST"),
                            url(QStringLiteral("/api/approvals/%1/approve").arg(id)), "{}",
                            operatorAuth)
                     .status,
             200);
    QTRY_COMPARE(target.requests.size(), 1);
    Scrape after;
    QTRY_VERIFY([&] {
        after = parse(TestHttp::send(QStringLiteral("GET"), loopbackMetrics).body);
        return after.value(QStringLiteral("gatehouse_delivery_attempts_total{host=\"127.0.0.1\","
                                          "outcome=\"delivered\"}"))
                == 1.0;
    }());
    QCOMPARE(after.value(QStringLiteral(
                     "gatehouse_decisions_total{origin=\"api\",outcome=\"approved\"}")),
             1.0);
    QCOMPARE(after.value(QStringLiteral("gatehouse_pending_approvals{kind=\"generic\"}")), 0.0);
    QCOMPARE(after.value(QStringLiteral("gatehouse_outbox_depth")), 0.0);

    // The loopback port serves /metrics and nothing else.
    const QUrl other(QStringLiteral("http://127.0.0.1:%1/api/approvals").arg(metricsPort));
    QCOMPARE(TestHttp::send(QStringLiteral("GET"), other).status, 404);
    QCOMPARE(TestHttp::send(QStringLiteral("POST"), loopbackMetrics, "x").status, 405);

    ::kill(pid_t(gatehouse.processId()), SIGTERM);
    QVERIFY(gatehouse.waitForFinished(10000));
    QCOMPARE(gatehouse.exitCode(), 0);
}

QTEST_GUILESS_MAIN(tst_Metrics)
#include "tst_metrics.moc"
