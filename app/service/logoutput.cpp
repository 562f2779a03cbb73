#include "service/logoutput.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cstdio>
#include <cstring>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace {

LogOutput::Format installedFormat = LogOutput::Format::Text;
bool toJournal = false;

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "info";
}

int syslogPriority(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return 7;
    case QtInfoMsg:
        return 6;
    case QtWarningMsg:
        return 4;
    case QtCriticalMsg:
        return 3;
    case QtFatalMsg:
        return 2;
    }
    return 6;
}

// JOURNAL_STREAM is "device:inode" of the stream systemd connected to the journal; it
// counts only while our standard error is still that stream (not redirected since).
bool stderrIsJournal()
{
    const QByteArray stream = qgetenv("JOURNAL_STREAM");
    const int colon = stream.indexOf(':');
    if (colon <= 0)
        return false;
    struct stat status
    {
    };
    if (::fstat(STDERR_FILENO, &status) != 0)
        return false;
    return stream.left(colon).toULongLong() == quint64(status.st_dev)
            && stream.mid(colon + 1).toULongLong() == quint64(status.st_ino);
}

bool sendToJournal(const QByteArray &entry)
{
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const char path[] = "/run/systemd/journal/socket";
    std::memcpy(address.sun_path, path, sizeof path);
    const int fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    const ssize_t sent = ::sendto(fd, entry.constData(), size_t(entry.size()), MSG_NOSIGNAL,
                                  reinterpret_cast<const sockaddr *>(&address), sizeof address);
    ::close(fd);
    return sent == entry.size();
}

void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const char *category = context.category ? context.category : "default";
    if (toJournal && sendToJournal(LogOutput::journalEntry(type, category, message)))
        return;
    const QByteArray line = installedFormat == LogOutput::Format::Json
            ? LogOutput::jsonLine(type, category, message, QDateTime::currentDateTimeUtc())
            : qFormatLogMessage(type, context, message).toLocal8Bit() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

void appendField(QByteArray *entry, const char *name, const QByteArray &value)
{
    // The journal's native protocol: NAME=value lines, or for a value with a newline,
    // NAME, a newline, its length as 64-bit little endian, the bytes and a newline.
    entry->append(name);
    if (!value.contains('\n')) {
        entry->append('=').append(value).append('\n');
        return;
    }
    entry->append('\n');
    quint64 size = quint64(value.size());
    for (int i = 0; i < 8; ++i, size >>= 8)
        entry->append(char(size & 0xff));
    entry->append(value).append('\n');
}

} // namespace

bool LogOutput::parseFormat(const QString &name, Format *format)
{
    if (name == QLatin1String("text"))
        *format = Format::Text;
    else if (name == QLatin1String("json"))
        *format = Format::Json;
    else
        return false;
    return true;
}

void LogOutput::install(Format format)
{
    installedFormat = format;
    toJournal = stderrIsJournal();
    qInstallMessageHandler(handleMessage);
}

qint64 LogOutput::approvalIdOf(const QString &message)
{
    static const QRegularExpression named(QStringLiteral("^approval (\\d+)\\b"));
    const QRegularExpressionMatch match = named.match(message);
    return match.hasMatch() ? match.captured(1).toLongLong() : 0;
}

QByteArray LogOutput::jsonLine(QtMsgType type, const char *category, const QString &message,
                               const QDateTime &time)
{
    QJsonObject object{{QStringLiteral("time"), time.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("level"), QLatin1String(levelName(type))},
                       {QStringLiteral("category"), QLatin1String(category)},
                       {QStringLiteral("message"), message}};
    if (const qint64 id = approvalIdOf(message))
        object.insert(QStringLiteral("approvalId"), id);
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

QByteArray LogOutput::journalEntry(QtMsgType type, const char *category, const QString &message)
{
    QByteArray entry;
    appendField(&entry, "MESSAGE", message.toUtf8());
    appendField(&entry, "PRIORITY", QByteArray::number(syslogPriority(type)));
    appendField(&entry, "SYSLOG_IDENTIFIER", "gatehouse");
    appendField(&entry, "QT_CATEGORY", category);
    if (const qint64 id = approvalIdOf(message))
        appendField(&entry, "GATEHOUSE_APPROVAL_ID", QByteArray::number(id));
    return entry;
}
