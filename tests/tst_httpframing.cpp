// Attacks on the connection guard over real sockets, against the real service: heads
// that QHttpServer would frame differently from the guard (duplicate Content-Length,
// obs-fold, bare LF, Transfer-Encoding with Content-Length), a body limit that holds on
// the bytes received, early errors that survive a client still sending (lingering
// close), slowloris, a connection cap that is global and per address, TLS limited to
// ECDHE with AEAD, idle handshakes counted against the cap, and a port that accepts
// again after the process ran out of file descriptors.
#include "receiver/guardedtcpserver.h"
#include "receiver/httpframing.h"
#include "service/gatehouseservice.h"
#include "support/gatehouseprocess.h"
#include "support/rawclient.h"
#include "support/testcertificate.h"
#include "support/testhttp.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSslCipher>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <memory>
#include <vector>

namespace {

const QByteArray operatorToken = "framing-operator-token";

// AddressSanitizer keeps freed memory in quarantine: resident memory says nothing there.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool residentMemoryMeaningful = false;
#elif defined(__has_feature)
#    if __has_feature(address_sanitizer)
constexpr bool residentMemoryMeaningful = false;
#    else
constexpr bool residentMemoryMeaningful = true;
#    endif
#else
constexpr bool residentMemoryMeaningful = true;
#endif

// Resident memory of this process (the service runs in one of its threads), in bytes.
qint64 residentBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

QJsonObject jsonBody(const QByteArray &answer)
{
    return QJsonDocument::fromJson(answer.mid(answer.indexOf("\r\n\r\n") + 4)).object();
}

// Waits until the server has closed `expected` of the clients (or timeoutMs); returns
// how many it closed.
int closedByServer(std::vector<RawClient> &clients, int expected, int timeoutMs)
{
    std::vector<bool> closed(clients.size(), false);
    int count = 0;
    QElapsedTimer timer;
    timer.start();
    while (count < expected && timer.elapsed() < timeoutMs) {
        std::vector<pollfd> fds;
        for (size_t i = 0; i < clients.size(); ++i)
            fds.push_back({closed[i] ? -1 : clients[i].descriptor(), POLLIN, 0});
        if (::poll(fds.data(), fds.size(), 100) <= 0)
            continue;
        for (size_t i = 0; i < clients.size(); ++i) {
            if (closed[i] || !fds[i].revents)
                continue;
            char buffer[4096];
            const ssize_t n = ::recv(fds[i].fd, buffer, sizeof buffer, MSG_DONTWAIT);
            if (n == 0 || (n < 0 && errno != EAGAIN)) {
                closed[i] = true;
                ++count;
            }
        }
    }
    return count;
}

} // namespace

class tst_HttpFraming : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void ambiguousHeadsRefused_data();
    void ambiguousHeadsRefused();
    void streamBehindDuplicateLengthDoesNotGrowMemory();
    void pipelinedRequestsStayInStep();
    void earlyErrorSurvivesLingeringClose_data();
    void earlyErrorSurvivesLingeringClose();
    void pythonUrllibReadsEarly413();
    void slowHeadsDoNotStarveOtherClients();
    void slowBodyClosedAtDeadline();
    void connectionCapIsGlobal();
    void tlsOffersOnlyEcdheAead_data();
    void tlsOffersOnlyEcdheAead();
    void idleHandshakesCountAgainstCap();
    void httpsAcceptsAgainAfterDescriptorsRanOut();
    void acceptResumesAfterDescriptorError();
    void softDescriptorLimitRaisedAtStart();

private:
    ServiceConfig config() const;
    bool start(ServiceThread &service, const ServiceConfig &config);
    quint16 port() const { return m_service.service()->port(); }
    int healthStatus(quint16 port, bool tls = false);
    std::unique_ptr<QProcess> startChild(const QString &configFile, const rlimit &files,
                                         quint16 *port);

    QTemporaryDir m_dir;
    ServiceThread m_service;
    QString m_binary;
};

ServiceConfig tst_HttpFraming::config() const
{
    ServiceConfig config;
    config.databasePath = m_dir.filePath(
            QStringLiteral("g-%1.sqlite").arg(QRandomGenerator::global()->generate()));
    config.port = 0;
    config.keyFile = m_dir.filePath(QStringLiteral("vault.key"));
    config.operatorToken = operatorToken;
    config.receiverThreads = 4;
    return config;
}

bool tst_HttpFraming::start(ServiceThread &service, const ServiceConfig &config)
{
    QString error;
    if (!service.start(config, &error)) {
        qWarning() << error;
        return false;
    }
    return true;
}

int tst_HttpFraming::healthStatus(quint16 port, bool tls)
{
    return TestHttp::send(QStringLiteral("GET"),
                          QUrl(QStringLiteral("%1://127.0.0.1:%2/healthz")
                                       .arg(tls ? QStringLiteral("https") : QStringLiteral("http"))
                                       .arg(port)),
                          {}, {}, 3000)
            .status;
}

void tst_HttpFraming::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(TestCertificate::make(m_dir.filePath(QStringLiteral("cert.pem")),
                                   m_dir.filePath(QStringLiteral("key.pem"))),
             "openssl could not make a certificate");
    QVERIFY(start(m_service, config()));
    m_binary = qEnvironmentVariable("GATEHOUSE_BINARY");
}

void tst_HttpFraming::cleanupTestCase()
{
    m_service.stop();
}

void tst_HttpFraming::ambiguousHeadsRefused_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    const QByteArray post = "POST /healthz HTTP/1.1\r\nHost: x\r\n";
    QTest::newRow("huge then small Content-Length")
            << (post + "Content-Length: 2500000000\r\nContent-Length: 1\r\n\r\nx") << 400;
    QTest::newRow("small then huge Content-Length")
            << (post + "Content-Length: 1\r\nContent-Length: 2500000000\r\n\r\nx") << 400;
    QTest::newRow("same Content-Length twice")
            << (post + "Content-Length: 1\r\nContent-Length: 1\r\n\r\nx") << 400;
    QTest::newRow("folded Content-Length value")
            << (post + "Content-Length: 1\r\n 2500000000\r\n\r\nx") << 400;
    QTest::newRow("folded line before Content-Length")
            << (post + "X-A: b\r\n\tContent-Length: 2500000000\r\nContent-Length: 1\r\n\r\nx")
            << 400;
    QTest::newRow("bare LF head") << QByteArray("GET /api/approvals HTTP/1.1\nHost: x\n\n") << 400;
    QTest::newRow("bare LF ends the head early")
            << QByteArray("GET /healthz HTTP/1.1\r\nHost: x\n\nGET /api/approvals HTTP/1.1\r\n\r\n")
            << 400;
    QTest::newRow("bare CR") << QByteArray("GET /healthz HTTP/1.1\rHost: x\r\n\r\n") << 400;
    QTest::newRow("Transfer-Encoding with Content-Length")
            << (post + "Transfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n0\r\n\r\n") << 400;
    QTest::newRow("space before the colon")
            << (post + "Content-Length : 2500000000\r\nContent-Length: 1\r\n\r\nx") << 400;
    QTest::newRow("sign in Content-Length") << (post + "Content-Length: +1\r\n\r\nx") << 400;
    QTest::newRow("list in Content-Length") << (post + "Content-Length: 1, 1\r\n\r\nx") << 400;
    QTest::newRow("overflowing Content-Length")
            << (post + "Content-Length: 99999999999999999999999\r\n\r\nx") << 400;
    QTest::newRow("smuggled control API request")
            << (post
                + "Content-Length: 0\r\nContent-Length: 45\r\n\r\n"
                  "GET /api/approvals HTTP/1.1\r\nHost: x\r\n\r\n")
            << 400;
    QTest::newRow("request line without version") << QByteArray("GARBAGE\r\n\r\n") << 400;
    QTest::newRow("double space in request line")
            << QByteArray("GET  /healthz HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
    QTest::newRow("leading blank") << QByteArray(" GET /healthz HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("HTTP/2.0 in clear") << QByteArray("GET /healthz HTTP/2.0\r\n\r\n") << 400;
    QTest::newRow("protocol upgrade")
            << QByteArray("GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\n"
                          "Upgrade: websocket\r\n\r\n")
            << 400;
    QTest::newRow("control character in a value")
            << QByteArray("GET /healthz HTTP/1.1\r\nHost: x\x01y\r\n\r\n") << 400;
    QByteArray fields = "GET /healthz HTTP/1.1\r\n";
    for (int i = 0; i < 101; ++i)
        fields += "X-" + QByteArray::number(i) + ": a\r\n";
    QTest::newRow("more fields than QHttpServer reads") << (fields + "\r\n") << 431;
    QTest::newRow("body over the limit") << (post + "Content-Length: 1048577\r\n\r\n") << 413;
}

void tst_HttpFraming::ambiguousHeadsRefused()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    const QByteArray answer = TestHttp::raw(port(), request);
    QVERIFY2(answer.startsWith("HTTP/1.1 " + QByteArray::number(status)),
             answer.left(200).constData());
    const QJsonObject body = jsonBody(answer);
    QVERIFY2(!body.value(QStringLiteral("error")).toString().isEmpty(), answer.constData());
    QVERIFY2(!body.value(QStringLiteral("detail")).toString().isEmpty(), answer.constData());
    QVERIFY(!answer.contains("\"approvals\"")); // never the control API's data
    QCOMPARE(healthStatus(port()), 200);
}

void tst_HttpFraming::streamBehindDuplicateLengthDoesNotGrowMemory()
{
    // The reproduction of the issue: QHttpServer reads the first Content-Length, the
    // old guard the last, and the body streamed behind was buffered until bad_alloc.
    constexpr qint64 streamed = 96 * 1024 * 1024;
    const qint64 before = residentBytes();
    RawClient client;
    QVERIFY2(client.connectTo(port()), qPrintable(client.lastError()));
    const int fd = client.descriptor();
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    QByteArray pending = "POST /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: 2500000000\r\n"
                         "Content-Length: 1\r\n\r\n";
    const QByteArray chunk(64 * 1024, 'x');
    qint64 sent = 0;
    QByteArray answer;
    bool open = true;
    QElapsedTimer timer;
    timer.start();
    // Stream like an attacker, reading whatever comes back, until the server closes.
    while (open && timer.elapsed() < 30000) {
        pollfd p{fd, short(POLLIN | (sent < streamed ? POLLOUT : 0)), 0};
        if (::poll(&p, 1, 1000) <= 0)
            continue;
        if (p.revents & (POLLIN | POLLHUP | POLLERR)) {
            char buffer[4096];
            const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
            if (n > 0)
                answer.append(buffer, n);
            else if (n == 0 || errno != EAGAIN)
                open = false;
        }
        if (open && (p.revents & POLLOUT)) {
            if (pending.isEmpty())
                pending = chunk;
            const ssize_t n = ::send(fd, pending.constData(), size_t(pending.size()), MSG_NOSIGNAL);
            if (n > 0) {
                sent += n;
                pending.remove(0, n);
            } else if (errno != EAGAIN) {
                open = false;
            }
        }
    }
    QVERIFY2(!open, "the server never closed the connection");
    QVERIFY2(answer.startsWith("HTTP/1.1 400"), answer.constData());
    QVERIFY(jsonBody(answer)
                    .value(QStringLiteral("detail"))
                    .toString()
                    .contains(QLatin1String("Content-Length")));
    const qint64 growth = residentBytes() - before;
    qInfo("streamed %lld bytes; resident memory grew by %lld KiB", sent, growth / 1024);
    if (residentMemoryMeaningful)
        QVERIFY2(growth < 32 * 1024 * 1024, qPrintable(QString::number(growth)));
    QCOMPARE(healthStatus(port()), 200);
}

void tst_HttpFraming::pipelinedRequestsStayInStep()
{
    RawClient client;
    QVERIFY(client.connectTo(port()));
    // A body that looks like a request must stay a body.
    const QByteArray body = "GET /api/approvals HTTP/1.1\r\nHost: x\r\n\r\n";
    QVERIFY(client.sendAll("POST /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: "
                           + QByteArray::number(body.size()) + "\r\n\r\n" + body
                           + "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"));
    const QByteArray first = client.readAnswer();
    QVERIFY2(first.startsWith("HTTP/1.1 405"), first.constData()); // no POST /healthz route
    const QByteArray second = client.readAnswer();
    QVERIFY2(second.startsWith("HTTP/1.1 200"), second.constData());
    QVERIFY(!first.contains("\"approvals\"") && !second.contains("\"approvals\""));
}

void tst_HttpFraming::earlyErrorSurvivesLingeringClose_data()
{
    QTest::addColumn<int>("bodyBytes");
    QTest::newRow("2 MiB") << 2 * 1024 * 1024;
    QTest::newRow("8 MiB") << 8 * 1024 * 1024;
}

void tst_HttpFraming::earlyErrorSurvivesLingeringClose()
{
    // As Python's urllib does: send the whole request, then read the answer.
    QFETCH(int, bodyBytes);
    const QByteArray request = "POST /hooks/generic HTTP/1.1\r\nHost: x\r\nContent-Type: "
                               "application/json\r\nContent-Length: "
            + QByteArray::number(bodyBytes) + "\r\n\r\n" + QByteArray(bodyBytes, 'x');
    int read413 = 0;
    QStringList failures;
    for (int i = 0; i < 20; ++i) {
        RawClient client;
        QVERIFY(client.connectTo(port()));
        if (!client.sendAll(request)) {
            failures << QStringLiteral("send: %1").arg(client.lastError());
            continue;
        }
        const QByteArray answer = client.readAnswer(10000);
        if (answer.startsWith("HTTP/1.1 413"))
            ++read413;
        else
            failures << QStringLiteral("read: %1 %2")
                                .arg(QString::fromLatin1(answer.left(20)), client.lastError());
    }
    QVERIFY2(read413 == 20, qPrintable(failures.join(QLatin1String("; "))));
}

void tst_HttpFraming::pythonUrllibReadsEarly413()
{
    // The issue's own reproduction: Python's urllib posting 2 MiB, 20 times.
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 is not installed");
    const QString script = QStringLiteral(R"(
import sys, urllib.request, urllib.error
body = b"x" * (2 * 1024 * 1024)
for _ in range(20):
    request = urllib.request.Request(sys.argv[1], data=body, method="POST",
                                     headers={"Content-Type": "application/json"})
    try:
        urllib.request.urlopen(request, timeout=10)
        print("2xx")
    except urllib.error.HTTPError as e:
        print(e.code)
    except Exception as e:
        print(type(e).__name__)
)");
    QProcess process;
    process.start(python,
                  {QStringLiteral("-c"), script,
                   QStringLiteral("http://127.0.0.1:%1/hooks/generic").arg(port())});
    QVERIFY(process.waitForFinished(120000));
    const QByteArray output = process.readAllStandardOutput();
    QCOMPARE(output, QByteArray("413\n").repeated(20));
}

void tst_HttpFraming::slowHeadsDoNotStarveOtherClients()
{
    ServiceConfig slowConfig = config();
    slowConfig.limits.maxConnections = 24;
    slowConfig.limits.maxConnectionsPerAddress = 8;
    slowConfig.limits.headTimeoutMs = 2000;
    ServiceThread service;
    QVERIFY(start(service, slowConfig));
    const quint16 slowPort = service.service()->port();

    // 40 slowloris sockets from 127.0.0.1, more than the whole cap.
    std::vector<RawClient> slow(40);
    QElapsedTimer clock;
    clock.start();
    for (RawClient &client : slow) {
        QVERIFY(client.connectTo(slowPort));
        client.sendAll("POST /hooks/generic HTTP/1.1\r\nHost: x\r\n");
    }
    // Another client is served while they hold their slots.
    RawClient legit;
    QVERIFY2(legit.connectTo(slowPort, QStringLiteral("127.0.0.2")), qPrintable(legit.lastError()));
    QVERIFY(legit.sendAll("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"));
    const QByteArray served = legit.readAnswer(3000);
    QVERIFY2(served.startsWith("HTTP/1.1 200"), served.constData());
    QVERIFY(clock.elapsed() < slowConfig.limits.headTimeoutMs);

    // The slow ones trickle a byte every 200 ms; that does not move the head deadline.
    std::vector<qint64> closedAt(slow.size(), -1);
    std::vector<QByteArray> received(slow.size());
    int open = int(slow.size());
    qint64 nextTrickle = 0;
    while (open > 0 && clock.elapsed() < 3 * slowConfig.limits.headTimeoutMs) {
        std::vector<pollfd> fds;
        for (size_t i = 0; i < slow.size(); ++i)
            fds.push_back({closedAt[i] < 0 ? slow[i].descriptor() : -1, POLLIN, 0});
        ::poll(fds.data(), fds.size(), 50);
        const bool trickle = clock.elapsed() >= nextTrickle;
        if (trickle)
            nextTrickle = clock.elapsed() + 200;
        for (size_t i = 0; i < slow.size(); ++i) {
            if (closedAt[i] >= 0)
                continue;
            if (fds[i].revents) {
                char buffer[4096];
                const ssize_t n = ::recv(fds[i].fd, buffer, sizeof buffer, MSG_DONTWAIT);
                if (n > 0) {
                    received[i].append(buffer, n);
                } else if (n == 0 || errno != EAGAIN) {
                    closedAt[i] = clock.elapsed();
                    --open;
                    continue;
                }
            }
            if (trickle && received[i].isEmpty())
                ::send(slow[i].descriptor(), "X", 1, MSG_NOSIGNAL | MSG_DONTWAIT);
        }
    }
    for (size_t i = 0; i < slow.size(); ++i) {
        if (closedAt[i] < 0)
            qWarning("socket %d still open after %lld ms; received '%s'", int(i), clock.elapsed(),
                     received[i].left(60).constData());
    }
    QCOMPARE(open, 0);
    int timedOut = 0;
    for (size_t i = 0; i < slow.size(); ++i) {
        if (!received[i].startsWith("HTTP/1.1 408")) {
            // Refused at once, not closed at the deadline.
            QVERIFY2(closedAt[i] < slowConfig.limits.headTimeoutMs - 300,
                     qPrintable(QString::number(closedAt[i])));
            continue;
        }
        ++timedOut;
        // Closed at the deadline: not long before it (the two clocks start a little
        // apart: the client's at connect, the server's at accept), nor long after.
        QVERIFY2(closedAt[i] >= slowConfig.limits.headTimeoutMs - 300
                         && closedAt[i] <= slowConfig.limits.headTimeoutMs + 2500,
                 qPrintable(QString::number(closedAt[i])));
    }
    QCOMPARE(timedOut, slowConfig.limits.maxConnectionsPerAddress);
    QCOMPARE(healthStatus(slowPort), 200);
}

void tst_HttpFraming::slowBodyClosedAtDeadline()
{
    ServiceConfig slowConfig = config();
    slowConfig.limits.bodyTimeoutMs = 1500;
    ServiceThread service;
    QVERIFY(start(service, slowConfig));
    RawClient client;
    QVERIFY(client.connectTo(service.service()->port()));
    QElapsedTimer clock;
    clock.start();
    QVERIFY(client.sendAll("POST /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\nxx"));
    QByteArray received;
    bool closed = false;
    while (!closed && clock.elapsed() < 5000) {
        closed = client.waitForClose(200, &received);
        if (!closed)
            ::send(client.descriptor(), "x", 1, MSG_NOSIGNAL);
    }
    QVERIFY(closed);
    QVERIFY2(received.startsWith("HTTP/1.1 408"), received.constData());
    QVERIFY2(clock.elapsed() >= 1400 && clock.elapsed() < 4000,
             qPrintable(QString::number(clock.elapsed())));
}

void tst_HttpFraming::connectionCapIsGlobal()
{
    // 12 overall over 8 threads: a per-thread share would be one connection each.
    ServiceConfig capConfig = config();
    capConfig.receiverThreads = 8;
    capConfig.limits.maxConnections = 12;
    capConfig.limits.maxConnectionsPerAddress = 100;
    ServiceThread service;
    QVERIFY(start(service, capConfig));
    std::vector<RawClient> clients(30);
    for (RawClient &client : clients) {
        QVERIFY(client.connectTo(service.service()->port()));
        client.sendAll("GET /healthz HTTP/1.1\r\n");
    }
    int served = 0, refused = 0;
    for (RawClient &client : clients) {
        client.sendAll("Host: x\r\n\r\n");
        const QByteArray answer = client.readAnswer(3000);
        if (answer.startsWith("HTTP/1.1 200"))
            ++served;
        else
            ++refused;
    }
    QCOMPARE(served, 12);
    QCOMPARE(refused, 18);
}

void tst_HttpFraming::tlsOffersOnlyEcdheAead_data()
{
    QTest::addColumn<QString>("cipher");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("ECDHE-RSA-AES128-GCM-SHA256")
            << QStringLiteral("ECDHE-RSA-AES128-GCM-SHA256") << true;
    QTest::newRow("ECDHE-RSA-AES256-GCM-SHA384")
            << QStringLiteral("ECDHE-RSA-AES256-GCM-SHA384") << true;
    QTest::newRow("ECDHE-RSA-CHACHA20-POLY1305")
            << QStringLiteral("ECDHE-RSA-CHACHA20-POLY1305") << true;
    QTest::newRow("RSA key exchange, CBC-SHA1") << QStringLiteral("AES128-SHA") << false;
    QTest::newRow("RSA key exchange, GCM") << QStringLiteral("AES128-GCM-SHA256") << false;
    QTest::newRow("ECDHE, CBC-SHA1") << QStringLiteral("ECDHE-RSA-AES128-SHA") << false;
    QTest::newRow("ECDHE, CBC-SHA256") << QStringLiteral("ECDHE-RSA-AES128-SHA256") << false;
    QTest::newRow("DHE, GCM") << QStringLiteral("DHE-RSA-AES128-GCM-SHA256") << false;
}

void tst_HttpFraming::tlsOffersOnlyEcdheAead()
{
    QFETCH(QString, cipher);
    QFETCH(bool, accepted);
    const QSslCipher offered(cipher);
    QVERIFY2(!offered.isNull(), "the client's TLS library cannot offer this suite");
    ServiceConfig tlsConfig = config();
    tlsConfig.receiverThreads = 1;
    tlsConfig.tlsCertificate = m_dir.filePath(QStringLiteral("cert.pem"));
    tlsConfig.tlsKey = m_dir.filePath(QStringLiteral("key.pem"));
    ServiceThread service;
    QVERIFY(start(service, tlsConfig));

    QSslSocket client;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setProtocol(QSsl::TlsV1_2);
    configuration.setCiphers({offered});
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    client.setSslConfiguration(configuration);
    client.connectToHostEncrypted(QStringLiteral("127.0.0.1"), service.service()->port());
    const bool encrypted = client.waitForEncrypted(5000);
    QCOMPARE(encrypted, accepted);
    if (!encrypted)
        return;
    QCOMPARE(client.sessionCipher().name(), cipher);
    client.write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    QByteArray answer;
    while (!answer.contains("\"ok\"") && client.waitForReadyRead(5000))
        answer += client.readAll();
    QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
    // TLS 1.3 stays as it is.
    QCOMPARE(healthStatus(service.service()->port(), true), 200);
}

void tst_HttpFraming::idleHandshakesCountAgainstCap()
{
    ServiceConfig tlsConfig = config();
    tlsConfig.receiverThreads = 2;
    tlsConfig.limits.maxConnections = 10;
    tlsConfig.limits.maxConnectionsPerAddress = 100;
    tlsConfig.tlsCertificate = m_dir.filePath(QStringLiteral("cert.pem"));
    tlsConfig.tlsKey = m_dir.filePath(QStringLiteral("key.pem"));
    ServiceThread service;
    QVERIFY(start(service, tlsConfig));
    const quint16 tlsPort = service.service()->port();
    {
        // TCP connections that never start their handshake, far beyond the cap.
        std::vector<RawClient> idle(60);
        for (RawClient &client : idle)
            QVERIFY(client.connectTo(tlsPort));
        // Those beyond the cap are closed at once; the first 10 stay.
        QCOMPARE(closedByServer(idle, 50, 5000), 50);
        QCOMPARE(healthStatus(tlsPort, true), 0); // the handshakes hold every slot
    }
    // Once they are gone, HTTPS works again.
    QTRY_COMPARE_WITH_TIMEOUT(healthStatus(tlsPort, true), 200, 10000);
}

std::unique_ptr<QProcess> tst_HttpFraming::startChild(const QString &configFile,
                                                      const rlimit &files, quint16 *port)
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GATEHOUSE_OPERATOR_TOKEN"), QString::fromLatin1(operatorToken));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    process->setProcessEnvironment(env);
    process->setChildProcessModifier([files] { ::setrlimit(RLIMIT_NOFILE, &files); });
    process->start(
            m_binary,
            {QStringLiteral("--headless"), QStringLiteral("--port"), QStringLiteral("0"),
             QStringLiteral("--db"),
             m_dir.filePath(
                     QStringLiteral("child-%1.sqlite").arg(QRandomGenerator::global()->generate())),
             QStringLiteral("--key-file"), m_dir.filePath(QStringLiteral("vault.key")),
             QStringLiteral("--config"), configFile});
    if (!process->waitForStarted(5000))
        return nullptr;
    *port = GatehouseProcess::waitForPort(*process, 15000);
    return *port != 0 ? std::move(process) : nullptr;
}

void tst_HttpFraming::httpsAcceptsAgainAfterDescriptorsRanOut()
{
    if (m_binary.isEmpty())
        QSKIP("GATEHOUSE_BINARY is not set (ctest sets it)");
    const QString ini = m_dir.filePath(QStringLiteral("descriptors.ini"));
    {
        QSettings settings(ini, QSettings::IniFormat);
        settings.setValue(QStringLiteral("receiver/tlsCert"),
                          m_dir.filePath(QStringLiteral("cert.pem")));
        settings.setValue(QStringLiteral("receiver/tlsKey"),
                          m_dir.filePath(QStringLiteral("key.pem")));
        settings.setValue(QStringLiteral("receiver/threads"), 2);
        // Caps far above what 128 descriptors allow.
        settings.setValue(QStringLiteral("receiver/maxConnections"), 1000);
        settings.setValue(QStringLiteral("receiver/maxConnectionsPerAddress"), 1000);
    }
    quint16 childPort = 0;
    const std::unique_ptr<QProcess> child = startChild(ini, rlimit{128, 128}, &childPort);
    QVERIFY(child);
    QByteArray log = child->readAllStandardError();
    const QRegularExpression lowered(QStringLiteral("connection cap lowered from 1000 to (\\d+)"));
    QTRY_VERIFY_WITH_TIMEOUT(
            lowered.match(QString::fromUtf8(log += child->readAllStandardError())).hasMatch(),
            5000);
    const int cap = lowered.match(QString::fromUtf8(log)).captured(1).toInt();
    QVERIFY(cap > 0 && cap < 128);
    {
        // Idle TCP connections that never start their handshake, beyond the descriptors.
        std::vector<RawClient> idle(200);
        for (RawClient &client : idle)
            QVERIFY(client.connectTo(childPort)); // the kernel's backlog takes them
        QCOMPARE(closedByServer(idle, int(idle.size()) - cap, 10000), int(idle.size()) - cap);
        QCOMPARE(healthStatus(childPort, true), 0); // every slot is taken
    }
    // The flood is gone: the port accepts and serves HTTPS again.
    QTRY_COMPARE_WITH_TIMEOUT(healthStatus(childPort, true), 200, 15000);
    log += child->readAllStandardError();
    QVERIFY2(!log.contains("cannot accept"), log.constData()); // descriptors never ran out
    child->terminate();
    QVERIFY(child->waitForFinished(10000));
}

void tst_HttpFraming::acceptResumesAfterDescriptorError()
{
    GuardedTcpServer server{ReceiverLimits{}};
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QSignalSpy errors(&server, &QTcpServer::acceptError);
    QSignalSpy accepted(&server, &QTcpServer::newConnection);
    RawClient client; // waits in the kernel's backlog
    QVERIFY(client.connectTo(server.serverPort()));
    // No descriptor left for the server's first accept(): EMFILE.
    rlimit saved{};
    QCOMPARE(::getrlimit(RLIMIT_NOFILE, &saved), 0);
    const int lowestFree = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    QVERIFY(lowestFree > 0);
    ::close(lowestFree);
    rlimit exhausted = saved;
    exhausted.rlim_cur = rlim_t(lowestFree);
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("cannot accept connections")));
    QCOMPARE(::setrlimit(RLIMIT_NOFILE, &exhausted), 0);
    const bool failed = QTest::qWaitFor([&] { return errors.count() > 0; }, 5000);
    QCOMPARE(::setrlimit(RLIMIT_NOFILE, &saved), 0);
    QVERIFY(failed);
    QCOMPARE(accepted.count(), 0);
    // Descriptors are free again: accepting resumes by itself, and says so.
    QTest::ignoreMessage(
            QtWarningMsg,
            QRegularExpression(QStringLiteral("accepting connections on port \\d+ again")));
    QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, 5000);
}

void tst_HttpFraming::softDescriptorLimitRaisedAtStart()
{
    if (m_binary.isEmpty())
        QSKIP("GATEHOUSE_BINARY is not set (ctest sets it)");
    rlimit current{};
    QCOMPARE(::getrlimit(RLIMIT_NOFILE, &current), 0);
    const rlim_t hard = qMin<rlim_t>(current.rlim_max, 4096);
    if (hard <= 256)
        QSKIP("the hard open-file limit is too low to show a raise");
    const QString ini = m_dir.filePath(QStringLiteral("plain.ini"));
    QSettings(ini, QSettings::IniFormat).setValue(QStringLiteral("receiver/threads"), 1);
    quint16 childPort = 0;
    const std::unique_ptr<QProcess> child = startChild(ini, rlimit{256, hard}, &childPort);
    QVERIFY(child);
    QByteArray log;
    const QByteArray expected =
            "open-file limit raised from 256 to " + QByteArray::number(quint64(hard));
    QTRY_VERIFY_WITH_TIMEOUT((log += child->readAllStandardError()).contains(expected), 5000);
    child->terminate();
    QVERIFY(child->waitForFinished(10000));
}

QTEST_GUILESS_MAIN(tst_HttpFraming)
#include "tst_httpframing.moc"
