// Who decided, proven, and the rules that need it (issue 13 items 5, 6 and 8): four
// eyes, quorum and approver groups, refused and accepted through the real control API
// and the window (real clicks, offscreen), on SQLite and PostgreSQL; personal API tokens
// (create, use, last use, revoke); and two consoles connected as two PostgreSQL roles,
// each decision recorded as its role.
#include "core/engine.h"
#include "gates/policyfile.h"
#include "models/approvaltablemodel.h"
#include "service/gatehouseservice.h"
#include "service/settingsservice.h"
#include "support/fakehttpserver.h"
#include "support/messageboxanswer.h"
#include "support/testdatabase.h"
#include "support/testhttp.h"
#include "support/testservice.h"
#include "support/windowclicks.h"
#include "ui/apitokensdialog.h"
#include "ui/consolesettings.h"
#include "ui/detailpane.h"
#include "ui/mainwindow.h"
#include "ui/settingsdialog.h"
#include "ui/trayicon.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

class tst_Identity : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data();
    void initTestCase();
    void fourEyesThroughTheApi();
    void quorumThroughTheApi();
    void approverGroupsThroughTheApi();
    void personalTokenLifecycle();
    void tokensDialogCreatesAndRevokes();
    void linkRefusedWhereAPersonIsNeeded();
    void policiesPageEditsApproverRules();
    void policyFileChecksApproverRules();
    void windowRefusesAndDecidesAsTheConsoleUser();
    void twoRolesDecideInTwoConsoles();

private:
    struct Instance
    {
        std::unique_ptr<ServiceThread> service = std::make_unique<ServiceThread>();
        quint16 port() const { return service->service()->port(); }
        Engine *engine() const { return service->service()->engine(); }
    };
    // A service on `location` with the given policies (JSON objects), its own vault.
    static bool start(Instance &instance, const TestDatabase &db, const QString &location,
                      const QJsonArray &policies);
    static QByteArray createToken(Instance &instance, const QString &owner);
    static qint64 webhook(quint16 port, const QString &externalId, const QJsonObject &extra,
                          const QUrl &callback = QUrl(QStringLiteral("http://127.0.0.1:9/cb")));
    static TestReply decide(quint16 port, qint64 id, bool approve, const QByteArray &token);
    static TestReply show(quint16 port, qint64 id);
    static QString timelineText(const TestReply &shown);
    static QString uniqueRole(const QString &stem);
    static bool waitForDecision(MainWindow &window, qint64 id, ApprovalState state);
};

void tst_Identity::initTestCase_data()
{
    TestDatabase::addEngines();
}

void tst_Identity::initTestCase()
{
    static QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("GatehouseTests"));
    // The single seat's decider is the OS user.
    qputenv("USER", "carol");
}

bool tst_Identity::start(Instance &instance, const TestDatabase &db, const QString &location,
                         const QJsonArray &policies)
{
    ServiceConfig config = TestService::config(db.tempDir(), "operator-token");
    config.databasePath = location;
    TestService::acceptToken(config, {QStringLiteral("generic")});
    if (!policies.isEmpty()) {
        config.policyFile = db.tempDir() + QStringLiteral("/policies.json");
        QFile file(config.policyFile);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("policies"), policies}}).toJson());
    }
    return TestService::start(*instance.service, config);
}

QByteArray tst_Identity::createToken(Instance &instance, const QString &owner)
{
    Engine *engine = instance.engine();
    QByteArray token;
    QMetaObject::invokeMethod(
            engine,
            [&] {
                QString error;
                if (const auto created = engine->personalTokens().create(
                            QStringLiteral("%1's laptop").arg(owner), owner, &error))
                    token = created->token;
                else
                    qWarning() << error;
            },
            Qt::BlockingQueuedConnection);
    return token;
}

qint64 tst_Identity::webhook(quint16 port, const QString &externalId, const QJsonObject &extra,
                             const QUrl &callback)
{
    QJsonObject body{{QStringLiteral("title"), QStringLiteral("Release %1").arg(externalId)},
                     {QStringLiteral("externalId"), externalId},
                     {QStringLiteral("callbackUrl"), callback.toString()}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    const TestReply reply =
            TestHttp::postJson(QUrl(QStringLiteral("http://127.0.0.1:%1/hooks/generic").arg(port)),
                               body, {{"Authorization", "Bearer hook-secret"}});
    if (reply.status != 201)
        qWarning() << reply.status << reply.body;
    return reply.json().value(QStringLiteral("id")).toInteger();
}

TestReply tst_Identity::decide(quint16 port, qint64 id, bool approve, const QByteArray &token)
{
    return TestHttp::send(
            QStringLiteral("POST"),
            QUrl(QStringLiteral("http://127.0.0.1:%1/api/approvals/%2/%3")
                         .arg(port)
                         .arg(id)
                         .arg(approve ? QStringLiteral("approve") : QStringLiteral("reject"))),
            "{}", {{"Authorization", "Bearer " + token}, {"Content-Type", "application/json"}});
}

TestReply tst_Identity::show(quint16 port, qint64 id)
{
    return TestHttp::send(
            QStringLiteral("GET"),
            QUrl(QStringLiteral("http://127.0.0.1:%1/api/approvals/%2").arg(port).arg(id)), {},
            {{"Authorization", "Bearer operator-token"}});
}

QString tst_Identity::timelineText(const TestReply &shown)
{
    QStringList lines;
    for (const QJsonValue &entry : shown.json().value(QStringLiteral("timeline")).toArray())
        lines.append(entry.toObject().value(QStringLiteral("message")).toString());
    return lines.join(QLatin1Char('\n'));
}

QString tst_Identity::uniqueRole(const QString &stem)
{
    return QStringLiteral("%1_%2_%3")
            .arg(stem)
            .arg(QCoreApplication::applicationPid())
            .arg(QRandomGenerator::system()->generate() % 1000000);
}

bool tst_Identity::waitForDecision(MainWindow &window, qint64 id, ApprovalState state)
{
    return QTest::qWaitFor([&] {
        const Approval *a = window.approvalModel()->approvalById(id);
        return a && a->state == state;
    });
}

void tst_Identity::fourEyesThroughTheApi()
{
    TestDatabase db;
    GATEHOUSE_CREATE_TEST_DATABASE(db);
    Instance gatehouse;
    QVERIFY(start(gatehouse, db, db.location(),
                  {QJsonObject{{QStringLiteral("name"), QStringLiteral("prod four eyes")},
                               {QStringLiteral("match"),
                                QJsonObject{{QStringLiteral("environment"),
                                             QStringLiteral("production")}}},
                               {QStringLiteral("fourEyes"), true}}}));
    const QByteArray anna = createToken(gatehouse, QStringLiteral("anna"));
    const QByteArray bob = createToken(gatehouse, QStringLiteral("bob"));
    QVERIFY(!anna.isEmpty() && !bob.isEmpty());

    const qint64 id = webhook(gatehouse.port(), QStringLiteral("r1"),
                              {{QStringLiteral("environment"), QStringLiteral("production")},
                               {QStringLiteral("requestedBy"), QStringLiteral("anna")}});
    QVERIFY(id > 0);
    // The requester may not approve her own run ...
    const TestReply own = decide(gatehouse.port(), id, true, anna);
    QCOMPARE(own.status, 403);
    QCOMPARE(own.json().value(QStringLiteral("error")).toString(), QStringLiteral("not allowed"));
    QVERIFY2(own.json()
                     .value(QStringLiteral("detail"))
                     .toString()
                     .contains(QStringLiteral("four eyes")),
             own.body);
    // ... nor can the shared operator token, which names nobody (a typed decidedBy
    // proves nothing) ...
    const TestReply shared = TestHttp::send(
            QStringLiteral("POST"),
            QUrl(QStringLiteral("http://127.0.0.1:%1/api/approvals/%2/approve")
                         .arg(gatehouse.port())
                         .arg(id)),
            R"({"decidedBy":"bob"})",
            {{"Authorization", "Bearer operator-token"}, {"Content-Type", "application/json"}});
    QCOMPARE(shared.status, 403);
    QCOMPARE(show(gatehouse.port(), id).json().value(QStringLiteral("state")).toString(),
             QStringLiteral("pending"));
    // ... someone else may, and is recorded by the token's owner.
    const TestReply other = decide(gatehouse.port(), id, true, bob);
    QCOMPARE(other.status, 200);
    QCOMPARE(other.json().value(QStringLiteral("decidedBy")).toString(), QStringLiteral("bob"));

    // Outside the policy's match, the requester approves her own run.
    const qint64 staging = webhook(gatehouse.port(), QStringLiteral("r2"),
                                   {{QStringLiteral("environment"), QStringLiteral("staging")},
                                    {QStringLiteral("requestedBy"), QStringLiteral("anna")}});
    QCOMPARE(decide(gatehouse.port(), staging, true, anna).status, 200);
}

void tst_Identity::quorumThroughTheApi()
{
    TestDatabase db;
    GATEHOUSE_CREATE_TEST_DATABASE(db);
    FakeHttpServer target;
    QVERIFY(target.start());
    Instance gatehouse;
    QVERIFY(start(gatehouse, db, db.location(),
                  {QJsonObject{{QStringLiteral("name"), QStringLiteral("two people")},
                               {QStringLiteral("quorum"), 2}}}));
    const QByteArray anna = createToken(gatehouse, QStringLiteral("anna"));
    const QByteArray bob = createToken(gatehouse, QStringLiteral("bob"));

    const qint64 id = webhook(gatehouse.port(), QStringLiteral("q1"), {},
                              target.url(QStringLiteral("/cb/q1")));
    QVERIFY(id > 0);
    // The first approval is a vote: recorded, still pending, nothing queued to send.
    const TestReply first = decide(gatehouse.port(), id, true, anna);
    QCOMPARE(first.status, 202);
    QCOMPARE(first.json().value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
    TestReply shown = show(gatehouse.port(), id);
    QCOMPARE(shown.json().value(QStringLiteral("delivery")).toString(), QStringLiteral("none"));
    QVERIFY2(timelineText(shown).contains(QStringLiteral("1 of 2 approvals: anna")), shown.body);
    // The same person twice is not two approvals.
    const TestReply again = decide(gatehouse.port(), id, true, anna);
    QCOMPARE(again.status, 403);
    QVERIFY2(again.json()
                     .value(QStringLiteral("detail"))
                     .toString()
                     .contains(QStringLiteral("approved already")),
             again.body);
    // The second person completes the quorum: decided, and the callback goes out once.
    const TestReply second = decide(gatehouse.port(), id, true, bob);
    QCOMPARE(second.status, 200);
    QCOMPARE(second.json().value(QStringLiteral("state")).toString(), QStringLiteral("approved"));
    QCOMPARE(second.json().value(QStringLiteral("decidedBy")).toString(), QStringLiteral("bob"));
    QTRY_COMPARE_WITH_TIMEOUT(target.requests.size(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(
            show(gatehouse.port(), id).json().value(QStringLiteral("delivery")).toString(),
            QStringLiteral("delivered"), 10000);
    QCOMPARE(target.requests.size(), 1);
    QVERIFY(timelineText(show(gatehouse.port(), id))
                    .contains(QStringLiteral("2 of 2 approvals: anna, bob")));

    // One rejection rejects, whatever the votes so far.
    const qint64 other = webhook(gatehouse.port(), QStringLiteral("q2"), {},
                                 target.url(QStringLiteral("/cb/q2")));
    QCOMPARE(decide(gatehouse.port(), other, true, anna).status, 202);
    const TestReply rejected = decide(gatehouse.port(), other, false, bob);
    QCOMPARE(rejected.status, 200);
    QCOMPARE(rejected.json().value(QStringLiteral("state")).toString(), QStringLiteral("rejected"));
}

void tst_Identity::approverGroupsThroughTheApi()
{
    TestDatabase db;
    GATEHOUSE_CREATE_TEST_DATABASE(db);
    // On the single seat the policy lists users; in team mode it names a PostgreSQL
    // role, and its members may decide.
    QString anna = QStringLiteral("anna");
    QString allowed = anna;
    QStringList roles;
    const auto dropRoles = qScopeGuard([&] {
        QString why;
        for (const QString &role : std::as_const(roles))
            TestDatabase::runOnServer(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role), &why);
    });
    if (db.isPostgres()) {
        allowed = uniqueRole(QStringLiteral("approvers"));
        anna = uniqueRole(QStringLiteral("anna"));
        roles = {anna, allowed};
        QString why;
        QVERIFY2(TestDatabase::runOnServer(QStringLiteral("CREATE ROLE %1").arg(allowed), &why),
                 qPrintable(why));
        QVERIFY2(TestDatabase::runOnServer(
                         QStringLiteral("CREATE ROLE %1 IN ROLE %2").arg(anna, allowed), &why),
                 qPrintable(why));
    }
    Instance gatehouse;
    QVERIFY(start(gatehouse, db, db.location(),
                  {QJsonObject{{QStringLiteral("name"), QStringLiteral("release managers")},
                               {QStringLiteral("approvers"), QJsonArray{allowed}}}}));
    const QByteArray annaToken = createToken(gatehouse, anna);
    const QByteArray bobToken = createToken(gatehouse, QStringLiteral("bob"));

    const qint64 id = webhook(gatehouse.port(), QStringLiteral("g1"), {});
    for (const bool approve : {true, false}) {
        const TestReply refused = decide(gatehouse.port(), id, approve, bobToken);
        QCOMPARE(refused.status, 403);
        QVERIFY2(refused.json()
                         .value(QStringLiteral("detail"))
                         .toString()
                         .contains(QStringLiteral("Only %1 may decide").arg(allowed)),
                 refused.body);
    }
    const TestReply accepted = decide(gatehouse.port(), id, true, annaToken);
    QCOMPARE(accepted.status, 200);
    QCOMPARE(accepted.json().value(QStringLiteral("decidedBy")).toString(), anna);
}

void tst_Identity::personalTokenLifecycle()
{
    TestDatabase db;
    GATEHOUSE_CREATE_TEST_DATABASE(db);
    Instance gatehouse;
    QVERIFY(start(gatehouse, db, db.location(), {}));
    const QByteArray token = createToken(gatehouse, QStringLiteral("anna"));
    QVERIFY(token.startsWith("gatehouse_"));
    Engine *engine = gatehouse.engine();
    const auto tokens = [engine] {
        QVector<ApiTokenRecord> list;
        QMetaObject::invokeMethod(
                engine, [&] { list = engine->personalTokens().list(); },
                Qt::BlockingQueuedConnection);
        return list;
    };
    QVector<ApiTokenRecord> listed = tokens();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().owner, QStringLiteral("anna"));
    QVERIFY(!listed.first().lastUsedAt.isValid());
    QVERIFY(listed.first().tokenHash != token); // only the hash is kept
    QVERIFY(!listed.first().tokenHash.contains(token.mid(10, 20)));

    const QUrl list(QStringLiteral("http://127.0.0.1:%1/api/approvals").arg(gatehouse.port()));
    QCOMPARE(TestHttp::send(QStringLiteral("GET"), list, {}, {{"Authorization", "Bearer " + token}})
                     .status,
             200);
    listed = tokens();
    QVERIFY(listed.first().lastUsedAt.isValid());
    // An API decision names the token's owner, whatever the body says.
    const qint64 id = webhook(gatehouse.port(), QStringLiteral("t1"), {});
    const TestReply decided = TestHttp::send(
            QStringLiteral("POST"),
            QUrl(QStringLiteral("http://127.0.0.1:%1/api/approvals/%2/approve")
                         .arg(gatehouse.port())
                         .arg(id)),
            R"({"decidedBy":"somebody else"})",
            {{"Authorization", "Bearer " + token}, {"Content-Type", "application/json"}});
    QCOMPARE(decided.status, 200);
    QCOMPARE(decided.json().value(QStringLiteral("decidedBy")).toString(), QStringLiteral("anna"));

    bool revoked = false;
    const qint64 tokenId = listed.first().id;
    QMetaObject::invokeMethod(
            engine, [&] { revoked = engine->personalTokens().revoke(tokenId); },
            Qt::BlockingQueuedConnection);
    QVERIFY(revoked);
    QVERIFY(tokens().first().revokedAt.isValid());
    const TestReply refused =
            TestHttp::send(QStringLiteral("GET"), list, {}, {{"Authorization", "Bearer " + token}});
    QCOMPARE(refused.status, 401);
    QCOMPARE(refused.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("unauthorized"));
    // The shared operator token keeps working beside the personal ones.
    QCOMPARE(TestHttp::send(QStringLiteral("GET"), list, {},
                            {{"Authorization", "Bearer operator-token"}})
                     .status,
             200);
}

void tst_Identity::tokensDialogCreatesAndRevokes()
{
    TestDatabase db;
    GATEHOUSE_CREATE_TEST_DATABASE(db);
    Instance gatehouse;
    QVERIFY(start(gatehouse, db, db.location(), {}));
    const QString me = gatehouse.engine()->decisionRules()->consoleDecider().name;
    ApiTokensDialog dialog(gatehouse.engine());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.nameField(), QStringLiteral("release script"));
    QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
    // Shown once, with Copy; listed with its owner and "never" used.
    const QByteArray token = dialog.newTokenField()->text().toLatin1();
    QVERIFY(token.startsWith("gatehouse_"));
    QVERIFY(dialog.copyButton()->isVisible());
    QTableWidget *table = dialog.table();
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("release script"));
    QCOMPARE(table->item(0, 1)->text(), me);
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("never"));

    const qint64 id = webhook(gatehouse.port(), QStringLiteral("d1"), {});
    const TestReply decided = decide(gatehouse.port(), id, false, token);
    QCOMPARE(decided.status, 200);
    QCOMPARE(decided.json().value(QStringLiteral("decidedBy")).toString(), me);

    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualItemRect(table->item(0, 0)).center());
    QVERIFY(dialog.revokeButton()->isEnabled());
    QTest::mouseClick(dialog.revokeButton(), Qt::LeftButton);
    QVERIFY(table->item(0, 4)->text().startsWith(QStringLiteral("revoked")));
    QVERIFY(table->item(0, 3)->text() != QStringLiteral("never")); // the use above
    QCOMPARE(
            TestHttp::send(
                    QStringLiteral("GET"),
                    QUrl(QStringLiteral("http://127.0.0.1:%1/api/approvals").arg(gatehouse.port())),
                    {}, {{"Authorization", "Bearer " + token}})
                    .status,
            401);
}

void tst_Identity::linkRefusedWhereAPersonIsNeeded()
{
    TestDatabase db;
    GATEHOUSE_CREATE_TEST_DATABASE(db);
    Instance gatehouse;
    QVERIFY(start(gatehouse, db, db.location(),
                  {QJsonObject{{QStringLiteral("name"), QStringLiteral("prod")},
                               {QStringLiteral("match"),
                                QJsonObject{{QStringLiteral("environment"),
                                             QStringLiteral("production")}}},
                               {QStringLiteral("fourEyes"), true}}}));
    Engine *engine = gatehouse.engine();
    QByteArray link[2];
    qint64 ids[2] = {0, 0};
    const QString environments[2] = {QStringLiteral("production"), QStringLiteral("staging")};
    for (int i = 0; i < 2; ++i) {
        ids[i] = webhook(gatehouse.port(), QStringLiteral("l%1").arg(i),
                         {{QStringLiteral("environment"), environments[i]}});
        const qint64 id = ids[i];
        QMetaObject::invokeMethod(
                engine,
                [&, i, id] {
                    if (const auto issued =
                                engine->issueActionToken(id, ActionTokens::decidePurpose, 60000))
                        link[i] = issued->token;
                },
                Qt::BlockingQueuedConnection);
        QVERIFY(!link[i].isEmpty());
    }
    const auto post = [&](const QByteArray &token) {
        return TestHttp::send(QStringLiteral("POST"),
                              QUrl(QStringLiteral("http://127.0.0.1:%1/act/%2")
                                           .arg(gatehouse.port())
                                           .arg(QString::fromLatin1(token))),
                              "decision=approve",
                              {{"Content-Type", "application/x-www-form-urlencoded"}});
    };
    // A link names nobody: under four eyes it cannot approve, and stays unused.
    const TestReply refused = post(link[0]);
    QCOMPARE(refused.status, 403);
    QVERIFY2(refused.body.contains("needs to know who decides"), refused.body);
    QCOMPARE(show(gatehouse.port(), ids[0]).json().value(QStringLiteral("state")).toString(),
             QStringLiteral("pending"));
    // Where no rule needs a person, the link decides as before.
    QCOMPARE(post(link[1]).status, 200);
}

void tst_Identity::policiesPageEditsApproverRules()
{
    TestDatabase db;
    GATEHOUSE_CREATE_TEST_DATABASE(db);
    const QString ini = db.tempDir() + QStringLiteral("/Gatehouse.conf");
    ConsoleSettings::setFile(ini);
    const auto resetSettings = qScopeGuard([] { ConsoleSettings::setFile({}); });
    Instance gatehouse;
    QVERIFY(start(gatehouse, db, db.location(), {}));
    {
        SettingsDialog dialog{SettingsService(gatehouse.service->service())};
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTabBar *bar = dialog.tabs()->tabBar();
        for (int i = 0; i < bar->count(); ++i) {
            if (bar->tabText(i).remove(QLatin1Char('&')) == QLatin1String("Policies"))
                QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(i).center());
        }
        for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
            if (button->accessibleName() == QLatin1String("Add policy"))
                QTest::mouseClick(button, Qt::LeftButton);
        }
        for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
            if (edit->accessibleName() == QLatin1String("Policy name")) {
                edit->selectAll();
                QTest::keyClicks(edit, QStringLiteral("two people"));
            }
        }
        // A policy of approver rules alone: its default gate goes.
        for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
            if (button->accessibleName() == QLatin1String("Remove gate"))
                QTest::mouseClick(button, Qt::LeftButton);
        }
        auto *fourEyes = dialog.findChild<QCheckBox *>(QStringLiteral("fourEyes"));
        auto *quorum = dialog.findChild<QSpinBox *>(QStringLiteral("quorum"));
        auto *approvers = dialog.findChild<QLineEdit *>(QStringLiteral("approvers"));
        QVERIFY(fourEyes && quorum && approvers);
        QTest::mouseClick(fourEyes, Qt::LeftButton, {}, QPoint(4, fourEyes->height() / 2));
        QVERIFY(fourEyes->isChecked());
        QTest::mouseClick(quorum, Qt::LeftButton);
        quorum->selectAll();
        QTest::keyClicks(quorum, QStringLiteral("2"));
        QTest::mouseClick(approvers, Qt::LeftButton);
        QTest::keyClicks(approvers, QStringLiteral("anna, bob"));
        // A new policy is a change that asks first.
        MessageBoxAnswer confirm(QStringLiteral("policyChangesConfirm"), QMessageBox::Save);
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                          Qt::LeftButton);
        QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(dialog.message()));
    }
    // The file holds the rules ...
    QString error;
    const auto saved = PolicyFile::load(QSettings(ini, QSettings::IniFormat)
                                                .value(QStringLiteral("gates/policyFile"))
                                                .toString(),
                                        &error);
    QVERIFY2(saved, qPrintable(error));
    QCOMPARE(saved->first().gates.size(), 0);
    QCOMPARE(saved->first().rules.fourEyes, true);
    QCOMPARE(saved->first().rules.quorum, 2);
    QCOMPARE(saved->first().rules.approvers,
             (QStringList{QStringLiteral("anna"), QStringLiteral("bob")}));
    // ... and the running service applies them at once.
    const qint64 id = webhook(gatehouse.port(), QStringLiteral("p1"),
                              {{QStringLiteral("requestedBy"), QStringLiteral("bob")}});
    QCOMPARE(decide(gatehouse.port(), id, true, createToken(gatehouse, QStringLiteral("carl")))
                     .status,
             403); // not an approver
    QCOMPARE(decide(gatehouse.port(), id, true, createToken(gatehouse, QStringLiteral("bob")))
                     .status,
             403); // requested it
    QCOMPARE(decide(gatehouse.port(), id, true, createToken(gatehouse, QStringLiteral("anna")))
                     .status,
             202); // one of two
}

void tst_Identity::policyFileChecksApproverRules()
{
    QString error;
    // Rules alone need no gates ...
    auto parsed = PolicyFile::parse(
            R"({"policies":[{"name":"p","fourEyes":true,"quorum":3,"approvers":["ops"]}]})",
            &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->first().gates.size(), 0);
    QCOMPARE(parsed->first().rules.quorum, 3);
    // ... but a policy without rules still does, and so does "gates only" (it would
    // approve with nothing to check).
    QVERIFY(!PolicyFile::parse(R"({"policies":[{"name":"p"}]})", &error));
    QVERIFY(error.contains(QStringLiteral("gates")));
    QVERIFY(!PolicyFile::parse(R"({"policies":[{"name":"p","quorum":2,"order":"gatesOnly"}]})",
                               &error));
    QVERIFY(error.contains(QStringLiteral("gates")));
    const char *bad[][2] = {
            {R"({"policies":[{"name":"p","quorum":0}]})", "quorum"},
            {R"({"policies":[{"name":"p","quorum":21}]})", "quorum"},
            {R"({"policies":[{"name":"p","fourEyes":"yes"}]})", "fourEyes"},
            {R"({"policies":[{"name":"p","approvers":"ops"}]})", "approvers"},
            {R"({"policies":[{"name":"p","approvers":["ops",""]}]})", "approvers"},
            {R"({"policies":[{"name":"p","approvers":[7]}]})", "approvers"},
    };
    for (const auto &[json, field] : bad) {
        QVERIFY2(!PolicyFile::parse(QByteArray(json), &error), json);
        QVERIFY2(error.contains(QLatin1String(field)), qPrintable(error));
    }
}

void tst_Identity::windowRefusesAndDecidesAsTheConsoleUser()
{
    TestDatabase db;
    GATEHOUSE_CREATE_TEST_DATABASE(db);
    FakeHttpServer target;
    QVERIFY(target.start());
    Instance gatehouse;
    QVERIFY(start(
            gatehouse, db, db.location(),
            {QJsonObject{
                     {QStringLiteral("name"), QStringLiteral("prod")},
                     {QStringLiteral("match"),
                      QJsonObject{{QStringLiteral("environment"), QStringLiteral("production")}}},
                     {QStringLiteral("fourEyes"), true}},
             QJsonObject{{QStringLiteral("name"), QStringLiteral("staging")},
                         {QStringLiteral("match"),
                          QJsonObject{{QStringLiteral("environment"), QStringLiteral("staging")}}},
                         {QStringLiteral("quorum"), 2}}}));
    // The console's user: the OS user on SQLite, the authenticated role on PostgreSQL.
    const QString me = gatehouse.engine()->decisionRules()->consoleDecider().name;
    if (db.isPostgres())
        QCOMPARE(me, QUrl(db.location()).userName());
    else
        QCOMPARE(me, QStringLiteral("carol"));

    ConsoleSettings::open()->setValue(QStringLiteral("ui/undoSeconds"), 0);
    MainWindow window(gatehouse.engine(), QStringLiteral("http://127.0.0.1"), "operator-token");
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // Four eyes: my own run's Approve is disabled and says why; Reject stays.
    const qint64 mine = webhook(gatehouse.port(), QStringLiteral("w1"),
                                {{QStringLiteral("environment"), QStringLiteral("production")},
                                 {QStringLiteral("requestedBy"), me}},
                                target.url(QStringLiteral("/cb/w1")));
    QVERIFY(WindowClicks::selectRowOf(window, mine));
    DetailPane *pane = window.detailPane();
    QVERIFY(!pane->approveButton()->isEnabled());
    QVERIFY(pane->rejectButton()->isEnabled());
    QVERIFY(!window.approveAction()->isEnabled());
    QVERIFY2(pane->refusalLabel()->isVisible()
                     && pane->refusalLabel()->text().contains(QStringLiteral("four eyes")),
             qPrintable(pane->refusalLabel()->text()));
    QVERIFY(pane->approveButton()->toolTip().contains(QStringLiteral("four eyes")));
    // The tray's menu disables the same Approve and says why ...
    window.trayIcon()->refreshMenu();
    QMenu *trayItem = nullptr;
    for (QAction *action : window.trayIcon()->menu()->actions()) {
        if (action->menu() && action->text() == QLatin1String("Release w1"))
            trayItem = action->menu();
    }
    QVERIFY(trayItem);
    QVERIFY(!trayItem->actions().at(0)->isEnabled());
    QVERIFY(trayItem->actions().at(0)->toolTip().contains(QStringLiteral("four eyes")));
    QVERIFY(trayItem->actions().at(1)->isEnabled());
    // ... and a tray decision that gets through anyway is refused by the engine.
    QSignalSpy finished(gatehouse.engine(), &Engine::decisionFinished);
    window.decideIds({mine}, true, {}, QStringLiteral("tray"));
    // The refusal may come back before decideIds() returns (the engine's thread is quick):
    // wait for it having come, not for a signal still to come.
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 5000);
    QCOMPARE(finished.first().at(1).toBool(), false);
    QVERIFY(finished.first().at(2).toString().contains(QStringLiteral("four eyes")));
    QCOMPARE(window.approvalModel()->approvalById(mine)->state, ApprovalState::Pending);

    // Someone else's run: Approve is enabled, and the click decides as me.
    const qint64 theirs = webhook(gatehouse.port(), QStringLiteral("w2"),
                                  {{QStringLiteral("environment"), QStringLiteral("production")},
                                   {QStringLiteral("requestedBy"), QStringLiteral("dave")}},
                                  target.url(QStringLiteral("/cb/w2")));
    QVERIFY(WindowClicks::selectRowOf(window, theirs));
    QVERIFY(pane->approveButton()->isEnabled());
    QVERIFY(!pane->refusalLabel()->isVisible());
    QTest::mouseClick(pane->approveButton(), Qt::LeftButton);
    QVERIFY(waitForDecision(window, theirs, ApprovalState::Approved));
    QCOMPARE(window.approvalModel()->approvalById(theirs)->decidedBy, me);

    // Quorum: anna's vote through the API shows in the row and the pane; my click
    // completes it.
    const QByteArray anna = createToken(gatehouse, QStringLiteral("anna"));
    const qint64 staged = webhook(gatehouse.port(), QStringLiteral("w3"),
                                  {{QStringLiteral("environment"), QStringLiteral("staging")}},
                                  target.url(QStringLiteral("/cb/w3")));
    QCOMPARE(decide(gatehouse.port(), staged, true, anna).status, 202);
    ApprovalTableModel *model = window.approvalModel();
    QTRY_COMPARE(
            model->index(model->rowOf(staged), ApprovalTableModel::StateColumn).data().toString(),
            QStringLiteral("1 of 2 approvals: anna"));
    QVERIFY(WindowClicks::selectRowOf(window, staged));
    const QList<QLabel *> labels = pane->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
        return label->text() == QLatin1String("1 of 2 approvals: anna");
    }));
    QVERIFY(pane->approveButton()->isEnabled());
    QTest::mouseClick(pane->approveButton(), Qt::LeftButton);
    QVERIFY(waitForDecision(window, staged, ApprovalState::Approved));
    QCOMPARE(model->approvalById(staged)->decidedBy, me);
    QTRY_COMPARE_WITH_TIMEOUT(target.requests.size(), 2, 10000);
}

void tst_Identity::twoRolesDecideInTwoConsoles()
{
    if (TestDatabase::currentEngine() != QLatin1String("postgresql"))
        QSKIP("team mode: PostgreSQL roles");
    // The roles outlive the database (its grants name them): dropped after it.
    const QString annaRole = uniqueRole(QStringLiteral("anna"));
    const QString bobRole = uniqueRole(QStringLiteral("bob"));
    const auto dropRoles = qScopeGuard([&] {
        QString why;
        for (const QString &role : {annaRole, bobRole})
            TestDatabase::runOnServer(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role), &why);
    });
    TestDatabase db;
    GATEHOUSE_CREATE_TEST_DATABASE(db);
    QString why;
    {
        // The owner migrates; each console then logs in as its own role (SCRAM, with the
        // password libpq reads from PGPASSWORD) and is granted the tables.
        Instance owner;
        QVERIFY(start(owner, db, db.location(), {}));
    }
    const QString password =
            qEnvironmentVariable("PGPASSWORD").replace(QLatin1Char('\''), QStringLiteral("''"));
    for (const QString &role : {annaRole, bobRole}) {
        QVERIFY2(TestDatabase::runOnServer(
                         QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(role, password),
                         &why),
                 qPrintable(why));
        for (const QString &grant :
             {// The start creates schema_version IF NOT EXISTS, which asks for CREATE.
              QStringLiteral("GRANT USAGE, CREATE ON SCHEMA public TO %1"),
              QStringLiteral("GRANT ALL ON ALL TABLES IN SCHEMA public TO %1"),
              QStringLiteral("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO %1")})
            QVERIFY2(db.runInDatabase(grant.arg(role), &why), qPrintable(why));
    }
    const auto as = [&](const QString &role) {
        QUrl url(db.location());
        url.setUserName(role);
        return url.toString();
    };
    FakeHttpServer target;
    QVERIFY(target.start());
    const QJsonArray quorum{QJsonObject{{QStringLiteral("name"), QStringLiteral("two roles")},
                                        {QStringLiteral("quorum"), 2}}};
    Instance a, b;
    QVERIFY(start(a, db, as(annaRole), quorum));
    QVERIFY(start(b, db, as(bobRole), quorum));
    QCOMPARE(a.engine()->decisionRules()->consoleDecider().name, annaRole);
    QCOMPARE(b.engine()->decisionRules()->consoleDecider().name, bobRole);

    const qint64 id =
            webhook(a.port(), QStringLiteral("team1"), {}, target.url(QStringLiteral("/cb/team1")));
    QVERIFY(id > 0);
    ConsoleSettings::open()->setValue(QStringLiteral("ui/undoSeconds"), 0);
    MainWindow windowA(a.engine(), QStringLiteral("http://127.0.0.1"), "operator-token");
    MainWindow windowB(b.engine(), QStringLiteral("http://127.0.0.1"), "operator-token");
    windowA.show();
    windowB.show();
    QVERIFY(QTest::qWaitForWindowExposed(&windowB));

    // Anna's click is the first of two approvals ...
    QVERIFY(WindowClicks::selectRowOf(windowA, id));
    QTest::mouseClick(windowA.detailPane()->approveButton(), Qt::LeftButton);
    QTRY_COMPARE(windowA.approvalModel()->approvalById(id)->metadata.contains(
                         QStringLiteral("approvalVotes")),
                 true);
    QCOMPARE(DecisionRules::progress(*windowA.approvalModel()->approvalById(id)),
             QStringLiteral("1 of 2 approvals: %1").arg(annaRole));
    // ... and anna cannot add the second herself.
    QTRY_VERIFY(!windowA.detailPane()->approveButton()->isEnabled());
    // Bob's click in his own console completes it, recorded as his role.
    QVERIFY(WindowClicks::selectRowOf(windowB, id));
    QTest::mouseClick(windowB.detailPane()->approveButton(), Qt::LeftButton);
    QVERIFY(waitForDecision(windowB, id, ApprovalState::Approved));
    QCOMPARE(windowB.approvalModel()->approvalById(id)->decidedBy, bobRole);
    const TestReply shown = show(a.port(), id);
    QCOMPARE(shown.json().value(QStringLiteral("decidedBy")).toString(), bobRole);
    QVERIFY2(timelineText(shown).contains(
                     QStringLiteral("2 of 2 approvals: %1, %2").arg(annaRole, bobRole)),
             shown.body);
    QTRY_COMPARE_WITH_TIMEOUT(target.requests.size(), 1, 10000);
}

QTEST_MAIN(tst_Identity)
#include "tst_identity.moc"
