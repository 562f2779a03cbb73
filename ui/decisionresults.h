// DecisionResults: the per-item outcome of a bulk decision. The engine answers every
// decision on its own (decisionFinished); this panel lists each approval of the batch
// with its answer as it comes, shows the progress, and keeps refused ones visible
// ("Already approved by erin") so that nothing is swallowed.
#pragma once

#include <QFrame>
#include <QHash>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QProgressBar;
class QToolButton;

class DecisionResults : public QFrame
{
    Q_OBJECT
public:
    explicit DecisionResults(QWidget *parent = nullptr);

    // ids with their titles, in the order they were sent.
    void track(const QList<QPair<qint64, QString>> &items, bool approve);
    bool isTracking(qint64 id) const { return m_items.contains(id); }
    int done() const { return m_done; }
    int refused() const { return m_refused; }
    int total() const { return int(m_items.size()); }
    QListWidget *list() const { return m_list; }
    QString summary() const;

public slots:
    void finished(qint64 id, bool decided, const QString &message);

signals:
    void allFinished(const QString &summary);

private:
    QHash<qint64, QListWidgetItem *> m_items;
    QHash<qint64, QString> m_titles;
    bool m_approve = true;
    int m_done = 0;
    int m_refused = 0;
    QLabel *m_label;
    QProgressBar *m_progress;
    QListWidget *m_list;
    QToolButton *m_close;
};
