#include "auditcommand.h"

#include "cli/exitcodes.h"
#include "cli/operatortokensource.h"
#include "cli/readonlydatabase.h"
#include "secrets/secretvault.h"
#include "store/auditledger.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>

namespace {
QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"'))
        && !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// "2026-11-30" or "2026-11-30T10:00:00Z"; a date alone is the start (or, for the end
// of a range, the last millisecond) of that day in UTC.
QDateTime parseTime(const QString &text, bool endOfRange, bool *ok)
{
    *ok = true;
    if (text.isEmpty())
        return {};
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid())
        return endOfRange ? date.addDays(1).startOfDay(Qt::UTC).addMSecs(-1)
                          : date.startOfDay(Qt::UTC);
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    *ok = time.isValid();
    return time;
}

} // namespace

int AuditCommand::usage(const QString &problem)
{
    m_err << "gatehouse audit " << m_subcommand << ": " << problem << '\n'
          << tr("Try 'gatehouse audit --help'.") << '\n';
    return ExitCode::Usage;
}

int AuditCommand::run(const QStringList &arguments)
{
    m_subcommand = arguments.value(2);
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("gatehouse audit verify|export: check or write the audit ledger.\n"
               "verify: checks every entry's hash and link and the sealed head; names the"
               " first entry altered or removed. Exit codes: 0 intact, 1 altered or removed"
               " (or the head could not be checked), 2 usage, 3 no database, 5 database not"
               " readable.\n"
               "export: writes the entries with their hashes (docs/audit.md)."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        tr("Show this help."));
    const QCommandLineOption dbOption(
            QStringLiteral("db"),
            tr("SQLite file or PostgreSQL URL (default: the settings' store, as the app)."),
            QStringLiteral("path-or-url"));
    const QCommandLineOption configOption(QStringLiteral("config"), tr("Settings file (INI)."),
                                          QStringLiteral("path"));
    const QCommandLineOption keyFileOption(
            QStringLiteral("key-file"),
            tr("The vault key file that seals the head (default: the keychain)."),
            QStringLiteral("path"));
    const QCommandLineOption chainOnlyOption(
            QStringLiteral("chain-only"),
            tr("verify: check the chain without the vault key; the removal of the newest"
               " entries is then not detected."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("verify: answer in JSON."));
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        tr("export: first day or time (ISO 8601, UTC)."),
                                        QStringLiteral("time"));
    const QCommandLineOption toOption(QStringLiteral("to"),
                                      tr("export: last day or time (ISO 8601, UTC)."),
                                      QStringLiteral("time"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          tr("export: jsonl (default) or csv."),
                                          QStringLiteral("format"), QStringLiteral("jsonl"));
    parser.addOptions({helpOption, dbOption, configOption, keyFileOption, chainOnlyOption,
                       jsonOption, fromOption, toOption, formatOption});
    parser.addPositionalArgument(QStringLiteral("verify|export"), tr("What to do."));
    QStringList rest = arguments;
    rest.removeAt(1); // "audit"
    if (!parser.parse(rest))
        return usage(parser.errorText());
    if (parser.isSet(helpOption)) {
        m_out << parser.helpText().replace(QStringLiteral("[options]"),
                                           QStringLiteral("audit [options]"));
        return ExitCode::Ok;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1
        || (positional.first() != QLatin1String("verify")
            && positional.first() != QLatin1String("export")))
        return usage(tr("say verify or export"));

    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const std::unique_ptr<QSettings> settings = parser.isSet(configOption)
            ? std::make_unique<QSettings>(parser.value(configOption), QSettings::IniFormat)
            : std::make_unique<QSettings>();
    const QString database =
            ReadOnlyDatabase::configuredLocation(parser.value(dbOption), *settings);
    QString error;
    ReadOnlyDatabase db(QStringLiteral("gatehouse-audit-cli"));
    switch (db.open(database, &error)) {
    case ReadOnlyDatabase::Problem::None:
        break;
    case ReadOnlyDatabase::Problem::Usage:
        return usage(error);
    case ReadOnlyDatabase::Problem::Missing:
        m_err << "gatehouse audit: " << error << '\n';
        return ExitCode::NotFound;
    case ReadOnlyDatabase::Problem::Unreadable:
        m_err << "gatehouse audit: " << error << '\n';
        return ExitCode::Unreachable;
    }
    const AuditLedger ledger(db.connectionName(), db.isPostgres());
    if (positional.first() == QLatin1String("export")) {
        const QString format = parser.value(formatOption);
        if (format != QLatin1String("jsonl") && format != QLatin1String("csv"))
            return usage(tr("--format must be jsonl or csv"));
        return exportEntries(ledger, parser.value(fromOption), parser.value(toOption), format);
    }
    QString keyProblem;
    QByteArray key;
    if (!parser.isSet(chainOnlyOption))
        key = OperatorTokenSource::vaultKey({database,
                                             parser.isSet(keyFileOption)
                                                     ? parser.value(keyFileOption)
                                                     : qEnvironmentVariable("GATEHOUSE_KEY_FILE"),
                                             dataDir + QStringLiteral("/vault.key")},
                                            &keyProblem);
    return verify(ledger, key, keyProblem, parser.isSet(chainOnlyOption), parser.isSet(jsonOption));
}

int AuditCommand::verify(const AuditLedger &ledger, const QByteArray &vaultKey,
                         const QString &keyProblem, bool chainOnly, bool json)
{
    SecretVault vault;
    const bool haveKey = !vaultKey.isEmpty() && vault.setKey(vaultKey);
    AuditLedger::Opener open;
    if (haveKey)
        open = [&vault](const QString &sealed, QByteArray *plain) {
            return vault.open(sealed, plain);
        };
    const AuditLedger::Verdict verdict = ledger.verify(open);
    // Without the key the chain can be intact and still be missing its newest entries.
    const bool unchecked = verdict.ok && !verdict.headChecked && !chainOnly;
    const int exitCode = verdict.ok && !unchecked ? ExitCode::Ok : ExitCode::Refused;
    if (json) {
        QJsonObject answer{{QStringLiteral("ok"), exitCode == ExitCode::Ok},
                           {QStringLiteral("entries"), verdict.count},
                           {QStringLiteral("headChecked"), verdict.headChecked}};
        if (verdict.firstBad > 0)
            answer.insert(QStringLiteral("firstBadEntry"), verdict.firstBad);
        if (!verdict.ok)
            answer.insert(QStringLiteral("problem"), verdict.problem);
        else if (unchecked)
            answer.insert(QStringLiteral("problem"), keyProblem);
        m_out << QJsonDocument(answer).toJson(QJsonDocument::Compact) << '\n';
    }
    if (!verdict.ok) {
        m_err << "gatehouse audit verify: "
              << tr("FAILED at entry %1: %2").arg(verdict.firstBad).arg(verdict.problem) << '\n';
    } else if (unchecked) {
        m_err << "gatehouse audit verify: "
              << tr("the chain of %1 entries is intact, but its sealed head could not be"
                    " checked (%2): the removal of the newest entries would not show. Give"
                    " --key-file, or --chain-only to accept that.")
                         .arg(verdict.count)
                         .arg(keyProblem)
              << '\n';
    } else if (!json) {
        m_out << (verdict.headChecked
                          ? tr("OK: %1 entries, every hash and link intact, the sealed head"
                               " matches.")
                          : tr("OK: %1 entries, every hash and link intact (head not checked)."))
                         .arg(verdict.count)
              << '\n';
    }
    return exitCode;
}

int AuditCommand::exportEntries(const AuditLedger &ledger, const QString &fromText,
                                const QString &toText, const QString &format)
{
    bool fromOk = false, toOk = false;
    const QDateTime from = parseTime(fromText, false, &fromOk);
    const QDateTime to = parseTime(toText, true, &toOk);
    if (!fromOk || !toOk)
        return usage(tr("--from and --to take an ISO 8601 date or time, e.g. 2026-11-30 or"
                        " 2026-11-30T10:00:00Z"));
    QString error;
    const QVector<AuditEntry> entries = ledger.entries(from, to, &error);
    if (!error.isEmpty()) {
        m_err << "gatehouse audit export: " << error << '\n';
        return ExitCode::Unreachable;
    }
    const bool csv = format == QLatin1String("csv");
    if (csv)
        m_out << "seq,at,time,action,approval_id,subject,actor,origin,detail,prev_hash,hash\n";
    for (const AuditEntry &e : entries) {
        const QString time = e.at.toUTC().toString(Qt::ISODateWithMs);
        if (csv) {
            m_out << QStringList{QString::number(e.seq),
                                 QString::number(e.at.toMSecsSinceEpoch()),
                                 time,
                                 csvField(e.action),
                                 QString::number(e.approvalId),
                                 csvField(e.subject),
                                 csvField(e.actor),
                                 csvField(e.origin),
                                 csvField(e.detail),
                                 e.prevHash,
                                 e.hash}
                             .join(QLatin1Char(','))
                  << "\r\n";
            continue;
        }
        const QJsonObject line{{QStringLiteral("seq"), e.seq},
                               {QStringLiteral("at"), e.at.toMSecsSinceEpoch()},
                               {QStringLiteral("time"), time},
                               {QStringLiteral("action"), e.action},
                               {QStringLiteral("approvalId"), e.approvalId},
                               {QStringLiteral("subject"), e.subject},
                               {QStringLiteral("actor"), e.actor},
                               {QStringLiteral("origin"), e.origin},
                               {QStringLiteral("detail"), e.detail},
                               {QStringLiteral("prevHash"), e.prevHash},
                               {QStringLiteral("hash"), e.hash}};
        m_out << QJsonDocument(line).toJson(QJsonDocument::Compact) << '\n';
    }
    return ExitCode::Ok;
}
