// Open-loop load generator: sends generic webhooks at a fixed rate over keep-alive
// connections and measures each ack's latency from the moment it was *scheduled*
// (so a stalled server cannot hide its delay: no coordinated omission).
// Usage: gatehouse-loadgen PORT RATE SECONDS CONNECTIONS [WEBHOOK_SECRET]
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <deque>
#include <vector>

namespace {

struct Connection
{
    QTcpSocket *socket = nullptr;
    QByteArray buffer;
    std::deque<qint64> scheduledNs; // requests in flight, oldest first
    bool refused = false; // answered or closed before any request was sent
};

double percentile(std::vector<qint64> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    const auto index = std::min(sorted.size() - 1, std::size_t(p / 100.0 * double(sorted.size())));
    return double(sorted[index]) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 5) {
        QTextStream(stderr) << "usage: gatehouse-loadgen PORT RATE SECONDS CONNECTIONS\n";
        return 2;
    }
    const quint16 port = quint16(QByteArray(argv[1]).toUInt());
    const int rate = QByteArray(argv[2]).toInt();
    const int seconds = QByteArray(argv[3]).toInt();
    const int connectionCount = QByteArray(argv[4]).toInt();
    const qint64 total = qint64(rate) * seconds;
    const QByteArray secret = argc > 5 ? QByteArray(argv[5]) : QByteArray();
    const QByteArray auth =
            secret.isEmpty() ? QByteArray() : "Authorization: Bearer " + secret + "\r\n";
    const QByteArray runId = QByteArray::number(QDateTime::currentMSecsSinceEpoch());

    std::vector<Connection> connections(connectionCount);
    std::vector<qint64> latencies;
    latencies.reserve(std::size_t(total));
    qint64 sent = 0, answered = 0, non2xx = 0;
    QByteArray firstRefusal; // the first non-2xx answer, shown so that a refused run is obvious
    QElapsedTimer clock;

    const auto finishIfDone = [&] {
        if (answered + non2xx < total)
            return;
        std::sort(latencies.begin(), latencies.end());
        QTextStream(stdout)
                << QStringLiteral("RESULT requests=%1 seconds=%2 rps=%3 p50_ms=%4 p99_ms=%5 "
                                  "p999_ms=%6 max_ms=%7 non2xx=%8\n")
                           .arg(answered + non2xx)
                           .arg(double(clock.nsecsElapsed()) / 1e9, 0, 'f', 2)
                           .arg(double(answered) / (double(clock.nsecsElapsed()) / 1e9), 0, 'f', 0)
                           .arg(percentile(latencies, 50), 0, 'f', 3)
                           .arg(percentile(latencies, 99), 0, 'f', 3)
                           .arg(percentile(latencies, 99.9), 0, 'f', 3)
                           .arg(latencies.empty() ? 0.0 : double(latencies.back()) / 1e6, 0, 'f', 3)
                           .arg(non2xx);
        // A run whose webhooks were refused measured nothing: say why, and fail. (A
        // loopback callbackUrl is refused unless GATEHOUSE_DELIVERY_ALLOW allows it.)
        if (!firstRefusal.isEmpty())
            QTextStream(stderr) << non2xx << " of " << total
                                << " requests refused; the first answer:\n"
                                << firstRefusal << "\n";
        app.exit(answered == 0 ? 1 : 0);
    };

    for (Connection &c : connections) {
        c.socket = new QTcpSocket(&app);
        c.socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        c.socket->connectToHost(QHostAddress::LocalHost, port);
        QObject::connect(c.socket, &QTcpSocket::readyRead, &app, [&, conn = &c] {
            conn->buffer += conn->socket->readAll();
            for (;;) {
                const qsizetype headEnd = conn->buffer.indexOf("\r\n\r\n");
                if (headEnd < 0)
                    return;
                const QByteArray head = conn->buffer.left(headEnd).toLower();
                const qsizetype cl = head.indexOf("content-length:");
                const int length = cl < 0
                        ? 0
                        : head.mid(cl + 15, head.indexOf('\r', cl) - cl - 15).trimmed().toInt();
                if (conn->buffer.size() < headEnd + 4 + length)
                    return;
                const bool ok = head.startsWith("http/1.1 2");
                if (!ok && firstRefusal.isEmpty())
                    firstRefusal = conn->buffer.left(headEnd + 4 + length);
                conn->buffer.remove(0, headEnd + 4 + length);
                if (conn->scheduledNs.empty()) { // refused before any request (over a limit)
                    conn->refused = true;
                    continue;
                }
                const qint64 scheduled = conn->scheduledNs.front();
                conn->scheduledNs.pop_front();
                if (ok) {
                    ++answered;
                    latencies.push_back(clock.nsecsElapsed() - scheduled);
                } else {
                    ++non2xx;
                }
                finishIfDone();
            }
        });
    }
    for (Connection &c : connections) {
        QObject::connect(c.socket, &QTcpSocket::disconnected, &app,
                         [conn = &c] { conn->refused = true; });
        if (!c.socket->waitForConnected(5000)) {
            QTextStream(stderr) << "cannot connect to port " << port << "\n";
            return 1;
        }
    }
    // A server answers a connection over its per-address cap with 503 and closes it; the
    // cap still counts the connections of a run that has just ended (run-bench.sh runs
    // this right after wrk). Such a connection would leave its share of the requests
    // unanswered, so it is opened again (for a few seconds at most) before the clock starts.
    for (int attempt = 0; attempt < 20; ++attempt) {
        QElapsedTimer settle;
        settle.start();
        while (settle.elapsed() < 200)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        int reopened = 0;
        for (Connection &c : connections) {
            if (!c.refused)
                continue;
            ++reopened;
            c.refused = false;
            c.buffer.clear();
            c.socket->abort();
            c.socket->connectToHost(QHostAddress::LocalHost, port);
            c.socket->waitForConnected(5000);
        }
        if (reopened == 0)
            break;
    }
    firstRefusal.clear();

    // GATEHOUSE_LOADGEN_CALLBACK: where the decisions go (the soak's sink); by default a
    // closed port, for runs that decide nothing.
    const QByteArray callbackUrl = qEnvironmentVariableIsSet("GATEHOUSE_LOADGEN_CALLBACK")
            ? qgetenv("GATEHOUSE_LOADGEN_CALLBACK")
            : QByteArray("http://127.0.0.1:9/callback");
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(1);
    clock.start();
    QObject::connect(&ticker, &QTimer::timeout, &app, [&] {
        // Send everything whose scheduled time has come, even if we woke up late.
        const qint64 now = clock.nsecsElapsed();
        while (sent < total && sent * 1'000'000'000LL / rate <= now) {
            const qint64 scheduled = sent * 1'000'000'000LL / rate;
            Connection &c = connections[std::size_t(sent % connectionCount)];
            const QByteArray body = "{\"title\":\"Deploy shop build " + QByteArray::number(sent)
                    + "\",\"callbackUrl\":\"" + callbackUrl + "\",\"externalId\":\"load-" + runId
                    + "-" + QByteArray::number(sent)
                    + "\",\"pipeline\":\"shop\",\"stage\":\"deploy\",\"environment\":"
                      "\"production\"}";
            c.socket->write("POST /hooks/generic HTTP/1.1\r\nHost: 127.0.0.1\r\n" + auth
                            + "Content-Type: application/json\r\nContent-Length: "
                            + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            c.scheduledNs.push_back(scheduled);
            ++sent;
        }
        if (sent >= total)
            ticker.stop();
    });
    ticker.start();
    QTimer::singleShot((seconds + 30) * 1000, &app, [&] {
        QTextStream(stderr) << "timed out waiting for answers\n";
        app.exit(1);
    });
    return app.exec();
}
