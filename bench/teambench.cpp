// Team mode benchmarks on PostgreSQL (run inside scripts/with-postgres.sh; see
// scripts/run-bench.sh):
//   propagation GATEHOUSE RATE SECONDS
//       a headless receiver A (the binary GATEHOUSE) and a console B in this process on
//       one database; webhooks go to A at RATE a second (open loop), and each one's time
//       from its send to its row in B's inbox model is taken (an upper bound of "commit
//       in A to the row in B's model": it includes A's HTTP and commit).
//   startup N
//       console start-up (service, window, first rows shown) on a database holding N
//       approvals and 10·N timeline lines.
// Each prints one "RESULT key=value ..." line.
#include "core/engine.h"
#include "models/approvaltablemodel.h"
#include "service/gatehouseservice.h"
#include "store/databaselocation.h"
#include "store/store.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <vector>

namespace {

QTextStream out(stdout);
QTextStream err(stderr);

// A database of its own on the server of GATEHOUSE_TEST_PG_URL.
QString createDatabase(const QString &name)
{
    const QString server = qEnvironmentVariable("GATEHOUSE_TEST_PG_URL");
    QString error;
    const auto location = DatabaseLocation::parse(server, &error);
    if (!location) {
        err << "GATEHOUSE_TEST_PG_URL: " << error << Qt::endl;
        return {};
    }
    {
        QSqlDatabase db =
                QSqlDatabase::addDatabase(location->driverName(), QStringLiteral("admin"));
        location->configure(db);
        if (!db.open()) {
            err << db.lastError().text() << Qt::endl;
            return {};
        }
        QSqlQuery query(db);
        query.exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name));
        if (!query.exec(QStringLiteral("CREATE DATABASE %1").arg(name))) {
            err << query.lastError().text() << Qt::endl;
            return {};
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("admin"));
    return server.left(server.lastIndexOf(QLatin1Char('/')) + 1) + name;
}

ServiceConfig consoleConfig(const QString &url, const QTemporaryDir &dir)
{
    ServiceConfig config;
    config.databasePath = url;
    config.keyFile = dir.filePath(QStringLiteral("vault.key"));
    config.operatorToken = "bench";
    config.receiverEnabled = false;
    return config;
}

qint64 percentile(QVector<qint64> values, double p)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * values.size())));
}

int propagation(const QString &binary, int rate, int seconds)
{
    const QString url = createDatabase(QStringLiteral("bench_propagation"));
    if (url.isEmpty())
        return 1;
    QTemporaryDir dir;
    QProcess a;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("GATEHOUSE_OPERATOR_TOKEN"), QStringLiteral("bench"));
    environment.insert(QStringLiteral("GATEHOUSE_SECRET_GENERIC"), QStringLiteral("bench-secret"));
    a.setProcessEnvironment(environment);
    a.setProcessChannelMode(QProcess::MergedChannels);
    a.start(binary,
            {QStringLiteral("--headless"), QStringLiteral("--port"), QStringLiteral("0"),
             QStringLiteral("--db"), url, QStringLiteral("--key-file"),
             dir.filePath(QStringLiteral("vault.key"))});
    QByteArray seen;
    static const QRegularExpression listening(
            QStringLiteral("listening on http://127.0.0.1:(\\d+)"));
    QRegularExpressionMatch match;
    QElapsedTimer wait;
    wait.start();
    while (!(match = listening.match(QString::fromUtf8(seen))).hasMatch() && wait.elapsed() < 30000
           && a.state() != QProcess::NotRunning) {
        a.waitForReadyRead(200);
        seen += a.readAll();
    }
    if (!match.hasMatch()) {
        err << "the receiver did not start: " << seen << Qt::endl;
        return 1;
    }
    const int port = match.captured(1).toInt();

    ServiceThread b;
    QString error;
    if (!b.start(consoleConfig(url, dir), &error)) {
        err << "console: " << error << Qt::endl;
        return 1;
    }
    ApprovalTableModel inbox;
    Engine *engine = b.service()->engine();
    QObject::connect(engine, &Engine::approvalUpserted, &inbox, &ApprovalTableModel::upsert);

    QHash<QString, qint64> sentAt; // external id -> ms on the timer
    QVector<qint64> latencies;
    QVector<qint64> acks; // A's answer, for comparison
    // From A's engine taking the webhook (its created_at, on the database's clock, which
    // on one machine is this one's) to the row: commit, notification, B's read and model.
    QVector<qint64> fromEngine;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&inbox, &QAbstractItemModel::rowsInserted, &inbox,
                     [&](const QModelIndex &, int first, int last) {
                         for (int row = first; row <= last; ++row) {
                             const auto it = sentAt.constFind(inbox.approvalAt(row)->externalId);
                             if (it == sentAt.constEnd())
                                 continue;
                             latencies.append(clock.elapsed() - *it);
                             fromEngine.append(
                                     QDateTime::currentMSecsSinceEpoch()
                                     - inbox.approvalAt(row)->createdAt.toMSecsSinceEpoch());
                         }
                     });
    // Qt opens at most six connections per host and manager: enough managers that the
    // open loop never queues in the client.
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    for (int i = 0; i < 8; ++i)
        managers.push_back(std::make_unique<QNetworkAccessManager>());
    int failed = 0;
    const int total = rate * seconds;
    int sent = 0;
    QTimer sender;
    sender.setTimerType(Qt::PreciseTimer);
    sender.setInterval(1);
    QObject::connect(&sender, &QTimer::timeout, &sender, [&] {
        // Open loop: as many as the schedule says by now, whatever came back.
        while (sent < total && clock.elapsed() >= qint64(sent) * 1000 / rate) {
            const QString externalId = QStringLiteral("prop-%1").arg(sent++);
            QNetworkRequest request(
                    QUrl(QStringLiteral("http://127.0.0.1:%1/hooks/generic").arg(port)));
            request.setRawHeader("Authorization", "Bearer bench-secret");
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            sentAt.insert(externalId, clock.elapsed());
            QNetworkReply *reply =
                    managers.at(sent % managers.size())
                            ->post(request,
                                   QJsonDocument(
                                           QJsonObject{{QStringLiteral("title"), externalId},
                                                       {QStringLiteral("externalId"), externalId},
                                                       {QStringLiteral("callbackUrl"),
                                                        QStringLiteral("http://127.0.0.1:9/cb")}})
                                           .toJson(QJsonDocument::Compact));
            QObject::connect(
                    reply, &QNetworkReply::finished, reply,
                    [reply, &failed, &acks, &clock, at = clock.elapsed()] {
                        acks.append(clock.elapsed() - at);
                        failed += reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()
                                        / 100
                                != 2;
                        reply->deleteLater();
                    });
        }
    });
    sender.start();
    while ((sent < total || latencies.size() + failed < total)
           && clock.elapsed() < qint64(seconds) * 1000 + 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    sender.stop();
    out << "RESULT bench=propagation rate=" << rate << " changes=" << latencies.size()
        << " failed=" << failed << " p50_ms=" << percentile(latencies, 0.50)
        << " p99_ms=" << percentile(latencies, 0.99) << " max_ms=" << percentile(latencies, 1.0)
        << " engine_to_row_p50_ms=" << percentile(fromEngine, 0.5)
        << " engine_to_row_p99_ms=" << percentile(fromEngine, 0.99)
        << " ack_p50_ms=" << percentile(acks, 0.5) << " ack_p99_ms=" << percentile(acks, 0.99)
        << Qt::endl;
    a.terminate();
    a.waitForFinished(10000);
    return 0;
}

// The fast way: a few statements on the server, as a year of history would look
// (mostly decided, one in twenty pending, ten timeline lines each).
bool fill(const QString &url, int approvals)
{
    Store store; // creates the schema
    QString error;
    if (!store.open(url, &error)) {
        err << error << Qt::endl;
        return false;
    }
    store.close();
    const auto location = DatabaseLocation::parse(url, &error);
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(location->driverName(), QStringLiteral("fill"));
        location->configure(db);
        db.open();
        QSqlQuery query(db);
        const qint64 start = QDateTime::currentMSecsSinceEpoch() - qint64(approvals) * 60000;
        ok = query.exec(
                     QStringLiteral(
                             "INSERT INTO approvals (connector, kind, external_id, title, "
                             "description,"
                             " pipeline, stage, environment, requested_by, state, delivery_state,"
                             " created_at, updated_at, metadata)"
                             " SELECT 'generic', 'generic', 'hist-' || i, 'Deploy build ' || i,"
                             " 'Release notes', "
                             "(ARRAY['shop','payments','search','mobile-api','billing'])"
                             "[1 + i % 5], 'deploy', CASE WHEN i % 3 = 0 THEN 'staging' ELSE"
                             " 'production' END, 'ci', CASE WHEN i % 20 = 0 THEN 'pending' ELSE"
                             " 'approved' END, CASE WHEN i % 20 = 0 THEN 'none' ELSE 'delivered' "
                             "END,"
                             " %1 + i * 60000, %1 + i * 60000,"
                             " '{\"callbackUrl\":\"http://127.0.0.1:9/cb\"}'"
                             " FROM generate_series(CAST(1 AS BIGINT), %2) AS i")
                             .arg(start)
                             .arg(approvals))
                && query.exec(QStringLiteral("INSERT INTO timeline (approval_id, at, type, message)"
                                             " SELECT a.id, a.created_at + e, 'status', 'Gate "
                                             "sample ' || e || ': all green'"
                                             " FROM approvals a, generate_series(0, 9) AS e"))
                && query.exec(QStringLiteral("ANALYZE"));
        if (!ok)
            err << query.lastError().text() << Qt::endl;
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fill"));
    return ok;
}

int startup(int approvals)
{
    const QString url = createDatabase(QStringLiteral("bench_startup"));
    if (url.isEmpty() || !fill(url, approvals))
        return 1;
    QTemporaryDir dir;
    QElapsedTimer timer;
    timer.start();
    ServiceThread service;
    QString error;
    if (!service.start(consoleConfig(url, dir), &error)) {
        err << "console: " << error << Qt::endl;
        return 1;
    }
    const qint64 serviceMs = timer.elapsed();
    MainWindow window(service.service()->engine(), {}, "bench");
    window.show();
    const int expected = std::min(approvals, 10000);
    while (window.approvalModel()->rowCount() < expected && timer.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    out << "RESULT bench=startup_postgres approvals=" << approvals
        << " timeline=" << qint64(approvals) * 10 << " service_ms=" << serviceMs
        << " startup_ms=" << timer.elapsed()
        << " loaded_rows=" << window.approvalModel()->rowCount() << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("GatehouseBench"));
    if (qEnvironmentVariableIsEmpty("GATEHOUSE_TEST_PG_URL")) {
        err << "run inside scripts/with-postgres.sh" << Qt::endl;
        return 2;
    }
    const QStringList args = app.arguments();
    const QString mode = args.value(1);
    if (mode == QLatin1String("propagation"))
        return propagation(args.value(2), args.value(3).toInt(), args.value(4).toInt());
    if (mode == QLatin1String("startup"))
        return startup(args.value(2).toInt());
    err << "usage: gatehouse-teambench propagation GATEHOUSE RATE SECONDS | startup N\n";
    return 2;
}
