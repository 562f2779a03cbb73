#include "retentionjob.h"

#include "core/approvaljson.h"
#include "store/store.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <unistd.h>

Q_LOGGING_CATEGORY(lcRetention, "gatehouse.retention")

namespace {
// One run of the timer stops after this long and goes on at the next event loop turn:
// a large first clean-up never holds the store's thread for long.
constexpr int runBudgetMs = 50;
} // namespace

RetentionJob::RetentionJob(Store &store, const RetentionSettings &settings,
                           std::function<QDateTime()> now, QObject *parent)
    : QObject(parent), m_store(store), m_settings(settings), m_now(std::move(now)), m_timer(this)
{
    connect(&m_timer, &QTimer::timeout, this, &RetentionJob::runSome);
}

void RetentionJob::start()
{
    if (m_settings.days <= 0)
        return;
    m_timer.start(m_settings.intervalMs);
    QTimer::singleShot(0, this, &RetentionJob::runSome);
}

void RetentionJob::runSome()
{
    QElapsedTimer spent;
    spent.start();
    int count = 0;
    while ((count = runBatch()) > 0) {
        if (spent.elapsed() > runBudgetMs) {
            QTimer::singleShot(0, this, &RetentionJob::runSome); // the rest after other events
            return;
        }
    }
    if (count < 0)
        qCWarning(lcRetention).noquote() << "retention stopped:" << m_lastError;
}

int RetentionJob::runBatch()
{
    if (m_settings.days <= 0)
        return 0;
    const QDateTime cutoff = m_now().addDays(-m_settings.days);
    const QVector<Approval> old = m_store.decidedBefore(cutoff, m_settings.batchSize);
    if (old.isEmpty())
        return 0;

    QByteArray lines;
    QVector<qint64> ids;
    ids.reserve(old.size());
    const QString archivedAt = m_now().toString(Qt::ISODateWithMs);
    for (const Approval &approval : old) {
        QJsonArray timeline;
        for (const TimelineEntry &entry : m_store.timeline(approval.id))
            timeline.append(timelineEntryToJson(entry));
        QJsonObject line = approvalToJson(approval);
        line.insert(QStringLiteral("timeline"), timeline);
        line.insert(QStringLiteral("archivedAt"), archivedAt);
        lines += QJsonDocument(line).toJson(QJsonDocument::Compact);
        lines += '\n';
        ids.append(approval.id);
    }

    // The archive first, on disk, then the delete: a crash in between leaves an
    // approval in both places (archived again next time), never in neither.
    QFile archive(m_settings.archiveFile);
    if (!archive.open(QIODevice::WriteOnly | QIODevice::Append)
        || archive.write(lines) != lines.size() || !archive.flush()
        || ::fsync(archive.handle()) != 0) {
        m_lastError = QStringLiteral("cannot write the archive %1: %2")
                              .arg(m_settings.archiveFile, archive.errorString());
        return -1;
    }
    archive.close();
    if (!m_store.dropApprovals(ids)) {
        m_lastError =
                QStringLiteral("cannot delete archived approvals: %1").arg(m_store.lastError());
        return -1;
    }
    m_store.releaseFreePages();
    emit dropped(int(ids.size()));
    return int(ids.size());
}
