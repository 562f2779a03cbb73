// tst_gatestrip: the detail pane's strip of gate samples, painted offscreen: a green or
// red cell per gate and sample where the summary says, the delay and the timeout on the
// axis, and the strip shown only for approvals that have samples.
#include "models/timelinemodel.h"
#include "ui/detailpane.h"
#include "ui/gatestripwidget.h"

#include <QApplication>
#include <QJsonArray>
#include <QTest>

class tst_GateStrip : public QObject
{
    Q_OBJECT
private slots:
    void paintsCellsAndMarks();
    void detailPaneShowsStripOnlyWithSamples();
};

namespace {

const QDateTime t0 = QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);

QJsonObject result(const QString &name, bool green)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("green"), green},
            {QStringLiteral("reason"), QStringLiteral("r")}};
}

QJsonObject summary()
{
    QJsonArray samples;
    for (int i = 0; i < 3; ++i)
        samples.append(QJsonObject{
                {QStringLiteral("at"), t0.addSecs(60 + 30 * i).toString(Qt::ISODateWithMs)},
                {QStringLiteral("results"),
                 QJsonArray{result(QStringLiteral("health"), i != 1),
                            result(QStringLiteral("bugs"), i == 1)}}});
    return {{QStringLiteral("startAt"), t0.toString(Qt::ISODateWithMs)},
            {QStringLiteral("evaluateFrom"), t0.addSecs(60).toString(Qt::ISODateWithMs)},
            {QStringLiteral("timeoutAt"), t0.addSecs(300).toString(Qt::ISODateWithMs)},
            {QStringLiteral("samplingIntervalSecs"), 30},
            {QStringLiteral("green"), 1},
            {QStringLiteral("total"), 2},
            {QStringLiteral("evaluations"), 3},
            {QStringLiteral("samples"), samples}};
}

} // namespace

void tst_GateStrip::paintsCellsAndMarks()
{
    GateStripWidget strip;
    QVERIFY(!strip.hasSamples());
    strip.setGates(summary());
    QVERIFY(strip.hasSamples());
    strip.resize(620, strip.sizeHint().height());
    const QImage image = strip.grab().toImage();
    const auto colorAt = [&](const QRect &rect) {
        return QColor(image.pixel(rect.center()));
    };
    QCOMPARE(colorAt(strip.cellRect(0, 0)), QColor(0x2e, 0x7d, 0x32)); // health green
    QCOMPARE(colorAt(strip.cellRect(0, 1)), QColor(0xc6, 0x28, 0x28)); // bugs red
    QCOMPARE(colorAt(strip.cellRect(1, 0)), QColor(0xc6, 0x28, 0x28));
    QCOMPARE(colorAt(strip.cellRect(1, 1)), QColor(0x2e, 0x7d, 0x32));
    QVERIFY(!strip.cellRect(3, 0).isValid());
    // Samples sit in time order after the delay; the timeout is the right end.
    QVERIFY(strip.cellRect(0, 0).left() == strip.timeToX(t0.addSecs(60)));
    QVERIFY(strip.cellRect(0, 0).right() < strip.cellRect(1, 0).left());
    QVERIFY(strip.timeToX(t0) < strip.timeToX(t0.addSecs(60)));
    QCOMPARE(strip.timeToX(t0.addSecs(300)), strip.timeToX(t0.addSecs(9999)));
}

void tst_GateStrip::detailPaneShowsStripOnlyWithSamples()
{
    TimelineModel timeline;
    DetailPane pane(&timeline);
    pane.show();
    Approval a;
    a.id = 1;
    a.title = QStringLiteral("Deploy");
    pane.showApproval(&a);
    QVERIFY(!pane.gateStrip()->isVisible());
    a.metadata.insert(QStringLiteral("gates"), summary());
    pane.showApproval(&a);
    QVERIFY(pane.gateStrip()->isVisible());
    QVERIFY(pane.gateStrip()->hasSamples());
    pane.showApproval(nullptr);
    QVERIFY(!pane.gateStrip()->isVisible());
}

QTEST_MAIN(tst_GateStrip)
#include "tst_gatestrip.moc"
