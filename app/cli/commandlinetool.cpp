#include "commandlinetool.h"

#include "cli/approvaltext.h"
#include "cli/approvalwatcher.h"
#include "cli/auditcommand.h"
#include "cli/controlapiclient.h"
#include "cli/exitcodes.h"
#include "cli/operatortokensource.h"
#include "cli/readonlydatabase.h"
#include "cli/releaseattext.h"
#include "service/uilanguage.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QEventLoop>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include <memory>

namespace {
QString dataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

void pause(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}
} // namespace

QStringList CommandLineTool::commands()
{
    return {QStringLiteral("list"),           QStringLiteral("show"),   QStringLiteral("approve"),
            QStringLiteral("reject"),         QStringLiteral("watch"),  QStringLiteral("audit"),
            QStringLiteral("cancel-release"), QStringLiteral("assign"), QStringLiteral("release")};
}

bool CommandLineTool::handles(int argc, char **argv)
{
    return argc > 1 && commands().contains(QString::fromLocal8Bit(argv[1]));
}

int CommandLineTool::run(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // The same names as the window, so that QSettings and the keychain find its entries.
    QCoreApplication::setOrganizationName(QStringLiteral("Gatehouse"));
    QCoreApplication::setApplicationName(QStringLiteral("Gatehouse"));
    // The window's language (File › Settings › General), else the system's.
    UiLanguage::install(app, QSettings().value(QStringLiteral("ui/language")).toString());
    CommandLineTool tool;
    return tool.execute(QCoreApplication::arguments());
}

CommandLineTool::CommandLineTool() : m_out(stdout), m_err(stderr) { }

int CommandLineTool::usage(const QString &problem)
{
    m_err << "gatehouse " << m_command << ": " << problem << '\n'
          << tr("Try 'gatehouse %1 --help'.").arg(m_command) << '\n';
    m_err.flush();
    return ExitCode::Usage;
}

int CommandLineTool::execute(const QStringList &arguments)
{
    m_command = arguments.value(1);
    if (m_command == QLatin1String("audit")) // reads the database; no server, no token
        return AuditCommand(m_out, m_err).run(arguments);
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("gatehouse %1: a client of a running Gatehouse's control API.\n"
               "Token: GATEHOUSE_TOKEN, else GATEHOUSE_OPERATOR_TOKEN, else the local"
               " Gatehouse's own (unsealed with its key from the keychain or key file).\n"
               "Exit codes: 0 ok, 1 refused (already decided, comment required), 2 usage,"
               " 3 not found, 4 token missing or refused, 5 server unreachable or failing.")
                    .arg(m_command));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        tr("Show this help."));
    const QCommandLineOption serverOption(
            QStringLiteral("server"),
            tr("The Gatehouse to talk to (default: the receiver address and port in the"
               " settings, http://127.0.0.1:8470)."),
            QStringLiteral("url"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        tr("Print the control API's JSON instead of text."));
    const QCommandLineOption configOption(QStringLiteral("config"), tr("Settings file (INI)."),
                                          QStringLiteral("path"));
    const QCommandLineOption dbOption(
            QStringLiteral("db"),
            tr("The local database holding the sealed operator token (when no token is in"
               " the environment)."),
            QStringLiteral("path-or-url"));
    const QCommandLineOption keyFileOption(QStringLiteral("key-file"),
                                           tr("The vault key file (instead of the keychain)."),
                                           QStringLiteral("path"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
                                           tr("Seconds to wait for each answer (default 15)."),
                                           QStringLiteral("seconds"), QStringLiteral("15"));
    const QCommandLineOption stateOption(
            QStringLiteral("state"),
            tr("pending (default), approved, rejected, expired, cancelled or all."),
            QStringLiteral("state"), QStringLiteral("pending"));
    const QCommandLineOption limitOption(QStringLiteral("limit"),
                                         tr("At most this many, newest first (1-500)."),
                                         QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption messageOption({QStringLiteral("m"), QStringLiteral("message")},
                                           tr("The comment recorded with the decision."),
                                           QStringLiteral("text"));
    const QCommandLineOption asOption(QStringLiteral("as"),
                                      tr("The name recorded as the decider (default: $USER)."),
                                      QStringLiteral("name"));
    const QCommandLineOption releaseAtOption(
            QStringLiteral("release-at"),
            tr("Approve now, send the callback later: \"window\" (the next change window of"
               " the item's policy), a local time (\"2026-12-01 22:00\") or an ISO 8601 time"
               " with its zone."),
            QStringLiteral("time"));
    const QCommandLineOption forceOption(
            QStringLiteral("force"),
            tr("Take it over (assign) or let it go (release) although someone else holds it."));
    const bool assigning =
            m_command == QLatin1String("assign") || m_command == QLatin1String("release");
    const QCommandLineOption assigneeOption(
            QStringLiteral("as"), tr("The name recorded as looking at it (default: $USER)."),
            QStringLiteral("name"));
    const QCommandLineOption intervalOption(QStringLiteral("interval"),
                                            tr("Milliseconds between polls (default 1000)."),
                                            QStringLiteral("ms"), QStringLiteral("1000"));
    parser.addOptions({helpOption, serverOption, jsonOption, configOption, dbOption, keyFileOption,
                       timeoutOption});
    if (m_command == QLatin1String("list"))
        parser.addOptions({stateOption, limitOption});
    if (m_command == QLatin1String("show") || m_command == QLatin1String("approve")
        || m_command == QLatin1String("reject") || m_command == QLatin1String("cancel-release")
        || assigning)
        parser.addPositionalArgument(QStringLiteral("ID"), tr("The approval's id."));
    if (assigning)
        parser.addOptions({forceOption, assigneeOption});
    if (m_command == QLatin1String("approve") || m_command == QLatin1String("reject"))
        parser.addOptions({messageOption, asOption});
    if (m_command == QLatin1String("approve"))
        parser.addOption(releaseAtOption);
    if (m_command == QLatin1String("cancel-release"))
        parser.addOption(asOption);
    if (m_command == QLatin1String("watch"))
        parser.addOption(intervalOption);

    // Without the command word, so that positional arguments start at the ID.
    QStringList rest = arguments;
    rest.removeAt(1);
    if (!parser.parse(rest))
        return usage(parser.errorText());
    if (parser.isSet(helpOption)) {
        m_out << parser.helpText().replace(QStringLiteral("[options]"),
                                           m_command + QStringLiteral(" [options]"));
        return ExitCode::Ok;
    }
    m_json = parser.isSet(jsonOption);
    m_settings = parser.isSet(configOption)
            ? std::make_unique<QSettings>(parser.value(configOption), QSettings::IniFormat)
            : std::make_unique<QSettings>();

    int exitCode = ExitCode::Ok;
    bool secondsOk = false;
    const int timeout = parser.value(timeoutOption).toInt(&secondsOk);
    if (!secondsOk || timeout < 1 || timeout > 3600)
        return usage(tr("--timeout must be a number of seconds from 1 to 3600"));
    const QUrl server(parser.isSet(serverOption) ? parser.value(serverOption)
                                                 : defaultServer(*m_settings));
    if (!server.isValid() || server.host().isEmpty()
        || (server.scheme() != QLatin1String("http") && server.scheme() != QLatin1String("https")))
        return usage(tr("--server must be an http:// or https:// URL"));
    QString tokenError;
    const QByteArray token = OperatorTokenSource::find(
            {ReadOnlyDatabase::configuredLocation(parser.value(dbOption), *m_settings),
             parser.isSet(keyFileOption) ? parser.value(keyFileOption)
                                         : qEnvironmentVariable("GATEHOUSE_KEY_FILE"),
             dataDir() + QStringLiteral("/vault.key")},
            &tokenError);
    if (token.isEmpty()) {
        m_err << "gatehouse " << m_command << ": " << tokenError << '\n';
        return ExitCode::Auth;
    }
    m_client = std::make_unique<ControlApiClient>(server, token, timeout * 1000);

    const QStringList positional = parser.positionalArguments();
    if (m_command == QLatin1String("list")) {
        const QString state = parser.value(stateOption);
        if (!(state == QLatin1String("all") || state == QLatin1String("pending")
              || state == QLatin1String("approved") || state == QLatin1String("rejected")
              || state == QLatin1String("expired") || state == QLatin1String("cancelled")))
            return usage(tr("--state must be pending, approved, rejected, expired, cancelled"
                            " or all"));
        bool limitOk = false;
        const int limit = parser.value(limitOption).toInt(&limitOk);
        if (!limitOk || limit < 1 || limit > 500)
            return usage(tr("--limit must be a number from 1 to 500"));
        exitCode = list(state, limit);
    } else if (m_command == QLatin1String("watch")) {
        bool intervalOk = false;
        const int interval = parser.value(intervalOption).toInt(&intervalOk);
        if (!intervalOk || interval < 100 || interval > 3600000)
            return usage(tr("--interval must be a number of milliseconds from 100 to 3600000"));
        if (!positional.isEmpty())
            return usage(tr("watch takes no arguments"));
        exitCode = watch(interval);
    } else {
        bool idOk = false;
        const qint64 id = positional.value(0).toLongLong(&idOk);
        if (positional.size() != 1 || !idOk || id <= 0)
            return usage(tr("give the approval's id (a positive number) and nothing else"));
        if (m_command == QLatin1String("show")) {
            exitCode = show(id);
        } else if (m_command == QLatin1String("cancel-release")) {
            exitCode = cancelRelease(id,
                                     parser.isSet(asOption) ? parser.value(asOption)
                                                            : qEnvironmentVariable("USER"));
        } else if (assigning) {
            exitCode = assign(id, m_command == QLatin1String("assign"), parser.isSet(forceOption),
                              parser.isSet(assigneeOption) ? parser.value(assigneeOption)
                                                           : qEnvironmentVariable("USER"));
        } else {
            const bool approve = m_command == QLatin1String("approve");
            const QString message = parser.value(messageOption);
            // A rejection says why: the pipeline's owner reads it in their log.
            if (!approve && message.trimmed().isEmpty())
                return usage(tr("reject needs a reason: -m REASON"));
            const QString decider =
                    parser.isSet(asOption) ? parser.value(asOption) : qEnvironmentVariable("USER");
            QString releaseAt;
            if (approve && parser.isSet(releaseAtOption)) {
                QString problem;
                const std::optional<QString> value =
                        ReleaseAtText::toApi(parser.value(releaseAtOption), &problem);
                if (!value)
                    return usage(problem);
                releaseAt = *value;
            }
            exitCode = decide(id, approve, message, decider, releaseAt);
        }
    }
    m_out.flush();
    m_err.flush();
    return exitCode;
}

QString CommandLineTool::defaultServer(const QSettings &settings) const
{
    QHostAddress address(
            settings.value(QStringLiteral("receiver/address"), QStringLiteral("127.0.0.1"))
                    .toString());
    // A receiver on every interface is reached on this machine's loopback.
    if (address == QHostAddress::AnyIPv4 || address == QHostAddress::Any)
        address = QHostAddress::LocalHost;
    else if (address == QHostAddress::AnyIPv6)
        address = QHostAddress::LocalHostIPv6;
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
            ? QStringLiteral("[%1]").arg(address.toString())
            : address.toString();
    const bool tls = !settings.value(QStringLiteral("receiver/tlsCert")).toString().isEmpty();
    return QStringLiteral("%1://%2:%3")
            .arg(tls ? QStringLiteral("https") : QStringLiteral("http"), host)
            .arg(settings.value(QStringLiteral("receiver/port"), 8470).toInt());
}

void CommandLineTool::printJson(const QJsonObject &json)
{
    m_out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    m_out.flush();
}

int CommandLineTool::fail(const QJsonObject &json, const QString &problem, int exitCode)
{
    if (m_json && !json.isEmpty())
        printJson(json);
    m_err << "gatehouse " << m_command << ": " << problem << '\n';
    m_err.flush();
    return exitCode;
}

int CommandLineTool::list(const QString &state, int limit)
{
    QString path = QStringLiteral("/api/approvals?limit=%1").arg(limit);
    if (state != QLatin1String("all"))
        path += QStringLiteral("&state=") + state;
    const ControlApiClient::Reply reply = m_client->get(path);
    if (!reply.ok())
        return fail(reply.json, reply.problem(), reply.exitCode());
    if (m_json) {
        printJson(reply.json);
        return ExitCode::Ok;
    }
    const QJsonArray approvals = reply.json.value(QStringLiteral("approvals")).toArray();
    if (approvals.isEmpty()) {
        m_out << tr("No approvals.") << '\n';
        return ExitCode::Ok;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_out << ApprovalText::listHeader() << '\n';
    for (const QJsonValue &approval : approvals)
        m_out << ApprovalText::listLine(approval.toObject(), now) << '\n';
    const qint64 total = reply.json.value(QStringLiteral("total")).toInteger();
    if (total > approvals.size())
        m_out << tr("(%1 of %2; --limit shows more)").arg(approvals.size()).arg(total) << '\n';
    return ExitCode::Ok;
}

int CommandLineTool::show(qint64 id)
{
    const ControlApiClient::Reply reply =
            m_client->get(QStringLiteral("/api/approvals/%1").arg(id));
    if (!reply.ok())
        return fail(reply.json, reply.problem(), reply.exitCode());
    if (m_json)
        printJson(reply.json);
    else
        m_out << ApprovalText::details(reply.json) << '\n';
    return ExitCode::Ok;
}

int CommandLineTool::decide(qint64 id, bool approve, const QString &comment, const QString &decider,
                            const QString &releaseAt)
{
    QJsonObject body{{QStringLiteral("comment"), comment}};
    if (!decider.isEmpty())
        body.insert(QStringLiteral("decidedBy"), decider);
    if (!releaseAt.isEmpty())
        body.insert(QStringLiteral("releaseAt"), releaseAt);
    const ControlApiClient::Reply reply = m_client->post(
            QStringLiteral("/api/approvals/%1/%2")
                    .arg(id)
                    .arg(approve ? QStringLiteral("approve") : QStringLiteral("reject")),
            body);
    if (!reply.ok())
        return fail(reply.json, reply.problem(), reply.exitCode());
    if (m_json) {
        printJson(reply.json);
    } else if (reply.status == 202) {
        m_out << tr("Recorded for approval %1; its gates decide when it is released.").arg(id)
              << '\n';
    } else if (const QDateTime at = QDateTime::fromString(
                       reply.json.value(QStringLiteral("releaseAt")).toString(), Qt::ISODateWithMs);
               at.isValid()) {
        m_out << tr("Approved %1; releases %2.")
                         .arg(id)
                         .arg(at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
              << '\n';
    } else {
        m_out << (approve ? tr("Approved %1.") : tr("Rejected %1.")).arg(id) << '\n';
    }
    return ExitCode::Ok;
}

int CommandLineTool::cancelRelease(qint64 id, const QString &decider)
{
    QJsonObject body;
    if (!decider.isEmpty())
        body.insert(QStringLiteral("cancelledBy"), decider);
    const ControlApiClient::Reply reply =
            m_client->post(QStringLiteral("/api/approvals/%1/cancel-release").arg(id), body);
    if (!reply.ok())
        return fail(reply.json, reply.problem(), reply.exitCode());
    if (m_json)
        printJson(reply.json);
    else
        m_out << tr("Release of %1 cancelled; it is pending again.").arg(id) << '\n';
    return ExitCode::Ok;
}

int CommandLineTool::assign(qint64 id, bool take, bool force, const QString &assignee)
{
    // A personal token names its owner whatever the body says; the shared token names
    // the assignee given here.
    QJsonObject body{{QStringLiteral("force"), force}};
    if (!assignee.isEmpty())
        body.insert(QStringLiteral("assignee"), assignee);
    const QString path = QStringLiteral("/api/approvals/%1/assign").arg(id);
    const ControlApiClient::Reply reply =
            take ? m_client->post(path, body) : m_client->remove(path, body);
    if (!reply.ok()) {
        // Held by someone else: the server names them; --force is the way on.
        const bool held = reply.json.contains(QStringLiteral("assignee"));
        return fail(reply.json,
                    held ? tr("%1 is looking at it since %2; --force takes it over")
                                    .arg(reply.json.value(QStringLiteral("assignee")).toString(),
                                         reply.json.value(QStringLiteral("assignedAt")).toString())
                         : reply.problem(),
                    reply.exitCode());
    }
    if (m_json) {
        printJson(reply.json);
        return ExitCode::Ok;
    }
    const QString holder = reply.json.value(QStringLiteral("assignee")).toString();
    m_out << (holder.isEmpty() ? tr("Nobody is looking at %1.").arg(id)
                               : tr("%1 is looking at %2.").arg(holder).arg(id))
          << '\n';
    return ExitCode::Ok;
}

int CommandLineTool::watch(int intervalMs)
{
    ApprovalWatcher watcher;
    bool reachable = true;
    bool first = true;
    for (;;) {
        // Pending ones (all of them) and the newest of any state (what was just decided).
        const ControlApiClient::Reply pending =
                m_client->get(QStringLiteral("/api/approvals?state=pending&limit=500"));
        const ControlApiClient::Reply recent =
                pending.ok() ? m_client->get(QStringLiteral("/api/approvals?limit=100")) : pending;
        if (!recent.ok()) {
            // The first answer decides whether watching makes sense at all; later a
            // restart of the server is waited out, like tail -f waits for a file.
            if (first || recent.exitCode() == ExitCode::Auth)
                return fail(recent.json, recent.problem(), recent.exitCode());
            if (reachable)
                m_err << "gatehouse watch: " << recent.problem() << tr("; trying again") << '\n';
            m_err.flush();
            reachable = false;
            pause(intervalMs);
            continue;
        }
        if (!reachable)
            m_err << "gatehouse watch: " << tr("connected again") << '\n';
        reachable = true;
        first = false;
        QJsonArray approvals = pending.json.value(QStringLiteral("approvals")).toArray();
        for (const QJsonValue &value : recent.json.value(QStringLiteral("approvals")).toArray())
            approvals.append(value);
        for (const qint64 id : watcher.missingPending(approvals)) {
            const ControlApiClient::Reply one =
                    m_client->get(QStringLiteral("/api/approvals/%1").arg(id));
            if (one.ok())
                approvals.append(one.json);
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const ApprovalWatcher::Change &change : watcher.update(approvals)) {
            if (m_json) {
                QJsonObject approval = change.approval;
                approval.remove(QStringLiteral("timeline"));
                approval.remove(QStringLiteral("metadata"));
                m_out << QJsonDocument(QJsonObject{{QStringLiteral("event"), change.event},
                                                   {QStringLiteral("approval"), approval}})
                                 .toJson(QJsonDocument::Compact)
                      << '\n';
            } else {
                m_out << ApprovalText::watchLine(change.event, change.approval, now) << '\n';
            }
        }
        m_out.flush(); // line by line into a pipe, like tail -f
        pause(intervalMs);
    }
}
