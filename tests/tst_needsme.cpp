// The "Needs me" and "Delivery failed" views: which pending approvals wait for a person
// (NeedsMeRule), their order (the soonest deadline first, none last) and the live
// counts in the sidebar.
#include "core/approval.h"
#include "models/approvalfilterproxy.h"
#include "models/approvaltablemodel.h"
#include "models/needsmerule.h"
#include "models/sidebarmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QTest>

namespace {
Approval approval(qint64 id, const QString &kind, int deadlineMinutes = 0)
{
    Approval a;
    a.id = id;
    a.connector = QStringLiteral("generic");
    a.kind = kind;
    a.title = QStringLiteral("A%1").arg(id);
    a.createdAt = QDateTime::currentDateTimeUtc().addSecs(-600);
    if (deadlineMinutes > 0)
        a.deadline = QDateTime::currentDateTimeUtc().addSecs(deadlineMinutes * 60);
    return a;
}

Approval gated(qint64 id, const QString &order, bool ready, bool personApproved = false)
{
    Approval a = approval(id, QStringLiteral("generic"), 30);
    a.metadata.insert(QStringLiteral("gates"),
                      QJsonObject{{QStringLiteral("order"), order},
                                  {QStringLiteral("ready"), ready},
                                  {QStringLiteral("green"), ready ? 2 : 1},
                                  {QStringLiteral("total"), 2}});
    if (personApproved)
        a.metadata.insert(QStringLiteral("humanApproval"),
                          QJsonObject{{QStringLiteral("by"), QStringLiteral("erin")}});
    return a;
}
} // namespace

class tst_NeedsMe : public QObject
{
    Q_OBJECT
private slots:
    void rule_data();
    void rule();
    void viewListsSoonestDeadlineFirst();
};

void tst_NeedsMe::rule_data()
{
    QTest::addColumn<Approval>("approval");
    QTest::addColumn<bool>("needsMe");
    QTest::newRow("generic") << approval(1, QStringLiteral("generic")) << true;
    QTest::newRow("azure check") << approval(1, QStringLiteral("check")) << true;
    QTest::newRow("azure gate polling us") << approval(1, QStringLiteral("gate")) << true;
    QTest::newRow("human task") << approval(1, QStringLiteral("task")) << true;
    QTest::newRow("paused run") << approval(1, QStringLiteral("pausedrun")) << true;
    QTest::newRow("fan-in waiting for sources") << approval(1, QStringLiteral("fanin")) << false;
    QTest::newRow("gates first, still red")
            << gated(1, QStringLiteral("gatesThenApproval"), false) << false;
    QTest::newRow("gates first, all green")
            << gated(1, QStringLiteral("gatesThenApproval"), true) << true;
    QTest::newRow("gates only") << gated(1, QStringLiteral("gatesOnly"), false) << false;
    QTest::newRow("approval first, nobody yet")
            << gated(1, QStringLiteral("approvalThenGates"), false) << true;
    QTest::newRow("approval first, approved, gates at work")
            << gated(1, QStringLiteral("approvalThenGates"), false, true) << false;
    Approval decided = approval(1, QStringLiteral("generic"));
    decided.state = ApprovalState::Approved;
    QTest::newRow("decided") << decided << false;
}

void tst_NeedsMe::rule()
{
    QFETCH(Approval, approval);
    QFETCH(bool, needsMe);
    QCOMPARE(NeedsMeRule::applies(approval), needsMe);
}

void tst_NeedsMe::viewListsSoonestDeadlineFirst()
{
    ApprovalTableModel model;
    SidebarModel sidebar(&model);
    ApprovalFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester sidebarTester(&sidebar,
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    Approval failed = approval(6, QStringLiteral("check"));
    failed.state = ApprovalState::Approved;
    failed.delivery = DeliveryState::Failed;
    model.setApprovals({approval(1, QStringLiteral("generic")), // no deadline: last
                        approval(2, QStringLiteral("task"), 90),
                        approval(3, QStringLiteral("check"), 7),
                        approval(4, QStringLiteral("fanin"), 1), // machines: not listed
                        gated(5, QStringLiteral("gatesThenApproval"), false), failed});
    QCOMPARE(sidebar.index(SidebarModel::NeedsMeView).data(SidebarModel::LabelRole).toString(),
             QStringLiteral("Needs me"));
    QTRY_COMPARE(sidebar.count(SidebarModel::NeedsMeView), 3);
    QCOMPARE(sidebar.count(SidebarModel::PendingView), 5);
    QCOMPARE(sidebar.count(SidebarModel::deliveryFailedView()), 1);
    QCOMPARE(sidebar.index(SidebarModel::NeedsMeView).data().toString(),
             QStringLiteral("Needs me (3)"));

    sidebar.apply(SidebarModel::NeedsMeView, &proxy);
    proxy.sort(ApprovalTableModel::DeadlineColumn, Qt::AscendingOrder);
    QList<qint64> order;
    for (int row = 0; row < proxy.rowCount(); ++row)
        order.append(proxy.index(row, 0).data(ApprovalTableModel::IdRole).toLongLong());
    QCOMPARE(order, (QList<qint64>{3, 2, 1}));

    // The gates went green: now it waits for a person, and the view follows live.
    model.upsert(gated(5, QStringLiteral("gatesThenApproval"), true));
    QTRY_COMPARE(sidebar.count(SidebarModel::NeedsMeView), 4);
    QCOMPARE(proxy.rowCount(), 4);

    sidebar.apply(SidebarModel::deliveryFailedView(), &proxy);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(ApprovalTableModel::IdRole).toLongLong(), 6);
}

QTEST_GUILESS_MAIN(tst_NeedsMe)
#include "tst_needsme.moc"
