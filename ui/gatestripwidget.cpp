#include "gatestripwidget.h"

#include "models/localtime.h"

#include <QEvent>
#include <QHelpEvent>
#include <QJsonArray>
#include <QPainter>
#include <QToolTip>

namespace {

constexpr int rowHeight = 16;
constexpr int headerHeight = 16;
constexpr int labelWidth = 120;
constexpr int minCellWidth = 4;
const QColor greenColor(0x2e, 0x7d, 0x32);
const QColor redColor(0xc6, 0x28, 0x28);

QDateTime parseTime(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace

GateStripWidget::GateStripWidget(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Gate samples"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void GateStripWidget::setGates(const QJsonObject &gates)
{
    m_gateNames.clear();
    m_samples.clear();
    m_start = parseTime(gates.value(QStringLiteral("startAt")));
    m_evaluateFrom = parseTime(gates.value(QStringLiteral("evaluateFrom")));
    m_timeoutAt = parseTime(gates.value(QStringLiteral("timeoutAt")));
    m_intervalSecs = gates.value(QStringLiteral("samplingIntervalSecs")).toInt();
    m_green = gates.value(QStringLiteral("green")).toInt();
    m_total = gates.value(QStringLiteral("total")).toInt();
    for (const QJsonValue &value : gates.value(QStringLiteral("samples")).toArray()) {
        const QJsonObject object = value.toObject();
        Sample sample;
        sample.at = parseTime(object.value(QStringLiteral("at")));
        if (!sample.at.isValid())
            continue;
        for (const QJsonValue &result : object.value(QStringLiteral("results")).toArray()) {
            const QJsonObject r = result.toObject();
            const QString name = r.value(QStringLiteral("name")).toString();
            qsizetype row = m_gateNames.indexOf(name);
            if (row < 0) {
                m_gateNames.append(name);
                row = m_gateNames.size() - 1;
            }
            if (sample.green.size() <= row) {
                sample.green.resize(row + 1);
                sample.reasons.resize(row + 1);
            }
            sample.green[row] = r.value(QStringLiteral("green")).toBool();
            sample.reasons[row] = r.value(QStringLiteral("reason")).toString();
        }
        m_samples.append(sample);
    }
    // The axis runs from the start (or the first sample) to the timeout or the last sample.
    if (!m_start.isValid())
        m_start = m_evaluateFrom.isValid()
                ? m_evaluateFrom
                : (m_samples.isEmpty() ? QDateTime() : m_samples.first().at);
    m_end = m_timeoutAt;
    if (!m_samples.isEmpty()) {
        const QDateTime last = m_samples.last().at.addSecs(qMax(1, m_intervalSecs));
        if (!m_end.isValid() || last > m_end)
            m_end = last;
    }
    updateGeometry();
    update();
}

QSize GateStripWidget::sizeHint() const
{
    return {400, headerHeight + rowHeight * int(qMax<qsizetype>(1, m_gateNames.size())) + 4};
}

QSize GateStripWidget::minimumSizeHint() const
{
    return {labelWidth + 60, sizeHint().height()};
}

QRect GateStripWidget::plotRect() const
{
    return QRect(labelWidth, headerHeight, qMax(10, width() - labelWidth - 4),
                 rowHeight * int(qMax<qsizetype>(1, m_gateNames.size())));
}

int GateStripWidget::timeToX(const QDateTime &time) const
{
    const QRect plot = plotRect();
    if (!m_start.isValid() || !m_end.isValid() || m_start >= m_end)
        return plot.left();
    const double fraction = double(m_start.msecsTo(time)) / double(m_start.msecsTo(m_end));
    return plot.left() + int(qBound(0.0, fraction, 1.0) * plot.width());
}

QRect GateStripWidget::cellRect(int sample, int gate) const
{
    if (sample < 0 || sample >= m_samples.size() || gate < 0 || gate >= m_gateNames.size())
        return {};
    const QRect plot = plotRect();
    const int x = timeToX(m_samples.at(sample).at);
    int right = m_intervalSecs > 0 ? timeToX(m_samples.at(sample).at.addSecs(m_intervalSecs)) - 1
                                   : x + minCellWidth;
    if (sample + 1 < m_samples.size())
        right = qMin(right, timeToX(m_samples.at(sample + 1).at) - 1);
    return QRect(x, plot.top() + gate * rowHeight + 1, qMax(minCellWidth, right - x),
                 rowHeight - 2);
}

void GateStripWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRect plot = plotRect();
    const QPalette pal = palette();
    painter.fillRect(plot, pal.color(QPalette::Base));

    // The delay before evaluation: nothing is sampled there.
    if (m_evaluateFrom.isValid() && m_start.isValid() && m_evaluateFrom > m_start) {
        const QRect delay(QPoint(plot.left(), plot.top()),
                          QPoint(timeToX(m_evaluateFrom), plot.bottom()));
        painter.fillRect(delay, QBrush(pal.color(QPalette::Mid), Qt::BDiagPattern));
        painter.setPen(pal.color(QPalette::Text));
        painter.drawText(QRect(delay.left(), 0, qMax(delay.width(), 40), headerHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, tr("delay"));
    }
    for (int row = 0; row < m_gateNames.size(); ++row) {
        painter.setPen(pal.color(QPalette::WindowText));
        painter.drawText(
                QRect(0, plot.top() + row * rowHeight, labelWidth - 6, rowHeight),
                Qt::AlignRight | Qt::AlignVCenter,
                fontMetrics().elidedText(m_gateNames.at(row), Qt::ElideRight, labelWidth - 6));
        for (int s = 0; s < m_samples.size(); ++s) {
            if (row < m_samples.at(s).green.size())
                painter.fillRect(cellRect(s, row),
                                 m_samples.at(s).green.at(row) ? greenColor : redColor);
        }
    }
    if (m_timeoutAt.isValid()) {
        const int x = timeToX(m_timeoutAt);
        painter.setPen(QPen(redColor, 2, Qt::DashLine));
        painter.drawLine(x, plot.top() - 2, x, plot.bottom());
        painter.setPen(pal.color(QPalette::Text));
        painter.drawText(QRect(x - 80, 0, 78, headerHeight), Qt::AlignRight | Qt::AlignVCenter,
                         tr("timeout"));
    }
    painter.setPen(pal.color(QPalette::Text));
    if (m_total > 0)
        painter.drawText(QRect(0, 0, labelWidth - 6, headerHeight),
                         Qt::AlignRight | Qt::AlignVCenter,
                         tr("%1/%2 green").arg(m_green).arg(m_total));
}

int GateStripWidget::sampleAt(const QPoint &point) const
{
    for (int s = 0; s < m_samples.size(); ++s) {
        for (int row = 0; row < m_gateNames.size(); ++row) {
            if (cellRect(s, row).contains(point))
                return s;
        }
    }
    return -1;
}

bool GateStripWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int s = sampleAt(help->pos());
        if (s < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        QStringList lines{LocalTime::text(m_samples.at(s).at)};
        for (int row = 0; row < m_samples.at(s).green.size(); ++row)
            lines.append(tr("%1: %2 (%3)")
                                 .arg(m_gateNames.at(row),
                                      m_samples.at(s).green.at(row) ? tr("green") : tr("red"),
                                      m_samples.at(s).reasons.at(row)));
        QToolTip::showText(help->globalPos(), lines.join(QLatin1Char('\n')), this);
        return true;
    }
    return QWidget::event(event);
}
