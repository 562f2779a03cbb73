// libFuzzer target: the connection guard's HTTP framing (HttpFraming) on arbitrary
// bytes. Two properties must hold on every input:
//  1. The verdict does not depend on how the bytes are split into reads.
//  2. Whenever the guard accepts a request head, a model of QHttpServer 6.4's own
//     reading (QHttpServerRequestPrivate + QHttpHeaderParser: leading whitespace
//     skipped, LF or CRLF line ends, folded lines joined, the first Content-Length,
//     "chunked" anywhere in Transfer-Encoding, "upgrade" in Connection) ends that head
//     at the same byte and reads the same body length. A difference is request
//     smuggling or a body limit bypassed; the process aborts.
#include "receiver/httpframing.h"

#include <QList>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

struct ServerView
{
    bool headComplete = false;
    bool requestLineFailed = false;
    qsizetype headEnd = 0; // offset just past the head
    qint64 bodyLength = -1;
    bool chunked = false;
    bool upgrade = false;
};

// QHttpServerRequestPrivate::readRequestLine/parseRequestLine, as in Qt 6.4.
bool serverRequestLine(const QByteArray &line)
{
    qsizetype i = line.indexOf(' ');
    if (i == -1)
        return false;
    ++i;
    while (i < line.size() && line[i] == ' ')
        ++i;
    qsizetype j = line.indexOf(' ', i);
    if (j == -1)
        return false;
    i = j + 1;
    while (i < line.size() && line[i] == ' ')
        ++i;
    if (i >= line.size())
        return false;
    j = line.indexOf(' ', i);
    const QByteArray protocol = j == -1 ? line.mid(i) : line.mid(i, j - i);
    return protocol.size() == 8 && protocol.startsWith("HTTP");
}

// QHttpHeaderParser::parseHeaders: on failure QHttpServer keeps no fields at all.
QList<QPair<QByteArray, QByteArray>> serverHeaders(QByteArray header)
{
    QList<QPair<QByteArray, QByteArray>> fields;
    const auto spaceStart = [](const QByteArray &h) {
        return h.startsWith(' ') || h.startsWith('\t');
    };
    if (spaceStart(header) || (!header.isEmpty() && !header.endsWith('\n')))
        return {};
    while (int tail = header.endsWith("\n\r\n") ? 2 : header.endsWith("\n\n") ? 1 : 0)
        header.chop(tail);
    while (!header.isEmpty()) {
        const qsizetype colon = header.indexOf(':');
        if (colon == -1)
            return fields.isEmpty() && (header == "\n" || header == "\r\n") ? fields
                                                                            : decltype(fields)();
        if (fields.size() >= 100)
            return {};
        const QByteArray name = header.left(colon);
        header = header.mid(colon + 1);
        QByteArray value;
        qsizetype space = 8 * 1024 - name.size();
        do {
            const qsizetype end = header.indexOf('\n');
            if (end < 0)
                return {};
            QByteArray line = header.left(end);
            space -= line.size() - (line.endsWith('\r') ? 1 : 0);
            if (space < 0)
                return {};
            line = line.trimmed();
            if (!line.isEmpty())
                value = value.isEmpty() ? line : value + ' ' + line;
            header = header.mid(end + 1);
        } while (spaceStart(header));
        fields.append({name, value});
    }
    return fields;
}

QByteArray firstField(const QList<QPair<QByteArray, QByteArray>> &fields, const QByteArray &name)
{
    for (const auto &field : fields) {
        if (field.first.compare(name, Qt::CaseInsensitive) == 0)
            return field.second;
    }
    return {};
}

ServerView serverView(const QByteArray &input)
{
    ServerView view;
    qsizetype i = 0;
    while (i < input.size() && QByteArray("\v\n\r \t").contains(input[i]))
        ++i;
    const qsizetype lineEnd = input.indexOf('\n', i);
    if (lineEnd < 0)
        return view;
    QByteArray line = input.mid(i, lineEnd - i);
    if (line.endsWith('\r'))
        line.chop(1);
    if (!serverRequestLine(line)) {
        view.requestLineFailed = true;
        return view;
    }
    QByteArray fragment;
    for (qsizetype k = lineEnd + 1; k < input.size(); ++k) {
        fragment.append(input[k]);
        if (input[k] != '\n')
            continue;
        if (fragment.endsWith("\n\r\n") || fragment.endsWith("\n\n") || fragment == "\r\n"
            || fragment == "\n") {
            view.headComplete = true;
            view.headEnd = k + 1;
            break;
        }
    }
    if (!view.headComplete)
        return view;
    const auto fields = serverHeaders(fragment);
    bool ok = false;
    const qint64 length = qint64(firstField(fields, "content-length").toULongLong(&ok));
    view.bodyLength = ok ? length : -1;
    view.chunked = firstField(fields, "transfer-encoding").toLower().contains("chunked");
    view.upgrade = firstField(fields, "connection").toLower().contains("upgrade");
    return view;
}

struct GuardView
{
    int status = 0;
    int completed = 0;
    HttpFraming::Phase phase = HttpFraming::Phase::Idle;
    bool operator!=(const GuardView &o) const
    {
        return status != o.status || completed != o.completed || phase != o.phase;
    }
};

GuardView guardView(const QByteArray &input, const ReceiverLimits &limits, const QByteArray &splits)
{
    HttpFraming framing(limits);
    GuardView view;
    qsizetype pos = 0;
    for (char split : splits) {
        const qsizetype size =
                qMin<qsizetype>(static_cast<unsigned char>(split), input.size() - pos);
        if (const HttpRefusal refusal = framing.feed(QByteArrayView(input).sliced(pos, size))) {
            view.status = refusal.status;
            break;
        }
        pos += size;
    }
    if (view.status == 0) {
        if (const HttpRefusal refusal = framing.feed(QByteArrayView(input).sliced(pos)))
            view.status = refusal.status;
    }
    view.completed = framing.completedRequests();
    view.phase = framing.phase();
    return view;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    // The first byte says how many of the next bytes are read sizes for property 1.
    const size_t splitCount = qMin<size_t>(data[0] % 8, size - 1);
    const QByteArray splits(reinterpret_cast<const char *>(data + 1), qsizetype(splitCount));
    const QByteArray input(reinterpret_cast<const char *>(data + 1 + splitCount),
                           qsizetype(size - 1 - splitCount));
    ReceiverLimits limits;
    limits.maxBodyBytes = 64;
    limits.maxHeaderBytes = 4096;

    const GuardView whole = guardView(input, limits, {});
    if (whole != guardView(input, limits, splits))
        std::abort(); // property 1

    const bool firstHeadAccepted =
            whole.completed > 0 || (whole.status == 0 && whole.phase == HttpFraming::Phase::Body);
    if (!firstHeadAccepted)
        return 0;
    qsizetype start = 0;
    while (input.mid(start, 2) == "\r\n")
        start += 2;
    const qsizetype headEnd = input.indexOf("\r\n\r\n", start) + 4;
    const qint64 length =
            HttpFraming::parseHead(QByteArrayView(input).sliced(start, headEnd - start), limits)
                    .contentLength;
    const ServerView server = serverView(input);
    if (server.requestLineFailed || !server.headComplete || server.headEnd != headEnd
        || server.chunked || server.upgrade || qMax<qint64>(server.bodyLength, 0) != length)
        std::abort(); // property 2
    return 0;
}
