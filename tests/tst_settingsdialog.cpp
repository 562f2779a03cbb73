// tst_settingsdialog: the settings dialog offscreen, on the real service in its own
// thread, driven with real clicks and typing: a connector secret typed in the dialog
// lands in the vault, takes effect for the next webhook, is not in the settings file
// and is never shown again; an invalid policy is refused with the field and the reason
// next to it and nothing is saved; a valid policy edited in the dialog is what the
// service's gate sampler runs, and decides an approval; a secret gate header goes to
// the vault, not the policy file. And a fan-in that times out is announced in the
// window when there is no tray.
#include "core/engine.h"
#include "gates/gatesampler.h"
#include "gates/policyfile.h"
#include "models/approvaltablemodel.h"
#include "service/gatehouseservice.h"
#include "service/settingsservice.h"
#include "support/dialogclicks.h"
#include "support/messageboxanswer.h"
#include "support/testhttp.h"
#include "support/testlanguages.h"
#include "support/testservice.h"
#include "ui/consolesettings.h"
#include "ui/mainwindow.h"
#include "ui/notificationbanner.h"
#include "ui/settingsdialog.h"
#include "ui/trayicon.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

class tst_SettingsDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void typedSecretGoesToTheVaultAndIsNeverShownAgain();
    void invalidPolicyShowsFieldAndReason();
    void validPolicyIsRunByTheService();
    void secretGateHeaderGoesToTheVault();
    void viewingPoliciesChangesNothing();
    void fanInTimeoutIsAnnounced();
    void pagesAreTranslated();
    void tabFollowsTheForm();

private:
    QString iniPath() const { return dir->filePath(QStringLiteral("Gatehouse.conf")); }
    QUrl url(const QString &path) const;
    static void clickTab(QTabWidget *tabs, const QString &text);
    static void clickButton(QWidget *root, const QString &accessibleName);
    static void save(SettingsDialog &dialog);
    static void type(QWidget *field, const QString &text);
    static QLineEdit *field(QWidget *root, const QString &accessibleName);
    static void chooseInCombo(QComboBox *combo, const QString &data);
    static void snapshot(QWidget *window, const QString &name);
    void addPolicy(SettingsDialog &dialog, const QString &name);
    QStringList servicePolicies();

    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<ServiceThread> service;
};

void tst_SettingsDialog::initTestCase()
{
    static QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("GatehouseTests"));
}

void tst_SettingsDialog::init()
{
    dir = std::make_unique<QTemporaryDir>();
    ConsoleSettings::setFile(iniPath());
    QFile groups(dir->filePath(QStringLiteral("fanin.json")));
    QVERIFY(groups.open(QIODevice::WriteOnly));
    groups.write(R"({"groups":[{"name":"acr","expectedSources":["eastus","westeurope","eu-west"],
                    "timeoutMinutes":30,"onComplete":"approval"}]})");
    groups.close();
    ServiceConfig config = TestService::config(dir->path(), "dialog-test-token");
    config.faninFile = groups.fileName();
    TestService::acceptAnyone(config, {QStringLiteral("fanin")});
    service = std::make_unique<ServiceThread>();
    QString error;
    QVERIFY2(service->start(config, &error), qPrintable(error));
}

void tst_SettingsDialog::cleanup()
{
    service.reset();
    ConsoleSettings::setFile({});
    dir.reset();
}

QUrl tst_SettingsDialog::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(service->service()->port()).arg(path));
}

// With GATEHOUSE_SCREENSHOTS=dir, the dialog as the test left it, for the docs.
void tst_SettingsDialog::snapshot(QWidget *window, const QString &name)
{
    const QString dir = qEnvironmentVariable("GATEHOUSE_SCREENSHOTS");
    if (!dir.isEmpty())
        QVERIFY(window->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

void tst_SettingsDialog::clickTab(QTabWidget *tabs, const QString &text)
{
    DialogClicks::clickTab(tabs, text);
}

void tst_SettingsDialog::clickButton(QWidget *root, const QString &accessibleName)
{
    for (QPushButton *button : root->findChildren<QPushButton *>()) {
        if (button->accessibleName() == accessibleName && button->isVisible()) {
            QTest::mouseClick(button, Qt::LeftButton);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no visible button %1").arg(accessibleName)));
}

void tst_SettingsDialog::save(SettingsDialog &dialog)
{
    DialogClicks::clickSave(dialog);
}

QLineEdit *tst_SettingsDialog::field(QWidget *root, const QString &accessibleName)
{
    for (QLineEdit *edit : root->findChildren<QLineEdit *>()) {
        if (edit->accessibleName() == accessibleName)
            return edit;
    }
    qFatal("no field %s", qPrintable(accessibleName));
    return nullptr;
}

void tst_SettingsDialog::type(QWidget *field, const QString &text)
{
    DialogClicks::type(field, text);
}

void tst_SettingsDialog::chooseInCombo(QComboBox *combo, const QString &data)
{
    // The keyboard, as a person would: Home, then Down until the entry is current.
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && combo->currentData().toString() != data; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentData().toString(), data);
}

void tst_SettingsDialog::addPolicy(SettingsDialog &dialog, const QString &name)
{
    clickTab(dialog.tabs(), QStringLiteral("Policies"));
    clickButton(&dialog, QStringLiteral("Add policy"));
    type(field(&dialog, QStringLiteral("Policy name")), name);
    QCOMPARE(dialog.findChild<QListWidget *>()->currentItem()->text(), name);
}

QStringList tst_SettingsDialog::servicePolicies()
{
    GateSampler *sampler = service->service()->gateSampler();
    QStringList names;
    QMetaObject::invokeMethod(
            sampler,
            [&] {
                for (const Policy &policy : sampler->policies())
                    names.append(policy.name);
            },
            Qt::BlockingQueuedConnection);
    return names;
}

void tst_SettingsDialog::typedSecretGoesToTheVaultAndIsNeverShownAgain()
{
    const QByteArray secret = "typed-azure-secret-0123456789abcdef";
    const QJsonObject body{
            {QStringLiteral("title"), QStringLiteral("t")},
            {QStringLiteral("callbackUrl"), QStringLiteral("http://127.0.0.1:9/cb")}};
    QByteArray before;
    for (const ConnectorSecret &s : service->service()->connectionSecrets()) {
        if (s.connector == QLatin1String("generic"))
            before = s.secret;
    }
    QVERIFY(!before.isEmpty());
    {
        SettingsDialog dialog{SettingsService(service->service())};
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        clickTab(dialog.tabs(), QStringLiteral("Connectors"));
        // The stored secret is announced, never shown.
        QLineEdit *replace = field(&dialog, QStringLiteral("New Generic webhook secret"));
        QVERIFY(replace->text().isEmpty());
        QCOMPARE(replace->echoMode(), QLineEdit::Password);
        QCOMPARE(replace->placeholderText(), QStringLiteral("stored — type to replace"));
        type(replace, QString::fromLatin1(secret));
        snapshot(&dialog, QStringLiteral("settings-connectors"));
        save(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY2(dialog.message().contains(QStringLiteral("saved")), qPrintable(dialog.message()));
    }
    // Live: the next webhook needs the new secret.
    QCOMPARE(TestHttp::postJson(url(QStringLiteral("/hooks/generic")), body,
                                {{"Authorization", "Bearer " + secret}})
                     .status,
             201);
    QCOMPARE(TestHttp::postJson(url(QStringLiteral("/hooks/generic")), body,
                                {{"Authorization", "Bearer " + before}})
                     .status,
             401);
    // Not in the settings file.
    QFile ini(iniPath());
    if (ini.open(QIODevice::ReadOnly))
        QVERIFY(!ini.readAll().contains(secret));
    // In the vault: sealed under the connector's name.
    QVERIFY(SettingsService(service->service())
                    .hasSecret(QStringLiteral("inbound-secret/generic")));
    // Never shown again: no field or label of a new dialog holds it.
    SettingsDialog again{SettingsService(service->service())};
    again.show();
    for (const QLineEdit *edit : again.findChildren<QLineEdit *>())
        QVERIFY(!edit->text().contains(QString::fromLatin1(secret)));
    for (const QLabel *label : again.findChildren<QLabel *>())
        QVERIFY(!label->text().contains(QString::fromLatin1(secret)));
    bool announced = false;
    for (const QLabel *label : again.findChildren<QLabel *>())
        announced = announced
                || (label->accessibleName() == QStringLiteral("Generic secret state")
                    && label->text().startsWith(QStringLiteral("Stored in the vault")));
    QVERIFY(announced);
}

void tst_SettingsDialog::invalidPolicyShowsFieldAndReason()
{
    SettingsDialog dialog{SettingsService(service->service())};
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    addPolicy(dialog, QStringLiteral("production health"));
    type(field(&dialog, QStringLiteral("Probe URL")), QStringLiteral("not a url"));
    save(dialog);
    QVERIFY(dialog.isVisible()); // refused: the dialog stays
    QCOMPARE(dialog.fieldError(QStringLiteral("gate.url")),
             QStringLiteral("must be an absolute http or https URL"));
    QLabel *error = nullptr;
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->accessibleName() == QStringLiteral("Problem with Probe URL"))
            error = label;
    }
    QVERIFY(error && error->isVisible());
    QCOMPARE(dialog.tabs()->currentIndex(), 2);
    // A condition that does not parse: its own field, the parser's reason.
    type(field(&dialog, QStringLiteral("Probe URL")),
         QStringLiteral("https://status.example.com/health"));
    type(field(&dialog, QStringLiteral("Condition on the JSON answer")),
         QStringLiteral("status =="));
    save(dialog);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.fieldError(QStringLiteral("gate.url")).isEmpty());
    QVERIFY(!dialog.fieldError(QStringLiteral("gate.condition")).isEmpty());
    // Nothing saved, nothing applied.
    QVERIFY(!QFile::exists(dir->filePath(QStringLiteral("policies.json"))));
    QVERIFY(!QSettings(iniPath(), QSettings::IniFormat)
                     .contains(QStringLiteral("gates/policyFile")));
    QCOMPARE(servicePolicies(), QStringList());
    dialog.reject();
}

void tst_SettingsDialog::validPolicyIsRunByTheService()
{
    {
        SettingsDialog dialog{SettingsService(service->service())};
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        addPolicy(dialog, QStringLiteral("prod window"));
        type(field(&dialog, QStringLiteral("Match environment")), QStringLiteral("prod"));
        const auto combos = dialog.findChildren<QComboBox *>();
        for (QComboBox *combo : combos) {
            if (combo->accessibleName() == QStringLiteral("Order of gates and approval"))
                chooseInCombo(combo, QStringLiteral("gatesOnly"));
            if (combo->accessibleName() == QStringLiteral("Gate kind"))
                chooseInCombo(combo, QStringLiteral("timeWindow"));
        }
        QVERIFY(field(&dialog, QStringLiteral("Window from"))->isVisible());
        QVERIFY(!field(&dialog, QStringLiteral("Probe URL"))->isVisible());
        type(field(&dialog, QStringLiteral("Gate name")), QStringLiteral("any time"));
        snapshot(&dialog, QStringLiteral("settings-policies"));
        // "Gates only" takes the person away: the dialog says so and asks.
        MessageBoxAnswer confirm(QStringLiteral("policyChangesConfirm"), QMessageBox::Save);
        save(dialog);
        QCOMPARE(confirm.shown, 1);
        QVERIFY(confirm.informativeText.contains(QStringLiteral("“prod window” (new)")));
        QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(dialog.message()));
    }
    // The service runs it at once, and the file holds it for the next start.
    QCOMPARE(servicePolicies(), QStringList{QStringLiteral("prod window")});
    const QString path = QSettings(iniPath(), QSettings::IniFormat)
                                 .value(QStringLiteral("gates/policyFile"))
                                 .toString();
    QString error;
    const auto fromFile = PolicyFile::load(path, &error);
    QVERIFY2(fromFile, qPrintable(error));
    QCOMPARE(fromFile->first().environment, QStringLiteral("prod"));
    QCOMPARE(fromFile->first().order, Policy::Order::GatesOnly);
    QCOMPARE(fromFile->first().gates.first().kind, Gate::Kind::TimeWindow);

    // An approval in prod: the gate sampler evaluates the policy and approves it.
    QByteArray secret;
    for (const ConnectorSecret &s : service->service()->connectionSecrets()) {
        if (s.connector == QLatin1String("generic"))
            secret = s.secret;
    }
    const TestReply created = TestHttp::postJson(
            url(QStringLiteral("/hooks/generic")),
            {{QStringLiteral("title"), QStringLiteral("Deploy")},
             {QStringLiteral("environment"), QStringLiteral("prod")},
             {QStringLiteral("callbackUrl"), QStringLiteral("http://127.0.0.1:9/cb")}},
            {{"Authorization", "Bearer " + secret}});
    QCOMPARE(created.status, 201);
    const QUrl approval = url(QStringLiteral("/api/approvals/%1")
                                      .arg(created.json().value(QStringLiteral("id")).toInteger()));
    QTRY_COMPARE_WITH_TIMEOUT(TestHttp::send(QStringLiteral("GET"), approval, {},
                                             {{"Authorization", "Bearer dialog-test-token"}})
                                      .json()
                                      .value(QStringLiteral("decisionOrigin"))
                                      .toString(),
                              QStringLiteral("policy"), 15000);

    // Reopened, the dialog shows the policy; removing it stops it at once.
    SettingsDialog again{SettingsService(service->service())};
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    clickTab(again.tabs(), QStringLiteral("Policies"));
    QCOMPARE(field(&again, QStringLiteral("Policy name"))->text(), QStringLiteral("prod window"));
    clickButton(&again, QStringLiteral("Remove policy"));
    save(again);
    QCOMPARE(again.result(), int(QDialog::Accepted));
    QCOMPARE(servicePolicies(), QStringList());
}

void tst_SettingsDialog::secretGateHeaderGoesToTheVault()
{
    SettingsDialog dialog{SettingsService(service->service())};
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    addPolicy(dialog, QStringLiteral("status"));
    type(field(&dialog, QStringLiteral("Gate name")), QStringLiteral("statuspage"));
    type(field(&dialog, QStringLiteral("Probe URL")),
         QStringLiteral("https://status.example.com/api"));
    // A credential typed in clear into the headers is refused at its field.
    auto *headers = dialog.findChild<QPlainTextEdit *>();
    type(headers, QStringLiteral("Authorization: Bearer clear-text-token"));
    save(dialog);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.fieldError(QStringLiteral("gate.headers"))
                    .contains(QStringLiteral("credential")));
    headers->clear();
    // As a secret header it is sealed, and the policy names it.
    type(field(&dialog, QStringLiteral("Secret header name")), QStringLiteral("Authorization"));
    type(field(&dialog, QStringLiteral("Secret header value")),
         QStringLiteral("Bearer vault-only-token-42"));
    clickButton(&dialog, QStringLiteral("Add secret header"));
    QVERIFY(headers->toPlainText().contains(
            QStringLiteral("${secret:gate-status-statuspage-authorization}")));
    QVERIFY(!headers->toPlainText().contains(QStringLiteral("vault-only-token-42")));
    save(dialog);
    QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(dialog.message()));
    QFile file(dir->filePath(QStringLiteral("policies.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    QVERIFY(!json.contains("vault-only-token-42"));
    QVERIFY(json.contains("${secret:gate-status-statuspage-authorization}"));
    QVERIFY(SettingsService(service->service())
                    .hasSecret(QStringLiteral("gate-status-statuspage-authorization")));
}

void tst_SettingsDialog::viewingPoliciesChangesNothing()
{
    // A hand-written file, with defaults left out: looking at it in the dialog and saving
    // leaves it as it was.
    const QString path = dir->filePath(QStringLiteral("hand.json"));
    const QByteArray json = R"j({"policies":[
{"name":"a","gates":[{"name":"g","type":"timeWindow","days":["Monday"]},
  {"name":"h","type":"http","url":"https://status.example.com/"}]},
{"name":"b","match":{"stage":"deploy"},"order":"gatesOnly","gates":[
  {"name":"c","type":"count","url":"https://q.example.com/","value":"count(items)","max":0}]}]}
)j";
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(json);
    file.close();
    QSettings(iniPath(), QSettings::IniFormat).setValue(QStringLiteral("gates/policyFile"), path);
    SettingsDialog dialog{SettingsService(service->service())};
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    clickTab(dialog.tabs(), QStringLiteral("Policies"));
    auto *policies = dialog.findChild<QListWidget *>();
    QCOMPARE(policies->count(), 2);
    QListWidget *gates = nullptr;
    for (QListWidget *list : dialog.findChildren<QListWidget *>()) {
        if (list->accessibleName() == QStringLiteral("Gates"))
            gates = list;
    }
    QVERIFY(gates);
    QCOMPARE(gates->count(), 2);
    // "Monday" is Monday.
    const auto boxes = dialog.findChildren<QCheckBox *>();
    for (QCheckBox *box : boxes) {
        if (box->accessibleName() == QStringLiteral("Mon"))
            QVERIFY(box->isChecked());
        if (box->accessibleName() == QStringLiteral("Tue"))
            QVERIFY(!box->isChecked());
    }
    QTest::mouseClick(gates->viewport(), Qt::LeftButton, {},
                      gates->visualItemRect(gates->item(1)).center());
    QCOMPARE(field(&dialog, QStringLiteral("Probe URL"))->text(),
             QStringLiteral("https://status.example.com/"));
    QTest::mouseClick(policies->viewport(), Qt::LeftButton, {},
                      policies->visualItemRect(policies->item(1)).center());
    QCOMPARE(field(&dialog, QStringLiteral("Policy name"))->text(), QStringLiteral("b"));
    QTest::mouseClick(policies->viewport(), Qt::LeftButton, {},
                      policies->visualItemRect(policies->item(0)).center());
    save(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), json);
}

void tst_SettingsDialog::fanInTimeoutIsAnnounced()
{
    MainWindow window(service->service()->engine(), QStringLiteral("http://127.0.0.1"),
                      "dialog-test-token");
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.trayIcon()->isAvailable()); // offscreen: no tray, the banner shows it
    const TestReply first =
            TestHttp::postJson(url(QStringLiteral("/hooks/fanin/acr?region=eastus")),
                               {{QStringLiteral("id"), QStringLiteral("e1")}});
    QCOMPARE(first.status, 201);
    const qint64 id = first.json().value(QStringLiteral("id")).toInteger();
    QTRY_VERIFY(window.approvalModel()->approvalById(id));
    // The arrival is announced first (batched); the timeout replaces it.
    QTRY_VERIFY(window.banner()->text().startsWith(QStringLiteral("New approval")));
    // The deadline passes: the engine expires it as its timer does.
    Engine *engine = service->service()->engine();
    QMetaObject::invokeMethod(
            engine,
            [engine, id] {
                engine->decide(id,
                               {Verdict::Reject,
                                QStringLiteral("gatehouse"),
                                QStringLiteral("timeout"),
                                {}});
            },
            Qt::BlockingQueuedConnection);
    QTRY_COMPARE(window.banner()->text(),
                 QStringLiteral("Fan-in timed out: Fan-in acr e1 timed out: missing westeurope, "
                                "eu-west"));
    QVERIFY(window.banner()->isVisible());
}

void tst_SettingsDialog::pagesAreTranslated()
{
    struct Expected
    {
        QString language, policies, stored;
    };
    for (const Expected &expected :
         {Expected{QStringLiteral("de"), QStringLiteral("&Regeln"),
                   QStringLiteral("gespeichert — zum Ersetzen eingeben")},
          Expected{QStringLiteral("fr"), QStringLiteral("&Règles"),
                   QStringLiteral("enregistré — saisir pour remplacer")}}) {
        QTranslator translator;
        QVERIFY(TestLanguages::install(translator, expected.language));
        SettingsDialog dialog{SettingsService(service->service())};
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(dialog.tabs()->tabText(2), expected.policies);
        const auto fields = dialog.findChildren<QLineEdit *>();
        QVERIFY(std::any_of(fields.cbegin(), fields.cend(), [&](const QLineEdit *edit) {
            return edit->placeholderText() == expected.stored;
        }));
    }
}

void tst_SettingsDialog::tabFollowsTheForm()
{
    SettingsDialog dialog{SettingsService(service->service())};
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.activateWindow();
    dialog.addressField()->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(dialog.addressField()));
    // A spin box hands focus to its own line edit: being inside it counts.
    const auto focusIsIn = [](const QWidget *widget) {
        const QWidget *focused = QApplication::focusWidget();
        return focused == widget || widget->isAncestorOf(focused);
    };
    // Keyboard users go down the form: address, port, then the TLS certificate.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY2(focusIsIn(dialog.portField()),
             qPrintable(QApplication::focusWidget()->accessibleName()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->accessibleName(), QStringLiteral("TLS certificate file"));
}

QTEST_MAIN(tst_SettingsDialog)
#include "tst_settingsdialog.moc"
