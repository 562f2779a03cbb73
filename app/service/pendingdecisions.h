// PendingDecisions: decisions the operator made but may still take back. Each waits
// out the undo window (ui/undoSeconds, 5 s by default) before it is committed: only
// then does the window hand it to the engine and the callback go out. An undo inside
// the window leaves no trace. The clock is replaceable and tick() is public, so tests
// step time instead of sleeping; a timer calls tick() while anything is held.
#pragma once

#include "core/clock.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTimer>
#include <QVector>

#include <memory>

struct PendingDecision
{
    qint64 batch = 0;
    QList<qint64> ids;
    bool approve = true;
    QString comment;
    QString origin; // "window" or "tray"
    QString label; // what the countdown names: a title, or "3 approvals"
    QJsonObject inputs; // Decision::inputs of a single approval (the detail pane's form)
    QDateTime commitAt;
};

Q_DECLARE_METATYPE(PendingDecision)

class PendingDecisions : public QObject
{
    Q_OBJECT
public:
    // clock: nullptr for the real one; the caller keeps it alive.
    explicit PendingDecisions(const Clock *clock = nullptr, QObject *parent = nullptr);
    ~PendingDecisions() override;

    void setUndoWindowMs(int ms) { m_windowMs = qMax(0, ms); }
    int undoWindowMs() const { return m_windowMs; }

    // Holds the decision for the undo window; with a window of 0 it is committed at
    // once (before add() returns). Ids already held are left out. Returns the batch
    // number, or 0 when nothing was left to decide.
    qint64 add(const QList<qint64> &ids, bool approve, const QString &comment,
               const QString &origin, const QString &label, const QJsonObject &inputs = {});
    bool undo(qint64 batch); // false: already committed or unknown
    bool undoLatest();
    bool isHeld(qint64 approvalId) const;
    QVector<PendingDecision> held() const { return m_held; }
    int remainingMs(const PendingDecision &decision) const;

    void tick(); // commits every decision whose window has passed
    void commitAll(); // at quit: what the operator decided is not lost

signals:
    void committed(const PendingDecision &decision);
    void undone(const PendingDecision &decision);
    void changed(); // a decision held, undone or committed, or a second went by

private:
    void commit(int index);

    std::unique_ptr<Clock> m_ownClock;
    const Clock *m_clock;
    QVector<PendingDecision> m_held;
    QTimer m_timer;
    qint64 m_nextBatch = 1;
    int m_windowMs = 5000;
};
