#include "monitoring/metrics.h"

#include <QMap>

#include <cmath>

namespace {

enum class Type { Counter, Gauge, Histogram };

struct Definition
{
    const char *name;
    Type type;
    const char *help;
    QVector<double> bounds; // histograms: upper bounds of the buckets
};

// Latencies from a tenth of a millisecond to ten seconds; group sizes up to the cap.
const QVector<double> secondsBounds{0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                    0.05,   0.1,     0.25,   0.5,   1,      2.5,   5,    10};
const QVector<double> sizeBounds{1, 2, 4, 8, 16, 32, 64, 128};

const QVector<Definition> &catalogue()
{
    static const QVector<Definition> definitions{
            {"gatehouse_webhooks_received_total",
             Type::Counter,
             "Webhooks answered, by connector and HTTP status.",
             {}},
            {"gatehouse_webhooks_refused_total",
             Type::Counter,
             "Webhooks refused (4xx and 5xx), by connector and reason.",
             {}},
            {"gatehouse_connections_refused_total",
             Type::Counter,
             "Requests refused by the connection guard before routing, by HTTP status.",
             {}},
            {"gatehouse_decisions_total",
             Type::Counter,
             "Decisions recorded, by origin (window, tray, api, link, timeout, policy) and "
             "outcome.",
             {}},
            {"gatehouse_delivery_attempts_total",
             Type::Counter,
             "Outbound calls made, by target host and outcome (delivered, failed, gave_up).",
             {}},
            {"gatehouse_pending_approvals", Type::Gauge, "Approvals waiting, by kind.", {}},
            {"gatehouse_outbox_depth",
             Type::Gauge,
             "Outbound calls queued and not yet delivered.",
             {}},
            {"gatehouse_outbox_oldest_age_seconds",
             Type::Gauge,
             "Age of the oldest queued outbound call; 0 when none waits.",
             {}},
            {"gatehouse_commit_seconds", Type::Histogram,
             "Time of one durable group commit of webhooks.", secondsBounds},
            {"gatehouse_commit_group_size", Type::Histogram,
             "Requests that shared one durable commit.", sizeBounds},
            {"gatehouse_ack_seconds", Type::Histogram,
             "From a request handed to the engine to its answer (commit included).", secondsBounds},
    };
    return definitions;
}

const Definition *definition(const QByteArray &name)
{
    for (const Definition &d : catalogue()) {
        if (name == d.name)
            return &d;
    }
    return nullptr;
}

QByteArray number(double value)
{
    if (std::isinf(value))
        return value > 0 ? "+Inf" : "-Inf";
    return QByteArray::number(value, 'g', 15);
}

QByteArray escaped(const QString &value)
{
    QByteArray out;
    for (const char c : value.toUtf8()) {
        if (c == '\\' || c == '"')
            out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out += c;
    }
    return out;
}

} // namespace

Metrics &Metrics::global()
{
    static Metrics metrics;
    return metrics;
}

QByteArray Metrics::labelText(const Labels &labels)
{
    if (labels.isEmpty())
        return {};
    QByteArray text = "{";
    for (const auto &[name, value] : labels) {
        if (text.size() > 1)
            text += ',';
        text += name + "=\"" + escaped(value) + '"';
    }
    return text + '}';
}

void Metrics::count(const QByteArray &name, const Labels &labels, double by)
{
    Q_ASSERT(definition(name) && definition(name)->type == Type::Counter);
    QMutexLocker lock(&m_mutex);
    m_counters[name][labelText(labels)] += by;
}

void Metrics::observe(const QByteArray &name, double value)
{
    const Definition *d = definition(name);
    Q_ASSERT(d && d->type == Type::Histogram);
    if (!d)
        return;
    QMutexLocker lock(&m_mutex);
    Histogram &histogram = m_histograms[name];
    if (histogram.buckets.isEmpty())
        histogram.buckets.resize(d->bounds.size());
    for (qsizetype i = 0; i < d->bounds.size(); ++i) {
        if (value <= d->bounds.at(i)) {
            ++histogram.buckets[i];
            break;
        }
    }
    ++histogram.count;
    histogram.sum += value;
}

double Metrics::counterValue(const QByteArray &name, const Labels &labels) const
{
    QMutexLocker lock(&m_mutex);
    return m_counters.value(name).value(labelText(labels));
}

quint64 Metrics::observations(const QByteArray &name) const
{
    QMutexLocker lock(&m_mutex);
    return m_histograms.value(name).count;
}

QByteArray Metrics::render(const QVector<Gauge> &gauges) const
{
    static const char *const typeNames[] = {"counter", "gauge", "histogram"};
    QMutexLocker lock(&m_mutex);
    QByteArray text;
    for (const Definition &d : catalogue()) {
        text += QByteArray("# HELP ") + d.name + ' ' + d.help + '\n';
        text += QByteArray("# TYPE ") + d.name + ' ' + typeNames[int(d.type)] + '\n';
        switch (d.type) {
        case Type::Counter: {
            // Sorted by labels, so that two scrapes list the series in the same order.
            QMap<QByteArray, double> sorted;
            const QHash<QByteArray, double> series = m_counters.value(d.name);
            for (auto it = series.constBegin(); it != series.constEnd(); ++it)
                sorted.insert(it.key(), it.value());
            for (auto it = sorted.constBegin(); it != sorted.constEnd(); ++it)
                text += d.name + it.key() + ' ' + number(it.value()) + '\n';
            break;
        }
        case Type::Gauge:
            for (const Gauge &gauge : gauges) {
                if (gauge.name == d.name)
                    text += gauge.name + labelText(gauge.labels) + ' ' + number(gauge.value) + '\n';
            }
            break;
        case Type::Histogram: {
            const Histogram histogram = m_histograms.value(d.name);
            quint64 cumulative = 0;
            for (qsizetype i = 0; i < d.bounds.size(); ++i) {
                cumulative += histogram.buckets.value(i);
                text += d.name + QByteArray("_bucket{le=\"") + number(d.bounds.at(i)) + "\"} "
                        + QByteArray::number(cumulative) + '\n';
            }
            text += d.name + QByteArray("_bucket{le=\"+Inf\"} ")
                    + QByteArray::number(histogram.count) + '\n';
            text += d.name + QByteArray("_sum ") + number(histogram.sum) + '\n';
            text += d.name + QByteArray("_count ") + QByteArray::number(histogram.count) + '\n';
            break;
        }
        }
    }
    return text;
}
