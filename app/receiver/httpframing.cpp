#include "httpframing.h"

#include <cstring>

namespace {

// QHttpHeaderParser (which QHttpServer 6.4 uses) silently drops every header of a
// head with more fields or a longer field than this: the body length would vanish.
constexpr int parserMaxFields = 100;
constexpr int parserMaxFieldBytes = 8 * 1024;
// 18 digits always fit in a qint64; QHttpServer reads an overflowing value as "no body".
constexpr int maxLengthDigits = 18;

HttpRefusal refusal(int status, const char *reason, const QString &detail)
{
    return HttpRefusal{status, QByteArray(reason), detail};
}

HttpRefusal badRequest(const QString &detail)
{
    return refusal(400, "Bad Request", detail);
}

bool isTokenChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z')
            || (u != 0 && std::strchr("!#$%&'*+-.^_`|~", c) != nullptr);
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

bool isValueChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u == '\t' || (u >= 0x20 && u != 0x7f);
}

QByteArrayView trimmedBlanks(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}

HttpRefusal checkRequestLine(QByteArrayView line)
{
    const QString malformed = QStringLiteral(
            "malformed request line; expected 'METHOD /path HTTP/1.1' with single spaces");
    const qsizetype first = line.indexOf(' ');
    if (first <= 0 || !isToken(line.first(first)))
        return badRequest(malformed);
    const qsizetype second = line.indexOf(' ', first + 1);
    if (second <= first + 1)
        return badRequest(malformed);
    for (char c : line.sliced(first + 1, second - first - 1)) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f)
            return badRequest(malformed);
    }
    const QByteArrayView version = line.sliced(second + 1);
    if (version != "HTTP/1.1" && version != "HTTP/1.0")
        return badRequest(QStringLiteral("only HTTP/1.1 and HTTP/1.0 are served"));
    return {};
}

} // namespace

HttpHead HttpFraming::parseHead(QByteArrayView head, const ReceiverLimits &limits)
{
    HttpHead result;
    if (head.size() > limits.maxHeaderBytes) {
        result.refusal = refusal(
                431, "Request Header Fields Too Large",
                QStringLiteral("request head larger than %1 bytes").arg(limits.maxHeaderBytes));
        return result;
    }
    // Empty lines before a request line are skipped by both readers.
    while (head.startsWith("\r\n"))
        head = head.sliced(2);
    if (!head.endsWith("\r\n\r\n")) {
        result.refusal = badRequest(QStringLiteral("the request head must end with an empty line"));
        return result;
    }
    for (qsizetype i = 0; i < head.size(); ++i) {
        if (head[i] == '\n' && (i == 0 || head[i - 1] != '\r')) {
            result.refusal = badRequest(QStringLiteral("bare LF in the request head; lines end "
                                                       "with CRLF"));
            return result;
        }
        if (head[i] == '\r' && (i + 1 == head.size() || head[i + 1] != '\n')) {
            result.refusal = badRequest(QStringLiteral("bare CR in the request head"));
            return result;
        }
    }
    head.chop(4); // the last line's CRLF and the empty line

    qsizetype lineEnd = head.indexOf("\r\n");
    if ((result.refusal = checkRequestLine(lineEnd < 0 ? head : head.first(lineEnd))))
        return result;
    bool haveLength = false, haveTransferEncoding = false;
    int fields = 0;
    while (lineEnd >= 0) {
        head = head.sliced(lineEnd + 2);
        lineEnd = head.indexOf("\r\n");
        const QByteArrayView line = lineEnd < 0 ? head : head.first(lineEnd);
        if (line.isEmpty()) {
            result.refusal = badRequest(QStringLiteral("empty line inside the request head"));
            return result;
        }
        if (line.front() == ' ' || line.front() == '\t') {
            result.refusal = badRequest(QStringLiteral("folded header lines (obs-fold) are not "
                                                       "accepted"));
            return result;
        }
        if (++fields > parserMaxFields || line.size() > parserMaxFieldBytes) {
            result.refusal =
                    refusal(431, "Request Header Fields Too Large",
                            QStringLiteral("at most %1 header fields of at most %2 bytes each")
                                    .arg(parserMaxFields)
                                    .arg(parserMaxFieldBytes));
            return result;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon))) {
            result.refusal = badRequest(QStringLiteral("malformed header line; expected "
                                                       "'Name: value' without space before ':'"));
            return result;
        }
        const QByteArray name = line.first(colon).toByteArray().toLower();
        const QByteArrayView value = trimmedBlanks(line.sliced(colon + 1));
        for (char c : value) {
            if (!isValueChar(c)) {
                result.refusal = badRequest(QStringLiteral("control character in header '%1'")
                                                    .arg(QString::fromLatin1(name)));
                return result;
            }
        }
        if (name == "content-length") {
            if (haveLength) {
                result.refusal = badRequest(QStringLiteral("more than one Content-Length"));
                return result;
            }
            haveLength = true;
            bool digits = !value.isEmpty() && value.size() <= maxLengthDigits;
            for (char c : value)
                digits = digits && c >= '0' && c <= '9';
            if (!digits) {
                result.refusal = badRequest(QStringLiteral("invalid Content-Length"));
                return result;
            }
            result.contentLength = value.toByteArray().toLongLong();
        } else if (name == "transfer-encoding") {
            haveTransferEncoding = true;
        } else if (name == "connection" && value.toByteArray().toLower().contains("upgrade")) {
            // QHttpServer would hand the connection over before reading the body.
            result.refusal = badRequest(QStringLiteral("protocol upgrades are not supported"));
            return result;
        }
    }
    if (haveTransferEncoding && haveLength) {
        result.refusal = badRequest(QStringLiteral("Transfer-Encoding together with "
                                                   "Content-Length"));
    } else if (haveTransferEncoding) {
        result.refusal = refusal(411, "Length Required",
                                 QStringLiteral("chunked uploads are not accepted; send "
                                                "Content-Length"));
    } else if (result.contentLength > limits.maxBodyBytes) {
        result.refusal = refusal(413, "Payload Too Large",
                                 QStringLiteral("the body has %1 bytes; the limit is %2")
                                         .arg(result.contentLength)
                                         .arg(limits.maxBodyBytes));
    }
    return result;
}

HttpRefusal HttpFraming::feed(QByteArrayView bytes)
{
    qsizetype pos = 0;
    while (!m_refused && pos < bytes.size()) {
        if (m_phase == Phase::Body) {
            const qint64 take = qMin<qint64>(m_bodyLeft, bytes.size() - pos);
            m_bodyLeft -= take;
            m_requestBytes += take;
            pos += take;
            // The limit holds on what arrived, whatever any header said.
            if (m_requestBytes > qint64(m_limits.maxHeaderBytes) + m_limits.maxBodyBytes) {
                m_refused = true;
                return refusal(413, "Payload Too Large",
                               QStringLiteral("more than %1 bytes received for one request")
                                       .arg(m_limits.maxBodyBytes));
            }
            if (m_bodyLeft == 0)
                finishRequest();
            continue;
        }
        qsizetype used = 0;
        const HttpRefusal refused = feedHead(bytes.sliced(pos), &used);
        pos += used;
        if (refused) {
            m_refused = true;
            return refused;
        }
    }
    return {};
}

HttpRefusal HttpFraming::feedHead(QByteArrayView bytes, qsizetype *used)
{
    m_phase = Phase::Head;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        const char previous = m_head.isEmpty() ? '\0' : m_head.back();
        // Checked as the bytes arrive: QHttpServer ends a head at "\n\n" and would act
        // on a request that this framing still thinks incomplete.
        if (c == '\n' && previous != '\r')
            return badRequest(QStringLiteral("bare LF in the request head; lines end with CRLF"));
        if (previous == '\r' && c != '\n')
            return badRequest(QStringLiteral("bare CR in the request head"));
        m_head.append(c);
        if (++m_requestBytes > m_limits.maxHeaderBytes)
            return refusal(431, "Request Header Fields Too Large",
                           QStringLiteral("request head larger than %1 bytes")
                                   .arg(m_limits.maxHeaderBytes));
        if (c != '\n')
            continue;
        if (m_head.size() == 2) { // an empty line before the request line
            m_head.clear();
            continue;
        }
        if (!m_requestLineSeen) {
            // At once: QHttpServer reads the request line as soon as it ends, and on
            // one it cannot read it drops every signal connection of the socket,
            // the guard's included.
            m_requestLineSeen = true;
            if (HttpRefusal refused = checkRequestLine(QByteArrayView(m_head).chopped(2)))
                return refused;
            continue;
        }
        if (!m_head.endsWith("\r\n\r\n"))
            continue;
        *used = i + 1;
        const HttpHead head = parseHead(m_head, m_limits);
        m_head.clear();
        m_requestLineSeen = false;
        if (head.refusal)
            return head.refusal;
        m_bodyLeft = head.contentLength;
        if (m_bodyLeft > 0)
            m_phase = Phase::Body;
        else
            finishRequest();
        return {};
    }
    *used = bytes.size();
    return {};
}

void HttpFraming::finishRequest()
{
    m_phase = Phase::Idle;
    m_requestBytes = 0;
    ++m_completed;
}
