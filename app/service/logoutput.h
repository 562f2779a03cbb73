// LogOutput: where Qt's log messages go and in what shape. Text is Qt's own format.
// JSON is one object a line on standard error (time, level, category, message and the
// approval id when the message names one: "approval 12 ..."), for log shippers. Under
// systemd (JOURNAL_STREAM names our standard error) each message goes to the journal
// with its fields instead: PRIORITY, QT_CATEGORY, GATEHOUSE_APPROVAL_ID.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QtGlobal>

namespace LogOutput {

enum class Format { Text, Json };

// "text" or "json"; false for anything else.
bool parseFormat(const QString &name, Format *format);

// Installs the message handler for the whole process.
void install(Format format);

// The pieces, for the handler and its tests.
qint64 approvalIdOf(const QString &message); // 0 when the message names none
QByteArray jsonLine(QtMsgType type, const char *category, const QString &message,
                    const QDateTime &time);
QByteArray journalEntry(QtMsgType type, const char *category, const QString &message);

} // namespace LogOutput
