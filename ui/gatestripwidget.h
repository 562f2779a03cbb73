// GateStripWidget: the gates of one approval as a strip over time, because people would
// rather look than read: a row per gate, a cell per sample (green or red), the delay
// before evaluation shaded and the timeout marked. A pure widget: it paints the
// summary the sampler keeps in approval.metadata["gates"] and decides nothing.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <QVector>
#include <QWidget>

class GateStripWidget : public QWidget
{
    Q_OBJECT
public:
    explicit GateStripWidget(QWidget *parent = nullptr);

    void setGates(const QJsonObject &gates);
    bool hasSamples() const { return !m_samples.isEmpty(); }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // Where things are drawn, for tests and tooltips.
    QRect cellRect(int sample, int gate) const;
    int timeToX(const QDateTime &time) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Sample
    {
        QDateTime at;
        QVector<bool> green;
        QStringList reasons;
    };
    QRect plotRect() const;
    int sampleAt(const QPoint &point) const;

    QStringList m_gateNames;
    QVector<Sample> m_samples;
    QDateTime m_start;
    QDateTime m_evaluateFrom;
    QDateTime m_timeoutAt;
    QDateTime m_end;
    int m_intervalSecs = 0;
    int m_green = 0;
    int m_total = 0;
};
