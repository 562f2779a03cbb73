// Gatehouse: the composition root. Reads the command line and settings, starts the
// service (store, engine, receiver, delivery) in its own thread, then either shows
// the console window or runs headless until SIGINT/SIGTERM.
#include "core/engine.h"
#include "service/gatehouseservice.h"
#include "service/inboundsecrets.h"
#include "service/receiversettings.h"
#include "service/tasksettings.h"
#include "ui/consolesettings.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QProcessEnvironment>
#include <QSettings>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTextStream>
#include <QTranslator>

#include <csignal>
#include <memory>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

// SIGINT/SIGTERM become an orderly quit of the event loop (self-pipe: a signal
// handler may only do async-signal-safe work).
void quitOnSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app] {
        char byte;
        [[maybe_unused]] const auto read = ::read(signalPipe[0], &byte, 1);
        app.quit();
    });
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}

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

void installTranslations(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("gatehouse"), QStringLiteral("_"),
                   QStringLiteral(":/i18n")))
        app.installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
}

} // namespace

int main(int argc, char **argv)
{
    const bool headlessAsked = wantsHeadless(argc, argv);
    const bool headless = headlessAsked || !displayAvailable();
    std::unique_ptr<QCoreApplication> app(headless ? new QCoreApplication(argc, argv)
                                                   : new QApplication(argc, argv));
    QCoreApplication::setOrganizationName(QStringLiteral("Gatehouse"));
    QCoreApplication::setApplicationName(QStringLiteral("Gatehouse"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GATEHOUSE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
            QStringLiteral("Gatehouse: an approval console for release managers."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption headlessOption(
            QStringLiteral("headless"),
            QStringLiteral("Run the receiver, engine and delivery without a window."));
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("SQLite database file."),
                                      QStringLiteral("path"));
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
    parser.addOptions({headlessOption, dbOption, portOption, listenOption, keyFileOption,
                       configOption, printSecretsOption});
    parser.process(*app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    std::unique_ptr<QSettings> settings = parser.isSet(configOption)
            ? std::make_unique<QSettings>(parser.value(configOption), QSettings::IniFormat)
            : std::make_unique<QSettings>();
    installTranslations(*app, settings->value(QStringLiteral("ui/language")).toString());

    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    ServiceConfig config;
    config.databasePath = parser.isSet(dbOption)
            ? parser.value(dbOption)
            : settings->value(QStringLiteral("store/path"),
                              dataDir + QStringLiteral("/gatehouse.sqlite"))
                      .toString();
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
    config.delivery.requestTimeoutMs = settings->value(QStringLiteral("delivery/requestTimeoutMs"),
                                                       config.delivery.requestTimeoutMs)
                                               .toInt();
    readTaskSettings(*settings, QProcessEnvironment::systemEnvironment(), &config);
    QString settingsError;
    if (!InboundSecrets::readSettings(*settings, &config.inbound, &settingsError)) {
        err << "gatehouse: " << settingsError << '\n';
        return 2;
    }
    const bool printSecrets = parser.isSet(printSecretsOption);
    if (printSecrets)
        config.port = 0; // a second instance beside a running one must not fight for its port
    config.tlsCertificate = settings->value(QStringLiteral("receiver/tlsCert")).toString();
    config.tlsKey = settings->value(QStringLiteral("receiver/tlsKey")).toString();
    if (!config.listenAddress.isLoopback() && config.tlsCertificate.isEmpty())
        err << "gatehouse: WARNING: listening on " << config.listenAddress.toString()
            << " without TLS: secrets cross the network in clear; set receiver/tlsCert and"
               " receiver/tlsKey\n";
    config.receiverThreads = qBound(
            1, settings->value(QStringLiteral("receiver/threads"), config.receiverThreads).toInt(),
            256);
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

    ServiceThread service;
    QString error;
    if (!service.start(config, &error)) {
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
        out.flush();
        service.stop();
        return 0;
    }
    out << "gatehouse: listening on " << endpoint << '\n';
    out << "gatehouse: database " << config.databasePath << '\n';
    for (const ConnectorSecret &secret : core->connectionSecrets()) {
        if (secret.origin == QLatin1String("generated now"))
            out << "gatehouse: generated a webhook secret for " << secret.connector
                << "; see it with --print-secrets or in the window\n";
    }
    if (config.operatorToken.isEmpty())
        out << "gatehouse: operator token: --print-secrets, the window (File > Copy operator "
               "token),"
               " or set GATEHOUSE_OPERATOR_TOKEN\n";
    out.flush();
    err.flush();

    quitOnSignals(*app);
    int status = 0;
    if (headless) {
        status = app->exec();
    } else {
        QApplication::setQuitOnLastWindowClosed(false);
        ConsoleSettings::setFile(parser.isSet(configOption) ? parser.value(configOption)
                                                            : QString());
        MainWindow window(core->engine(), endpoint, core->operatorToken());
        window.setConnectionSecrets(core->connectionSecrets());
        window.setService(core);
        window.show();
        status = app->exec();
    }
    service.stop();
    out << "gatehouse: stopped\n";
    return status;
}
