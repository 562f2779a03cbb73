// CommandLineTool: `gatehouse list|show|approve|reject|assign|release|watch`, the same binary as a
// client of a running Gatehouse's control API, for scripts and for people who work in
// a terminal. main() hands over before it creates any QApplication, so these commands
// need no display. Exit codes: exitcodes.h; documented in the README.
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

#include <memory>

class ControlApiClient;
class QSettings;

class CommandLineTool
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineTool)

public:
    // True when argv[1] names one of the client commands (then call run()).
    static bool handles(int argc, char **argv);
    static int run(int argc, char **argv);

    static QStringList commands();

private:
    CommandLineTool();
    int execute(const QStringList &arguments);
    int usage(const QString &problem);
    int list(const QString &state, int limit);
    int show(qint64 id);
    // releaseAt: the control API's "releaseAt" (approve ahead); empty: release now.
    int decide(qint64 id, bool approve, const QString &comment, const QString &decider,
               const QString &releaseAt = {});
    int cancelRelease(qint64 id, const QString &decider);
    // "Assign to me": take the approval (assign) or let it go (release).
    int assign(qint64 id, bool take, bool force, const QString &assignee);
    int watch(int intervalMs);
    // Prints a refusal (JSON body with --json, the server's words otherwise) and
    // returns its exit code.
    int fail(const QJsonObject &json, const QString &problem, int exitCode);
    void printJson(const QJsonObject &json);
    QString defaultServer(const QSettings &settings) const;

    QTextStream m_out;
    QTextStream m_err;
    QString m_command;
    bool m_json = false;
    std::unique_ptr<ControlApiClient> m_client;
    std::unique_ptr<QSettings> m_settings;
};
