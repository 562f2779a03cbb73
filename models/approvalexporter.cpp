#include "approvalexporter.h"

#include "core/approvaljson.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace {

// The column names are the JSON field names: one vocabulary for both formats.
const QStringList csvColumns{
        QStringLiteral("id"),
        QStringLiteral("externalId"),
        QStringLiteral("connector"),
        QStringLiteral("kind"),
        QStringLiteral("title"),
        QStringLiteral("description"),
        QStringLiteral("pipeline"),
        QStringLiteral("stage"),
        QStringLiteral("environment"),
        QStringLiteral("requestedBy"),
        QStringLiteral("group"),
        QStringLiteral("state"),
        QStringLiteral("delivery"),
        QStringLiteral("createdAt"),
        QStringLiteral("updatedAt"),
        QStringLiteral("deadline"),
        QStringLiteral("decidedBy"),
        QStringLiteral("decisionOrigin"),
        QStringLiteral("comment"),
        QStringLiteral("decidedAt"),
        QStringLiteral("lastDeliveryError"),
};

QString csvField(const QJsonValue &value)
{
    QString text = value.isDouble() ? QString::number(value.toInteger()) : value.toString();
    // Webhook content is untrusted: a cell starting with = + - @ would run as a
    // formula in a spreadsheet, so it is defused with a leading apostrophe.
    if (!text.isEmpty() && !value.isDouble() && QStringLiteral("=+-@\t\r").contains(text.front()))
        text.prepend(QLatin1Char('\''));
    // Quoted whenever a spreadsheet could split it: German and French locales read ';'
    // (and some tabs) as the separator, whatever the file uses.
    static const QString special = QStringLiteral(",;\t\"\n\r'");
    const bool quote =
            std::any_of(text.cbegin(), text.cend(), [](QChar c) { return special.contains(c); });
    if (quote) {
        text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QByteArray csvLine(const QStringList &fields)
{
    return fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

} // namespace

ApprovalExporter::ApprovalExporter(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, [this] {
        const Result result = m_watcher.result();
        emit finished(result.ok, result.message, result.count);
    });
}

QByteArray ApprovalExporter::toCsv(const QVector<Approval> &approvals)
{
    QByteArray out = csvLine(csvColumns);
    for (const Approval &approval : approvals) {
        const QJsonObject json = approvalToJson(approval);
        QStringList fields;
        fields.reserve(csvColumns.size());
        for (const QString &column : csvColumns)
            fields.append(csvField(json.value(column)));
        out += csvLine(fields);
    }
    return out;
}

QByteArray ApprovalExporter::toJson(const QVector<Approval> &approvals)
{
    QJsonArray array;
    for (const Approval &approval : approvals)
        array.append(approvalToJson(approval));
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QVector<Approval> ApprovalExporter::decidedBetween(const QVector<Approval> &approvals,
                                                   const QDate &from, const QDate &to)
{
    QVector<Approval> out;
    for (const Approval &approval : approvals) {
        if (!approval.isFinal() || !approval.decidedAt.isValid())
            continue;
        const QDate day = approval.decidedAt.toLocalTime().date();
        if (day >= from && day <= to)
            out.append(approval);
    }
    return out;
}

ApprovalExporter::Format ApprovalExporter::formatForPath(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0
            ? Format::Json
            : Format::Csv;
}

bool ApprovalExporter::writeFile(const QString &path, Format format,
                                 const QVector<Approval> &approvals, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    // In chunks: the bytes of a large export never sit in memory twice.
    constexpr int chunk = 500;
    if (format == Format::Json) {
        file.write(toJson(approvals));
    } else {
        file.write(csvLine(csvColumns));
        for (int first = 0; first < approvals.size(); first += chunk) {
            const QByteArray part = toCsv(approvals.mid(first, chunk));
            file.write(part.mid(part.indexOf('\n') + 1)); // without the header line
        }
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void ApprovalExporter::start(const QString &path, Format format, const QVector<Approval> &approvals)
{
    m_watcher.setFuture(QtConcurrent::run([path, format, approvals] {
        Result result;
        QString error;
        result.ok = writeFile(path, format, approvals, &error);
        result.count = int(approvals.size());
        result.message = result.ok
                ? tr("Exported %n approvals to %1", nullptr, result.count).arg(path)
                : tr("Export to %1 failed: %2").arg(path, error);
        return result;
    }));
}
