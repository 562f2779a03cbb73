// WalCheckpointer: copies SQLite's write-ahead log back into the database file from a
// thread and connection of its own. By default SQLite does that inside the commit that
// finds the log over 1,000 pages: that commit (and every webhook waiting on it) then
// also writes and syncs the database file, which showed as the ack latency tail right
// after a flood. With this running, the store turns automatic checkpoints off. The
// checkpoints are PASSIVE: they never block a writer, they only copy what no reader
// needs any more.
#pragma once

#include <QString>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

class WalCheckpointer
{
public:
    // Starts at once; checks the log every intervalMs.
    explicit WalCheckpointer(const QString &databasePath, int intervalMs = 200);
    ~WalCheckpointer(); // stops the thread (its connection runs a last checkpoint)
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    // Checkpoints that found pages in the log (tests).
    int checkpoints() const { return m_checkpoints.load(); }

private:
    void run(const QString &databasePath, int intervalMs);

    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::atomic<int> m_checkpoints{0};
    std::thread m_thread;
};
