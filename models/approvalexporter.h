// ApprovalExporter: the audit trail as a file. Turns approvals into CSV (RFC 4180) or
// JSON (the control API's shape) and writes the file on a worker thread, so a large
// export never freezes the window. The conversions are plain functions: testable
// without widgets and byte for byte.
#pragma once

#include "core/approval.h"

#include <QDate>
#include <QFutureWatcher>
#include <QObject>
#include <QVector>

class ApprovalExporter : public QObject
{
    Q_OBJECT
public:
    enum class Format { Csv, Json };

    explicit ApprovalExporter(QObject *parent = nullptr);

    static QByteArray toCsv(const QVector<Approval> &approvals);
    static QByteArray toJson(const QVector<Approval> &approvals);
    // Decided approvals whose decision falls on a local date from..to (both inclusive).
    static QVector<Approval> decidedBetween(const QVector<Approval> &approvals, const QDate &from,
                                            const QDate &to);
    static Format formatForPath(const QString &path); // ".json": JSON, else CSV
    // Writes atomically (QSaveFile): a failed export leaves no half file behind.
    static bool writeFile(const QString &path, Format format, const QVector<Approval> &approvals,
                          QString *error);

    // Writes on a worker thread; finished() follows in this object's thread.
    void start(const QString &path, Format format, const QVector<Approval> &approvals);
    bool isRunning() const { return m_watcher.isRunning(); }

signals:
    void finished(bool ok, const QString &message, int count);

private:
    struct Result
    {
        bool ok = false;
        QString message;
        int count = 0;
    };
    QFutureWatcher<Result> m_watcher;
};
