// What the headless service says to the operating system: readiness, status and the
// watchdog to systemd's notify socket, and log lines as JSON or journal entries.
#include "service/logoutput.h"
#include "service/systemdnotifier.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace {

// A datagram socket standing in for systemd's; the name starts with '@' for an
// abstract one.
class NotifySocket
{
public:
    explicit NotifySocket(const QByteArray &name) : m_name(name)
    {
        m_fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        std::memcpy(address.sun_path, name.constData(), size_t(name.size()));
        if (address.sun_path[0] == '@')
            address.sun_path[0] = '\0';
        const auto length = socklen_t(offsetof(sockaddr_un, sun_path) + name.size());
        m_bound = ::bind(m_fd, reinterpret_cast<sockaddr *>(&address), length) == 0;
        timeval wait{2, 0};
        ::setsockopt(m_fd, SOL_SOCKET, SO_RCVTIMEO, &wait, sizeof wait);
    }
    ~NotifySocket() { ::close(m_fd); }
    bool isBound() const { return m_bound; }
    QByteArray receive()
    {
        char buffer[4096];
        const ssize_t size = ::recv(m_fd, buffer, sizeof buffer, 0);
        return size > 0 ? QByteArray(buffer, int(size)) : QByteArray();
    }

private:
    QByteArray m_name;
    int m_fd = -1;
    bool m_bound = false;
};

} // namespace

class tst_ServiceOs : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        qunsetenv("NOTIFY_SOCKET");
        qunsetenv("WATCHDOG_USEC");
        qunsetenv("WATCHDOG_PID");
    }

    void notifierIsSilentOutsideSystemd()
    {
        SystemdNotifier notifier;
        QVERIFY(!notifier.isActive());
        QVERIFY(!notifier.ready(QStringLiteral("listening")));
        QCOMPARE(notifier.watchdogInterval().count(), 0);
    }

    void notifierSpeaksToAPathSocket()
    {
        QTemporaryDir dir;
        const QByteArray path = QFile::encodeName(dir.filePath(QStringLiteral("notify")));
        NotifySocket systemd(path);
        QVERIFY(systemd.isBound());
        qputenv("NOTIFY_SOCKET", path);
        SystemdNotifier notifier;
        QVERIFY(notifier.isActive());
        QVERIFY(notifier.ready(QStringLiteral("listening on http://127.0.0.1:8470")));
        QCOMPARE(systemd.receive(),
                 QByteArray("READY=1\nSTATUS=listening on http://127.0.0.1:8470"));
        QVERIFY(notifier.watchdog());
        QCOMPARE(systemd.receive(), QByteArray("WATCHDOG=1"));
        QVERIFY(notifier.stopping());
        QCOMPARE(systemd.receive(), QByteArray("STOPPING=1"));
        QVERIFY(notifier.reloading());
        const QByteArray reloading = systemd.receive();
        QVERIFY2(reloading.startsWith("RELOADING=1\nMONOTONIC_USEC="), reloading.constData());
    }

    void notifierSpeaksToAnAbstractSocket()
    {
        const QByteArray name = "@gatehouse-test-" + QByteArray::number(::getpid());
        NotifySocket systemd(name);
        QVERIFY(systemd.isBound());
        qputenv("NOTIFY_SOCKET", name);
        SystemdNotifier notifier;
        QVERIFY(notifier.status(QStringLiteral("reloading")));
        QCOMPARE(systemd.receive(), QByteArray("STATUS=reloading"));
    }

    void notifierRefusesARelativeSocket()
    {
        qputenv("NOTIFY_SOCKET", "relative/notify");
        QVERIFY(!SystemdNotifier().isActive());
    }

    void watchdogPingsTwiceAnInterval_data()
    {
        QTest::addColumn<QByteArray>("usec");
        QTest::addColumn<QByteArray>("pid");
        QTest::addColumn<qint64>("intervalMs");
        const QByteArray self = QByteArray::number(qint64(::getpid()));
        QTest::newRow("30 s") << QByteArray("30000000") << QByteArray() << qint64(15000);
        QTest::newRow("for us") << QByteArray("4000000") << self << qint64(2000);
        QTest::newRow("for another process")
                << QByteArray("4000000") << QByteArray("1") << qint64(0);
        QTest::newRow("not a number") << QByteArray("soon") << QByteArray() << qint64(0);
        QTest::newRow("zero") << QByteArray("0") << QByteArray() << qint64(0);
    }

    void watchdogPingsTwiceAnInterval()
    {
        QFETCH(QByteArray, usec);
        QFETCH(QByteArray, pid);
        QFETCH(qint64, intervalMs);
        qputenv("WATCHDOG_USEC", usec);
        if (!pid.isEmpty())
            qputenv("WATCHDOG_PID", pid);
        QCOMPARE(qint64(SystemdNotifier().watchdogInterval().count()), intervalMs);
    }

    void logFormatNames()
    {
        LogOutput::Format format = LogOutput::Format::Text;
        QVERIFY(LogOutput::parseFormat(QStringLiteral("json"), &format));
        QCOMPARE(format, LogOutput::Format::Json);
        QVERIFY(LogOutput::parseFormat(QStringLiteral("text"), &format));
        QCOMPARE(format, LogOutput::Format::Text);
        QVERIFY(!LogOutput::parseFormat(QStringLiteral("xml"), &format));
    }

    void jsonLineHasEveryField()
    {
        const QDateTime time(QDate(2026, 11, 30), QTime(7, 5, 1, 250), Qt::UTC);
        const QByteArray line = LogOutput::jsonLine(
                QtWarningMsg, "gatehouse.engine",
                QStringLiteral("approval 42 decided \"approve\" by anna\nsecond line"), time);
        QVERIFY(line.endsWith('\n'));
        QCOMPARE(line.count('\n'), 1); // one object a line, whatever the message holds
        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(line, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(object.value(QStringLiteral("time")).toString(),
                 QStringLiteral("2026-11-30T07:05:01.250Z"));
        QCOMPARE(object.value(QStringLiteral("level")).toString(), QStringLiteral("warning"));
        QCOMPARE(object.value(QStringLiteral("category")).toString(),
                 QStringLiteral("gatehouse.engine"));
        QCOMPARE(object.value(QStringLiteral("message")).toString(),
                 QStringLiteral("approval 42 decided \"approve\" by anna\nsecond line"));
        QCOMPARE(object.value(QStringLiteral("approvalId")).toInteger(), 42);
    }

    void approvalIdOnlyWhenNamed_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<qint64>("id");
        QTest::newRow("named") << QStringLiteral("approval 7 expired") << qint64(7);
        QTest::newRow("other text") << QStringLiteral("group commit failed") << qint64(0);
        QTest::newRow("not at the start") << QStringLiteral("the approval 7") << qint64(0);
        QTest::newRow("no number") << QStringLiteral("approval pending") << qint64(0);
    }

    void approvalIdOnlyWhenNamed()
    {
        QFETCH(QString, message);
        QFETCH(qint64, id);
        QCOMPARE(LogOutput::approvalIdOf(message), id);
        const QJsonObject object =
                QJsonDocument::fromJson(LogOutput::jsonLine(QtInfoMsg, "c", message,
                                                            QDateTime::currentDateTimeUtc()))
                        .object();
        QCOMPARE(object.contains(QStringLiteral("approvalId")), id != 0);
    }

    void journalEntryUsesTheNativeProtocol()
    {
        const QByteArray entry = LogOutput::journalEntry(QtCriticalMsg, "gatehouse.receiver",
                                                         QStringLiteral("approval 3 a\nb"));
        // A value with a newline: the name, a newline, its size (64-bit little endian).
        QVERIFY(entry.startsWith(QByteArray("MESSAGE\n") + QByteArray("\x0e\0\0\0\0\0\0\0", 8)
                                 + "approval 3 a\nb\n"));
        QVERIFY(entry.contains("\nPRIORITY=3\n"));
        QVERIFY(entry.contains("\nSYSLOG_IDENTIFIER=gatehouse\n"));
        QVERIFY(entry.contains("\nQT_CATEGORY=gatehouse.receiver\n"));
        QVERIFY(entry.endsWith("\nGATEHOUSE_APPROVAL_ID=3\n"));
    }
};

QTEST_GUILESS_MAIN(tst_ServiceOs)
#include "tst_serviceos.moc"
