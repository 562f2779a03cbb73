// Grouping by run: generic approvals of one pipeline and stage are a group only within
// one run (`runId`), so a rejected earlier run cannot make a new run look failed; without
// a runId each approval stands alone. Real HTTP on loopback into a real SQLite file; the
// detail pane's list of a group's members is checked on the real window, offscreen.
#include "connectors/generic/genericconnector.h"
#include "core/engine.h"
#include "models/approvaltablemodel.h"
#include "models/groupmembers.h"
#include "service/gatehouseservice.h"
#include "support/fakehttpserver.h"
#include "support/testcore.h"
#include "support/testhttp.h"
#include "support/testservice.h"
#include "support/windowclicks.h"
#include "ui/consolesettings.h"
#include "ui/detailpane.h"
#include "ui/groupmemberslist.h"
#include "ui/mainwindow.h"

#include <QJsonObject>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>

class tst_RunGroups : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sameRunSharesAGroupOtherRunsDoNot();
    void withoutRunIdEachApprovalStandsAlone();
    void namesWithSlashesCannotCollide();
    void rejectedEarlierRunDoesNotFailANewRun();
    void detailPaneListsTheGroupMembers();

private:
    static QJsonObject generic(const QString &title, const QString &externalId,
                               const QString &runId);
    static qint64 post(const TestCore &core, const QJsonObject &body);
};

void tst_RunGroups::initTestCase()
{
    // The window remembers its layout in QSettings: keep the tests' away from the user's.
    static QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("GatehouseTests"));
}

QJsonObject tst_RunGroups::generic(const QString &title, const QString &externalId,
                                   const QString &runId)
{
    QJsonObject body{{QStringLiteral("title"), title},
                     {QStringLiteral("callbackUrl"), QStringLiteral("http://127.0.0.1:9/cb")},
                     {QStringLiteral("externalId"), externalId},
                     {QStringLiteral("pipeline"), QStringLiteral("shop")},
                     {QStringLiteral("stage"), QStringLiteral("deploy")}};
    if (!runId.isEmpty())
        body.insert(QStringLiteral("runId"), runId);
    return body;
}

qint64 tst_RunGroups::post(const TestCore &core, const QJsonObject &body)
{
    const TestReply reply = TestHttp::postJson(core.url(QStringLiteral("/hooks/generic")), body,
                                               TestCore::webhookAuth());
    if (reply.status != 201)
        qWarning("POST /hooks/generic: %d %s", reply.status, reply.body.constData());
    return reply.json().value(QStringLiteral("id")).toInteger();
}

void tst_RunGroups::sameRunSharesAGroupOtherRunsDoNot()
{
    TestCore core;
    QVERIFY(core.listen());
    const qint64 eu = post(core,
                           generic(QStringLiteral("Deploy shop 3.1 eu"), QStringLiteral("a1"),
                                   QStringLiteral("run-41")));
    const qint64 us = post(core,
                           generic(QStringLiteral("Deploy shop 3.1 us"), QStringLiteral("a2"),
                                   QStringLiteral("run-41")));
    const qint64 next = post(core,
                             generic(QStringLiteral("Deploy shop 3.1.1"), QStringLiteral("b1"),
                                     QStringLiteral("run-42")));
    QVERIFY(eu > 0 && us > 0 && next > 0);
    const QString euGroup = core.engine->approval(eu)->groupKey;
    QCOMPARE(euGroup, QStringLiteral("generic:shop/deploy/run-41"));
    QCOMPARE(core.engine->approval(us)->groupKey, euGroup);
    QCOMPARE(core.engine->approval(next)->groupKey, QStringLiteral("generic:shop/deploy/run-42"));
    QCOMPARE(core.engine->approval(next)->metadata.value(QStringLiteral("runId")).toString(),
             QStringLiteral("run-42"));
}

void tst_RunGroups::withoutRunIdEachApprovalStandsAlone()
{
    // Two runs of the same pipeline and stage that name no run: nothing tells them
    // apart, so neither joins a group (the old rule grouped them by pipeline and stage).
    TestCore core;
    QVERIFY(core.listen());
    const qint64 first =
            post(core, generic(QStringLiteral("Deploy shop 3.1"), QStringLiteral("n1"), {}));
    const qint64 second =
            post(core, generic(QStringLiteral("Deploy shop 3.1.1"), QStringLiteral("n2"), {}));
    QVERIFY(first > 0 && second > 0);
    QCOMPARE(core.engine->approval(first)->groupKey, QString());
    QCOMPARE(core.engine->approval(second)->groupKey, QString());

    // A runId that is not a string is refused like any other bad optional field.
    QJsonObject bad = generic(QStringLiteral("Deploy"), QStringLiteral("n3"), {});
    bad.insert(QStringLiteral("runId"), 42);
    const TestReply reply = TestHttp::postJson(core.url(QStringLiteral("/hooks/generic")), bad,
                                               TestCore::webhookAuth());
    QCOMPARE(reply.status, 400);
    QVERIFY2(reply.json()
                     .value(QStringLiteral("detail"))
                     .toString()
                     .contains(QLatin1String("runId")),
             reply.body.constData());
    QCOMPARE(core.engine->countApprovals(std::nullopt), 2); // nothing half written
}

void tst_RunGroups::namesWithSlashesCannotCollide()
{
    const QString run = QStringLiteral("7");
    QVERIFY(GenericConnector::groupKey(QStringLiteral("a/b"), QStringLiteral("c"), run)
            != GenericConnector::groupKey(QStringLiteral("a"), QStringLiteral("b/c"), run));
    QVERIFY(GenericConnector::groupKey(QStringLiteral("a"), QStringLiteral("b"),
                                       QStringLiteral("c/d"))
            != GenericConnector::groupKey(QStringLiteral("a"), QStringLiteral("b/c"),
                                          QStringLiteral("d")));
}

void tst_RunGroups::rejectedEarlierRunDoesNotFailANewRun()
{
    // The issue as reported: run 41 was rejected; the new "Deploy shop 3.1.1" of run 42
    // (same pipeline and stage) must show its own group as waiting, not failed.
    TestCore core;
    QVERIFY(core.listen());
    const qint64 old = post(core,
                            generic(QStringLiteral("Deploy shop 3.1"), QStringLiteral("a1"),
                                    QStringLiteral("run-41")));
    QVERIFY(old > 0);
    const TestReply rejected = TestHttp::send(
            QStringLiteral("POST"), core.url(QStringLiteral("/api/approvals/%1/reject").arg(old)),
            R"({"decidedBy":"erin","comment":"tests red"})", core.operatorAuth());
    QCOMPARE(rejected.status, 200);
    const qint64 fresh = post(core,
                              generic(QStringLiteral("Deploy shop 3.1.1"), QStringLiteral("b1"),
                                      QStringLiteral("run-42")));
    const qint64 sibling = post(core,
                                generic(QStringLiteral("Deploy shop 3.1.1 us"),
                                        QStringLiteral("b2"), QStringLiteral("run-42")));
    QVERIFY(fresh > 0 && sibling > 0);

    ApprovalTableModel model;
    model.setApprovals(core.engine->approvals(ApprovalQuery{}));
    QCOMPARE(model.rowCount(), 3);
    const QModelIndex freshRow = model.index(model.rowOf(fresh), 0);
    QCOMPARE(freshRow.data(ApprovalTableModel::GroupStateRole).toInt(),
             int(ApprovalTableModel::GroupState::Waiting));
    const QModelIndex oldRow = model.index(model.rowOf(old), 0);
    QCOMPARE(oldRow.data(ApprovalTableModel::GroupStateRole).toInt(),
             int(ApprovalTableModel::GroupState::None)); // alone in its run now

    // The members the detail pane lists come from these rows: run 42's two, oldest first.
    const QVector<GroupMember> members = GroupMembers::of(model, *model.approvalById(fresh));
    QCOMPARE(members.size(), 2);
    QCOMPARE(members.at(0).id, fresh);
    QCOMPARE(members.at(1).id, sibling);
    QCOMPARE(members.at(1).title, QStringLiteral("Deploy shop 3.1.1 us"));
    QVERIFY(GroupMembers::of(model, *model.approvalById(old)).isEmpty());
}

void tst_RunGroups::detailPaneListsTheGroupMembers()
{
    QTemporaryDir dir;
    FakeHttpServer target;
    QVERIFY(target.start());
    ServiceConfig config = TestService::config(dir.path(), "group-test-token");
    TestService::acceptToken(config, {QStringLiteral("generic")});
    ServiceThread service;
    QString error;
    QVERIFY2(service.start(config, &error), qPrintable(error));
    ConsoleSettings::open()->setValue(QStringLiteral("ui/undoSeconds"), 0);
    MainWindow window(service.service()->engine(), QStringLiteral("http://127.0.0.1"),
                      "group-test-token");
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const auto postHook = [&](const QString &title, const QString &externalId,
                              const QString &runId) {
        QJsonObject body = generic(title, externalId, runId);
        body.insert(QStringLiteral("callbackUrl"), target.url(QStringLiteral("/cb")).toString());
        const QUrl url(
                QStringLiteral("http://127.0.0.1:%1/hooks/generic").arg(service.service()->port()));
        return TestHttp::postJson(url, body, {{"Authorization", "Bearer hook-secret"}})
                .json()
                .value(QStringLiteral("id"))
                .toInteger();
    };
    const qint64 eu = postHook(QStringLiteral("Deploy shop eu"), QStringLiteral("g1"),
                               QStringLiteral("run-9"));
    const qint64 us = postHook(QStringLiteral("Deploy shop us"), QStringLiteral("g2"),
                               QStringLiteral("run-9"));
    const qint64 lone = postHook(QStringLiteral("Deploy shop other run"), QStringLiteral("g3"),
                                 QStringLiteral("run-10"));
    QVERIFY(eu > 0 && us > 0 && lone > 0);

    GroupMembersList *box = window.detailPane()->groupMembers();
    QListWidget *list = box->list();
    QVERIFY(WindowClicks::selectRowOf(window, us));
    QTRY_COMPARE(list->count(), 2);
    QVERIFY(box->isVisible());
    QCOMPARE(list->item(0)->text(), QStringLiteral("Deploy shop eu · Pending"));
    QCOMPARE(list->item(1)->text(), QStringLiteral("Deploy shop us · Pending"));
    QVERIFY(list->item(1)->font().bold()); // the shown one
    QCOMPARE(list->item(0)->data(Qt::UserRole).toLongLong(), eu);

    // A decision elsewhere on the other member shows up in the list while it is shown.
    const QUrl api(QStringLiteral("http://127.0.0.1:%1/api/approvals/%2/reject")
                           .arg(service.service()->port())
                           .arg(eu));
    QCOMPARE(TestHttp::send(QStringLiteral("POST"), api, R"({"decidedBy":"erin"})",
                            {{"Authorization", "Bearer group-test-token"}})
                     .status,
             200);
    const auto firstText = [list] {
        return list->count() > 0 ? list->item(0)->text() : QString();
    };
    QTRY_VERIFY2(firstText().startsWith(QStringLiteral("Deploy shop eu · Rejected")),
                 qPrintable(firstText()));
    QCOMPARE(list->count(), 2);

    // The other run's approval is alone: no group section.
    QVERIFY(WindowClicks::selectRowOf(window, lone));
    QCOMPARE(list->count(), 0);
    QVERIFY(!box->isVisible());
}

QTEST_MAIN(tst_RunGroups)
#include "tst_rungroups.moc"
