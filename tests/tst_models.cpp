// Models: QAbstractItemModelTester on every model, batching under a burst of
// inserts, filtering and sorting through the proxy, group aggregates, the sidebar
// counts, the filter values, the timeline model, and the exporter's exact bytes.
#include "models/approvalexporter.h"
#include "models/approvalfilterproxy.h"
#include "models/approvaltablemodel.h"
#include "models/distinctvaluesmodel.h"
#include "models/sidebarmodel.h"
#include "models/timelinemodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class tst_Models : public QObject
{
    Q_OBJECT
private slots:
    void gatesProgressInStateColumn();
    void tableModelBasics();
    void burstIsBatched();
    void updatesInPlace();
    void proxyFiltersAndSorts();
    void typingFollowsRowsThatChange();
    void timelineModel();
    void proxyTypedFilters_data();
    void proxyTypedFilters();
    void groupAggregate();
    void sidebarCountsUnderBurst();
    void distinctValuesFollowTheModel();
    void distinctValuesFollowChangedRows();
    void deliveryFailedAndExpiringAreAnnounced();
    void exportCsvBytes();
    void exportJsonBytes();
    void exportDateRangeAndFileOffThread();

private:
    static QVector<Approval> sampleSet();
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
             QStringLiteral("Rejected, delivery failed: 500"));
    QCOMPARE(model.index(0, ApprovalTableModel::StateColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("HTTP 500"));
    QCOMPARE(model.index(1, ApprovalTableModel::TitleColumn).data().toString(),
             QStringLiteral("Two, again"));
    // The whole state in the tooltip: a narrow State column cuts long ones.
    QCOMPARE(model.index(1, ApprovalTableModel::StateColumn).data(Qt::ToolTipRole).toString(),
             model.index(1, ApprovalTableModel::StateColumn).data().toString());
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

void tst_Models::typingFollowsRowsThatChange()
{
    // The proxy reuses its last verdicts while the search text only grows; a row that
    // changes or arrives in between must still be judged afresh.
    ApprovalTableModel model;
    ApprovalFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(ApprovalTableModel::WaitingColumn, Qt::DescendingOrder);
    QVector<Approval> rows;
    for (int i = 1; i <= 3000; ++i)
        rows.append(approval(
                i, QStringLiteral("Deploy %1").arg(QLatin1String(i % 2 ? "shop" : "cart"))));
    model.setApprovals(rows);
    proxy.setSearchText(QStringLiteral("sh"));
    QCOMPARE(proxy.rowCount(), 1500);
    model.upsert(approval(2, QStringLiteral("Deploy shop xyz again"))); // was "cart"
    model.upsert(approval(3001, QStringLiteral("Deploy shop xyz new")));
    model.flush();
    QCOMPARE(proxy.rowCount(), 1502);
    proxy.setSearchText(QStringLiteral("shop"));
    QCOMPARE(proxy.rowCount(), 1502);
    proxy.setSearchText(QStringLiteral("shop x"));
    QCOMPARE(proxy.rowCount(), 2);
    // Newest first: approval N was created N minutes ago.
    QCOMPARE(proxy.index(0, 0).data(ApprovalTableModel::IdRole).toLongLong(), 2);
    QCOMPARE(proxy.index(1, 0).data(ApprovalTableModel::IdRole).toLongLong(), 3001);
    proxy.setSearchText({}); // clearing brings every row back, in order
    QCOMPARE(proxy.rowCount(), 3001);
    QCOMPARE(proxy.index(0, 0).data(ApprovalTableModel::IdRole).toLongLong(), 1);
    QCOMPARE(proxy.index(3000, 0).data(ApprovalTableModel::IdRole).toLongLong(), 3001);
    proxy.setPendingOnly(true); // another filter: nothing reused
    QCOMPARE(proxy.rowCount(), 3001);
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

// A check and a gate in staging, a decided task in prod, a generic in prod with a
// failed delivery: enough variety for every filter.
QVector<Approval> tst_Models::sampleSet()
{
    Approval check = approval(1, QStringLiteral("Check staging"));
    check.kind = QStringLiteral("check");
    check.connector = QStringLiteral("azure");
    check.environment = QStringLiteral("staging");
    Approval gate = approval(2, QStringLiteral("Gate staging"));
    gate.kind = QStringLiteral("gate");
    gate.connector = QStringLiteral("azure");
    gate.environment = QStringLiteral("staging");
    Approval task = approval(3, QStringLiteral("Task prod"), ApprovalState::Rejected);
    task.kind = QStringLiteral("task");
    task.connector = QStringLiteral("flexdeploy");
    task.environment = QStringLiteral("prod");
    Approval failed = approval(4, QStringLiteral("Generic prod"), ApprovalState::Approved);
    failed.environment = QStringLiteral("prod");
    failed.delivery = DeliveryState::Failed;
    return {check, gate, task, failed};
}

void tst_Models::proxyTypedFilters_data()
{
    QTest::addColumn<int>("scope");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<int>("state");
    QTest::addColumn<QList<qint64>>("expected");
    using S = ApprovalFilterProxy::StateFilter;
    const int all = int(ApprovalFilterProxy::Scope::All);
    QTest::newRow("everything") << all << QString() << QString() << QString() << int(S::Any)
                                << QList<qint64>{1, 2, 3, 4};
    QTest::newRow("pending") << int(ApprovalFilterProxy::Scope::Pending) << QString() << QString()
                             << QString() << int(S::Any) << QList<qint64>{1, 2};
    QTest::newRow("decided") << int(ApprovalFilterProxy::Scope::Decided) << QString() << QString()
                             << QString() << int(S::Any) << QList<qint64>{3, 4};
    QTest::newRow("kind gate") << all << QStringLiteral("gate") << QString() << QString()
                               << int(S::Any) << QList<qint64>{2};
    QTest::newRow("source azure") << all << QString() << QStringLiteral("azure") << QString()
                                  << int(S::Any) << QList<qint64>{1, 2};
    QTest::newRow("environment prod") << all << QString() << QString() << QStringLiteral("prod")
                                      << int(S::Any) << QList<qint64>{3, 4};
    QTest::newRow("state rejected")
            << all << QString() << QString() << QString() << int(S::Rejected) << QList<qint64>{3};
    QTest::newRow("delivery failed") << all << QString() << QString() << QString()
                                     << int(S::DeliveryFailed) << QList<qint64>{4};
    QTest::newRow("combined") << all << QStringLiteral("check") << QStringLiteral("azure")
                              << QStringLiteral("staging") << int(S::Pending) << QList<qint64>{1};
    QTest::newRow("nothing") << all << QStringLiteral("check") << QString()
                             << QStringLiteral("prod") << int(S::Any) << QList<qint64>{};
}

void tst_Models::proxyTypedFilters()
{
    QFETCH(int, scope);
    QFETCH(QString, kind);
    QFETCH(QString, source);
    QFETCH(QString, environment);
    QFETCH(int, state);
    QFETCH(QList<qint64>, expected);
    ApprovalTableModel model;
    ApprovalFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setApprovals(sampleSet());
    proxy.setScope(ApprovalFilterProxy::Scope(scope));
    proxy.setKindFilter(kind);
    proxy.setSourceFilter(source);
    proxy.setEnvironmentFilter(environment);
    proxy.setStateFilter(ApprovalFilterProxy::StateFilter(state));
    proxy.sort(ApprovalTableModel::TitleColumn);
    QList<qint64> ids;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids.append(proxy.index(row, 0).data(ApprovalTableModel::IdRole).toLongLong());
    std::sort(ids.begin(), ids.end());
    QCOMPARE(ids, expected);
}

void tst_Models::groupAggregate()
{
    ApprovalTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVector<Approval> checks;
    for (int i = 1; i <= 3; ++i) {
        Approval a = approval(i, QStringLiteral("Check %1").arg(i),
                              i == 1 ? ApprovalState::Approved : ApprovalState::Pending);
        a.groupKey = QStringLiteral("azure:plan/prod");
        checks.append(a);
    }
    Approval lone = approval(4, QStringLiteral("Alone"));
    lone.groupKey = QStringLiteral("azure:other/prod");
    checks.append(lone);
    model.setApprovals(checks);
    using M = ApprovalTableModel;
    QCOMPARE(model.index(1, M::GroupColumn).data().toString(), QStringLiteral("1 of 3 approved"));
    QCOMPARE(model.index(1, M::GroupColumn).data(M::GroupSummaryRole).toString(),
             QStringLiteral("prod: 1 of 3 approved, waiting"));
    QCOMPARE(model.index(1, 0).data(M::GroupStateRole).toInt(), int(M::GroupState::Waiting));
    QCOMPARE(model.index(3, M::GroupColumn).data().toString(),
             QString()); // a group of one is no group

    // One more approval: every row of the group shows it, not just the changed one.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    Approval second = checks.at(1);
    second.state = ApprovalState::Approved;
    model.upsert(second);
    model.flush();
    QCOMPARE(model.index(2, M::GroupColumn).data().toString(), QStringLiteral("2 of 3 approved"));
    const bool groupColumnSignalled =
            std::any_of(changed.cbegin(), changed.cend(), [](const QList<QVariant> &args) {
                const auto from = args.at(0).value<QModelIndex>();
                const auto to = args.at(1).value<QModelIndex>();
                return from.row() == 0 && to.row() == 3 && from.column() <= M::GroupColumn
                        && to.column() >= M::GroupColumn;
            });
    QVERIFY(groupColumnSignalled);

    // One rejection fails the stage.
    Approval third = checks.at(2);
    third.state = ApprovalState::Rejected;
    model.upsert(third);
    model.flush();
    QCOMPARE(model.index(0, 0).data(M::GroupStateRole).toInt(), int(M::GroupState::Failed));
    QCOMPARE(model.index(0, M::GroupColumn).data().toString(), QStringLiteral("failed"));
    QCOMPARE(model.index(0, M::GroupColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("prod: failed, 1 of 3 rejected or expired"));

    // All approved: passed.
    checks[2].state = ApprovalState::Approved;
    checks[1].state = ApprovalState::Approved;
    model.setApprovals(checks);
    QCOMPARE(model.index(0, M::GroupColumn).data().toString(), QStringLiteral("all 3 approved"));
    QCOMPARE(model.groupTally(QStringLiteral("azure:plan/prod")).state(), M::GroupState::Passed);
}

void tst_Models::sidebarCountsUnderBurst()
{
    ApprovalTableModel model;
    SidebarModel sidebar(&model);
    QAbstractItemModelTester tester(&sidebar,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(sidebar.rowCount(), SidebarModel::assignedToMeView() + 1);
    QCOMPARE(sidebar.index(SidebarModel::PendingView).data().toString(), QStringLiteral("Pending"));
    const QStringList kinds{QStringLiteral("check"), QStringLiteral("gate"),
                            QStringLiteral("task"),  QStringLiteral("pausedrun"),
                            QStringLiteral("fanin"), QStringLiteral("generic")};
    for (int i = 1; i <= 3000; ++i) {
        Approval a = approval(i, QStringLiteral("A%1").arg(i),
                              i % 10 == 0 ? ApprovalState::Approved : ApprovalState::Pending);
        a.kind = kinds.at(i % kinds.size());
        model.upsert(a);
    }
    QTRY_COMPARE(sidebar.count(SidebarModel::PendingView), 2700);
    QCOMPARE(sidebar.count(SidebarModel::historyView()), 300);
    // i % 6 == 0 is a check; of those, i % 10 == 0 (i % 30 == 0) were decided.
    QCOMPARE(sidebar.count(SidebarModel::ChecksView), 500 - 100);
    QCOMPARE(sidebar.index(SidebarModel::PendingView).data().toString(),
             QStringLiteral("Pending (2700)"));
    QCOMPARE(sidebar.index(SidebarModel::GatesView).data(SidebarModel::KindRole).toString(),
             QStringLiteral("gate"));

    ApprovalFilterProxy proxy;
    proxy.setSourceModel(&model);
    sidebar.apply(SidebarModel::GatesView, &proxy);
    QCOMPARE(proxy.rowCount(), 500);
    sidebar.apply(SidebarModel::historyView(), &proxy);
    QCOMPARE(proxy.rowCount(), 300);
    QCOMPARE(proxy.kindFilter(), QString());
}

void tst_Models::distinctValuesFollowTheModel()
{
    ApprovalTableModel model;
    DistinctValuesModel environments(&model, ApprovalTableModel::EnvironmentRole,
                                     QStringLiteral("All"));
    QAbstractItemModelTester tester(&environments,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(environments.rowCount(), 1);
    model.setApprovals(sampleSet());
    QTRY_COMPARE(environments.values(),
                 (QStringList{QStringLiteral("prod"), QStringLiteral("staging")}));
    QCOMPARE(environments.index(0).data().toString(), QStringLiteral("All"));
    QCOMPARE(environments.index(0).data(DistinctValuesModel::ValueRole).toString(), QString());
    // A burst of new values and one that disappears.
    for (int i = 10; i < 60; ++i) {
        Approval a = approval(i, QStringLiteral("E%1").arg(i));
        a.environment = QStringLiteral("env-%1").arg(i % 5);
        model.upsert(a);
    }
    QTRY_COMPARE(environments.rowCount(), 1 + 2 + 5);
    QVector<Approval> fewer = sampleSet().mid(0, 2); // staging only
    model.setApprovals(fewer);
    QTRY_COMPARE(environments.values(), QStringList{QStringLiteral("staging")});
}

void tst_Models::distinctValuesFollowChangedRows()
{
    // Only the rows a change touches are read: a value that moves from one row to
    // another, and one that leaves with the last row holding it, must still show.
    ApprovalTableModel model;
    DistinctValuesModel environments(&model, ApprovalTableModel::EnvironmentRole,
                                     QStringLiteral("All"));
    QAbstractItemModelTester tester(&environments,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    Approval one = approval(1, QStringLiteral("One"));
    one.environment = QStringLiteral("qa");
    Approval two = approval(2, QStringLiteral("Two"));
    two.environment = QStringLiteral("prod");
    model.setApprovals({one, two});
    QTRY_COMPARE(environments.values(),
                 (QStringList{QStringLiteral("prod"), QStringLiteral("qa")}));
    one.environment = QStringLiteral("prod"); // "qa" leaves with its only row
    model.upsert(one);
    Approval three = approval(3, QStringLiteral("Three"));
    three.environment = QStringLiteral("dev");
    model.upsert(three);
    model.flush();
    QTRY_COMPARE(environments.values(),
                 (QStringList{QStringLiteral("dev"), QStringLiteral("prod")}));
    two.environment = QStringLiteral("staging"); // "prod" stays: row one still holds it
    model.upsert(two);
    model.flush();
    QTRY_COMPARE(environments.values(),
                 (QStringList{QStringLiteral("dev"), QStringLiteral("prod"),
                              QStringLiteral("staging")}));
}

void tst_Models::deliveryFailedAndExpiringAreAnnounced()
{
    ApprovalTableModel model;
    Approval soon = approval(1, QStringLiteral("Soon"));
    soon.deadline = QDateTime::currentDateTimeUtc().addSecs(120);
    Approval later = approval(2, QStringLiteral("Later"));
    later.deadline = QDateTime::currentDateTimeUtc().addSecs(3600);
    Approval decided = approval(3, QStringLiteral("Decided"), ApprovalState::Approved);
    decided.delivery = DeliveryState::Delivering;
    QSignalSpy expiring(&model, &ApprovalTableModel::expiringSoon);
    QSignalSpy failed(&model, &ApprovalTableModel::deliveryFailed);
    model.setApprovals({soon, later, decided});
    model.checkExpiring();
    model.checkExpiring(); // once per approval
    QCOMPARE(expiring.count(), 1);
    QCOMPARE(expiring.first().first().value<Approval>().id, 1);
    decided.delivery = DeliveryState::Failed;
    decided.lastDeliveryError = QStringLiteral("HTTP 503");
    model.upsert(decided);
    model.flush();
    model.upsert(decided); // still failed: no second notice
    model.flush();
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().first().value<Approval>().lastDeliveryError,
             QStringLiteral("HTTP 503"));
}

namespace {
Approval exportSample()
{
    Approval a;
    a.id = 42;
    a.connector = QStringLiteral("generic");
    a.kind = QStringLiteral("generic");
    a.externalId = QStringLiteral("r-1");
    a.title = QStringLiteral("Deploy \"shop\", 3.1");
    a.description = QStringLiteral("line one\nline two");
    a.pipeline = QStringLiteral("shop");
    a.stage = QStringLiteral("prod");
    a.environment = QStringLiteral("production");
    a.requestedBy = QStringLiteral("=HYPERLINK(\"x\")");
    a.groupKey = QStringLiteral("generic:shop/prod");
    a.state = ApprovalState::Rejected;
    a.delivery = DeliveryState::Delivered;
    a.createdAt = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    a.updatedAt = QDateTime(QDate(2026, 3, 1), QTime(9, 5), Qt::UTC);
    a.decidedBy = QStringLiteral("alice");
    a.decisionOrigin = QStringLiteral("tray");
    a.comment = QStringLiteral("tests are red");
    a.decidedAt = QDateTime(QDate(2026, 3, 1), QTime(9, 5), Qt::UTC);
    return a;
}
} // namespace

void tst_Models::exportCsvBytes()
{
    const QByteArray expected =
            "id,externalId,connector,kind,title,description,pipeline,stage,environment,requestedBy,"
            "group,"
            "state,delivery,createdAt,updatedAt,deadline,decidedBy,decisionOrigin,comment,"
            "decidedAt,lastDeliveryError\r\n"
            "42,r-1,generic,generic,\"Deploy \"\"shop\"\", 3.1\",\"line one\nline "
            "two\",shop,prod,production,"
            "\"'=HYPERLINK(\"\"x\"\")\",generic:shop/"
            "prod,rejected,delivered,2026-03-01T09:00:00.000Z,"
            "2026-03-01T09:05:00.000Z,,alice,tray,tests are red,2026-03-01T09:05:00.000Z,\r\n";
    QCOMPARE(ApprovalExporter::toCsv({exportSample()}), expected);
    QCOMPARE(ApprovalExporter::toCsv({}), expected.left(expected.indexOf('\n') + 1));
}

void tst_Models::exportJsonBytes()
{
    const QByteArray json = ApprovalExporter::toJson({exportSample()});
    // The API's fields, sorted: who was looking ("Assign to me") comes first, null here.
    QVERIFY(json.startsWith("[\n    {\n        \"assignedAt\": null,\n        \"assignee\": null,\n"
                            "        \"comment\": \"tests are red\",\n"));
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    QCOMPARE(array.size(), 1);
    const QJsonObject o = array.first().toObject();
    QCOMPARE(o.value(QStringLiteral("id")).toInteger(), 42);
    QCOMPARE(o.value(QStringLiteral("title")).toString(), QStringLiteral("Deploy \"shop\", 3.1"));
    QCOMPARE(o.value(QStringLiteral("decisionOrigin")).toString(), QStringLiteral("tray"));
    QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("rejected"));
    QCOMPARE(o.value(QStringLiteral("deadline")), QJsonValue(QJsonValue::Null));
    QCOMPARE(ApprovalExporter::toJson({}), QByteArray("[\n]\n"));
}

void tst_Models::exportDateRangeAndFileOffThread()
{
    Approval early = exportSample();
    Approval late = exportSample();
    late.id = 43;
    late.decidedAt = QDateTime(QDate(2026, 4, 10), QTime(12, 0), Qt::LocalTime).toUTC();
    Approval pending = exportSample();
    pending.id = 44;
    pending.state = ApprovalState::Pending;
    pending.decidedAt = {};
    const QVector<Approval> april = ApprovalExporter::decidedBetween(
            {early, late, pending}, QDate(2026, 4, 1), QDate(2026, 4, 30));
    QCOMPARE(april.size(), 1);
    QCOMPARE(april.first().id, 43);

    QTemporaryDir dir;
    QVector<Approval> many;
    for (int i = 0; i < 1234; ++i) { // more than one chunk
        Approval a = exportSample();
        a.id = i + 1;
        many.append(a);
    }
    ApprovalExporter exporter;
    QSignalSpy finished(&exporter, &ApprovalExporter::finished);
    const QString csvPath = dir.filePath(QStringLiteral("out.csv"));
    exporter.start(csvPath, ApprovalExporter::formatForPath(csvPath), many);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).toBool(), true);
    QCOMPARE(finished.first().at(2).toInt(), 1234);
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readAll(), ApprovalExporter::toCsv(many));

    const QString jsonPath = dir.filePath(QStringLiteral("out.JSON"));
    QCOMPARE(ApprovalExporter::formatForPath(jsonPath), ApprovalExporter::Format::Json);
    exporter.start(jsonPath, ApprovalExporter::Format::Json, april);
    QTRY_COMPARE(finished.count(), 2);
    QFile json(jsonPath);
    QVERIFY(json.open(QIODevice::ReadOnly));
    QCOMPARE(json.readAll(), ApprovalExporter::toJson(april));

    // A directory that does not exist: a clear failure, no file.
    exporter.start(dir.filePath(QStringLiteral("missing/out.csv")), ApprovalExporter::Format::Csv,
                   april);
    QTRY_COMPARE(finished.count(), 3);
    QCOMPARE(finished.last().at(0).toBool(), false);
    QVERIFY(finished.last().at(1).toString().contains(QStringLiteral("failed")));
}

void tst_Models::gatesProgressInStateColumn()
{
    ApprovalTableModel model;
    Approval waiting = approval(1, QStringLiteral("Gated"));
    waiting.metadata.insert(QStringLiteral("gates"),
                            QJsonObject{{QStringLiteral("green"), 3},
                                        {QStringLiteral("total"), 4},
                                        {QStringLiteral("timeoutAt"),
                                         QDateTime::currentDateTimeUtc().addSecs(630).toString(
                                                 Qt::ISODateWithMs)}});
    Approval ready = approval(2, QStringLiteral("Ready"));
    ready.metadata.insert(QStringLiteral("gates"), QJsonObject{{QStringLiteral("ready"), true}});
    model.setApprovals({waiting, ready});
    QCOMPARE(model.index(0, ApprovalTableModel::StateColumn).data().toString(),
             QStringLiteral("Gates: 3 of 4 green, time out in 10 min"));
    QCOMPARE(model.index(1, ApprovalTableModel::StateColumn).data().toString(),
             QStringLiteral("Gates green, waiting for approval"));

    // An Azure gate that polls us shows how often it asked.
    Approval polled = approval(3, QStringLiteral("Polled"));
    polled.metadata.insert(QStringLiteral("evaluations"), 1);
    model.setApprovals({polled});
    QCOMPARE(model.index(0, ApprovalTableModel::StateColumn).data().toString(),
             QStringLiteral("Pending, evaluated once"));
    polled.metadata.insert(QStringLiteral("evaluations"), 4);
    model.setApprovals({polled});
    QCOMPARE(model.index(0, ApprovalTableModel::StateColumn).data().toString(),
             QStringLiteral("Pending, evaluated 4 times"));
}

QTEST_MAIN(tst_Models)
#include "tst_models.moc"
