#include "support/gatehouseprocess.h"

#include <QDebug>
#include <QElapsedTimer>
#include <QRegularExpression>

QString GatehouseProcess::waitForOutput(QProcess &process, const QString &pattern, int timeoutMs,
                                        QByteArray *seen)
{
    const QRegularExpression expression(pattern);
    QByteArray output = seen ? *seen : QByteArray();
    QElapsedTimer timer;
    timer.start();
    QString found;
    bool matched = false;
    while (timer.elapsed() < timeoutMs) {
        process.waitForReadyRead(200);
        output += process.readAllStandardOutput();
        const auto match = expression.match(QString::fromUtf8(output));
        if (match.hasMatch()) {
            found = match.lastCapturedIndex() >= 1 ? match.captured(1) : match.captured(0);
            matched = true;
            break;
        }
        if (process.state() == QProcess::NotRunning)
            break;
    }
    if (!matched)
        qWarning() << output << process.readAllStandardError();
    if (seen)
        *seen = output;
    return found;
}

quint16 GatehouseProcess::waitForPort(QProcess &process, int timeoutMs, QByteArray *seen)
{
    return quint16(waitForOutput(process,
                                 QStringLiteral("listening on https?://127\\.0\\.0\\.1:(\\d+)"),
                                 timeoutMs, seen)
                           .toUInt());
}
