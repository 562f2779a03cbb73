// RetentionJob: keeps decided approvals for a number of days (default: forever) and then
// drops them, each one first written to an archive file (JSON Lines: the approval as the
// API shows it plus its timeline, one line per approval, synced to disk before anything
// is deleted). It runs off the hot path: on a timer, in small batches, each batch one
// short transaction, so that webhooks arriving meanwhile wait for one batch at most.
// Approvals whose callback is still on its way (or failed) stay until it is delivered.
#pragma once

#include "service/retentionsettings.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

class Store;

class RetentionJob : public QObject
{
    Q_OBJECT
public:
    RetentionJob(Store &store, const RetentionSettings &settings,
                 std::function<QDateTime()> now = &QDateTime::currentDateTimeUtc,
                 QObject *parent = nullptr);

    // Starts the timer (nothing happens with days == 0).
    void start();
    // Stops the timer (team mode: another instance leads and keeps the retention).
    void stop() { m_timer.stop(); }
    // One batch: archives and drops up to batchSize approvals decided before now - days.
    // Returns how many it dropped, or -1 on an error (then nothing of the batch is gone).
    int runBatch();
    QString lastError() const { return m_lastError; }

signals:
    // After each batch that dropped something (the window can forget those rows).
    void dropped(int count);

private:
    void runSome();

    Store &m_store;
    RetentionSettings m_settings;
    std::function<QDateTime()> m_now;
    QTimer m_timer;
    QString m_lastError;
};
