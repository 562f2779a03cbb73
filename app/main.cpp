// Gatehouse: the composition root. Reads the command line and settings, starts the
// service (store, engine, receiver, delivery) in its own thread, then either shows
// the console window or runs headless until SIGINT/SIGTERM.
#include "cli/commandlinetool.h"
#include "core/engine.h"
#include "delivery/targetguard.h"
#include "service/configreloader.h"
#include "service/connectorsettingvalues.h"
#include "service/gatehouseservice.h"
#include "service/inboundsecrets.h"
#include "service/logoutput.h"
#include "service/receiversettings.h"
#include "service/settingsservice.h"
#include "service/systemdnotifier.h"
#include "service/tasksettings.h"
#include "service/uilanguage.h"
#include "service/unixsignals.h"
#include "store/databaselocation.h"
#include "store/datafiles.h"
#include "ui/consolesettings.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QProcessEnvironment>
#include <QSettings>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

#include <memory>

namespace {

bool displayAvailable()
{
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (!platform.isEmpty())
        return true; // offscreen, xcb, wayland: the user chose
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
}

bool wantsHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--headless") == 0)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    // `gatehouse list|show|approve|reject|watch`: a client of a running Gatehouse, no
    // window, no display needed (app/cli/).
    if (CommandLineTool::handles(argc, argv))
        return CommandLineTool::run(argc, argv);
    const bool headlessAsked = wantsHeadless(argc, argv);
    const bool headless = headlessAsked || !displayAvailable();
    std::unique_ptr<QCoreApplication> app(headless ? new QCoreApplication(argc, argv)
                                                   : new QApplication(argc, argv));
    QCoreApplication::setOrganizationName(QStringLiteral("Gatehouse"));
    QCoreApplication::setApplicationName(QStringLiteral("Gatehouse"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GATEHOUSE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
            QStringLiteral("Gatehouse: an approval console for release managers.\n"
                           "As a client of a running Gatehouse: gatehouse list|show|approve|"
                           "reject|watch|audit (see gatehouse COMMAND --help)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption headlessOption(
            QStringLiteral("headless"),
            QStringLiteral("Run the receiver, engine and delivery without a window."));
    const QCommandLineOption dbOption(
            QStringLiteral("db"),
            QStringLiteral("SQLite database file, or a PostgreSQL server as a libpq URI"
                           " (postgresql://user@host:port/dbname?sslmode=verify-full; the"
                           " password from PGPASSWORD, ~/.pgpass or the keychain)."),
            QStringLiteral("path-or-url"));
    const QCommandLineOption noReceiverOption(
            QStringLiteral("no-receiver"),
            QStringLiteral("A console only: show the inbox and decide, but receive no webhooks"
                           " and deliver nothing (the receiving instance does)."));
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Port to listen on (0 picks a free one)."),
                                        QStringLiteral("port"));
    const QCommandLineOption listenOption(
            QStringLiteral("listen"), QStringLiteral("Address to listen on (default 127.0.0.1)."),
            QStringLiteral("address"));
    const QCommandLineOption keyFileOption(
            QStringLiteral("key-file"),
            QStringLiteral("Owner-only file holding the key that seals secrets"
                           " (instead of the OS keychain)."),
            QStringLiteral("path"));
    const QCommandLineOption configOption(QStringLiteral("config"),
                                          QStringLiteral("Settings file (INI)."),
                                          QStringLiteral("path"));
    const QCommandLineOption printSecretsOption(
            QStringLiteral("print-secrets"),
            QStringLiteral(
                    "Print the operator token and each connector's webhook secret, then exit."));
    const QCommandLineOption logFormatOption(
            QStringLiteral("log-format"),
            QStringLiteral("Log messages as 'text' (default) or 'json', one object a line on"
                           " standard error. Under systemd they go to the journal with fields."),
            QStringLiteral("format"), QStringLiteral("text"));
    parser.addOptions({headlessOption, dbOption, noReceiverOption, portOption, listenOption,
                       keyFileOption, configOption, printSecretsOption, logFormatOption});
    parser.process(*app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    LogOutput::Format logFormat = LogOutput::Format::Text;
    if (!LogOutput::parseFormat(parser.value(logFormatOption), &logFormat)) {
        err << "gatehouse: --log-format must be 'text' or 'json'\n";
        return 2;
    }
    LogOutput::install(logFormat);
    std::unique_ptr<QSettings> settings = parser.isSet(configOption)
            ? std::make_unique<QSettings>(parser.value(configOption), QSettings::IniFormat)
            : std::make_unique<QSettings>();
    UiLanguage::install(*app, settings->value(QStringLiteral("ui/language")).toString());

    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    ServiceConfig config;
    // --db, else store/url (PostgreSQL), else store/path (SQLite), else the default file.
    config.databasePath = parser.isSet(dbOption)
            ? parser.value(dbOption)
            : settings->value(QStringLiteral("store/url")).toString();
    if (config.databasePath.isEmpty())
        config.databasePath = settings->value(QStringLiteral("store/path"),
                                              dataDir + QStringLiteral("/gatehouse.sqlite"))
                                      .toString();
    QString locationError;
    const auto location = DatabaseLocation::parse(config.databasePath, &locationError);
    if (!location) {
        err << "gatehouse: " << locationError << '\n';
        return 2;
    }
    config.receiverEnabled = !parser.isSet(noReceiverOption)
            && settings->value(QStringLiteral("receiver/enabled"), true).toBool();
    // Gatehouse's own data folder (database, fallback vault key) is owner-only, also
    // for an install from before that rule.
    if (QFileInfo::exists(dataDir)
        || QFileInfo(config.databasePath).absolutePath() == QDir(dataDir).absolutePath()) {
        QString folderError;
        if (!DataFiles::secureFolder(dataDir, &folderError))
            err << "gatehouse: WARNING: " << folderError << "\n";
    }
    config.listenAddress = QHostAddress(
            parser.isSet(listenOption) ? parser.value(listenOption)
                                       : settings->value(QStringLiteral("receiver/address"),
                                                         QStringLiteral("127.0.0.1"))
                                                 .toString());
    if (config.listenAddress.isNull()) {
        err << "gatehouse: not an IP address to listen on\n";
        return 2;
    }
    bool portOk = false;
    const uint port = (parser.isSet(portOption)
                               ? parser.value(portOption)
                               : settings->value(QStringLiteral("receiver/port"), 8470).toString())
                              .toUInt(&portOk);
    if (!portOk || port > 65535) {
        err << "gatehouse: --port must be a number from 0 to 65535\n";
        return 2;
    }
    config.port = quint16(port);
    config.keyFile = parser.isSet(keyFileOption) ? parser.value(keyFileOption)
                                                 : qEnvironmentVariable("GATEHOUSE_KEY_FILE");
    config.fallbackKeyFile = dataDir + QStringLiteral("/vault.key");
    config.operatorToken = qgetenv("GATEHOUSE_OPERATOR_TOKEN");
    ReceiverSettings::readLimits(*settings, &config.limits);
    config.delivery.maxAttempts =
            settings->value(QStringLiteral("delivery/maxAttempts"), config.delivery.maxAttempts)
                    .toInt();
    config.delivery.baseDelayMs =
            settings->value(QStringLiteral("delivery/baseDelayMs"), config.delivery.baseDelayMs)
                    .toInt();
    config.delivery.maxDelayMs =
            settings->value(QStringLiteral("delivery/maxDelayMs"), config.delivery.maxDelayMs)
                    .toInt();
    config.delivery.leaseMs =
            settings->value(QStringLiteral("delivery/leaseMs"), config.delivery.leaseMs)
                    .toLongLong();
    config.delivery.requestTimeoutMs = settings->value(QStringLiteral("delivery/requestTimeoutMs"),
                                                       config.delivery.requestTimeoutMs)
                                               .toInt();
    config.delivery.allowTargets = TargetGuard::parseList(
            settings->value(QStringLiteral("delivery/allowTargets")).toString());
    QStringList badTargets;
    TargetGuard::withEnvironment(config.delivery.allowTargets, &badTargets);
    if (!badTargets.isEmpty()) {
        err << "gatehouse: delivery/allowTargets or GATEHOUSE_DELIVERY_ALLOW: not a host name,"
               " address or CIDR range: "
            << badTargets.join(QStringLiteral(", ")) << '\n';
        return 2;
    }
    config.callbackSigningSecret = qgetenv("GATEHOUSE_CALLBACK_SIGNING_SECRET");
    readTaskSettings(*settings, QProcessEnvironment::systemEnvironment(), &config);
    config.retention = RetentionSettings::read(*settings);
    QString settingsError;
    if (!InboundSecrets::readSettings(*settings, &config.inbound, &settingsError)) {
        err << "gatehouse: " << settingsError << '\n';
        return 2;
    }
    const bool printSecrets = parser.isSet(printSecretsOption);
    if (printSecrets) // a second instance beside a running one takes neither port nor seat
        config.receiverEnabled = false;
    config.tlsCertificate = settings->value(QStringLiteral("receiver/tlsCert")).toString();
    config.tlsKey = settings->value(QStringLiteral("receiver/tlsKey")).toString();
    if (!config.listenAddress.isLoopback() && config.tlsCertificate.isEmpty())
        err << "gatehouse: WARNING: listening on " << config.listenAddress.toString()
            << " without TLS: secrets cross the network in clear; set receiver/tlsCert and"
               " receiver/tlsKey\n";
    config.receiverThreads = qBound(
            1, settings->value(QStringLiteral("receiver/threads"), config.receiverThreads).toInt(),
            256);
    const uint metricsPort =
            settings->value(QStringLiteral("metrics/port"), 0).toString().toUInt(&portOk);
    if (!portOk || metricsPort > 65535) {
        err << "gatehouse: metrics/port must be a number from 0 to 65535\n";
        return 2;
    }
    config.metricsPort = quint16(metricsPort);
    // INI reads "a, b" as a list: join it back.
    config.trustedProxies = settings->value(QStringLiteral("receiver/trustedProxies"))
                                    .toStringList()
                                    .join(QLatin1Char(','));
    config.policyFile = settings->value(QStringLiteral("gates/policyFile")).toString();
    config.faninFile = settings->value(QStringLiteral("fanin/groupsFile")).toString();
    // GATEHOUSE_SECRET_<name>=value: sealed into the vault at start, then named in policy
    // and fan-in files; the environment can drop them afterwards.
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &variable : environment.keys()) {
        if (variable.startsWith(QLatin1String("GATEHOUSE_SECRET_")) && variable.size() > 17)
            config.secrets.insert(variable.mid(17), environment.value(variable).toUtf8());
    }

    if (headless && !headlessAsked)
        err << "gatehouse: no display found; running headless (receiver, engine and delivery "
               "only)\n";

    // A window at once: the start can wait for the OS keyring (a password prompt on a
    // fresh session) for up to 10 s, and nothing on screen looked like a hang.
    std::unique_ptr<QLabel> starting;
    if (!headless && !printSecrets) {
        starting = std::make_unique<QLabel>(QCoreApplication::translate(
                "main",
                "Gatehouse is starting…\nIf the keyring asks for its password, answer "
                "it: Gatehouse uses its key file when the keyring does not answer."));
        starting->setWindowTitle(QStringLiteral("Gatehouse"));
        starting->setMargin(24);
        starting->show();
    }
    ServiceThread service;
    QString error;
    const bool started = service.start(config, &error);
    starting.reset();
    if (!started) {
        err << "gatehouse: " << error << '\n';
        return 1;
    }
    GatehouseService *core = service.service();
    const QString endpoint =
            QStringLiteral("%1://%2:%3")
                    .arg(core->usesTls() ? QStringLiteral("https") : QStringLiteral("http"),
                         config.listenAddress.toString())
                    .arg(core->port());
    if (!core->vaultNotice().isEmpty())
        err << "gatehouse: " << core->vaultNotice() << '\n';
    if (printSecrets) {
        out << "operator token: " << core->operatorToken() << '\n';
        for (const ConnectorSecret &secret : core->connectionSecrets())
            out << secret.connector << " (" << secret.scheme
                << "): " << (secret.secret.isEmpty() ? QByteArray("no secret") : secret.secret)
                << '\n';
        // The credentials each connector declares (Connector::settings()): where they come
        // from, never their value; indented, so that no line reads as a webhook secret.
        const SettingsService settingsService(core);
        out << "connector credentials:\n";
        for (const QString &line : ConnectorSettingValues::secretStates(
                     [&](const QString &name) { return settingsService.hasSecret(name); }))
            out << "  " << line << '\n';
        out.flush();
        service.stop();
        return 0;
    }
    if (core->receiverEnabled())
        out << "gatehouse: listening on " << endpoint << '\n';
    else
        out << "gatehouse: receiver off: this console shows the inbox and decides; the receiving"
               " instance receives webhooks and delivers\n";
    out << "gatehouse: database " << location->displayName() << '\n';
    if (core->metricsPort() != 0)
        out << "gatehouse: metrics on http://127.0.0.1:" << core->metricsPort() << "/metrics\n";
    for (const ConnectorSecret &secret : core->connectionSecrets()) {
        if (secret.origin != QLatin1String("generated now"))
            continue;
        // Not a connector: the secret that signs Gatehouse's own callbacks.
        if (secret.connector == QLatin1String("callback-signing"))
            out << "gatehouse: generated the secret that signs callbacks";
        else
            out << "gatehouse: generated a webhook secret for " << secret.connector;
        out << "; see it with --print-secrets or in the window\n";
    }
    if (config.operatorToken.isEmpty())
        out << "gatehouse: operator token: --print-secrets, the window (File > Copy operator "
               "token),"
               " or set GATEHOUSE_OPERATOR_TOKEN\n";
    out.flush();
    err.flush();

    // SIGINT/SIGTERM quit in order; SIGHUP reloads policies and connector settings.
    UnixSignals unixSignals;
    unixSignals.install();
    QObject::connect(&unixSignals, &UnixSignals::quitRequested, app.get(), &QCoreApplication::quit);
    SystemdNotifier systemd;
    const SettingsService settingsService(core);
    QObject::connect(&unixSignals, &UnixSignals::reloadRequested, app.get(), [&] {
        systemd.reloading();
        const ConfigReloader::Result result = ConfigReloader(settingsService).reload(*settings);
        (result.ok ? out : err) << "gatehouse: " << result.message << '\n';
        out.flush();
        err.flush();
        systemd.ready(result.message);
    });
    // Under systemd: ready once the database is open and the port listens (both done by
    // now). The watchdog ping goes out from the service's own thread, so a service
    // thread that hangs stops the pings and systemd restarts the process.
    systemd.ready(QStringLiteral("listening on %1").arg(endpoint));
    QTimer watchdog;
    if (systemd.watchdogInterval().count() > 0) {
        QObject::connect(&watchdog, &QTimer::timeout, core, [&systemd] { systemd.watchdog(); });
        watchdog.start(systemd.watchdogInterval());
    }
    int status = 0;
    if (headless) {
        status = app->exec();
    } else {
        QApplication::setQuitOnLastWindowClosed(false);
        ConsoleSettings::setFile(parser.isSet(configOption) ? parser.value(configOption)
                                                            : QString());
        MainWindow window(core->engine(), core->receiverEnabled() ? endpoint : QString(),
                          core->operatorToken());
        window.setConnectionSecrets(core->connectionSecrets());
        window.setService(core);
        window.show();
        status = app->exec();
    }
    systemd.stopping();
    watchdog.stop();
    service.stop();
    out << "gatehouse: stopped\n";
    return status;
}
