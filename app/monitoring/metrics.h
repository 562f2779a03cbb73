// Metrics: the counters and histograms Gatehouse keeps for monitoring, rendered in the
// Prometheus text format (GET /metrics). One registry per process, as Prometheus client
// libraries have: the receiver threads, the engine thread and delivery all count into
// it, so every method is thread-safe. The catalogue of metrics (names, help, buckets)
// is fixed in metrics.cpp; counting into a name outside it is a programming error.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QPair>
#include <QString>
#include <QVector>

class Metrics
{
public:
    using Labels = QList<QPair<QByteArray, QString>>;

    // A value read at scrape time (pending approvals, outbox depth).
    struct Gauge
    {
        QByteArray name;
        Labels labels;
        double value = 0;
    };

    static Metrics &global();

    void count(const QByteArray &name, const Labels &labels = {}, double by = 1);
    void observe(const QByteArray &name, double value);

    // For tests and the scrape: a counter's value, a histogram's count of observations.
    double counterValue(const QByteArray &name, const Labels &labels = {}) const;
    quint64 observations(const QByteArray &name) const;

    QByteArray render(const QVector<Gauge> &gauges) const;
    static QByteArray contentType() { return "text/plain; version=0.0.4; charset=utf-8"; }

private:
    struct Histogram
    {
        QVector<quint64> buckets; // counts per upper bound, not cumulative
        quint64 count = 0;
        double sum = 0;
    };
    static QByteArray labelText(const Labels &labels);

    mutable QMutex m_mutex;
    QHash<QByteArray, QHash<QByteArray, double>> m_counters; // name -> label text -> value
    QHash<QByteArray, Histogram> m_histograms;
};
