// The command-line client (`gatehouse list|show|approve|reject|watch`): the built
// binary run as a separate process against a real Gatehouse started headless on
// loopback. Checks what it prints and the exit codes scripts rely on.
#include "support/fakehttpserver.h"
#include "support/gatehouseprocess.h"
#include "support/testhttp.h"
#include "support/testrequire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void listsPendingAsTextAndJson();
    void showsDetailsAndTimeline();
    void showNotFoundAndUsage();
    void approveThenConflict();
    void rejectNeedsReason();
    void tokenRefusedOrMissing();
    void serverUnreachable();
    void tokenFromLocalVault();
    void watchStreamsChanges();
    void listsInTheWindowsLanguage();

private:
    QProcessEnvironment cliEnvironment(const QByteArray &token) const;
    CliRun runCli(const QStringList &arguments, const QProcessEnvironment &environment);
    CliRun runCli(const QStringList &arguments)
    {
        return runCli(arguments, cliEnvironment(m_token));
    }
    QStringList server() const;
    qint64 postWebhook(const QString &title);
    QJsonObject fetch(qint64 id);

    QString m_binary;
    QTemporaryDir m_dir;
    FakeHttpServer m_target;
    QProcess m_gatehouse;
    quint16 m_port = 0;
    QByteArray m_token;
};

QProcessEnvironment tst_Cli::cliEnvironment(const QByteArray &token) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("GATEHOUSE_OPERATOR_TOKEN"));
    env.remove(QStringLiteral("GATEHOUSE_TOKEN"));
    env.remove(QStringLiteral("GATEHOUSE_KEY_FILE"));
    if (!token.isEmpty())
        env.insert(QStringLiteral("GATEHOUSE_TOKEN"), QString::fromLatin1(token));
    // English unless a test sets the window's language: the machine's locale must not
    // change what the tests read.
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    // Settings and data of this test only, never the user's.
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.path() + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.path() + QStringLiteral("/data"));
    return env;
}

CliRun tst_Cli::runCli(const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(m_binary, arguments);
    CliRun run;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QStringList tst_Cli::server() const
{
    return {QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:%1").arg(m_port)};
}

void tst_Cli::initTestCase()
{
    m_binary = qEnvironmentVariable("GATEHOUSE_BINARY");
    if (m_binary.isEmpty())
        REQUIRE_OR_SKIP("binary", "GATEHOUSE_BINARY is not set (ctest sets it)");
    QVERIFY(m_dir.isValid());
    QVERIFY(m_target.start());
    const QStringList common{QStringLiteral("--headless"), QStringLiteral("--db"),
                             m_dir.path() + QStringLiteral("/g.sqlite"),
                             QStringLiteral("--key-file"),
                             m_dir.path() + QStringLiteral("/vault.key")};
    // No operator token in the environment: Gatehouse makes one and seals it.
    QProcessEnvironment env = cliEnvironment({});
    env.insert(QStringLiteral("GATEHOUSE_SECRET_GENERIC"), QStringLiteral("cli-hook-secret"));
    env.insert(QStringLiteral("GATEHOUSE_DELIVERY_ALLOW"), QStringLiteral("127.0.0.0/8,::1"));
    QProcess print;
    print.setProcessEnvironment(env);
    print.start(m_binary, common + QStringList{QStringLiteral("--print-secrets")});
    QVERIFY(print.waitForFinished(30000));
    const QRegularExpressionMatch token =
            QRegularExpression(QStringLiteral("operator token: (\\S+)"))
                    .match(QString::fromUtf8(print.readAllStandardOutput()));
    QVERIFY(token.hasMatch());
    m_token = token.captured(1).toLatin1();

    m_gatehouse.setProcessEnvironment(env);
    m_gatehouse.start(m_binary,
                      common + QStringList{QStringLiteral("--port"), QStringLiteral("0")});
    QVERIFY(m_gatehouse.waitForStarted(5000));
    m_port = GatehouseProcess::waitForPort(m_gatehouse);
    QVERIFY(m_port != 0);
}

void tst_Cli::cleanupTestCase()
{
    if (m_gatehouse.state() == QProcess::NotRunning)
        return;
    ::kill(pid_t(m_gatehouse.processId()), SIGTERM);
    QVERIFY(m_gatehouse.waitForFinished(10000));
}

qint64 tst_Cli::postWebhook(const QString &title)
{
    const TestReply created = TestHttp::postJson(
            QUrl(QStringLiteral("http://127.0.0.1:%1/hooks/generic").arg(m_port)),
            {{QStringLiteral("title"), title},
             {QStringLiteral("pipeline"), QStringLiteral("shop")},
             {QStringLiteral("stage"), QStringLiteral("deploy")},
             {QStringLiteral("environment"), QStringLiteral("prod")},
             {QStringLiteral("callbackUrl"), m_target.url(QStringLiteral("/done")).toString()}},
            {{"X-Gatehouse-Secret", "cli-hook-secret"}});
    if (created.status != 201)
        qWarning() << created.status << created.body;
    return created.json().value(QStringLiteral("id")).toInteger();
}

QJsonObject tst_Cli::fetch(qint64 id)
{
    return TestHttp::send(
                   QStringLiteral("GET"),
                   QUrl(QStringLiteral("http://127.0.0.1:%1/api/approvals/%2").arg(m_port).arg(id)),
                   {}, {{"Authorization", "Bearer " + m_token}})
            .json();
}

void tst_Cli::listsPendingAsTextAndJson()
{
    const qint64 first = postWebhook(QStringLiteral("List me one"));
    const qint64 second = postWebhook(QStringLiteral("List me two"));
    QVERIFY(first > 0 && second > first);

    const CliRun text = runCli(QStringList{QStringLiteral("list")} + server());
    QCOMPARE(text.exitCode, 0);
    const QStringList lines = QString::fromUtf8(text.out).split(QLatin1Char('\n'));
    QVERIFY2(lines.value(0).startsWith(QLatin1String("ID ")), text.out.constData());
    const auto lineOf = [&](qint64 id) {
        for (const QString &line : lines) {
            if (line.section(QLatin1Char(' '), 0, 0) == QString::number(id))
                return line;
        }
        return QString();
    };
    QVERIFY2(lineOf(first).contains(QLatin1String("pending")), text.out.constData());
    QVERIFY(lineOf(first).contains(QLatin1String("shop/deploy/prod")));
    QVERIFY(lineOf(first).endsWith(QLatin1String("List me one")));
    QVERIFY(lineOf(second).endsWith(QLatin1String("List me two")));

    const CliRun json =
            runCli(QStringList{QStringLiteral("list"), QStringLiteral("--json")} + server());
    QCOMPARE(json.exitCode, 0);
    const QJsonObject page = QJsonDocument::fromJson(json.out).object();
    QList<qint64> ids;
    for (const QJsonValue &approval : page.value(QStringLiteral("approvals")).toArray())
        ids.append(approval.toObject().value(QStringLiteral("id")).toInteger());
    QVERIFY(ids.contains(first));
    QVERIFY(ids.contains(second));

    // --limit is checked before anything is sent.
    const CliRun badLimit = runCli(
            QStringList{QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("0")}
            + server());
    QCOMPARE(badLimit.exitCode, 2);
    QVERIFY(badLimit.err.contains("--limit"));
}

void tst_Cli::showsDetailsAndTimeline()
{
    const qint64 id = postWebhook(QStringLiteral("Show me"));
    QVERIFY(id > 0);
    const CliRun text = runCli(QStringList{QStringLiteral("show"), QString::number(id)} + server());
    QCOMPARE(text.exitCode, 0);
    const QString out = QString::fromUtf8(text.out);
    QVERIFY2(out.contains(QRegularExpression(QStringLiteral("^Title: +Show me$"),
                                             QRegularExpression::MultilineOption)),
             text.out.constData());
    QVERIFY(out.contains(QLatin1String("Timeline:")));
    QVERIFY(out.contains(QRegularExpression(QStringLiteral("^  \\S+ +received "),
                                            QRegularExpression::MultilineOption)));

    const CliRun json = runCli(
            QStringList{QStringLiteral("show"), QString::number(id), QStringLiteral("--json")}
            + server());
    QCOMPARE(json.exitCode, 0);
    const QJsonObject approval = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(approval.value(QStringLiteral("id")).toInteger(), id);
    QCOMPARE(approval.value(QStringLiteral("timeline"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("type")),
             QStringLiteral("received"));
}

void tst_Cli::showNotFoundAndUsage()
{
    const CliRun missing =
            runCli(QStringList{QStringLiteral("show"), QStringLiteral("987654")} + server());
    QCOMPARE(missing.exitCode, 3);
    QVERIFY2(missing.err.contains("not found"), missing.err.constData());
    QVERIFY(missing.out.isEmpty());

    const CliRun missingJson = runCli(
            QStringList{QStringLiteral("show"), QStringLiteral("987654"), QStringLiteral("--json")}
            + server());
    QCOMPARE(missingJson.exitCode, 3);
    QCOMPARE(QJsonDocument::fromJson(missingJson.out).object().value(QStringLiteral("error")),
             QStringLiteral("not found"));

    QCOMPARE(runCli(QStringList{QStringLiteral("show"), QStringLiteral("abc")} + server()).exitCode,
             2);
    QCOMPARE(runCli(QStringList{QStringLiteral("show")} + server()).exitCode, 2);
    const CliRun unknown =
            runCli(QStringList{QStringLiteral("list"), QStringLiteral("--bogus")} + server());
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains("bogus"));
    const CliRun help = runCli({QStringLiteral("approve"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("Exit codes"));
}

void tst_Cli::approveThenConflict()
{
    const qint64 id = postWebhook(QStringLiteral("Approve me"));
    QVERIFY(id > 0);
    const CliRun approved = runCli(QStringList{QStringLiteral("approve"), QString::number(id),
                                               QStringLiteral("-m"), QStringLiteral("looks good"),
                                               QStringLiteral("--as"), QStringLiteral("anna")}
                                   + server());
    QCOMPARE(approved.exitCode, 0);
    QCOMPARE(approved.out, QByteArray("Approved %1.\n").replace("%1", QByteArray::number(id)));
    const QJsonObject stored = fetch(id);
    QCOMPARE(stored.value(QStringLiteral("state")), QStringLiteral("approved"));
    QCOMPARE(stored.value(QStringLiteral("decidedBy")), QStringLiteral("anna"));
    QCOMPARE(stored.value(QStringLiteral("comment")), QStringLiteral("looks good"));
    QCOMPARE(stored.value(QStringLiteral("decisionOrigin")), QStringLiteral("api"));
    // The callback went out like for any decision.
    QTRY_VERIFY(!m_target.requests.isEmpty());

    // Decided already: refused with 1, and the first decision stands.
    const CliRun again = runCli(QStringList{QStringLiteral("reject"), QString::number(id),
                                            QStringLiteral("-m"), QStringLiteral("too late")}
                                + server());
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains("already decided"), again.err.constData());
    QCOMPARE(fetch(id).value(QStringLiteral("state")), QStringLiteral("approved"));
    const CliRun againJson = runCli(
            QStringList{QStringLiteral("approve"), QString::number(id), QStringLiteral("--json")}
            + server());
    QCOMPARE(againJson.exitCode, 1);
    QCOMPARE(QJsonDocument::fromJson(againJson.out).object().value(QStringLiteral("error")),
             QStringLiteral("already decided"));
    QCOMPARE(runCli(QStringList{QStringLiteral("approve"), QStringLiteral("987654")} + server())
                     .exitCode,
             3);
}

void tst_Cli::rejectNeedsReason()
{
    const qint64 id = postWebhook(QStringLiteral("Reject me"));
    QVERIFY(id > 0);
    const CliRun noReason =
            runCli(QStringList{QStringLiteral("reject"), QString::number(id)} + server());
    QCOMPARE(noReason.exitCode, 2);
    QVERIFY(noReason.err.contains("-m REASON"));
    QCOMPARE(fetch(id).value(QStringLiteral("state")), QStringLiteral("pending"));

    const CliRun rejected =
            runCli(QStringList{QStringLiteral("reject"), QString::number(id), QStringLiteral("-m"),
                               QStringLiteral("not today"), QStringLiteral("--json")}
                   + server());
    QCOMPARE(rejected.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(rejected.out).object().value(QStringLiteral("state")),
             QStringLiteral("rejected"));
    const QJsonObject stored = fetch(id);
    QCOMPARE(stored.value(QStringLiteral("state")), QStringLiteral("rejected"));
    QCOMPARE(stored.value(QStringLiteral("comment")), QStringLiteral("not today"));
}

void tst_Cli::tokenRefusedOrMissing()
{
    const CliRun refused =
            runCli(QStringList{QStringLiteral("list")} + server(), cliEnvironment("not-the-token"));
    QCOMPARE(refused.exitCode, 4);
    QVERIFY2(refused.err.contains("unauthorized"), refused.err.constData());
    // No token anywhere: not in the environment, and no local database to unseal it from.
    const CliRun missing = runCli(QStringList{QStringLiteral("list"), QStringLiteral("--db"),
                                              m_dir.path() + QStringLiteral("/none.sqlite")}
                                          + server(),
                                  cliEnvironment({}));
    QCOMPARE(missing.exitCode, 4);
    QVERIFY2(missing.err.contains("GATEHOUSE_TOKEN"), missing.err.constData());
    QVERIFY(!QFile::exists(m_dir.path() + QStringLiteral("/none.sqlite")));
}

void tst_Cli::serverUnreachable()
{
    const quint16 closed = TestHttp::freePort();
    const QStringList elsewhere{QStringLiteral("--server"),
                                QStringLiteral("http://127.0.0.1:%1").arg(closed)};
    const CliRun list = runCli(QStringList{QStringLiteral("list")} + elsewhere);
    QCOMPARE(list.exitCode, 5);
    QVERIFY2(list.err.contains("cannot reach"), list.err.constData());
    QCOMPARE(runCli(QStringList{QStringLiteral("watch")} + elsewhere).exitCode, 5);
    QCOMPARE(runCli({QStringLiteral("list"), QStringLiteral("--server"),
                     QStringLiteral("ftp://127.0.0.1/")})
                     .exitCode,
             2);
}

void tst_Cli::tokenFromLocalVault()
{
    // The token the running Gatehouse sealed in its database, opened with its key file.
    const qint64 id = postWebhook(QStringLiteral("Local token"));
    const CliRun run = runCli(
            QStringList{QStringLiteral("show"), QString::number(id), QStringLiteral("--db"),
                        m_dir.path() + QStringLiteral("/g.sqlite"), QStringLiteral("--key-file"),
                        m_dir.path() + QStringLiteral("/vault.key")}
                    + server(),
            cliEnvironment({}));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("Local token"), run.err.constData());
}

void tst_Cli::watchStreamsChanges()
{
    const qint64 before = postWebhook(QStringLiteral("Waiting before watch"));
    QProcess watch;
    watch.setProcessEnvironment(cliEnvironment(m_token));
    watch.start(m_binary,
                QStringList{QStringLiteral("watch"), QStringLiteral("--json"),
                            QStringLiteral("--interval"), QStringLiteral("200")}
                        + server());
    QVERIFY(watch.waitForStarted(5000));
    QByteArray seen;
    const auto eventFor = [](const char *event, qint64 id) {
        return QStringLiteral("\\{\"approval\":\\{[^\\n]*\"id\":%2,[^\\n]*\\},\"event\":\"%1\"\\}")
                .arg(QLatin1String(event))
                .arg(id);
    };
    // What waits already is listed first.
    QVERIFY(!GatehouseProcess::waitForOutput(watch, eventFor("waiting", before), 20000, &seen)
                     .isEmpty());
    const qint64 fresh = postWebhook(QStringLiteral("Arrives while watching"));
    QVERIFY(!GatehouseProcess::waitForOutput(watch, eventFor("new", fresh), 20000, &seen)
                     .isEmpty());
    QVERIFY(runCli(QStringList{QStringLiteral("approve"), QString::number(before)} + server())
                    .exitCode
            == 0);
    const QString changed =
            GatehouseProcess::waitForOutput(watch, eventFor("changed", before), 20000, &seen);
    QVERIFY(!changed.isEmpty());
    QVERIFY(changed.contains(QLatin1String("\"state\":\"approved\"")));
    watch.kill();
    watch.waitForFinished(5000);
}

// The command line speaks the language chosen for the window (File › Settings), and
// a translated heading that is longer than its column widens it: every line stays
// under its heading.
void tst_Cli::listsInTheWindowsLanguage()
{
    const qint64 id = postWebhook(QStringLiteral("Liste mich"));
    QVERIFY(id > 0);
    QProcessEnvironment env = cliEnvironment(m_token);
    const QString config = m_dir.path() + QStringLiteral("/config-de");
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
    {
        QSettings settings(config + QStringLiteral("/Gatehouse/Gatehouse.conf"),
                           QSettings::IniFormat);
        settings.setValue(QStringLiteral("ui/language"), QStringLiteral("de"));
    }
    const CliRun run = runCli(QStringList{QStringLiteral("list")} + server(), env);
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = QString::fromUtf8(run.out).split(QLatin1Char('\n'));
    const QString header = lines.value(0);
    QVERIFY2(header.contains(QLatin1String("ALTER")) && header.contains(QLatin1String("TITEL")),
             run.out.constData());
    QString line;
    for (const QString &candidate : lines) {
        if (candidate.section(QLatin1Char(' '), 0, 0) == QString::number(id))
            line = candidate;
    }
    QVERIFY2(!line.isEmpty(), run.out.constData());
    QCOMPARE(line.indexOf(QLatin1String("Liste mich")), header.indexOf(QLatin1String("TITEL")));
    QCOMPARE(line.indexOf(QLatin1String("shop/deploy/prod")), header.indexOf(QLatin1String("WO")));

    // Usage errors too.
    const CliRun usage =
            runCli({QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("0")}, env);
    QCOMPARE(usage.exitCode, 2);
    QVERIFY2(usage.err.contains("Siehe") && usage.err.contains("gatehouse list --help"),
             usage.err.constData());
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
