// tst_connectorsettings: Settings › Connectors as generated from what each connector
// declares (Connector::settings()), offscreen on the real service in its own thread,
// driven with real clicks and typing: every connector's section exists with one field
// per setting of the right kind; a URL with credentials in it is refused next to the
// field and nothing is saved; a Jenkins user and API token typed on the page is sealed
// in the vault (masked, Show reveals it, never in the settings file) and is what the
// running Jenkins connector sends to a fake Jenkins.
#include "connectors/connectorregistry.h"
#include "connectors/jenkins/jenkinsconnector.h"
#include "service/gatehouseservice.h"
#include "service/settingsservice.h"
#include "support/dialogclicks.h"
#include "support/fakehttpserver.h"
#include "support/testhttp.h"
#include "support/testservice.h"
#include "ui/consolesettings.h"
#include "ui/settingsdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using DialogClicks::clickTab;
using DialogClicks::type;

namespace {
const QByteArray credentials = "release-bot:11abcdef0123456789";
const QString buildPath = QStringLiteral("/jenkins/job/shop/57/");
} // namespace

class tst_ConnectorSettings : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void everyConnectorHasItsSection();
    void urlWithCredentialsIsRefused();
    void secretTypedOnThePageIsUsedByTheConnector();

private:
    QString iniPath() const { return dir->filePath(QStringLiteral("Gatehouse.conf")); }
    static QWidget *named(QWidget *root, const QString &accessibleName);
    void openJenkinsTab(SettingsDialog &dialog);

    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<FakeHttpServer> jenkins;
    std::unique_ptr<ServiceThread> service;
};

void tst_ConnectorSettings::initTestCase()
{
    static QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("GatehouseTests"));
}

void tst_ConnectorSettings::init()
{
    dir = std::make_unique<QTemporaryDir>();
    ConsoleSettings::setFile(iniPath());
    jenkins = std::make_unique<FakeHttpServer>();
    jenkins->setHandler([](const RecordedRequest &request) -> FakeResponse {
        // Jenkins answers only with the API token of its user.
        if (request.header("Authorization") != "Basic " + credentials.toBase64())
            return {401, "<html>Unauthorized</html>", "text/html"};
        if (request.path == buildPath + QStringLiteral("wfapi/pendingInputActions"))
            return {200, R"([{"id":"Deploy-prod","message":"Ship?","inputs":[]}])"};
        return {200, "{}"};
    });
    QVERIFY(jenkins->start());
    ServiceConfig config = TestService::config(dir->path(), "connector-settings-token");
    config.connectorSettings.insert(JenkinsConnector::urlSetting(),
                                    jenkins->url(QStringLiteral("/jenkins/")).toString());
    TestService::acceptAnyone(config, {QStringLiteral("jenkins")});
    service = std::make_unique<ServiceThread>();
    QString error;
    QVERIFY2(service->start(config, &error), qPrintable(error));
}

void tst_ConnectorSettings::cleanup()
{
    service.reset();
    jenkins.reset();
    ConsoleSettings::setFile({});
    dir.reset();
}

QWidget *tst_ConnectorSettings::named(QWidget *root, const QString &accessibleName)
{
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (widget->accessibleName() == accessibleName)
            return widget;
    }
    return nullptr;
}

void tst_ConnectorSettings::openJenkinsTab(SettingsDialog &dialog)
{
    clickTab(dialog.tabs(), QStringLiteral("Connectors"));
    auto *connectors = qobject_cast<QTabWidget *>(named(&dialog, QStringLiteral("Connectors")));
    QVERIFY(connectors);
    clickTab(connectors, QStringLiteral("Jenkins"));
}

void tst_ConnectorSettings::everyConnectorHasItsSection()
{
    SettingsDialog dialog{SettingsService(service->service())};
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    int sections = 0;
    for (const auto &connector : ConnectorRegistry::described()) {
        const QString title = ConnectorRegistry::displayName(connector->name());
        for (const ConnectorSetting &setting : connector->settings()) {
            if (setting.isTemplate())
                continue; // its owner's own fields (restart targets)
            QWidget *section = named(&dialog, QStringLiteral("%1 settings").arg(title));
            QVERIFY2(qobject_cast<QGroupBox *>(section), qPrintable(title));
            QWidget *field =
                    named(section, QStringLiteral("%1 %2").arg(title, setting.labelText()));
            QVERIFY2(field, qPrintable(setting.key));
            // One field of the setting's kind; a secret masked, with Show and Copy.
            if (setting.type == ConnectorSetting::Type::Bool) {
                QVERIFY2(qobject_cast<QCheckBox *>(field), qPrintable(setting.key));
                continue;
            }
            auto *edit = qobject_cast<QLineEdit *>(field);
            QVERIFY2(edit, qPrintable(setting.key));
            if (setting.type == ConnectorSetting::Type::Secret && !setting.readFromFile) {
                QCOMPARE(edit->echoMode(), QLineEdit::Password);
                QVERIFY(edit->text().isEmpty());
                QVERIFY(named(section,
                              QStringLiteral("Show the secret of %1 %2")
                                      .arg(title, setting.labelText())));
                QVERIFY(named(section,
                              QStringLiteral("Copy the secret of %1 %2")
                                      .arg(title, setting.labelText())));
            }
        }
        sections += connector->settings().isEmpty() ? 0 : 1;
    }
    QVERIFY(sections >= 5); // FlexDeploy, paused runs, fan-in, Jenkins, GitHub, GitLab
    // Jenkins' URL and credentials, shown as the service reads them.
    openJenkinsTab(dialog);
    auto *url = qobject_cast<QLineEdit *>(named(&dialog, QStringLiteral("Jenkins URL")));
    QVERIFY(url && url->isVisible());
    auto *state = qobject_cast<QLabel *>(
            named(&dialog, QStringLiteral("Jenkins User and API token state")));
    QVERIFY(state && state->isVisible());
    QCOMPARE(state->text(), QStringLiteral("None stored."));
}

void tst_ConnectorSettings::urlWithCredentialsIsRefused()
{
    SettingsDialog dialog{SettingsService(service->service())};
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    openJenkinsTab(dialog);
    auto *url = qobject_cast<QLineEdit *>(named(&dialog, QStringLiteral("Jenkins URL")));
    QVERIFY(url);
    type(url, QStringLiteral("https://bot:token@jenkins.example.com/"));
    DialogClicks::clickSave(dialog);
    QVERIFY(dialog.result() != int(QDialog::Accepted));
    QVERIFY2(dialog.fieldError(QStringLiteral("jenkins/url")).contains(QStringLiteral("password")),
             qPrintable(dialog.fieldError(QStringLiteral("jenkins/url"))));
    auto *problem =
            qobject_cast<QLabel *>(named(&dialog, QStringLiteral("Problem with Jenkins URL")));
    QVERIFY(problem && problem->isVisible());
    type(url, QStringLiteral("ftp://jenkins.example.com/"));
    DialogClicks::clickSave(dialog);
    QVERIFY(dialog.fieldError(QStringLiteral("jenkins/url")).contains(QStringLiteral("http")));
    // Nothing written.
    QSettings settings(iniPath(), QSettings::IniFormat);
    QVERIFY(!settings.contains(JenkinsConnector::urlSetting()));
}

void tst_ConnectorSettings::secretTypedOnThePageIsUsedByTheConnector()
{
    const SettingsService backend(service->service());
    QVERIFY(!backend.hasSecret(JenkinsConnector::credentialsSecret()));
    {
        SettingsDialog dialog{SettingsService(service->service())};
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        openJenkinsTab(dialog);
        auto *secret = qobject_cast<QLineEdit *>(
                named(&dialog, QStringLiteral("Jenkins User and API token")));
        QVERIFY(secret);
        type(secret, QString::fromLatin1(credentials));
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        // Show reveals what was typed, and hides it again.
        auto *show = qobject_cast<QPushButton *>(
                named(&dialog, QStringLiteral("Show the secret of Jenkins User and API token")));
        QVERIFY(show && show->isEnabled());
        QTest::mouseClick(show, Qt::LeftButton);
        QCOMPARE(secret->echoMode(), QLineEdit::Normal);
        QTest::mouseClick(show, Qt::LeftButton);
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        DialogClicks::clickSave(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    // In the vault, not in the settings file, never shown again.
    QVERIFY(backend.hasSecret(JenkinsConnector::credentialsSecret()));
    QFile ini(iniPath());
    if (ini.open(QIODevice::ReadOnly))
        QVERIFY(!ini.readAll().contains("11abcdef0123456789"));
    {
        SettingsDialog again{SettingsService(service->service())};
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        openJenkinsTab(again);
        auto *secret = qobject_cast<QLineEdit *>(
                named(&again, QStringLiteral("Jenkins User and API token")));
        QVERIFY(secret && secret->text().isEmpty());
        auto *state = qobject_cast<QLabel *>(
                named(&again, QStringLiteral("Jenkins User and API token state")));
        QCOMPARE(state->text(), QStringLiteral("Stored in the vault."));
    }

    // The running connector calls Jenkins with it.
    const QUrl hook(
            QStringLiteral("http://127.0.0.1:%1/hooks/jenkins").arg(service->service()->port()));
    const QJsonObject body{{QStringLiteral("buildUrl"), jenkins->url(buildPath).toString()},
                           {QStringLiteral("inputId"), QStringLiteral("Deploy-prod")}};
    QCOMPARE(TestHttp::postJson(hook, body).status, 202);
    QTRY_VERIFY_WITH_TIMEOUT(!jenkins->requests.isEmpty(), 10000);
    const RecordedRequest first = jenkins->requests.first();
    QCOMPARE(first.path, buildPath + QStringLiteral("wfapi/pendingInputActions"));
    QCOMPARE(first.header("Authorization"), "Basic " + credentials.toBase64());
}

QTEST_MAIN(tst_ConnectorSettings)
#include "tst_connectorsettings.moc"
