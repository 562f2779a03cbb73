// Console benchmarks, offscreen, on the real service and window:
//   scale N     start-up to a loaded window with N approvals and 10·N timeline entries
//               in the database, and the resident memory then
//   filter N    time per keystroke when filtering N approvals in the table's proxy
//   stall PORTFILE  longest stall of the GUI thread while an external load generator
//               posts webhooks (the port is written to PORTFILE for it)
//   decision    click (engine request) to callback arrival at a local server
// Each prints one "RESULT key=value ..." line.
#include "core/engine.h"
#include "models/approvalfilterproxy.h"
#include "models/approvaltablemodel.h"
#include "service/gatehouseservice.h"
#include "store/store.h"
#include "support/fakehttpserver.h"
#include "support/testhttp.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <ctime>

namespace {

QTextStream out(stdout);

double rssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    status.open(QIODevice::ReadOnly);
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

ServiceConfig configIn(const QTemporaryDir &dir)
{
    ServiceConfig config;
    config.databasePath = dir.filePath(QStringLiteral("bench.sqlite"));
    config.port = 0;
    config.keyFile = dir.filePath(QStringLiteral("vault.key"));
    config.operatorToken = "bench";
    config.inbound.insert(
            QStringLiteral("generic"),
            {QStringLiteral("token"), "bench-secret", QStringLiteral("environment"), {}, {}});
    return config;
}

// Fills the database the fast way (one transaction, prepared statements), as a year
// of history would look: mostly decided, some pending, ten timeline entries each.
void fill(const QString &path, int approvals)
{
    Store store;
    QString error;
    store.open(path, &error);
    store.close();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fill"));
    db.setDatabaseName(path);
    db.open();
    db.transaction();
    QSqlQuery a(db), t(db);
    a.prepare(QStringLiteral(
            "INSERT INTO approvals (id, connector, kind, external_id, title, description, pipeline,"
            " stage, environment, requested_by, state, delivery_state, created_at, updated_at,"
            " metadata) VALUES (?, 'generic', 'generic', ?, ?, 'Release notes', ?, 'deploy', ?,"
            " 'ci', ?, ?, ?, ?, '{\"callbackUrl\":\"http://127.0.0.1:9/cb\"}')"));
    t.prepare(QStringLiteral(
            "INSERT INTO timeline (approval_id, at, type, message) VALUES (?, ?, ?, ?)"));
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - qint64(approvals) * 60000;
    const QStringList pipelines{QStringLiteral("shop"), QStringLiteral("payments"),
                                QStringLiteral("search"), QStringLiteral("mobile-api"),
                                QStringLiteral("billing")};
    for (int i = 1; i <= approvals; ++i) {
        const bool pending = i % 20 == 0;
        const qint64 at = start + qint64(i) * 60000;
        a.addBindValue(i);
        a.addBindValue(QStringLiteral("hist-%1").arg(i));
        a.addBindValue(QStringLiteral("Deploy %1 build %2").arg(pipelines.at(i % 5)).arg(i));
        a.addBindValue(pipelines.at(i % 5));
        a.addBindValue(i % 3 ? QStringLiteral("production") : QStringLiteral("staging"));
        a.addBindValue(pending ? QStringLiteral("pending") : QStringLiteral("approved"));
        a.addBindValue(pending ? QStringLiteral("none") : QStringLiteral("delivered"));
        a.addBindValue(at);
        a.addBindValue(at);
        a.exec();
        for (int e = 0; e < 10; ++e) {
            t.addBindValue(i);
            t.addBindValue(at + e);
            t.addBindValue(QStringLiteral("status"));
            t.addBindValue(QStringLiteral("Gate sample %1: all green").arg(e));
            t.exec();
        }
    }
    db.commit();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("fill"));
}

int scale(int approvals)
{
    QTemporaryDir dir;
    const ServiceConfig config = configIn(dir);
    fill(config.databasePath, approvals);
    const double rssBefore = rssMb();
    QElapsedTimer timer;
    timer.start();
    ServiceThread service;
    QString error;
    if (!service.start(config, &error)) {
        out << "error: " << error << Qt::endl;
        return 1;
    }
    MainWindow window(service.service()->engine(), QStringLiteral("http://127.0.0.1"), "bench");
    window.show();
    const int expected = std::min(approvals, 10000);
    while (window.approvalModel()->rowCount() < expected && timer.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const qint64 ready = timer.elapsed();
    out << "RESULT bench=scale approvals=" << approvals << " timeline=" << approvals * 10
        << " startup_ms=" << ready << " loaded_rows=" << window.approvalModel()->rowCount()
        << " rss_mb=" << QString::number(rssMb(), 'f', 1)
        << " rss_before_mb=" << QString::number(rssBefore, 'f', 1) << Qt::endl;
    return 0;
}

int filter(int approvals)
{
    ApprovalTableModel model;
    ApprovalFilterProxy proxy;
    proxy.setSourceModel(&model);
    QVector<Approval> rows;
    rows.reserve(approvals);
    const QStringList pipelines{QStringLiteral("shop"), QStringLiteral("payments"),
                                QStringLiteral("search"), QStringLiteral("mobile-api"),
                                QStringLiteral("billing")};
    for (int i = 1; i <= approvals; ++i) {
        Approval a;
        a.id = i;
        a.connector = QStringLiteral("generic");
        a.kind = QStringLiteral("generic");
        a.title = QStringLiteral("Deploy %1 build %2").arg(pipelines.at(i % 5)).arg(i);
        a.pipeline = pipelines.at(i % 5);
        a.environment = i % 3 ? QStringLiteral("production") : QStringLiteral("staging");
        a.createdAt = QDateTime::currentDateTimeUtc().addSecs(-i);
        rows.append(a);
    }
    model.setApprovals(rows);
    proxy.sort(ApprovalTableModel::WaitingColumn);
    QVector<double> times;
    double first = -1; // the first keystroke after the window shows its rows
    const QString typed = QStringLiteral("payments 12");
    for (int round = 0; round < 3; ++round) {
        for (int n = 1; n <= typed.size(); ++n) {
            QElapsedTimer timer;
            timer.start();
            proxy.setSearchText(typed.left(n));
            proxy.rowCount();
            times.append(double(timer.nsecsElapsed()) / 1e6);
            if (first < 0)
                first = times.last();
        }
        // Clearing the field is a keystroke too (the view asks for the rows at once).
        QElapsedTimer timer;
        timer.start();
        proxy.setSearchText({});
        proxy.rowCount();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    out << "RESULT bench=filter approvals=" << approvals
        << " first_ms=" << QString::number(first, 'f', 2)
        << " median_ms=" << QString::number(times.at(times.size() / 2), 'f', 2)
        << " max_ms=" << QString::number(times.last(), 'f', 2) << Qt::endl;
    return 0;
}

int stall(const QString &portFile)
{
    QTemporaryDir dir;
    const ServiceConfig config = configIn(dir);
    fill(config.databasePath, 10000);
    ServiceThread service;
    QString error;
    if (!service.start(config, &error))
        return 1;
    MainWindow window(service.service()->engine(), QStringLiteral("http://127.0.0.1"), "bench");
    window.show();
    while (window.approvalModel()->rowCount() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    QFile file(portFile);
    file.open(QIODevice::WriteOnly);
    file.write(QByteArray::number(service.service()->port()));
    file.close();
    // A 1 ms timer on the GUI thread: any gap beyond it is time the window could not
    // react. The probe runs until the load generator removes the port file.
    QVector<double> gaps;
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(1);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        gaps.append(double(now - last) / 1e6);
        last = now;
        if (!QFile::exists(portFile))
            QCoreApplication::quit();
    });
    // The GUI thread's own CPU time over the run: what the window's work costs, which
    // (unlike the gaps) hardly depends on what else shares the machine.
    const auto threadCpuMs = [] {
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
    };
    const double cpuBefore = threadCpuMs();
    probe.start();
    QCoreApplication::exec();
    const double guiCpuMs = threadCpuMs() - cpuBefore;
    std::sort(gaps.begin(), gaps.end());
    out << "RESULT bench=stall listed=" << window.approvalModel()->rowCount()
        << " samples=" << gaps.size()
        << " p99_gap_ms=" << QString::number(gaps.at(int(gaps.size() * 0.99)), 'f', 2)
        << " max_gap_ms=" << QString::number(gaps.last(), 'f', 2)
        << " gui_cpu_ms=" << QString::number(guiCpuMs, 'f', 0) << Qt::endl;
    return 0;
}

int decision()
{
    QTemporaryDir dir;
    ServiceConfig config = configIn(dir);
    ServiceThread service;
    QString error;
    if (!service.start(config, &error))
        return 1;
    FakeHttpServer target;
    target.start();
    Engine *engine = service.service()->engine();
    const QUrl hook(
            QStringLiteral("http://127.0.0.1:%1/hooks/generic").arg(service.service()->port()));
    QVector<double> latencies;
    for (int i = 0; i < 200; ++i) {
        const TestReply created = TestHttp::postJson(
                hook,
                {{QStringLiteral("title"), QStringLiteral("Decision %1").arg(i)},
                 {QStringLiteral("callbackUrl"), target.url(QStringLiteral("/cb")).toString()}},
                {{"Authorization", "Bearer bench-secret"}});
        const qint64 id = created.json().value(QStringLiteral("id")).toInteger();
        const int before = int(target.requests.size());
        QElapsedTimer timer;
        timer.start();
        // Exactly what the Approve button does.
        QMetaObject::invokeMethod(engine, [engine, id] {
            engine->requestDecision(id, true, {}, QStringLiteral("window"),
                                    QStringLiteral("bench"));
        });
        while (target.requests.size() == before && timer.elapsed() < 5000)
            QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents,
                                            1);
        latencies.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(latencies.begin(), latencies.end());
    out << "RESULT bench=decision samples=" << latencies.size()
        << " median_ms=" << QString::number(latencies.at(latencies.size() / 2), 'f', 2)
        << " p99_ms=" << QString::number(latencies.at(int(latencies.size() * 0.99)), 'f', 2)
        << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("GatehouseBench"));
    const QStringList args = app.arguments();
    const QString mode = args.value(1);
    if (mode == QLatin1String("scale"))
        return scale(args.value(2).toInt());
    if (mode == QLatin1String("filter"))
        return filter(args.value(2).toInt());
    if (mode == QLatin1String("stall"))
        return stall(args.value(2));
    if (mode == QLatin1String("decision"))
        return decision();
    QTextStream(stderr)
            << "usage: gatehouse-consolebench scale N | filter N | stall PORTFILE | decision\n";
    return 2;
}
