#include "gateevaluator.h"

#include "core/engine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimeZone>

namespace {

QString number(double value)
{
    return QString::number(value, 'g', 12);
}

QString minuteText(int minute)
{
    return QStringLiteral("%1:%2")
            .arg(minute / 60, 2, 10, QLatin1Char('0'))
            .arg(minute % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

GateEvaluator::GateEvaluator(Engine &engine, QObject *parent) : QObject(parent), m_engine(engine)
{
    m_network.setAutoDeleteReplies(true);
    // Probes go straight to the service; a desktop proxy setting must not answer for it.
    m_network.setProxy(QNetworkProxy::NoProxy);
}

void GateEvaluator::evaluate(const Gate &gate, std::function<void(const GateResult &)> done)
{
    if (gate.kind == Gate::Kind::TimeWindow) {
        done(judgeTimeWindow(gate, m_engine.now()));
        return;
    }
    QNetworkRequest request(gate.url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(gate.timeoutMs);
    static const QRegularExpression secretRef(QStringLiteral("\\$\\{secret:([^}]+)\\}"));
    for (const auto &[name, value] : gate.headers) {
        QString resolved = value;
        QRegularExpressionMatch match;
        while ((match = secretRef.match(resolved)).hasMatch()) {
            const QByteArray secret = m_engine.secret(match.captured(1));
            if (secret.isEmpty()) {
                done({gate.name, false,
                      tr("the secret '%1' is not in the vault").arg(match.captured(1))});
                return;
            }
            resolved.replace(match.capturedStart(), match.capturedLength(),
                             QString::fromUtf8(secret));
        }
        request.setRawHeader(name, resolved.toUtf8());
    }
    if (!gate.body.isEmpty() && !request.hasRawHeader("Content-Type"))
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_network.sendCustomRequest(request, gate.method.toLatin1(), gate.body);
    connect(reply, &QNetworkReply::finished, this, [gate, reply, done = std::move(done)] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0) {
            const QString why = reply->error() == QNetworkReply::OperationCanceledError
                    ? tr("no answer within %1 s").arg(gate.timeoutMs / 1000.0)
                    : reply->errorString();
            done({gate.name, false, why});
            return;
        }
        // A gate's answer is a health signal, not a download: a megabyte is plenty.
        done(judgeAnswer(gate, status, reply->read(1024 * 1024)));
    });
}

GateResult GateEvaluator::judgeAnswer(const Gate &gate, int httpStatus, const QByteArray &body)
{
    GateResult result{gate.name, false, {}};
    if (httpStatus < 200 || httpStatus > 299) {
        result.reason = tr("HTTP %1").arg(httpStatus);
        return result;
    }
    const bool needsJson = gate.kind == Gate::Kind::CountThreshold || gate.condition.isValid();
    if (!needsJson) {
        result.green = true;
        result.reason = tr("HTTP %1").arg(httpStatus);
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.reason = tr("evaluation error: the answer is not JSON (%1 at offset %2)")
                                .arg(parseError.errorString())
                                .arg(parseError.offset);
        return result;
    }
    const QJsonValue answer =
            document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    if (gate.kind == Gate::Kind::HttpProbe) {
        QString error;
        result.green = gate.condition.test(answer, &error);
        result.reason = !error.isEmpty() ? tr("evaluation error: %1").arg(error)
                : result.green
                ? tr("HTTP %1; %2 holds").arg(httpStatus).arg(gate.condition.text())
                : tr("HTTP %1; %2 is false").arg(httpStatus).arg(gate.condition.text());
        if (!error.isEmpty())
            result.green = false;
        return result;
    }
    const JsonExpression::Result value = gate.value.evaluate(answer);
    if (!value.ok()) {
        result.reason = tr("evaluation error: %1").arg(value.error);
        return result;
    }
    double count = 0;
    if (value.value.isArray())
        count = value.value.toArray().size();
    else if (value.value.isObject())
        count = value.value.toObject().size();
    else if (value.value.isDouble())
        count = value.value.toDouble();
    else {
        result.reason =
                tr("evaluation error: %1 is neither a number nor a list").arg(gate.value.text());
        return result;
    }
    if (gate.min && count < *gate.min) {
        result.reason = tr("%1 is %2, below the minimum %3")
                                .arg(gate.value.text(), number(count), number(*gate.min));
    } else if (gate.max && count > *gate.max) {
        result.reason = tr("%1 is %2, above the maximum %3")
                                .arg(gate.value.text(), number(count), number(*gate.max));
    } else {
        result.green = true;
        result.reason = tr("%1 is %2, within the threshold").arg(gate.value.text(), number(count));
    }
    return result;
}

GateResult GateEvaluator::judgeTimeWindow(const Gate &gate, const QDateTime &now)
{
    const QDateTime local = now.toTimeZone(gate.timeZone);
    const int minute = local.time().hour() * 60 + local.time().minute();
    int day = local.date().dayOfWeek();
    bool inside = false;
    if (gate.fromMinute < gate.toMinute) {
        inside = gate.days.contains(day) && minute >= gate.fromMinute && minute < gate.toMinute;
    } else {
        // Over midnight: the early part belongs to the window that started the day before.
        if (minute >= gate.fromMinute)
            inside = gate.days.contains(day);
        else if (minute < gate.toMinute)
            inside = gate.days.contains(day == 1 ? 7 : day - 1);
    }
    const QString when =
            tr("%1 %2 in %3")
                    .arg(QLocale::c().dayName(local.date().dayOfWeek(), QLocale::ShortFormat),
                         local.time().toString(QStringLiteral("HH:mm")),
                         QString::fromUtf8(gate.timeZone.id()));
    const QString window = tr("%1-%2").arg(minuteText(gate.fromMinute), minuteText(gate.toMinute));
    GateResult result{gate.name, gate.inverse ? !inside : inside, {}};
    if (gate.inverse)
        result.reason = inside ? tr("%1 is inside the freeze %2").arg(when, window)
                               : tr("%1 is outside the freeze %2").arg(when, window);
    else
        result.reason = inside ? tr("%1 is inside the window %2").arg(when, window)
                               : tr("%1 is outside the window %2").arg(when, window);
    return result;
}
