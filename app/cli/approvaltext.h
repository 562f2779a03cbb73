// ApprovalText: the plain-text lines the command-line client prints for approvals as
// the control API returns them (JSON objects): one line each in a list, a block with
// the timeline for `show`, one line per change for `watch`. Columns are separated by
// two or more spaces, so that `awk -F '  +'` splits them; --json is for machines.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

class ApprovalText
{
    Q_DECLARE_TR_FUNCTIONS(ApprovalText)

public:
    static QString listHeader();
    static QString listLine(const QJsonObject &approval, const QDateTime &now);
    // The list's headings, translated, and one row of cells under them.
    static QStringList listHeadings();
    static QString listRow(const QStringList &cells);
    static QString details(const QJsonObject &approval);
    // "new" or "changed" plus the line of a list, e.g. "changed  12  approved  ...".
    static QString watchLine(const QString &event, const QJsonObject &approval,
                             const QDateTime &now);
    // "5m", "2h", "3d": how long ago a time was.
    static QString age(const QString &isoTime, const QDateTime &now);
};
