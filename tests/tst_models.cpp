// Models: QAbstractItemModelTester on every model, batching under a burst of
// inserts, filtering and sorting through the proxy, the timeline model.
#include "models/approvalfilterproxy.h"
#include "models/approvaltablemodel.h"
#include "models/timelinemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class tst_Models : public QObject
{
    Q_OBJECT
private slots:
    void tableModelBasics();
    void burstIsBatched();
    void updatesInPlace();
    void proxyFiltersAndSorts();
    void timelineModel();

private:
    static Approval approval(qint64 id, const QString &title,
                             ApprovalState state = ApprovalState::Pending);
};

Approval tst_Models::approval(qint64 id, const QString &title, ApprovalState state)
{
    Approval a;
    a.id = id;
    a.connector = QStringLiteral("generic");
    a.kind = QStringLiteral("generic");
    a.title = title;
    a.pipeline = QStringLiteral("web");
    a.stage = QStringLiteral("prod");
    a.state = state;
    a.createdAt = QDateTime::currentDateTimeUtc().addSecs(-id * 60);
    return a;
}

void tst_Models::tableModelBasics()
{
    ApprovalTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setApprovals({approval(1, QStringLiteral("One")),
                        approval(2, QStringLiteral("Two"), ApprovalState::Approved)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(ApprovalTableModel::ColumnCount));
    QCOMPARE(model.index(0, ApprovalTableModel::TitleColumn).data().toString(),
             QStringLiteral("One"));
    QCOMPARE(model.index(0, ApprovalTableModel::PipelineColumn).data().toString(),
             QStringLiteral("web / prod"));
    QCOMPARE(model.index(1, ApprovalTableModel::StateColumn).data().toString(),
             QStringLiteral("Approved"));
    QCOMPARE(model.index(0, 0).data(ApprovalTableModel::IdRole).toLongLong(), 1);
    QCOMPARE(model.pendingCount(), 1);
    QCOMPARE(model.index(0, ApprovalTableModel::WaitingColumn).data().toString(),
             QStringLiteral("1 min"));
}

void tst_Models::burstIsBatched()
{
    ApprovalTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy arrived(&model, &ApprovalTableModel::approvalArrived);
    for (int i = 1; i <= 5000; ++i)
        model.upsert(approval(i, QStringLiteral("A%1").arg(i)));
    QCOMPARE(model.rowCount(), 0); // nothing until the batch is applied
    QTRY_COMPARE(model.rowCount(), 5000);
    QCOMPARE(inserted.count(), 1); // one insertion for the whole burst
    QCOMPARE(arrived.count(), 5000);
}

void tst_Models::updatesInPlace()
{
    ApprovalTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setApprovals({approval(1, QStringLiteral("One"))});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy count(&model, &ApprovalTableModel::pendingCountChanged);
    Approval decided = approval(1, QStringLiteral("One"), ApprovalState::Rejected);
    decided.delivery = DeliveryState::Failed;
    decided.lastDeliveryError = QStringLiteral("HTTP 500");
    model.upsert(decided);
    model.upsert(approval(2, QStringLiteral("Two")));
    model.upsert(approval(2, QStringLiteral("Two, again"))); // twice in one batch: one row
    model.flush();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(0, ApprovalTableModel::StateColumn).data().toString(),
             QStringLiteral("Rejected, delivery failed"));
    QCOMPARE(model.index(0, ApprovalTableModel::StateColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("HTTP 500"));
    QCOMPARE(model.index(1, ApprovalTableModel::TitleColumn).data().toString(),
             QStringLiteral("Two, again"));
    QCOMPARE(count.last().first().toInt(), 1);
}

void tst_Models::proxyFiltersAndSorts()
{
    ApprovalTableModel model;
    ApprovalFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Approval api = approval(1, QStringLiteral("Deploy api"));
    api.environment = QStringLiteral("staging");
    model.setApprovals({api, approval(2, QStringLiteral("Deploy web")),
                        approval(3, QStringLiteral("Old one"), ApprovalState::Approved)});
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setPendingOnly(true);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setSearchText(QStringLiteral("STAGING"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, ApprovalTableModel::TitleColumn).data().toString(),
             QStringLiteral("Deploy api"));
    proxy.setSearchText(QString());
    proxy.setPendingOnly(false);
    // "Waiting" sorts by time, not by the text "2 min" / "10 min".
    proxy.sort(ApprovalTableModel::WaitingColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, 0).data(ApprovalTableModel::IdRole).toLongLong(), 3); // oldest first
    proxy.sort(ApprovalTableModel::TitleColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, ApprovalTableModel::TitleColumn).data().toString(),
             QStringLiteral("Deploy api"));
    // A new pending approval that matches appears through the proxy.
    proxy.setSearchText(QStringLiteral("deploy"));
    model.upsert(approval(4, QStringLiteral("Deploy db")));
    model.flush();
    QCOMPARE(proxy.rowCount(), 3);
}

void tst_Models::timelineModel()
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    model.showApproval(7);
    model.setEntries(
            8, {{1, 8, now, QStringLiteral("received"), QStringLiteral("other")}}); // stale answer
    QCOMPARE(model.rowCount(), 0);
    model.setEntries(7, {{1, 7, now, QStringLiteral("received"), QStringLiteral("Received")}});
    QCOMPARE(model.rowCount(), 1);
    model.append({2, 7, now, QStringLiteral("decided"), QStringLiteral("Approved by alice")});
    model.append({2, 7, now, QStringLiteral("decided"),
                  QStringLiteral("Approved by alice")}); // duplicate
    model.append({3, 9, now, QStringLiteral("decided"), QStringLiteral("elsewhere")});
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.index(1).data().toString().endsWith(QStringLiteral("Approved by alice")));
    QCOMPARE(model.index(1).data(TimelineModel::TypeRole).toString(), QStringLiteral("decided"));
}

QTEST_MAIN(tst_Models)
#include "tst_models.moc"
